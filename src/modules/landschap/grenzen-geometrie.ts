/**
 * Boundaries for drawing maps: which coordinate system a file uses, and the geometry made smaller for a
 * map of about 1000 pixels. Pure.
 *
 * - **Coordinate system**: WGS84 (EPSG:4326, longitude and latitude in degrees: the Netherlands lies
 *   within 3–8 °E, 50–54 °N) or RD New (EPSG:28992, metres: x 0–300,000, y 289,000–629,000). Decided from
 *   the range of all coordinates; anything else is unknown.
 * - **RD New to WGS84**: the approximation formulas of Schreutelkamp and Strang van Hees ("Benaderingsformules
 *   voor de transformatie tussen RD- en WGS84-kaartcoördinaten"), polynomials around Amersfoort; an
 *   approximation, more than precise enough for a map.
 * - **Smaller**: every coordinate rounded to `decimalen` decimals (3 by default: about 70 m east–west and
 *   110 m north–south in the Netherlands, a quarter of a pixel when the country is 1000 pixels wide), then
 *   points that became equal to the one before dropped. Rounding works point by point, so two areas that
 *   share a border (a gemeente and its neighbour, a province and its gemeenten) still share it exactly
 *   after rounding: no gaps or overlaps appear. A ring that shrinks below four points (a tiny islet or
 *   hole) is dropped; an area that would lose all its rings keeps its geometry unrounded.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

export type Coordinatenstelsel = 'WGS84' | 'RD';

export const COORDINATENSTELSEL_OMSCHRIJVING: Record<Coordinatenstelsel, string> = {
  WGS84: 'WGS84 (EPSG:4326; lengte- en breedtegraad in graden, volgorde lengte, breedte)',
  RD: 'RD New (EPSG:28992; x en y in meters)',
};

export interface Omvang {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

function* posities(g: Polygon | MultiPolygon): Generator<Position> {
  const polygonen = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  for (const p of polygonen) for (const ring of p) yield* ring;
}

/** The bounding box of all geometries, or null when they have no coordinates. */
export function omvang(geometrieen: Iterable<Polygon | MultiPolygon>): Omvang | null {
  let o: Omvang | null = null;
  for (const g of geometrieen)
    for (const [x, y] of posities(g)) {
      if (x === undefined || y === undefined) continue;
      if (!o) o = { minX: x, minY: y, maxX: x, maxY: y };
      else {
        o.minX = Math.min(o.minX, x);
        o.minY = Math.min(o.minY, y);
        o.maxX = Math.max(o.maxX, x);
        o.maxY = Math.max(o.maxY, y);
      }
    }
  return o;
}

/** The coordinate system of boundaries in the Netherlands, from their extent; null when it is neither. */
export function bepaalCoordinatenstelsel(o: Omvang | null): Coordinatenstelsel | null {
  if (!o) return null;
  const binnen = (min: number, max: number, lo: number, hi: number) => min >= lo && max <= hi;
  if (binnen(o.minX, o.maxX, 2.5, 8) && binnen(o.minY, o.maxY, 50, 54)) return 'WGS84';
  if (binnen(o.minX, o.maxX, -7_000, 300_000) && binnen(o.minY, o.maxY, 289_000, 629_000)) return 'RD';
  return null;
}

/** Coefficients (arc seconds) of the RD → WGS84 polynomials: [p, q, value] for dX^p · dY^q. */
const RD_BREEDTE: [number, number, number][] = [
  [0, 1, 3235.65389],
  [2, 0, -32.58297],
  [0, 2, -0.2475],
  [2, 1, -0.84978],
  [0, 3, -0.0655],
  [2, 2, -0.01709],
  [1, 0, -0.00738],
  [4, 0, 0.0053],
  [2, 3, -0.00039],
  [4, 1, 0.00033],
  [1, 1, -0.00012],
];
const RD_LENGTE: [number, number, number][] = [
  [1, 0, 5260.52916],
  [1, 1, 105.94684],
  [1, 2, 2.45656],
  [3, 0, -0.81885],
  [1, 3, 0.05594],
  [3, 1, -0.05607],
  [0, 1, 0.01199],
  [3, 2, -0.00256],
  [1, 4, 0.00128],
  [0, 2, 0.00022],
  [2, 0, -0.00022],
  [5, 0, 0.00026],
];

/** An RD New position (x, y in metres) as WGS84 (longitude, latitude in degrees). */
export function rdNaarWgs84([x, y]: Position): Position {
  const dx = (x! - 155_000) * 1e-5;
  const dy = (y! - 463_000) * 1e-5;
  const som = (t: [number, number, number][]) => t.reduce((s, [p, q, k]) => s + k * dx ** p * dy ** q, 0);
  return [5.38720621 + som(RD_LENGTE) / 3600, 52.1551744 + som(RD_BREEDTE) / 3600];
}

/** The geometry with every position converted by `f`. */
export function zetOm<G extends Polygon | MultiPolygon>(g: G, f: (p: Position) => Position): G {
  if (g.type === 'Polygon') return { ...g, coordinates: g.coordinates.map((r) => r.map(f)) };
  return { ...g, coordinates: g.coordinates.map((p) => p.map((r) => r.map(f))) };
}

const rond = (n: number, decimalen: number) => {
  const f = 10 ** decimalen;
  return Math.round(n * f) / f;
};

function rondRing(ring: Position[], decimalen: number): Position[] | null {
  const uit: Position[] = [];
  for (const p of ring) {
    const q = [rond(p[0]!, decimalen), rond(p[1]!, decimalen)];
    const vorige = uit.at(-1);
    if (!vorige || vorige[0] !== q[0] || vorige[1] !== q[1]) uit.push(q);
  }
  // A closed ring: first = last, at least four positions (a triangle).
  if (uit.length && (uit[0]![0] !== uit.at(-1)![0] || uit[0]![1] !== uit.at(-1)![1])) uit.push(uit[0]!);
  return uit.length >= 4 ? uit : null;
}

/** The geometry with coordinates rounded to `decimalen` decimals and repeated points dropped. */
export function vereenvoudig<G extends Polygon | MultiPolygon>(g: G, decimalen = 3): G {
  const polygoon = (p: Position[][]): Position[][] | null => {
    const [buiten, ...gaten] = p;
    const b = buiten ? rondRing(buiten, decimalen) : null;
    if (!b) return null;
    const rest = gaten.map((r) => rondRing(r, decimalen)).filter((r): r is Position[] => r !== null);
    return [b, ...rest];
  };
  if (g.type === 'Polygon') {
    const p = polygoon(g.coordinates);
    return (p ? { type: 'Polygon', coordinates: p } : g) as G;
  }
  const ps = g.coordinates.map(polygoon).filter((p): p is Position[][] => p !== null);
  return (ps.length ? { type: 'MultiPolygon', coordinates: ps } : g) as G;
}

/** The number of positions, to report how much smaller the geometry became. */
export function aantalPunten(g: Polygon | MultiPolygon): number {
  let n = 0;
  for (const _ of posities(g)) n++;
  return n;
}
