import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dagenTussen, isDatum, leesDatum } from './datum';

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

describe('dagenTussen', () => {
  it('telt hele dagen, ook over een schrikkeldag en een jaargrens; negatief als de tweede eerder is', () => {
    assert.equal(dagenTussen('2028-02-28', '2028-03-01'), 2);
    assert.equal(dagenTussen('2026-12-31', '2027-01-01'), 1);
    assert.equal(dagenTussen('2026-06-25', '2026-06-20'), -5);
    assert.equal(dagenTussen('2026-03-28', '2026-03-30'), 2, 'de overgang naar zomertijd telt niet mee');
  });
});
