/** Boundaries: the real TopoJSON and GeoJSON files (shared data `grenzen-cbs-2023-vws/`) and small malformed ones. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, test } from 'node:test';
import { BronFout } from './bron';
import { gedeeldeData, ontbreekt } from './gedeelde-data';
import { leesGrenzen, leesGrenzenTekst, normaliseerGrensCode } from './grenzen';

const MAP = gedeeldeData('grenzen-cbs-2023-vws');
const lees = (naam: string) =>
  leesGrenzenTekst(fs.readFileSync(`${MAP}/${naam}`, 'utf8'), naam, { jaargang: 2023 });
const tel = (g: ReturnType<typeof lees>) => {
  const uit: Record<string, number> = {};
  for (const f of g.features) uit[f.properties.soort] = (uit[f.properties.soort] ?? 0) + 1;
  return uit;
};

describe('grenzen: de echte bestanden (indeling 2023)', { skip: ontbreekt(MAP) }, () => {
  test('de originele TopoJSON van VWS: 342 gemeenten en 25 veiligheidsregio’s; de omtrek van NL overgeslagen', () => {
    const g = lees('original/nl-vr-gm.topo.json');
    assert.deepEqual(tel(g), { veiligheidsregio: 25, gemeente: 342 });
    assert.deepEqual(
      g.overgeslagen.map((o) => o.pad),
      ['objects.nl_features.geometries'],
    );
    const ams = g.features.find((f) => f.properties.code === 'GM0363')!;
    assert.equal(ams.properties.naam, null); // the original has codes only
    assert.equal(ams.geometry.type, 'MultiPolygon');
    assert.match(ams.properties.herkomst.pad!, /^objects\.gm_features\.geometries\[\d+\]$/);
  });

  test('de afgeleide TopoJSON: 342 gemeenten, 12 provincies, 25 veiligheidsregio’s, met namen', () => {
    const g = lees('nl_gemeenten_provincies_vr.topo.json');
    assert.deepEqual(tel(g), { veiligheidsregio: 25, gemeente: 342, provincie: 12 });
    // A gemeente also carries pv_code and vr_code: its own code is the gemeente code.
    const ams = g.features.find((f) => f.properties.code === 'GM0363')!;
    assert.equal(ams.properties.naam, 'Amsterdam');
    const nh = g.features.find((f) => f.properties.code === 'PV27')!;
    assert.equal(nh.properties.naam, 'Noord-Holland');
    assert.equal(nh.geometry.type, 'MultiPolygon');
  });

  test('de GeoJSON-bestanden: 342 gemeenten en 12 provincies', () => {
    const gm = lees('gemeenten.geojson');
    assert.deepEqual(tel(gm), { gemeente: 342 });
    assert.equal(new Set(gm.features.map((f) => f.properties.code)).size, 342);
    assert.ok(gm.features.every((f) => /^GM\d{4}$/.test(f.properties.code) && f.properties.naam));
    const pv = lees('provincies.geojson');
    assert.deepEqual(
      pv.features.map((f) => f.properties.code),
      ['PV20', 'PV21', 'PV22', 'PV23', 'PV24', 'PV25', 'PV26', 'PV27', 'PV28', 'PV29', 'PV30', 'PV31'],
    );
    assert.deepEqual(pv.features[0]!.properties, {
      code: 'PV20',
      naam: 'Groningen',
      soort: 'provincie',
      bron: 'grenzen',
      jaargang: 2023,
      herkomst: { bestand: 'provincies.geojson', pad: 'features[0]' },
    });
  });
});

const vierkant = [
  [
    [5, 52],
    [5.1, 52],
    [5.1, 52.1],
    [5, 52],
  ],
];

describe('grenzen: kleine bestanden', () => {
  test('codes normaliseren: GM0363, gm363, 363 onder gm_code, PDOK statcode', () => {
    assert.equal(normaliseerGrensCode('gm363'), 'GM0363');
    assert.equal(normaliseerGrensCode('PV 27'), 'PV27');
    assert.equal(normaliseerGrensCode(363, 'gemeente'), 'GM0363');
    assert.equal(normaliseerGrensCode('363'), null);
    assert.equal(normaliseerGrensCode('GM12345'), null);
    const g = leesGrenzen(
      {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { statcode: 'GM0363', statnaam: 'Amsterdam' },
            geometry: { type: 'Polygon', coordinates: vierkant },
          },
          {
            type: 'Feature',
            properties: { gm_code: 14, gm_naam: 'Groningen' },
            geometry: { type: 'Polygon', coordinates: vierkant },
          },
        ],
      },
      'g.geojson',
      { jaargang: 2024 },
    );
    assert.deepEqual(
      g.features.map((f) => [f.properties.code, f.properties.naam]),
      [
        ['GM0363', 'Amsterdam'],
        ['GM0014', 'Groningen'],
      ],
    );
  });

  test('TopoJSON met topojson-client; alleen gekozen objecten', () => {
    const topo = {
      type: 'Topology',
      arcs: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
      objects: {
        gemeenten: {
          type: 'GeometryCollection',
          geometries: [{ type: 'Polygon', arcs: [[0]], properties: { code: 'GM0001' } }],
        },
        rest: {
          type: 'GeometryCollection',
          geometries: [{ type: 'Polygon', arcs: [[0]], properties: { code: 'PV20' } }],
        },
      },
    };
    const g = leesGrenzen(topo, 't.json', { jaargang: 2024, objecten: ['gemeenten'] });
    assert.equal(g.features.length, 1);
    assert.deepEqual(g.features[0]!.geometry, {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
    });
  });

  const fout = (json: unknown, reden: RegExp) =>
    assert.throws(
      () => leesGrenzen(json, 'f.json', { jaargang: 2024 }),
      (e: unknown) => e instanceof BronFout && e.bestand === 'f.json' && reden.test(e.reden),
    );

  test('fouten: geen GeoJSON, ontbrekende code, verkeerde geometrie, dubbele code, onbekend object', () => {
    const f = (properties: object, geometry: object | null = { type: 'Polygon', coordinates: vierkant }) => ({
      type: 'Feature',
      properties,
      geometry,
    });
    fout({ type: 'Foo' }, /^geen TopoJSON/);
    fout(
      { type: 'FeatureCollection', features: [f({ code: 'GM0001' }), f({ naam: 'x' })] },
      /^features\[1\]: geen code/,
    );
    fout(
      {
        type: 'FeatureCollection',
        features: [f({ code: 'GM0001' }, { type: 'Point', coordinates: [5, 52] })],
      },
      /geometrie is Point/,
    );
    fout({ type: 'FeatureCollection', features: [f({ code: 'GM0001' }, null)] }, /geometrie is leeg/);
    fout(
      { type: 'FeatureCollection', features: [f({ code: 'GM0001' }), f({ code: 'gm1' })] },
      /code GM0001 komt twee keer voor/,
    );
    assert.throws(
      () =>
        leesGrenzen({ type: 'Topology', arcs: [], objects: {} }, 'f.json', {
          jaargang: 2024,
          objecten: ['gm'],
        }),
      /TopoJSON-object gm bestaat niet/,
    );
  });

  test('ongeldige JSON: regel', () => {
    assert.throws(
      () =>
        leesGrenzenTekst(
          '{"type": "FeatureCollection",\n "features": [\n  {"type": "Feature",,}\n ]}',
          'f.geojson',
          { jaargang: 2024 },
        ),
      (e: unknown) =>
        e instanceof BronFout && e.regel === 3 && e.message.startsWith('f.geojson:3: geen geldige JSON'),
    );
  });
});
