import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { AnalyseDeelname } from './invoer';
import { perProvincie } from './per-provincie';

const d = (
  regelingId: string,
  code: string | null,
  provincieCode: string | null,
  soort = 'gemeente',
): AnalyseDeelname => ({
  regelingId,
  beleidsterreinen: [],
  organisatieCode: code,
  soort,
  inwoners: null,
  provincieCode,
});

describe('perProvincie', () => {
  test('regelingen met een deelnemer in de provincie en die over de grens gaan', () => {
    const uit = perProvincie([
      d('r1', 'GM0001', 'PV20'),
      d('r1', 'GM0002', 'PV20'),
      d('r2', 'GM0001', 'PV20'),
      d('r2', 'GM0100', 'PV21'),
      d('r3', 'GM0100', 'PV21'),
      d('r3', null, null, 'rijk'),
      d('r4', 'PV21', 'PV21', 'provincie'),
      d('r4', 'GM0101', 'PV21'),
    ]);
    assert.deepEqual(uit, [
      {
        provincieCode: 'PV20',
        regelingen: 2,
        grensoverschrijdend: 1,
        binnen: 1,
        grensoverschrijdendeIds: ['r2'],
      },
      {
        provincieCode: 'PV21',
        regelingen: 3,
        grensoverschrijdend: 1,
        binnen: 2,
        grensoverschrijdendeIds: ['r2'],
      },
    ]);
  });
});
