/**
 * What the regeling page shows of an imported regeling: the line "Bron: …, peildatum …" with the licence
 * under its name, and a section with the provenance, what the source says beyond Grip's fields, and every
 * participation row of the source, linked or not.
 */
import type { Hono } from 'hono';
import type { Child, FC } from 'hono/jsx';
import type { Services } from '../../platform/http/app';
import type { AppEnv } from '../../platform/http/env';
import { render } from '../../platform/http/pages';
import {
  Alert,
  Button,
  DataList,
  ErrorSummary,
  Heading,
  Link,
  P,
  Select,
  Tabel,
  TextField,
  datum,
  getal,
  procent,
  tijdstip,
} from '../../platform/views/components';
import { kaart, netwerk, partnersets, type GemeenteRij, type LandschapOverzicht } from './analyse';
import { laadOverzicht } from './analyse-laden';
import { BRON_INFO, bronFilterLabel, bronFilters, type ImportBron, isImportBron } from './bron-info';
import { grenzen } from './kaart-store';
import type { BronOverzicht } from './store';
import { importHerkomst } from './uitvoer';
import {
  ExportLinks,
  filterParams,
  type GelezenFilters,
  HerkomstBlok,
  KaartFiguur,
  leesLandschapFilters,
  maatLabel,
  maten,
  NetwerkFiguur,
} from './weergave';

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

export const sorteringen = [
  'naam',
  'code',
  '-regelingen',
  'regelingen',
  '-partners',
  '-zeggenschap',
  '-inwoners',
] as const;
export type Sortering = (typeof sorteringen)[number];
const sorteerLabel: Record<Sortering, string> = {
  naam: 'Naam',
  code: 'CBS-code',
  '-regelingen': 'Meeste regelingen eerst',
  regelingen: 'Minste regelingen eerst',
  '-partners': 'Meeste partnergemeenten eerst',
  '-zeggenschap': 'Grootste zeggenschap eerst',
  '-inwoners': 'Meeste inwoners eerst',
};
export const vergelijk: Record<Sortering, (a: GemeenteRij, b: GemeenteRij) => number> = {
  naam: (a, b) => a.naam.localeCompare(b.naam, 'nl'),
  code: (a, b) => a.code.localeCompare(b.code),
  '-regelingen': (a, b) => b.regelingen - a.regelingen || a.naam.localeCompare(b.naam, 'nl'),
  regelingen: (a, b) => a.regelingen - b.regelingen || a.naam.localeCompare(b.naam, 'nl'),
  '-partners': (a, b) => b.partners - a.partners || a.naam.localeCompare(b.naam, 'nl'),
  '-zeggenschap': (a, b) =>
    (b.zeggenschap.gemiddelde ?? -1) - (a.zeggenschap.gemiddelde ?? -1) || a.naam.localeCompare(b.naam, 'nl'),
  '-inwoners': (a, b) => (b.inwoners ?? -1) - (a.inwoners ?? -1) || a.naam.localeCompare(b.naam, 'nl'),
};

/** How many of the strongest pairs the page lists. */
const PAREN_OP_PAGINA = 25;

interface LandschapFilters extends GelezenFilters {
  sortering: Sortering;
  /** The network: pairs sharing at least this many; without: chosen so that about 60 pairs show. */
  minimum: number | undefined;
}

function leesFilters(q: Record<string, string>): LandschapFilters {
  const f = leesLandschapFilters(q);
  const minimum = /^\d{1,4}$/.test(q.minimum ?? '') && Number(q.minimum) >= 1 ? Number(q.minimum) : undefined;
  return {
    ...f,
    sortering: (sorteringen as readonly string[]).includes(q.sortering ?? '')
      ? (q.sortering as Sortering)
      : '-regelingen',
    minimum,
  };
}

/** How many of the strongest pairs the network shows at most. */
const NETWERK_MAXIMUM = 80;

/** Bins of the histogram: the number of regelingen in steps of `breedte`. */
function klassen(o: LandschapOverzicht): { van: number; tot: number; gemeenten: number }[] {
  const max = o.verdeling.max ?? 0;
  const breedte = Math.max(1, Math.ceil((max + 1) / 12));
  const uit = Array.from({ length: Math.ceil((max + 1) / breedte) }, (_, i) => ({
    van: i * breedte,
    tot: (i + 1) * breedte - 1,
    gemeenten: 0,
  }));
  for (const g of o.gemeenten) uit[Math.floor(g.regelingen / breedte)]!.gemeenten += 1;
  return uit;
}
const klasseNaam = (k: { van: number; tot: number }) => (k.van === k.tot ? `${k.van}` : `${k.van}–${k.tot}`);

/** A bar chart as SVG with a title and a description; the same data follows as a table. */
const Histogram: FC<{ o: LandschapOverzicht }> = ({ o }) => {
  const k = klassen(o);
  if (o.gemeenten.length === 0) return null;
  const hoogste = Math.max(1, ...k.map((x) => x.gemeenten));
  const b = 40;
  const h = 160;
  const breed = k.length * b + 40;
  return (
    <figure class="grip-histogram">
      <svg
        role="img"
        aria-labelledby="histogram-titel histogram-beschrijving"
        viewBox={`0 0 ${breed} ${h + 40}`}
        width={breed}
        height={h + 40}
      >
        <title id="histogram-titel">Gemeenten naar aantal regelingen</title>
        <desc id="histogram-beschrijving">
          {`Staafdiagram: hoeveel gemeenten aan hoeveel regelingen deelnemen. ${k
            .map((x) => `${klasseNaam(x)} regelingen: ${x.gemeenten} gemeenten`)
            .join('; ')}.`}
        </desc>
        {k.map((x, i) => {
          const hoogte = Math.round((x.gemeenten / hoogste) * h);
          return (
            <g>
              <rect x={20 + i * b + 4} y={h - hoogte + 10} width={b - 8} height={hoogte} fill="#1f5c99" />
              <text x={20 + i * b + b / 2} y={h + 26} font-size="11" text-anchor="middle" fill="#222">
                {klasseNaam(x)}
              </text>
              <text x={20 + i * b + b / 2} y={h - hoogte + 6} font-size="11" text-anchor="middle" fill="#222">
                {x.gemeenten}
              </text>
            </g>
          );
        })}
      </svg>
      <Tabel
        bijschrift="Gemeenten naar aantal regelingen (de gegevens van het diagram)"
        rijen={k}
        kolommen={[
          { kop: 'Aantal regelingen', cel: (x) => klasseNaam(x) },
          { kop: 'Gemeenten', numeriek: true, cel: (x) => getal(x.gemeenten) },
        ]}
      />
    </figure>
  );
};

const aandeelCel = (a: { gemiddelde: number | null; bekend: number }) =>
  a.gemiddelde === null ? '—' : `${procent(a.gemiddelde)} (${getal(a.bekend)})`;

/** The page /landschap; the old CSV address /landschap/gemeenten.csv leads to the export. */
export function landschapWeb(app: Hono<AppEnv>, s: Services) {
  const db = s.database.db;

  app.get('/landschap', async (c) => {
    const f = leesFilters(c.req.query());
    const [{ invoer, overzicht: o, herkomst, beleidsterreinen }, grens] = await Promise.all([
      laadOverzicht(db, f, 1),
      grenzen(db),
    ]);
    const codes = invoer.gemeenten.map((g) => g.code);
    const sets = partnersets(invoer.deelnames, codes);
    const gemeenten = [...o.gemeenten].sort(vergelijk[f.sortering]);
    const v = o.verdeling;
    const provincieOpties = [...invoer.provincies.entries()]
      .sort((a, b) => a[1].localeCompare(b[1], 'nl'))
      .map(([code, naam]): [string, string] => [code, naam]);
    const titel = 'Landschap van de samenwerking';
    const bronTekst = f.bron
      ? bronFilterLabel[f.bron]
      : 'het register (ingevoerd in Grip en het landelijk GR-register)';
    const params = filterParams(f);

    // The map: the gemeenten shown (one province when filtered), coloured by the measure chosen.
    const rij = new Map(o.gemeenten.map((g) => [g.code, g]));
    const waarde = (code: string): number | null => {
      const g = rij.get(code);
      if (!g) return null;
      if (f.maat === 'regelingen') return g.regelingen;
      if (f.maat === 'partnersets') return sets.get(code) ?? 0;
      return g[f.maat].gemiddelde;
    };
    const gebieden = grens.gebieden.filter((g) => rij.has(g.code));
    const k = gebieden.length
      ? kaart(gebieden, new Map(gebieden.map((g) => [g.code, waarde(g.code)])))
      : null;

    // The network: the strongest pairs, placed on the map when it is there.
    const minimum = f.minimum ?? Math.max(1, o.paren[NETWERK_MAXIMUM - 1]?.gedeeld ?? 1);
    const sterkst = o.paren.filter((p) => p.gedeeld >= minimum);
    const n = netwerk(
      sterkst.map((p) => ({ a: p.a.code, b: p.b.code, gedeeld: p.gedeeld })),
      k
        ? {
            maximum: NETWERK_MAXIMUM,
            posities: new Map(k.paden.map((p) => [p.code, p.midden])),
            breedte: k.breedte,
            hoogte: k.hoogte,
          }
        : { maximum: NETWERK_MAXIMUM },
    );
    const namen = new Map(invoer.gemeenten.map((g) => [g.code, g.naam]));
    const fouten = f.fouten;
    return render(
      c,
      s,
      titel,
      <>
        <Heading level={1}>{titel}</Heading>
        <P lead>
          Aan hoeveel gemeenschappelijke regelingen elke gemeente deelneemt, met wie zij het vaakst samenwerkt
          en hoeveel zeggenschap zij heeft.
        </P>
        <ErrorSummary fouten={fouten} />
        <form
          class="utrecht-form"
          method="get"
          action="/landschap"
          role="search"
          aria-label="Filter het landschap"
        >
          <div class="grip-filters">
            <Select
              naam="bron"
              label="Bron"
              leeg="Het register (ingevoerd in Grip en het landelijk GR-register)"
              opties={bronFilters.map((b) => [b, bronFilterLabel[b]])}
              waarde={f.bron}
              fout={fouten.bron}
            />
            <TextField
              naam="peildatum"
              label="Peildatum"
              type="date"
              hulp="Alleen regelingen die op deze datum golden; leeg: nu"
              waarde={fouten.peildatum ? c.req.query('peildatum') : f.peildatum}
              fout={fouten.peildatum}
            />
            <Select
              naam="provincie"
              label="Provincie"
              leeg="Heel Nederland"
              opties={provincieOpties}
              waarde={f.provincie}
              fout={fouten.provincie}
            />
            <Select
              naam="beleidsterrein"
              label="Beleidsterrein"
              leeg="Alle beleidsterreinen"
              opties={beleidsterreinen.map((b) => [b, b])}
              waarde={f.beleidsterrein}
            />
            <Select
              naam="maat"
              label="Kaart toont"
              opties={maten.map((m) => [m, maatLabel[m]])}
              waarde={f.maat}
              fout={fouten.maat}
            />
            <Select
              naam="sortering"
              label="Sorteer de tabel op"
              opties={sorteringen.map((x) => [x, sorteerLabel[x]])}
              waarde={f.sortering}
            />
          </div>
          <Button>Toon landschap</Button>
        </form>
        <p class="utrecht-paragraph" role="status">
          {getal(o.regelingen)} {o.regelingen === 1 ? 'regeling' : 'regelingen'} met {getal(o.deelnames)}{' '}
          deelnames; {getal(o.gemeenten.length)} gemeenten
          {f.provincie ? ` in ${invoer.provincies.get(f.provincie) ?? f.provincie}` : ''}
          {f.beleidsterrein ? `, beleidsterrein ${f.beleidsterrein}` : ''}. Bron: {bronTekst}
          {f.peildatum ? `, peildatum ${datum(f.peildatum)}` : ''}.
          {isImportBron(f.bron) ? ` Licentie: ${BRON_INFO[f.bron].licentie}.` : ''}
        </p>
        {f.bron === 'opengr' ? (
          <Alert type="warning">
            De momentopname van 2016 is onvolledig en niet actueel; zij hoort niet bij het register.
          </Alert>
        ) : null}
        <P>
          Verder: <Link href={`/landschap/congruentie?${params}`}>congruentie met regio-indelingen</Link> en{' '}
          <Link href={`/landschap/verandering?${filterParams({ provincie: f.provincie })}`}>
            verandering van 2016 naar nu
          </Link>
          .
        </P>

        <Heading level={2}>Kaart</Heading>
        {k ? (
          <>
            <P>
              {maatLabel[f.maat]} per gemeente, in klassen van ongeveer even veel gemeenten. Kies een andere
              maat bij “Kaart toont”. Grenzen: {grens.herkomst?.omschrijving}, licentie{' '}
              {grens.herkomst?.licentie}.
            </P>
            <KaartFiguur
              k={k}
              maat={f.maat}
              titel={`Kaart: ${maatLabel[f.maat].toLowerCase()} per gemeente`}
              href={(code) => `/landschap/gemeenten/${code}?${params}`}
            />
          </>
        ) : (
          <Alert type="info">
            Er zijn nog geen gemeentegrenzen ingelezen, dus er is geen kaart. Een beheerder leest ze in met{' '}
            <code>npx grip import grenzen &lt;bestand&gt;</code> (bijvoorbeeld de vereenvoudigde grenzen van
            CBS in TopoJSON of GeoJSON).
          </Alert>
        )}

        <Heading level={2}>Verdeling over de gemeenten</Heading>
        <DataList
          items={[
            ['Minimum', getal(v.min) ?? '—'],
            ['Mediaan', getal(v.mediaan) ?? '—'],
            ['90e percentiel', getal(v.p90) ?? '—'],
            ['Maximum', getal(v.max) ?? '—'],
            ['Gemiddelde', v.gemiddelde === null ? '—' : getal(Math.round(v.gemiddelde * 10) / 10)],
          ]}
        />
        <Histogram o={o} />
        <div class="grip-twee-kolommen">
          <Tabel
            bijschrift="De tien gemeenten met de meeste regelingen"
            rijen={v.top}
            kolommen={[
              {
                kop: 'Gemeente',
                cel: (t) => <Link href={`/landschap/gemeenten/${t.item.code}`}>{t.item.naam}</Link>,
              },
              { kop: 'Regelingen', numeriek: true, cel: (t) => getal(t.waarde) },
            ]}
          />
          <Tabel
            bijschrift="De tien gemeenten met de minste regelingen"
            rijen={v.onderaan}
            kolommen={[
              {
                kop: 'Gemeente',
                cel: (t) => <Link href={`/landschap/gemeenten/${t.item.code}`}>{t.item.naam}</Link>,
              },
              { kop: 'Regelingen', numeriek: true, cel: (t) => getal(t.waarde) },
            ]}
          />
        </div>

        <Heading level={2}>Sterkste samenwerkingsparen</Heading>
        <P>
          Paren van gemeenten die de meeste regelingen met elkaar delen. Alle paren vanaf een minimum staan in
          de API:{' '}
          <Link href={`/api/v1/landschap/paren?${filterParams(f, { minimum: '5' })}`}>
            /api/v1/landschap/paren
          </Link>
          .
        </P>
        <ExportLinks analyse="paren" params={params} />
        <Tabel
          bijschrift={`De ${PAREN_OP_PAGINA} sterkste paren`}
          rijen={o.paren.slice(0, PAREN_OP_PAGINA)}
          leeg="Geen gemeenten die samen een regeling delen."
          kolommen={[
            {
              kop: 'Gemeente',
              cel: (p) => <Link href={`/landschap/gemeenten/${p.a.code}`}>{p.a.naam}</Link>,
            },
            {
              kop: 'en gemeente',
              cel: (p) => <Link href={`/landschap/gemeenten/${p.b.code}`}>{p.b.naam}</Link>,
            },
            { kop: 'Gedeelde regelingen', numeriek: true, cel: (p) => getal(p.gedeeld) },
          ]}
        />

        <Heading level={2}>Netwerk</Heading>
        <P>
          De {n.verbindingen.length < sterkst.length ? getal(n.verbindingen.length) : ''} sterkste paren als
          netwerk: paren die minstens {minimum} {minimum === 1 ? 'regeling' : 'regelingen'} delen
          {n.verbindingen.length < sterkst.length ? ` (${getal(sterkst.length)} in totaal)` : ''}.{' '}
          {k ? 'Elke gemeente staat op haar plaats op de kaart.' : ''}
        </P>
        <NetwerkFiguur n={n} namen={namen} minimum={minimum} />

        <Heading level={2}>Per provincie</Heading>
        <Tabel
          bijschrift="Regelingen per provincie, en hoeveel daarvan de provinciegrens overschrijden"
          rijen={o.provincies}
          leeg="Geen regelingen met deelnemers in een bekende provincie."
          kolommen={[
            { kop: 'Provincie', cel: (p) => p.naam },
            {
              kop: 'Regelingen met een deelnemer in de provincie',
              numeriek: true,
              cel: (p) => getal(p.regelingen),
            },
            { kop: 'Binnen de provincie', numeriek: true, cel: (p) => getal(p.binnen) },
            { kop: 'Over de provinciegrens', numeriek: true, cel: (p) => getal(p.grensoverschrijdend) },
          ]}
        />

        <Heading level={2}>Per gemeente</Heading>
        <P>
          Zeggenschap is het gemiddelde stemaandeel van de gemeente in haar regelingen; waar het stemaandeel
          onbekend is, telt haar aandeel in de inwoners van de deelnemende gemeenten als schatting. Tussen
          haakjes: in hoeveel regelingen het aandeel bekend is. Partnersets: met hoeveel verschillende groepen
          partners de gemeente samenwerkt.
        </P>
        <ExportLinks analyse="gemeenten" params={filterParams(f, { sortering: f.sortering })} />
        <ExportLinks analyse="register" params={params} />
        <Tabel
          bijschrift={`Gemeenten (gesorteerd op: ${sorteerLabel[f.sortering].toLowerCase()})`}
          rijen={gemeenten}
          leeg="Geen gemeenten gevonden."
          kolommen={[
            {
              kop: 'Gemeente',
              cel: (g) => <Link href={`/landschap/gemeenten/${g.code}?${params}`}>{g.naam}</Link>,
            },
            { kop: 'CBS-code', cel: (g) => g.code },
            { kop: 'Provincie', cel: (g) => g.provincieNaam ?? '—' },
            { kop: 'Inwoners', numeriek: true, cel: (g) => getal(g.inwoners) ?? '—' },
            {
              kop: 'Regelingen',
              numeriek: true,
              cel: (g) =>
                g.regelingen ? (
                  <Link
                    href={`/regelingen?${filterParams({ bron: f.bron, peildatum: f.peildatum }, { deelnemer: g.code })}`}
                  >
                    {getal(g.regelingen)}
                  </Link>
                ) : (
                  '0'
                ),
            },
            { kop: 'Partnergemeenten', numeriek: true, cel: (g) => getal(g.partners) },
            { kop: 'Partnersets', numeriek: true, cel: (g) => getal(sets.get(g.code) ?? 0) },
            { kop: 'Zeggenschap', numeriek: true, cel: (g) => aandeelCel(g.zeggenschap) },
            { kop: 'Kostenaandeel', numeriek: true, cel: (g) => aandeelCel(g.kostenaandeel) },
            {
              kop: 'Beleidsterreinen',
              cel: (g) =>
                g.perBeleidsterrein.map((b) => `${b.beleidsterrein} (${b.aantal})`).join(', ') || '—',
            },
          ]}
        />
        <HerkomstBlok
          herkomst={[
            ...herkomst,
            ...(k && grens.herkomst ? [importHerkomst('Gemeentegrenzen', grens.herkomst)] : []),
          ]}
        />
      </>,
      { huidig: '/landschap' },
    );
  });

  app.get('/landschap/gemeenten.csv', (c) => {
    const q = new URLSearchParams(c.req.query());
    q.set('formaat', 'csv');
    return c.redirect(`/landschap/export/gemeenten?${q.toString()}`, 301);
  });
}
