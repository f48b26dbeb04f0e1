/**
 * What the landschap pages share: reading the filters from the query, the provenance block, the export
 * links, the choropleth map and the network graph (SVG with title, description and the same data as a
 * table, no JavaScript).
 */
import type { FC } from 'hono/jsx';
import { datum as datumVeld } from '../../platform/validation';
import {
  DataList,
  Heading,
  Link,
  P,
  Tabel,
  datum,
  getal,
  procent,
  tijdstip,
} from '../../platform/views/components';
import { type Kaart, KLEUR_ONBEKEND, type Netwerk } from './analyse';
import { bronFilters, type BronFilter } from './bron-info';
import { analyseLabel, formaten, type Analyse, type Herkomstregel } from './uitvoer';

/** The measures the map can show (`?maat=`). */
export const maten = ['regelingen', 'stemaandeel', 'bevolkingsaandeel', 'partnersets'] as const;
export type Maat = (typeof maten)[number];
export const maatLabel: Record<Maat, string> = {
  regelingen: 'Aantal regelingen',
  stemaandeel: 'Gemiddeld stemaandeel (waar bekend)',
  bevolkingsaandeel: 'Gemiddeld aandeel in de bevolking van de deelnemers',
  partnersets: 'Aantal partnersets',
};
export const maatWaarde = (m: Maat, w: number | null): string =>
  w === null ? 'geen gegevens' : m === 'stemaandeel' || m === 'bevolkingsaandeel' ? procent(w)! : getal(w)!;

export interface Filters {
  bron: BronFilter | undefined;
  peildatum: string | undefined;
  provincie: string | undefined;
  beleidsterrein: string | undefined;
  maat: Maat;
  indeling: string | undefined;
}

export interface GelezenFilters extends Filters {
  /** Field → Dutch message for values that could not be used. */
  fouten: Partial<Record<'peildatum' | 'provincie' | 'maat' | 'indeling' | 'bron', string>>;
}

const kies = <T extends string>(lijst: readonly T[], w: string | undefined): T | undefined =>
  (lijst as readonly string[]).includes(w ?? '') ? (w as T) : undefined;

/** The filters of the landschap pages; a value that cannot be used is left out, with a message. */
export function leesLandschapFilters(q: Record<string, string>): GelezenFilters {
  const fouten: GelezenFilters['fouten'] = {};
  const peildatum = datumVeld.safeParse(q.peildatum).success ? q.peildatum : undefined;
  if (q.peildatum && !peildatum) fouten.peildatum = 'Geef een datum als JJJJ-MM-DD';
  const provincie = /^PV\d{2}$/i.test(q.provincie ?? '') ? q.provincie!.toUpperCase() : undefined;
  if (q.provincie && !provincie) fouten.provincie = 'Een provinciecode ziet eruit als PV27';
  const bron = kies(bronFilters, q.bron);
  if (q.bron && !bron) fouten.bron = 'Kies een bron uit de lijst';
  const maat = kies(maten, q.maat);
  if (q.maat && !maat) fouten.maat = 'Kies een maat uit de lijst';
  const indeling = /^[a-z0-9_]{1,60}$/.test(q.indeling ?? '') ? q.indeling : undefined;
  if (q.indeling && !indeling) fouten.indeling = 'Kies een indeling uit de lijst';
  return {
    bron,
    peildatum,
    provincie,
    beleidsterrein: q.beleidsterrein?.trim() || undefined,
    maat: maat ?? 'regelingen',
    indeling,
    fouten,
  };
}

/** The query string of the filters (empty values left out), with extra parameters. */
export const filterParams = (f: Partial<Filters>, extra: Record<string, string | undefined> = {}) =>
  new URLSearchParams(
    Object.entries({
      bron: f.bron,
      peildatum: f.peildatum,
      provincie: f.provincie,
      beleidsterrein: f.beleidsterrein,
      ...extra,
    }).filter((e): e is [string, string] => Boolean(e[1])),
  ).toString();

/** Where the data shown comes from: source, vintage, licence, when it was read. */
export const HerkomstBlok: FC<{ herkomst: readonly Herkomstregel[]; id?: string }> = ({ herkomst, id }) => (
  <section aria-labelledby={id ?? 'herkomst'}>
    <Heading level={2} id={id ?? 'herkomst'}>
      Herkomst van de gegevens
    </Heading>
    {herkomst.map((h) => (
      <DataList
        items={[
          ['Onderdeel', h.onderdeel],
          ['Bron', h.bron],
          ['Peildatum of jaargang', datum(h.peildatum) ?? '—'],
          ['Licentie', h.licentie ?? '—'],
          ['Bestand', h.bestand ?? '—'],
          ['Ingelezen', h.ingelezen ? tijdstip(h.ingelezen) : '—'],
        ]}
      />
    ))}
  </section>
);

/** Links to the export of an analysis in every format. */
export const ExportLinks: FC<{ analyse: Analyse; params: string }> = ({ analyse, params }) => (
  <p class="utrecht-paragraph">
    Download {analyseLabel[analyse].toLowerCase()} als{' '}
    {formaten.map((f, i) => (
      <>
        {i ? (i === formaten.length - 1 ? ' of ' : ', ') : ''}
        <Link href={`/landschap/export/${analyse}?${params ? `${params}&` : ''}formaat=${f}`}>
          {f.toUpperCase()}
          <span class="grip-visually-hidden"> ({analyseLabel[analyse].toLowerCase()})</span>
        </Link>
      </>
    ))}
    . De XLSX heeft een tweede blad met de herkomst; in NDJSON staat de herkomst op de eerste regel.
  </p>
);

/** The choropleth map with legend and, below it, the same data as a table. */
export const KaartFiguur: FC<{ k: Kaart; maat: Maat; titel: string; href: (code: string) => string }> = ({
  k,
  maat,
  titel,
  href,
}) => {
  const fmt = (w: number | null) => maatWaarde(maat, w);
  // The first class runs from the minimum; every further class from just above the previous bound.
  const bereik = (x: { van: number; tot: number }, i: number) =>
    i === 0
      ? x.van === x.tot
        ? fmt(x.tot)
        : `${fmt(x.van)} tot en met ${fmt(x.tot)}`
      : `meer dan ${fmt(x.van)} tot en met ${fmt(x.tot)}`;
  const klassen = k.klassen.map((x, i) => `${bereik(x, i)}: ${getal(x.gebieden)} gemeenten`);
  return (
    <figure class="grip-kaart">
      <svg
        role="img"
        aria-labelledby="kaart-titel kaart-beschrijving"
        viewBox={`0 0 ${k.breedte} ${k.hoogte}`}
        width={k.breedte}
        height={k.hoogte}
      >
        <title id="kaart-titel">{titel}</title>
        <desc id="kaart-beschrijving">
          {`Kaart van de gemeenten, ingekleurd in ${k.klassen.length} klassen (kwantielen): ${klassen.join('; ')}${
            k.onbekend ? `; ${getal(k.onbekend)} gemeenten zonder gegevens (grijs)` : ''
          }. De tabel onder de kaart geeft de waarde per gemeente.`}
        </desc>
        {k.paden.map((p) => (
          <path d={p.d} fill={p.kleur} stroke="#ffffff" stroke-width="0.5">
            <title>{`${p.naam}: ${fmt(p.waarde)}`}</title>
          </path>
        ))}
      </svg>
      <figcaption>
        <ul class="grip-legenda" aria-label="Legenda">
          {k.klassen.map((x, i) => (
            <li>
              <span class="grip-legenda__kleur" style={`background:${x.kleur}`} aria-hidden="true" />
              {bereik(x, i)} ({getal(x.gebieden)} gemeenten)
            </li>
          ))}
          {k.onbekend ? (
            <li>
              <span class="grip-legenda__kleur" style={`background:${KLEUR_ONBEKEND}`} aria-hidden="true" />
              geen gegevens ({getal(k.onbekend)})
            </li>
          ) : null}
        </ul>
      </figcaption>
      <details>
        <summary>De gegevens van de kaart als tabel</summary>
        <Tabel
          bijschrift={`${maatLabel[maat]} per gemeente (de gegevens van de kaart)`}
          rijen={[...k.paden].sort((a, b) => a.naam.localeCompare(b.naam, 'nl'))}
          kolommen={[
            { kop: 'Gemeente', cel: (p) => <Link href={href(p.code)}>{p.naam}</Link> },
            { kop: 'CBS-code', cel: (p) => p.code },
            { kop: maatLabel[maat], numeriek: true, cel: (p) => fmt(p.waarde) },
          ]}
        />
      </details>
    </figure>
  );
};

/** The network graph of the strongest pairs, with the same pairs as a table. */
export const NetwerkFiguur: FC<{ n: Netwerk; namen: ReadonlyMap<string, string>; minimum: number }> = ({
  n,
  namen,
  minimum,
}) => {
  const naam = (c: string) => namen.get(c) ?? c;
  const plek = new Map(n.knopen.map((k) => [k.code, k]));
  if (n.verbindingen.length === 0)
    return <P>Geen paren van gemeenten die minstens {minimum} regelingen delen.</P>;
  return (
    <figure class="grip-netwerk">
      <svg
        role="img"
        aria-labelledby="netwerk-titel netwerk-beschrijving"
        viewBox={`0 0 ${n.breedte} ${n.hoogte}`}
        width={n.breedte}
        height={n.hoogte}
      >
        <title id="netwerk-titel">Netwerk van de sterkste samenwerkingsparen</title>
        <desc id="netwerk-beschrijving">
          {`${getal(n.knopen.length)} gemeenten en ${getal(n.verbindingen.length)} verbindingen tussen paren die minstens ${minimum} regelingen delen; hoe dikker de lijn, hoe meer gedeelde regelingen. ${
            n.indeling === 'kaart'
              ? 'Elke gemeente staat op haar plaats op de kaart.'
              : 'De gemeenten staan in een cirkel op volgorde van CBS-code.'
          } De tabel eronder geeft dezelfde paren.`}
        </desc>
        {n.verbindingen.map((v) => {
          const a = plek.get(v.a)!;
          const b = plek.get(v.b)!;
          return (
            <line
              x1={a.x}
              y1={a.y}
              x2={b.x}
              y2={b.y}
              stroke="#1f5c99"
              stroke-opacity="0.6"
              stroke-width={v.breedte}
            >
              <title>{`${naam(v.a)} en ${naam(v.b)}: ${v.gedeeld} gedeelde regelingen`}</title>
            </line>
          );
        })}
        {n.knopen.map((k) => (
          <circle
            cx={k.x}
            cy={k.y}
            r={3 + Math.min(5, k.graad)}
            fill="#ffffff"
            stroke="#1a1a1a"
            stroke-width="1.5"
          >
            <title>{`${naam(k.code)}: ${k.graad} verbindingen`}</title>
          </circle>
        ))}
      </svg>
      <Tabel
        bijschrift="De paren in het netwerk (de gegevens van de figuur)"
        rijen={n.verbindingen}
        kolommen={[
          { kop: 'Gemeente', cel: (v) => <Link href={`/landschap/gemeenten/${v.a}`}>{naam(v.a)}</Link> },
          { kop: 'en gemeente', cel: (v) => <Link href={`/landschap/gemeenten/${v.b}`}>{naam(v.b)}</Link> },
          { kop: 'Gedeelde regelingen', numeriek: true, cel: (v) => getal(v.gedeeld) },
        ]}
      />
    </figure>
  );
};
