/**
 * Item 7 of the landschap analyses: how a measure (the number of regelingen, by default) is spread over
 * all municipalities: minimum, median, 90th percentile, maximum, mean, and the top and bottom lists. Pure.
 *
 * Percentiles interpolate linearly between the two nearest ranks (the usual spreadsheet definition,
 * PERCENTILE.INC): the median of 1, 2, 3, 4 is 2.5, its p90 3.7.
 */

export interface Verdeling<T> {
  aantal: number;
  min: number | null;
  mediaan: number | null;
  p90: number | null;
  max: number | null;
  gemiddelde: number | null;
  /** The highest values, highest first; ties by the order of `naam`. */
  top: { item: T; waarde: number }[];
  /** The lowest values, lowest first; ties by the order of `naam`. */
  onderaan: { item: T; waarde: number }[];
}

/** The p-th percentile (0..1) of values sorted ascending; null for none. */
export function percentiel(gesorteerd: readonly number[], p: number): number | null {
  if (gesorteerd.length === 0) return null;
  const plek = (gesorteerd.length - 1) * Math.min(1, Math.max(0, p));
  const onder = Math.floor(plek);
  const boven = Math.ceil(plek);
  const a = gesorteerd[onder]!;
  const b = gesorteerd[boven]!;
  return a + (b - a) * (plek - onder);
}

export function verdeling<T>(
  items: readonly T[],
  waarde: (item: T) => number,
  naam: (item: T) => string,
  lengte = 10,
): Verdeling<T> {
  const rijen = items.map((item) => ({ item, waarde: waarde(item), naam: naam(item) }));
  const oplopend = [...rijen].sort((a, b) => a.waarde - b.waarde || a.naam.localeCompare(b.naam, 'nl'));
  const aflopend = [...rijen].sort((a, b) => b.waarde - a.waarde || a.naam.localeCompare(b.naam, 'nl'));
  const waarden = oplopend.map((r) => r.waarde);
  const kaal = ({ item, waarde: w }: { item: T; waarde: number }) => ({ item, waarde: w });
  return {
    aantal: rijen.length,
    min: waarden[0] ?? null,
    mediaan: percentiel(waarden, 0.5),
    p90: percentiel(waarden, 0.9),
    max: waarden.at(-1) ?? null,
    gemiddelde: waarden.length ? waarden.reduce((s, w) => s + w, 0) / waarden.length : null,
    top: aflopend.slice(0, lengte).map(kaal),
    onderaan: oplopend.slice(0, lengte).map(kaal),
  };
}
