/** Computes a termijn with the calendar of this installation (repository table + equated days added by a beheerder). */
import { berekenTermijn, parseDuur, type Kalender } from '../../kalender';
import { DomeinFout } from '../../platform/errors';
import type { BerekeningInput } from './model';

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
