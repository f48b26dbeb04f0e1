import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isDatum, leesDatum } from './datum';

describe('Datums worden als JJJJ-MM-DD ingevoerd', () => {
  it('accepteert een bestaande datum', () => {
    assert.equal(isDatum('2026-02-28'), true);
    assert.equal(leesDatum('2028-02-29').dayOfWeek, 2);
  });
  it('weigert niet-bestaande datums, tijdstippen en andere schrijfwijzen', () => {
    for (const s of [
      '2026-02-30',
      '2027-02-29',
      '2026-13-01',
      '2026-02-28T10:00',
      '28-02-2026',
      '',
      20260228,
    ]) {
      assert.equal(isDatum(s), false, String(s));
    }
    assert.throws(() => leesDatum('2026-02-30'), RangeError);
  });
});
