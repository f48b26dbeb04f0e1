/** Computes a termijn with the calendar of this installation (repository table + equated days added by a beheerder). */
import { berekenTermijn, parseDuur, type Kalender } from '../../kalender';
import { DomeinFout } from '../../platform/errors';
import type { BerekeningInput } from './model';
import { metUitleg } from './teksten';

export function bereken(input: BerekeningInput, kalender: Kalender) {
  const duur = parseDuur(input.duur);
  if (!duur) throw new DomeinFout('ongeldige_duur', { veld: 'duur' });
  try {
    return berekenTermijn({
      start: input.start,
      duur,
      richting: input.richting,
      grondslag: input.grondslag,
      atwVanToepassingVerklaard: input.grondslag === 'regeling' && input.atwVanToepassing === true,
      kalender,
    });
  } catch (e) {
    if (e instanceof RangeError) throw new DomeinFout('buiten_bereik', { veld: 'start' });
    throw e;
  }
}

export type UitgelegdeTermijn = ReturnType<typeof metUitleg>;

/**
 * Computed and explained termijnen, per calendar: the computation is a pure function of the
 * input and the calendar, and many requests ask for the same few (today plus 8 weeks). A new
 * calendar (a beheerder added an equated day) starts with an empty memo. Results are frozen:
 * every caller gets the same object.
 */
interface Onthouden {
  uit: UitgelegdeTermijn;
  json?: string;
}
const memo = new WeakMap<Kalender, Map<string, Onthouden>>();
const MEMO_GROOTTE = 5000;

function onthoud(input: BerekeningInput, kalender: Kalender) {
  let perKalender = memo.get(kalender);
  if (!perKalender) memo.set(kalender, (perKalender = new Map<string, Onthouden>()));
  const sleutel = `${input.start}|${input.duur}|${input.richting}|${input.grondslag}|${input.atwVanToepassing === true}`;
  let bekend = perKalender.get(sleutel);
  if (!bekend) {
    bekend = { uit: bevries(metUitleg(bereken(input, kalender), input.start)) };
    if (perKalender.size >= MEMO_GROOTTE) perKalender.delete(perKalender.keys().next().value!);
    perKalender.set(sleutel, bekend);
  }
  return bekend;
}

export function berekenMetUitleg(input: BerekeningInput, kalender: Kalender): UitgelegdeTermijn {
  return onthoud(input, kalender).uit;
}

/** The same result as JSON text, serialised once per distinct question (the API's answer). */
export function berekenAlsJson(input: BerekeningInput, kalender: Kalender): string {
  const bekend = onthoud(input, kalender);
  return (bekend.json ??= JSON.stringify(bekend.uit));
}

function bevries<T>(waarde: T): T {
  if (waarde && typeof waarde === 'object') {
    for (const v of Object.values(waarde)) bevries(v);
    Object.freeze(waarde);
  }
  return waarde;
}
