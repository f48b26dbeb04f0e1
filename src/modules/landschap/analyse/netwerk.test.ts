import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { netwerk } from './netwerk';

const paren = [
  { a: 'GM0001', b: 'GM0002', gedeeld: 5 },
  { a: 'GM0001', b: 'GM0003', gedeeld: 3 },
  { a: 'GM0002', b: 'GM0004', gedeeld: 1 },
];

describe('netwerk van de sterkste paren', () => {
  test('zonder kaart: de knopen op een cirkel in volgorde van code, de eerste bovenaan', () => {
    const n = netwerk(paren, { breedte: 200, hoogte: 200 });
    assert.equal(n.indeling, 'cirkel');
    assert.deepEqual(
      n.knopen.map((k) => [k.code, k.graad]),
      [
        ['GM0001', 2],
        ['GM0002', 2],
        ['GM0003', 1],
        ['GM0004', 1],
      ],
    );
    assert.deepEqual({ x: n.knopen[0]!.x, y: n.knopen[0]!.y }, { x: 100, y: 20 });
    assert.deepEqual({ x: n.knopen[1]!.x, y: n.knopen[1]!.y }, { x: 180, y: 100 });
    // dikte van 1 (zwakst) tot 5 (sterkst)
    assert.deepEqual(
      n.verbindingen.map((v) => v.breedte),
      [5, 3, 1],
    );
  });

  test('met posities voor elke knoop: de kaartindeling; het maximum kapt de zwakste paren af', () => {
    const posities = new Map([
      ['GM0001', { x: 1, y: 2 }],
      ['GM0002', { x: 3, y: 4 }],
      ['GM0003', { x: 5, y: 6 }],
    ]);
    const n = netwerk(paren, { posities, maximum: 2 });
    assert.equal(n.indeling, 'kaart');
    assert.deepEqual(
      n.knopen.map((k) => [k.code, k.x, k.y]),
      [
        ['GM0001', 1, 2],
        ['GM0002', 3, 4],
        ['GM0003', 5, 6],
      ],
    );
    assert.equal(n.verbindingen.length, 2);
  });

  test('ontbreekt één positie, dan de cirkel; dezelfde invoer geeft hetzelfde beeld', () => {
    const n = netwerk(paren, { posities: new Map([['GM0001', { x: 1, y: 2 }]]) });
    assert.equal(n.indeling, 'cirkel');
    assert.deepEqual(netwerk(paren), netwerk(paren));
  });
});
