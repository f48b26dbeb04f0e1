/** Month arithmetic for the month view, on 'YYYY-MM' and 'YYYY-MM-DD' strings (pure, no clock). */
import { Temporal } from 'temporal-polyfill';
import { maandNamen, weekdagen } from '../../platform/views/datumtekst';

const MAAND = /^(\d{4})-(0[1-9]|1[0-2])$/;
/** The years the month view accepts: wide enough for any cycle, narrow enough for the Atw calendar. */
export const MAAND_JAREN = { van: 2000, tot: 2100 } as const;

export { weekdagen };

/** True for 'YYYY-MM' within MAAND_JAREN. */
export function isMaand(s: unknown): s is string {
  const m = typeof s === 'string' ? MAAND.exec(s) : null;
  return m !== null && Number(m[1]) >= MAAND_JAREN.van && Number(m[1]) <= MAAND_JAREN.tot;
}

/** "juli 2026". */
export function maandNaam(maand: string): string {
  const [j, m] = maand.split('-').map(Number) as [number, number];
  return `${maandNamen[m - 1]} ${j}`;
}

/** The month `n` months after `maand` (negative: before). */
export function verschuifMaand(maand: string, n: number): string {
  return Temporal.PlainYearMonth.from(maand).add({ months: n }).toString();
}

export interface Week {
  /** ISO week number. */
  nummer: number;
  /** Seven days, Monday first; null for days outside the month. */
  dagen: (string | null)[];
}

/** The weeks of a month, Monday first, as 'YYYY-MM-DD' strings. */
export function maandRaster(maand: string): Week[] {
  const eerste = Temporal.PlainYearMonth.from(maand).toPlainDate({ day: 1 });
  const weken: Week[] = [];
  let dag = eerste.subtract({ days: eerste.dayOfWeek - 1 });
  while (weken.length === 0 || dag.month === eerste.month) {
    const dagen: (string | null)[] = [];
    const nummer = dag.weekOfYear ?? 0;
    for (let i = 0; i < 7; i++) {
      dagen.push(dag.month === eerste.month ? dag.toString() : null);
      dag = dag.add({ days: 1 });
    }
    weken.push({ nummer, dagen });
  }
  return weken;
}

/** The date `maanden` months after `datum` ('YYYY-MM-DD'; the 31st becomes the last day of a shorter month). */
export function plusMaanden(datum: string, n: number): string {
  return Temporal.PlainDate.from(datum).add({ months: n }).toString();
}
