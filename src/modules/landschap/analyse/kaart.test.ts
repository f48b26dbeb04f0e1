import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { kaart, klasseVan, KLEUR_ONBEKEND, kwantielKlassen, type KaartGebied } from './kaart';

// Twee vierkante gemeenten naast elkaar van 1 bij 1 graad, op 52° noorderbreedte.
const vierkant = (code: string, lon: number): KaartGebied => ({
  code,
  naam: `Gemeente ${code}`,
  geometrie: {
    type: 'Polygon',
    coordinates: [
      [
        [lon, 52],
        [lon + 1, 52],
        [lon + 1, 53],
        [lon, 53],
        [lon, 52],
      ],
    ],
  },
});

describe('kwantielklassen', () => {
  test('vijf klassen over 1..10: elke klasse twee waarden, de grenzen zijn waarden die voorkomen', () => {
    const k = kwantielKlassen([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    assert.deepEqual(k, [
      { van: 1, tot: 2 },
      { van: 2, tot: 4 },
      { van: 4, tot: 6 },
      { van: 6, tot: 8 },
      { van: 8, tot: 10 },
    ]);
    assert.equal(klasseVan(k, 1), 0);
    assert.equal(klasseVan(k, 2), 0);
    assert.equal(klasseVan(k, 3), 1);
    assert.equal(klasseVan(k, 10), 4);
  });

  test('gelijke waarden geven minder klassen: vijf keer 0 en drie keer 1 geeft de klassen 0 en 1', () => {
    assert.deepEqual(kwantielKlassen([0, 1, 0, 0, 1, 0, 1, 0]), [
      { van: 0, tot: 0 },
      { van: 0, tot: 1 },
    ]);
    assert.deepEqual(kwantielKlassen([3, 3, 3]), [{ van: 3, tot: 3 }]);
    assert.deepEqual(kwantielKlassen([]), []);
  });
});

describe('kaart', () => {
  const k = kaart(
    [vierkant('GM0001', 4), vierkant('GM0002', 5), vierkant('GM0003', 6)],
    new Map([
      ['GM0001', 1],
      ['GM0002', 9],
      ['GM0003', null],
    ]),
    { breedte: 300 },
  );

  test('projectie: lengte maal cos(52°), de kaart is 300 breed en de y-as loopt omlaag', () => {
    assert.equal(k.breedte, 300);
    // 3 graden lengte × cos 52° = 1,847 eenheden op 300 pixels: 1 graad breedte ≈ 162,4 pixels hoog
    assert.equal(k.hoogte, Math.ceil(300 / (3 * Math.cos((52 * Math.PI) / 180))));
    assert.ok(k.paden[0]!.d.startsWith('M0 162.4L100 162.4L100 0L0 0'), k.paden[0]!.d);
    assert.ok(k.paden[0]!.d.endsWith('Z'));
  });

  test('elke gemeente een pad met haar waarde en klasse; onbekend is grijs', () => {
    assert.deepEqual(
      k.paden.map((p) => [p.code, p.waarde, p.klasse]),
      [
        ['GM0001', 1, 0],
        ['GM0002', 9, 1],
        ['GM0003', null, null],
      ],
    );
    assert.equal(k.paden[2]!.kleur, KLEUR_ONBEKEND);
    assert.equal(k.onbekend, 1);
    assert.deepEqual(
      k.klassen.map((x) => x.gebieden),
      [1, 1],
    );
    // twee klassen: de lichtste en de donkerste kleur
    assert.equal(k.klassen[0]!.kleur, '#eff3ff');
    assert.equal(k.klassen[1]!.kleur, '#08519c');
  });

  test('het midden van een vierkant is het gemiddelde van zijn hoekpunten', () => {
    // hoekpunten (0,162.4) (100,162.4) (100,0) (0,0) en (0,162.4) opnieuw
    assert.deepEqual(k.paden[0]!.midden, { x: 40, y: 97.4 });
  });

  test('een MultiPolygon geeft één pad met een deel per ring', () => {
    const m = kaart(
      [
        {
          code: 'GM0004',
          naam: 'Eilanden',
          geometrie: {
            type: 'MultiPolygon',
            coordinates: [
              vierkant('x', 4).geometrie.coordinates as never,
              vierkant('y', 6).geometrie.coordinates as never,
            ],
          },
        },
      ],
      new Map(),
    );
    assert.equal(m.paden[0]!.d.match(/M/g)!.length, 2);
    assert.equal(m.onbekend, 1);
    assert.deepEqual(m.klassen, []);
  });
});
