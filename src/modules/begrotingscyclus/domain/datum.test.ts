import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Temporal } from 'temporal-polyfill';
import { dagenTussen, isDatum, plusDagen } from './datum';

describe('Rekenen met kalenderdagen', () => {
  it('optellen en aftrekken van dagen klopt met Temporal voor elke dag van 1980 tot 2101', () => {
    let d = Temporal.PlainDate.from('1980-01-01');
    const eind = Temporal.PlainDate.from('2101-01-01');
    while (Temporal.PlainDate.compare(d, eind) < 0) {
      const s = d.toString();
      assert.equal(plusDagen(s, 1), d.add({ days: 1 }).toString());
      assert.equal(plusDagen(s, -84), d.subtract({ days: 84 }).toString());
      assert.equal(dagenTussen(s, '2026-07-02'), d.until('2026-07-02', { largestUnit: 'days' }).days);
      d = d.add({ days: 1 });
    }
  });

  it('herkent alleen bestaande data in de vorm JJJJ-MM-DD', () => {
    assert.equal(isDatum('2028-02-29'), true);
    assert.equal(isDatum('2026-02-29'), false);
    assert.equal(isDatum('2100-02-29'), false);
    assert.equal(isDatum('2000-02-29'), true);
    assert.equal(isDatum('2026-13-01'), false);
    assert.equal(isDatum('2026-04-31'), false);
    assert.equal(isDatum('2026-4-01'), false);
    assert.equal(isDatum(20260401), false);
  });
});
