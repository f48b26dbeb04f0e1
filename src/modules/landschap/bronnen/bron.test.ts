/** Shared helpers of the landscape parsers: error message, names, percentages, codes, Windows-1252. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  BronFout,
  cbsCodeUitOrganisatiecode,
  cbsCodeUitTooi,
  codeerWindows1252,
  decodeerWindows1252,
  herstelMojibake,
  jsonFoutOffset,
  leesJson,
  leesPercentage,
  normaliseerNaam,
  tooiSoort,
  vergelijkNaam,
} from './bron';

describe('BronFout', () => {
  test('bericht bestand:regel: reden, of bestand: reden zonder regel', () => {
    const a = new BronFout('a.csv', 7, 'kolom x ontbreekt');
    assert.equal(a.message, 'a.csv:7: kolom x ontbreekt');
    assert.equal(a.name, 'BronFout');
    assert.equal(new BronFout('b.json', undefined, 'leeg').message, 'b.json: leeg');
  });
});

describe('namen', () => {
  test('normaliseerNaam: hoofdletters en witruimte (ook harde spaties), spelling blijft', () => {
    assert.equal(normaliseerNaam('  Bedrijvenschap  regio\u00a0Gouda '), 'bedrijvenschap regio gouda');
    assert.equal(normaliseerNaam('EnkHuizen'), normaliseerNaam('Enkhuizen'));
    assert.notEqual(
      normaliseerNaam('Hoogheemraadschap van Schieland en Krimpenerwaard'),
      normaliseerNaam('Hoogheemraadschap van Schieland en de Krimpenerwaard'),
    );
  });

  test('vergelijkNaam: ook accenten, streepjes, apostrof en het woord gemeente', () => {
    assert.equal(vergelijkNaam('Gemeente Súdwest‐Fryslân'), 'sudwest-fryslan');
    assert.equal(vergelijkNaam('’s-Hertogenbosch'), "'s-hertogenbosch");
    assert.equal(vergelijkNaam('Bergen (gemeente)'), 'bergen');
  });
});

describe('leesPercentage', () => {
  test('decimale komma of punt, met of zonder %', () => {
    assert.equal(leesPercentage('5,1'), 5.1);
    assert.equal(leesPercentage('11,0'), 11);
    assert.equal(leesPercentage('39.5'), 39.5);
    assert.equal(leesPercentage('100 %'), 100);
  });
  test('geen percentage: reden', () => {
    assert.equal(leesPercentage('vijf'), '"vijf" is geen percentage (verwacht bijvoorbeeld 5,1)');
    assert.equal(leesPercentage('1.234,5'), '"1.234,5" is geen percentage (verwacht bijvoorbeeld 5,1)');
    assert.equal(leesPercentage('120'), 'percentage "120" is groter dan 100');
  });
});

describe('codes uit TOOI-URI en organisatiecode', () => {
  test('gemeente, provincie, waterschap; andere soorten geen CBS-code', () => {
    assert.equal(cbsCodeUitTooi('https://identifier.overheid.nl/tooi/id/gemeente/gm0363'), 'GM0363');
    assert.equal(cbsCodeUitTooi('https://identifier.overheid.nl/tooi/id/provincie/pv27'), 'PV27');
    assert.equal(cbsCodeUitTooi('https://identifier.overheid.nl/tooi/id/waterschap/ws0652'), 'WS0652');
    assert.equal(cbsCodeUitTooi('https://identifier.overheid.nl/tooi/id/so/so0006'), null);
    assert.equal(cbsCodeUitTooi(null), null);
    assert.equal(tooiSoort('https://identifier.overheid.nl/tooi/id/so/so0006'), 'so');
    assert.equal(cbsCodeUitOrganisatiecode('gm0005'), 'GM0005');
    assert.equal(cbsCodeUitOrganisatiecode('so1111'), null);
  });
});

describe('Windows-1252 en mojibake', () => {
  test('0x80–0x9F volgens de WHATWG-tabel (Node zelf decodeert die als stuurtekens)', () => {
    assert.equal(decodeerWindows1252(new Uint8Array([0x80, 0x92, 0x93, 0x94, 0x96, 0xe9])), '€’“”–é');
    assert.deepEqual(codeerWindows1252('€’é'), new Uint8Array([0x80, 0x92, 0xe9]));
    assert.equal(codeerWindows1252('Ω'), null);
  });

  test('herstelt dubbel gecodeerde UTF-8 en laat goede tekst staan', () => {
    assert.equal(herstelMojibake('Provincie FryslÃ¢n'), 'Provincie Fryslân');
    assert.equal(herstelMojibake('Waterschap â€™t Suydevelt'), 'Waterschap ’t Suydevelt');
    assert.equal(herstelMojibake('8100 ACÂ\u00a0 '), '8100 AC\u00a0 ');
    assert.equal(herstelMojibake('Súdwest-Fryslân'), 'Súdwest-Fryslân');
    assert.equal(herstelMojibake('Financiële Grondslag'), 'Financiële Grondslag');
  });
});

describe('leesJson', () => {
  test('ongeldige JSON: BronFout met regel', () => {
    assert.throws(
      () => leesJson('{\n  "a": 1,\n  "b": }\n', 'x.json'),
      (e: unknown) =>
        e instanceof BronFout &&
        e.bestand === 'x.json' &&
        e.regel === 3 &&
        /^geen geldige JSON/.test(e.reden),
    );
  });

  test('jsonFoutOffset vindt de plek van de eerste fout', () => {
    assert.equal(jsonFoutOffset('{"a": [1, 2.5e3, true, null, "x\\u00e9"]}'), null);
    assert.equal(jsonFoutOffset('{"a": 1} x'), 9);
    assert.equal(jsonFoutOffset('{"a": "open'), 11);
    assert.equal(jsonFoutOffset('[1,\n2,\n]'), 7);
    assert.equal(jsonFoutOffset(''), 0);
  });
});
