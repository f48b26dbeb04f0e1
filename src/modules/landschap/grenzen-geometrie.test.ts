import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { MultiPolygon, Polygon } from 'geojson';
import {
  aantalPunten,
  bepaalCoordinatenstelsel,
  omvang,
  rdNaarWgs84,
  vereenvoudig,
  zetOm,
} from './grenzen-geometrie';

const vierkant = (x: number, y: number, d: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + d, y],
      [x + d, y + d],
      [x, y + d],
      [x, y],
    ],
  ],
});

describe('coördinatenstelsel van grenzen in Nederland', () => {
  test('lengte- en breedtegraden rond Utrecht zijn WGS84', () => {
    assert.equal(bepaalCoordinatenstelsel(omvang([vierkant(5.1, 52.09, 0.1)])), 'WGS84');
  });
  test('meters in het Rijksdriehoekstelsel (Amersfoort 155.000, 463.000) zijn RD New', () => {
    assert.equal(bepaalCoordinatenstelsel(omvang([vierkant(155_000, 463_000, 5_000)])), 'RD');
  });
  test('iets anders (Web Mercator-meters, of een lege verzameling) is onbekend', () => {
    assert.equal(bepaalCoordinatenstelsel(omvang([vierkant(570_000, 6_800_000, 1_000)])), null);
    assert.equal(bepaalCoordinatenstelsel(omvang([])), null);
  });
});

describe('RD New omzetten naar WGS84', () => {
  test('het nulpunt bij Amersfoort (155.000, 463.000) is 52,15517440 N 5,38720621 O', () => {
    assert.deepEqual(rdNaarWgs84([155_000, 463_000]), [5.38720621, 52.1551744]);
  });
  test('de Westertoren in Amsterdam: het rekenvoorbeeld van Schreutelkamp en Strang van Hees', () => {
    const [lengte, breedte] = rdNaarWgs84([120_700.723, 487_525.501]);
    assert.equal(lengte!.toFixed(8), '4.88352559');
    assert.equal(breedte!.toFixed(8), '52.37453253');
  });
  test('een hele geometrie wordt punt voor punt omgezet en is daarna WGS84', () => {
    const g = zetOm(vierkant(130_000, 450_000, 10_000), rdNaarWgs84);
    assert.equal(bepaalCoordinatenstelsel(omvang([g])), 'WGS84');
    assert.equal(aantalPunten(g), 5);
  });
});

describe('grenzen kleiner maken voor een kaart', () => {
  test('coördinaten worden afgerond op 3 decimalen en punten die daardoor gelijk worden vallen weg', () => {
    const g: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [5.12345, 52.0],
          [5.12349, 52.00001],
          [5.2, 52.0],
          [5.2, 52.1],
          [5.12345, 52.0],
        ],
      ],
    };
    assert.deepEqual(vereenvoudig(g).coordinates, [
      [
        [5.123, 52],
        [5.2, 52],
        [5.2, 52.1],
        [5.123, 52],
      ],
    ]);
  });

  test('twee buren houden precies dezelfde gedeelde grens: afronden gaat punt voor punt', () => {
    const grens = [
      [5.00004, 52.00011],
      [5.0003, 52.04449],
      [5.00071, 52.1],
    ];
    const links: Polygon = {
      type: 'Polygon',
      coordinates: [[[4.9, 52.0], ...grens, [4.9, 52.1], [4.9, 52.0]]],
    };
    const rechts: Polygon = {
      type: 'Polygon',
      coordinates: [[[5.1, 52.1], ...[...grens].reverse(), [5.1, 52.0], [5.1, 52.1]]],
    };
    const l = vereenvoudig(links).coordinates[0]!.slice(1, 4);
    const r = vereenvoudig(rechts).coordinates[0]!.slice(1, 4).reverse();
    assert.deepEqual(l, r);
  });

  test('een eilandje dat tot minder dan vier punten krimpt valt weg; een gebied dat alles zou verliezen blijft heel', () => {
    const g: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [vierkant(5, 52, 0.1).coordinates, vierkant(5.3, 52.3, 0.0001).coordinates],
    };
    const v = vereenvoudig(g);
    assert.equal(v.coordinates.length, 1);
    assert.equal(aantalPunten(v), 5);
    const klein = vierkant(5.3, 52.3, 0.0001);
    assert.deepEqual(vereenvoudig(klein), klein);
  });
});
