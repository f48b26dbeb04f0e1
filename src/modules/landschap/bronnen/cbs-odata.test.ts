/**
 * CBS OData population: small pages in CBS's own response formats (v3 TypedDataSet, v4 Observations),
 * paging, and the real KWB 2024 values of shared data `gemeenten-cbs-2024` put into OData pages.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { BronFout } from './bron';
import { cbsTabel, leesCbsPaginas, peildatumUitPeriode, volgendeCbsLink } from './cbs-odata';
import { gedeeldeData, ontbreekt } from './gedeelde-data';

const V3 = 'https://opendata.cbs.nl/ODataApi/OData/03759ned';
/** Totals of the other dimensions of 03759ned (codes as in the fixture; check them against the table's metadata). */
const TOTALEN = { Geslacht: 'T001038', Leeftijd: '10000', BurgerlijkeStaat: 'T001019' };
const rij3 = (regio: string, periode: string, inwoners: number | null, geslacht = 'T001038') => ({
  ID: 0,
  Geslacht: geslacht,
  Leeftijd: '10000',
  BurgerlijkeStaat: 'T001019',
  RegioS: regio.padEnd(10, ' '),
  Perioden: periode,
  BevolkingOp1Januari_1: inwoners,
  GemiddeldeBevolking_2: inwoners === null ? null : inwoners + 1000,
});
const PAGINA_1 = {
  'odata.metadata': `${V3}/$metadata#Cbs.OData.WebAPI.TypedDataSet`,
  value: [
    rij3('NL01', '2024JJ00', 17942942),
    rij3('PV27', '2024JJ00', 2976487),
    rij3('GM0363', '2024JJ00', 931298),
    rij3('GM0363', '2024JJ00', 461366, '3000'),
  ],
  'odata.nextLink': `${V3}/TypedDataSet?$skip=4`,
};
const PAGINA_2 = {
  'odata.metadata': `${V3}/$metadata#Cbs.OData.WebAPI.TypedDataSet`,
  value: [
    rij3('GM0014', '2024JJ00', 243768),
    rij3('GM0005', '2024JJ00', null),
    rij3('GM0363', '2025MM03', 935000),
  ],
};

describe('CBS OData v3 (TypedDataSet)', () => {
  test('pagina’s aan elkaar; alleen gemeenten; totalen via filter; periode als peildatum', () => {
    const r = leesCbsPaginas([PAGINA_1, PAGINA_2], '03759ned.json', { filter: TOTALEN });
    assert.equal(r.tabel, '03759ned');
    assert.equal(r.inwonersVeld, 'BevolkingOp1Januari_1');
    assert.deepEqual(
      r.records.map((x) => [x.gemeenteCode, x.peildatum, x.inwoners, x.herkomst.pad]),
      [
        ['GM0363', '2024-01-01', 931298, 'pagina[0].value[2]'],
        ['GM0014', '2024-01-01', 243768, 'pagina[1].value[0]'],
        ['GM0363', '2025-03-01', 935000, 'pagina[1].value[2]'],
      ],
    );
    assert.deepEqual(r.zonderWaarde, [{ gemeenteCode: 'GM0005', peildatum: '2024-01-01' }]);
    assert.equal(r.andereRegios, 2);
    assert.ok(
      r.records.every(
        (x) => x.bron === 'cbs' && x.tabel === '03759ned' && x.herkomst.bestand === '03759ned.json',
      ),
    );
  });

  test('zonder filter: een gemeente twee keer op één peildatum is een fout', () => {
    assert.throws(
      () => leesCbsPaginas([PAGINA_1, PAGINA_2], 'p.json'),
      (e: unknown) =>
        e instanceof BronFout &&
        e.reden ===
          'pagina[0].value[3]: GM0363 op 2024-01-01 komt twee keer voor (ook pagina[0].value[2]); filter op de totalen van de andere dimensies',
    );
  });

  test('de volgende-link en de tabel', () => {
    assert.equal(volgendeCbsLink(PAGINA_1), `${V3}/TypedDataSet?$skip=4`);
    assert.equal(volgendeCbsLink(PAGINA_2), null);
    assert.equal(volgendeCbsLink({ '@odata.nextLink': 'https://x/y' }), 'https://x/y');
    assert.equal(
      cbsTabel({ '@odata.context': 'https://datasets.cbs.nl/odata/v1/CBS/37230ned/$metadata#Observations' }),
      '37230ned',
    );
  });

  test('periodes', () => {
    assert.equal(peildatumUitPeriode('2024JJ00'), '2024-01-01');
    assert.equal(peildatumUitPeriode('2024MM12'), '2024-12-01');
    assert.equal(peildatumUitPeriode('2024KW03'), '2024-07-01');
    assert.equal(peildatumUitPeriode('2024MM13'), null);
    assert.equal(peildatumUitPeriode('2024X'), null);
  });
});

describe('CBS OData v4 (Observations)', () => {
  const ctx = 'https://datasets.cbs.nl/odata/v1/CBS/03759ned/$metadata#Observations';
  const obs = (id: number, measure: string, value: number | null, regio: string) => ({
    Id: id,
    Measure: measure,
    ValueAttribute: value === null ? 'Impossible' : 'None',
    Value: value,
    RegioS: regio,
    Perioden: '2024JJ00',
  });
  const p1 = {
    '@odata.context': ctx,
    value: [obs(0, 'M000352', 931298.0, 'GM0363'), obs(1, 'M001234', 935000, 'GM0363')],
    '@odata.nextLink': `${ctx}?$skip=2`,
  };
  const p2 = { '@odata.context': ctx, value: [obs(2, 'M000352', 243768, 'GM0014')] };

  test('één maatstaf kiezen; @odata.nextLink', () => {
    const r = leesCbsPaginas([p1, p2], 'v4.json', { maatstaf: 'M000352' });
    assert.deepEqual(
      r.records.map((x) => [x.gemeenteCode, x.inwoners]),
      [
        ['GM0363', 931298],
        ['GM0014', 243768],
      ],
    );
  });

  test('meerdere maatstaven zonder keuze is een fout', () => {
    assert.throws(() => leesCbsPaginas([p1, p2], 'v4.json'), /meerdere maatstaven \(M000352, M001234\)/);
  });
});

describe('CBS OData: fouten', () => {
  const fout = (paginas: unknown[], reden: RegExp, opties = {}) =>
    assert.throws(
      () => leesCbsPaginas(paginas, 'p.json', opties),
      (e: unknown) =>
        e instanceof BronFout &&
        e.bestand === 'p.json' &&
        reden.test(e.reden) &&
        e.message.startsWith('p.json: '),
    );

  test('onvolledige reeks, geen value, onbekend veld, geen aantal, geen periode', () => {
    fout([PAGINA_1], /^de laatste pagina \(1\) verwijst nog naar .*: de reeks is onvolledig$/);
    fout([PAGINA_2, PAGINA_2], /^pagina 1 heeft geen volgende-link/);
    fout([{ foo: 1 }], /^pagina 1 is geen OData-antwoord/);
    fout([{ value: [{ RegioS: 'GM0363', Perioden: '2024JJ00', Iets_1: 5 }] }], /^geen bekend inwonersveld/);
    fout(
      [{ value: [{ RegioS: 'GM0363', Perioden: '2024JJ00', BevolkingOp1Januari_1: 'veel' }] }],
      /"veel" is geen aantal$/,
    );
    fout(
      [{ value: [{ RegioS: 'GM0363', Perioden: '2024JJ00', BevolkingOp1Januari_1: 12.5 }] }],
      /12\.5 is geen geheel aantal/,
    );
    fout(
      [{ value: [{ RegioS: 'GM0363', AantalInwoners_5: 5 }] }],
      /geen Perioden in het antwoord; geef de peildatum op$/,
    );
    fout(
      [{ value: [{ RegioS: 'GM0363', Perioden: '2024W01', BevolkingOp1Januari_1: 5 }] }],
      /periode "2024W01" wordt niet ondersteund/,
    );
    fout([], /^geen pagina’s$/);
  });
});

const KWB = gedeeldeData('gemeenten-cbs-2024', 'kwb2024_85984NED_gemeenten.csv');

describe('CBS OData: de echte KWB 2024-cijfers (85984NED) als pagina’s', { skip: ontbreekt(KWB) }, () => {
  test('342 gemeenten, samen 17.942.942 inwoners op 1-1-2024', () => {
    const rijen = parse<Record<string, string>>(fs.readFileSync(KWB, 'utf8'), { columns: true });
    const meta = 'https://opendata.cbs.nl/ODataApi/OData/85984NED/$metadata#Cbs.OData.WebAPI.TypedDataSet';
    const waarden = rijen.map((r, i) => ({
      ID: i,
      WijkenEnBuurten: r['WijkenEnBuurten']!.padEnd(10, ' '),
      AantalInwoners_5: Number(r['AantalInwoners_5']),
    }));
    const paginas = [];
    for (let i = 0; i < waarden.length; i += 100) {
      const link =
        i + 100 < waarden.length
          ? { 'odata.nextLink': `${meta.split('$')[0]}TypedDataSet?$skip=${i + 100}` }
          : {};
      paginas.push({ 'odata.metadata': meta, value: waarden.slice(i, i + 100), ...link });
    }
    assert.equal(paginas.length, 4);
    const r = leesCbsPaginas(paginas, '85984NED', { peildatum: '2024-01-01' });
    assert.equal(r.tabel, '85984NED');
    assert.equal(r.inwonersVeld, 'AantalInwoners_5');
    assert.equal(r.records.length, 342);
    assert.equal(
      r.records.reduce((n, x) => n + x.inwoners, 0),
      17_942_942,
    );
    const i = rijen.findIndex((x) => x['WijkenEnBuurten'] === 'GM0363');
    const ams = r.records.find((x) => x.gemeenteCode === 'GM0363')!;
    assert.deepEqual(
      [ams.peildatum, ams.inwoners, ams.herkomst],
      [
        '2024-01-01',
        931298,
        { bestand: '85984NED', pad: `pagina[${Math.floor(i / 100)}].value[${i % 100}]` },
      ],
    );
  });
});
