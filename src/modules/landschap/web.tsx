/**
 * What the regeling page shows of an imported regeling: the line "Bron: …, peildatum …" with the licence
 * under its name, and a section with the provenance, what the source says beyond Grip's fields, and every
 * participation row of the source, linked or not.
 */
import type { Child, FC } from 'hono/jsx';
import { DataList, Heading, Link, P, Tabel, datum, tijdstip } from '../../platform/views/components';
import { BRON_INFO, type ImportBron } from './bron-info';
import type { BronOverzicht } from './store';

const KOPPELING: Record<string, string> = {
  tooi: 'op TOOI-URI',
  'cbs-code': 'op CBS-code',
  'roo-id': 'op ROO-id',
  naam: 'op naam',
  opvolger: 'via de opvolgertabel',
  'naam-zonder-provincie': 'op naam zonder provincie-achtervoegsel',
};

const lijst = (w: unknown): string[] =>
  Array.isArray(w)
    ? w.filter((x): x is string | number => ['string', 'number'].includes(typeof x)).map(String)
    : [];
const tekst = (w: unknown): string | null => (typeof w === 'string' && w ? w : null);

/** The line under the regeling's name. */
export const BronRegel: FC<{ b: BronOverzicht }> = ({ b }) => {
  const info = BRON_INFO[b.bron as ImportBron];
  return (
    <p class="utrecht-paragraph grip-bron">
      Bron: {info.kort}, peildatum {datum(b.peildatum)}
      {info.toelichting ? ` (${info.toelichting})` : ''} · licentie {info.licentie}.
      {info.soort === 'momentopname'
        ? ' Een momentopname van een andere jaargang: onvolledig en niet actueel, en geen deel van het register.'
        : ''}{' '}
      <Link href="#bron">Wat de bron zegt</Link>
    </p>
  );
};

/** What the national register says beyond Grip's fields. */
function registerRegels(g: Record<string, unknown>, b: BronOverzicht): [string, Child][] {
  const grondslagen = Array.isArray(g.wettelijkeGrondslagen)
    ? (g.wettelijkeGrondslagen as { opschrift: string | null; referentie: string | null }[])
    : [];
  return [
    ['Citeertitel', tekst(g.citeertitel)],
    ['Samenwerkingsvorm volgens de bron', tekst(g.samenwerkingsvorm)],
    ['Bevoegdheden verkregen door', lijst(g.bevoegdheidsverkrijgingen).join(', ') || null],
    [
      'Wettelijke grondslagen',
      grondslagen.length ? (
        <ul class="utrecht-unordered-list">
          {grondslagen.map((w) => (
            <li class="utrecht-unordered-list__item">
              {w.referentie?.startsWith('http') ? (
                <Link href={w.referentie}>{w.opschrift ?? w.referentie}</Link>
              ) : (
                (w.opschrift ?? w.referentie)
              )}
            </li>
          ))}
        </ul>
      ) : null,
    ],
    ...b.versies.map((v): [string, Child] => [
      v.soort === 'vorige' ? 'Vorige versie' : 'Volgende versie',
      v.id ? (
        <Link href={`/regelingen/${v.id}`}>{v.naam ?? v.rooId ?? 'versie'}</Link>
      ) : (
        `${v.naam ?? ''}${v.rooId ? ` (ROO-id ${v.rooId})` : ''}`
      ),
    ]),
  ];
}

/** What the OpenGR file says beyond Grip's fields: spellings, the GR's address, who reported it. */
function opengrRegels(g: Record<string, unknown>): [string, Child][] {
  const adres = [...lijst(g.postcodes), ...lijst(g.plaatsen)];
  return [
    ['Schrijfwijzen in de bron', lijst(g.spellingen).join(' · ') || null],
    ['Adres volgens de bron', adres.length ? adres.join(', ') : null],
    ['Gemeld door', lijst(g.provincies).join(', ') || null],
  ];
}

/** The section "Volgens de bron". */
export const BronSectie: FC<{ b: BronOverzicht }> = ({ b }) => {
  const info = BRON_INFO[b.bron as ImportBron];
  const g = b.gegevens;
  const nietGekoppeld = b.rijen.filter((r) => !r.organisatieId).length;
  return (
    <section aria-labelledby="bron">
      <Heading level={2} id="bron">
        Volgens de bron
      </Heading>
      <DataList
        items={[
          ['Bron', info.omschrijving],
          ['Peildatum', datum(b.peildatum)],
          ['Licentie', info.licentie],
          ['Bestand', b.import?.bestand ?? null],
          ['Ingelezen', b.import ? tijdstip(b.import.geimporteerd) : null],
          ...(b.import?.toelichting ? [['Toelichting', b.import.toelichting] as [string, Child]] : []),
          ...(b.bron === 'opengr' ? opengrRegels(g) : registerRegels(g, b)),
        ]}
      />
      <P>
        {b.rijen.length} {b.rijen.length === 1 ? 'deelnemer' : 'deelnemers'} volgens de bron
        {nietGekoppeld ? `, waarvan ${nietGekoppeld} niet gekoppeld aan een organisatie in Grip` : ''}.
      </P>
      <Tabel
        bijschrift="Deelnemers volgens de bron"
        rijen={b.rijen}
        leeg="De bron noemt geen deelnemers."
        kolommen={[
          {
            kop: 'Naam in de bron',
            cel: (r) =>
              r.naamOrigineel !== r.naam ? `${r.naam} (geschreven als “${r.naamOrigineel}”)` : r.naam,
          },
          {
            kop: 'In Grip',
            cel: (r) =>
              r.organisatie ? (
                <>
                  <Link href={`/organisaties/${r.organisatie.code ?? r.organisatie.id}`}>
                    {r.organisatie.naam}
                  </Link>
                  {r.koppeling ? ` (${KOPPELING[r.koppeling] ?? r.koppeling})` : ''}
                </>
              ) : (
                `niet gekoppeld: ${r.reden ?? 'onbekend'}`
              ),
          },
          { kop: 'Organen volgens de bron', cel: (r) => r.organen.map((o) => o.naam).join(', ') || '—' },
          { kop: 'Toetreding', cel: (r) => datum(r.datumToetreding) ?? '—' },
          { kop: 'Verdeelsleutel', cel: (r) => (r.verdeelsleutel ? `${r.verdeelsleutel}%` : '—') },
          {
            kop: 'Herkomst',
            cel: (r) =>
              `${r.herkomst.bestand}${r.herkomst.regel !== undefined ? `:${r.herkomst.regel}` : ''}`,
          },
        ]}
      />
    </section>
  );
};
