/** Dutch names of months and weekdays, and dates written out in full, from 'YYYY-MM-DD' strings. */

export const maandNamen = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

/** Monday first, as in Dutch calendars (ISO 8601). */
export const weekdagen = [
  'maandag',
  'dinsdag',
  'woensdag',
  'donderdag',
  'vrijdag',
  'zaterdag',
  'zondag',
] as const;

/** "donderdag 25 juni 2026", computed from the 'YYYY-MM-DD' string (UTC arithmetic, never a local-midnight Date). */
export function langeDatum(d: unknown): string {
  if (typeof d !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(d)) return String(d);
  const [j, m, dag] = d.split('-').map(Number) as [number, number, number];
  const dow = new Date(Date.UTC(j, m - 1, dag)).getUTCDay(); // 0 = Sunday
  return `${weekdagen[(dow + 6) % 7]} ${dag} ${maandNamen[m - 1]} ${j}`;
}
