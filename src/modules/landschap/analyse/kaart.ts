/**
 * A choropleth map of the Netherlands as SVG data: GeoJSON boundaries (WGS84 longitude/latitude, as the
 * shared data `grenzen-cbs-2023-vws` and the `grens` table hold them) and a value per area become SVG path
 * data in classes of a legend. Pure: the page draws the paths (web.tsx).
 *
 * - Projection: equirectangular with the longitude scaled by cos(52°) (the latitude of the middle of the
 *   country), so the Netherlands keeps its shape within a few per cent; y runs downward.
 * - Classes: quantiles of the known values (nearest rank; `KLASSEN` at most, fewer when values coincide);
 *   an area whose value is unknown gets no class and is drawn grey.
 * - The centroid of each area (the mean of the vertices of its largest ring) places the nodes of the
 *   network graph (netwerk.ts).
 */

type Positie = readonly number[];
export type Geometrie =
  | { type: 'Polygon'; coordinates: readonly (readonly Positie[])[] }
  | { type: 'MultiPolygon'; coordinates: readonly (readonly (readonly Positie[])[])[] };

export interface KaartGebied {
  code: string;
  naam: string;
  geometrie: Geometrie;
}

export interface KaartKlasse {
  van: number;
  tot: number;
  kleur: string;
  gebieden: number;
}

export interface KaartPad {
  code: string;
  naam: string;
  d: string;
  waarde: number | null;
  /** Index in `klassen`; null when the value is unknown. */
  klasse: number | null;
  kleur: string;
  /** The centroid in map coordinates. */
  midden: { x: number; y: number };
}

export interface Kaart {
  breedte: number;
  hoogte: number;
  paden: KaartPad[];
  klassen: KaartKlasse[];
  /** Areas without a value. */
  onbekend: number;
}

export const KLASSEN = 5;
/** Sequential blues, light to dark (ColorBrewer Blues 5); dark enough against white for the legend. */
export const KLEUREN = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'] as const;
export const KLEUR_ONBEKEND = '#d9d9d9';

const COS52 = Math.cos((52 * Math.PI) / 180);

const ringen = (g: Geometrie): (readonly Positie[])[] =>
  g.type === 'Polygon' ? [...g.coordinates] : g.coordinates.flatMap((p) => [...p]);

/**
 * Quantile class bounds of the values (nearest rank, so every bound is a value that occurs): class i holds
 * the values above the bound of class i − 1 up to and including its own; equal bounds merge, so there are
 * fewer classes when many values coincide. `van` is the lowest value in the class's range (the minimum for
 * the first class, else the previous bound, exclusive).
 */
export function kwantielKlassen(
  waarden: readonly number[],
  aantal = KLASSEN,
): { van: number; tot: number }[] {
  const s = [...waarden].sort((a, b) => a - b);
  if (s.length === 0) return [];
  const grenzen: number[] = [];
  for (let i = 1; i <= aantal; i++) {
    const g = s[Math.max(0, Math.ceil((i / aantal) * s.length) - 1)]!;
    if (!grenzen.length || g > grenzen.at(-1)!) grenzen.push(g);
  }
  return grenzen.map((tot, i) => ({ van: i === 0 ? s[0]! : grenzen[i - 1]!, tot }));
}

/** The class of a value: the first whose upper bound it does not exceed. */
export function klasseVan(klassen: readonly { tot: number }[], w: number): number {
  const i = klassen.findIndex((k) => w <= k.tot);
  return i === -1 ? klassen.length - 1 : i;
}

const rond = (n: number) => Math.round(n * 10) / 10;

export function kaart(
  gebieden: readonly KaartGebied[],
  waarden: ReadonlyMap<string, number | null>,
  opties: { breedte?: number } = {},
): Kaart {
  const breedte = opties.breedte ?? 560;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const g of gebieden)
    for (const r of ringen(g.geometrie))
      for (const [lon, lat] of r) {
        const x = lon! * COS52;
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, lat!);
        maxY = Math.max(maxY, lat!);
      }
  const schaal = gebieden.length && maxX > minX ? breedte / (maxX - minX) : 1;
  const hoogte = gebieden.length ? Math.ceil((maxY - minY) * schaal) : 0;
  const px = (lon: number) => rond((lon * COS52 - minX) * schaal);
  const py = (lat: number) => rond((maxY - lat) * schaal);

  const bekend = gebieden.flatMap((g) => {
    const w = waarden.get(g.code);
    return w === null || w === undefined || !Number.isFinite(w) ? [] : [w];
  });
  const grenzen = kwantielKlassen(bekend);
  const klassen: KaartKlasse[] = grenzen.map((k, i) => ({
    ...k,
    kleur:
      KLEUREN[
        grenzen.length === 1
          ? KLEUREN.length - 1
          : Math.round((i * (KLEUREN.length - 1)) / (grenzen.length - 1))
      ]!,
    gebieden: 0,
  }));
  let onbekend = 0;
  const paden = gebieden.map((g): KaartPad => {
    const rs = ringen(g.geometrie);
    const d = rs
      .map((r) => {
        const punten = r.map(([lon, lat]) => `${px(lon!)} ${py(lat!)}`);
        return `M${punten.join('L')}Z`;
      })
      .join('');
    const grootste = rs.reduce((a, b) => (b.length > a.length ? b : a), rs[0] ?? []);
    const n = Math.max(1, grootste.length);
    const midden = {
      x: rond(grootste.reduce((s, p) => s + px(p[0]!), 0) / n),
      y: rond(grootste.reduce((s, p) => s + py(p[1]!), 0) / n),
    };
    const w = waarden.get(g.code);
    const waarde = w === undefined || w === null || !Number.isFinite(w) ? null : w;
    const klasse = waarde === null ? null : klasseVan(klassen, waarde);
    if (klasse === null) onbekend++;
    else klassen[klasse]!.gebieden++;
    return {
      code: g.code,
      naam: g.naam,
      d,
      waarde,
      klasse,
      kleur: klasse === null ? KLEUR_ONBEKEND : klassen[klasse]!.kleur,
      midden,
    };
  });
  return { breedte, hoogte, paden, klassen, onbekend };
}
