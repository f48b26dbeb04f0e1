import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { percentiel, verdeling } from './verdeling';

describe('verdeling', () => {
  test('percentiel interpoleert tussen de twee dichtstbijzijnde rangen', () => {
    assert.equal(percentiel([1, 2, 3, 4], 0.5), 2.5);
    assert.equal(percentiel([1, 2, 3, 4], 0.9)!.toFixed(6), '3.700000');
    assert.equal(percentiel([7], 0.9), 7);
    assert.equal(percentiel([], 0.5), null);
  });

  test('min, mediaan, p90, max, gemiddelde en de lijsten boven en onder', () => {
    const items = [
      { naam: 'Aa', n: 5 },
      { naam: 'Bb', n: 1 },
      { naam: 'Cc', n: 9 },
      { naam: 'Dd', n: 5 },
      { naam: 'Ee', n: 0 },
    ];
    const v = verdeling(
      items,
      (i) => i.n,
      (i) => i.naam,
      2,
    );
    assert.equal(v.aantal, 5);
    assert.equal(v.min, 0);
    assert.equal(v.mediaan, 5);
    // gesorteerd 0 1 5 5 9: plek 3,6 → 5 + 0,6 × 4 = 7,4
    assert.equal(v.p90!.toFixed(6), '7.400000');
    assert.equal(v.max, 9);
    assert.equal(v.gemiddelde, 4);
    assert.deepEqual(
      v.top.map((t) => [t.item.naam, t.waarde]),
      [
        ['Cc', 9],
        ['Aa', 5],
      ],
    );
    assert.deepEqual(
      v.onderaan.map((t) => [t.item.naam, t.waarde]),
      [
        ['Ee', 0],
        ['Bb', 1],
      ],
    );
  });

  test('leeg: alles onbekend', () => {
    const v = verdeling([] as number[], (x) => x, String);
    assert.deepEqual(v, {
      aantal: 0,
      min: null,
      mediaan: null,
      p90: null,
      max: null,
      gemiddelde: null,
      top: [],
      onderaan: [],
    });
  });
});
