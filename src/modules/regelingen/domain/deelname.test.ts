/** Who takes part on a day (Wgr art. 1): from the day of entry up to, not including, the day of leaving. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { neemtDeel } from './deelname';

describe('neemtDeel (Wgr art. 1)', () => {
  const periode = { datumToetreding: '2026-01-01', datumUittreding: '2027-01-01' };
  test('op de dag van toetreding neemt een organisatie deel, de dag ervoor niet', () => {
    assert.equal(neemtDeel(periode, '2025-12-31'), false);
    assert.equal(neemtDeel(periode, '2026-01-01'), true);
  });
  test('de laatste dag vóór de uittreding telt nog mee, de dag van uittreding niet meer', () => {
    assert.equal(neemtDeel(periode, '2026-12-31'), true);
    assert.equal(neemtDeel(periode, '2027-01-01'), false);
  });
  test('zonder bekende datum van toetreding telt een deelname als begonnen; zonder uittreding loopt ze door', () => {
    assert.equal(neemtDeel({ datumToetreding: null, datumUittreding: null }, '1990-01-01'), true);
    assert.equal(neemtDeel({ datumToetreding: null, datumUittreding: '2020-01-01' }, '2026-12-07'), false);
  });
});
