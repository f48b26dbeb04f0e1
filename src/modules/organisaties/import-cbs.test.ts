/** Parser of the CBS gemeenten CSV: pure, on small inline files, no database. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ImportFout, parseCbsGemeenten, tooiUri } from './import-cbs';

const KOP =
  'gm_code,gm_naam,pv_code,pv_naam,begindatum_gemeente,inwoners_2024_01_01,mannen_2024_01_01,vr_naam_2023';
const AMSTERDAM = 'GM0363,Amsterdam,PV27,Noord-Holland,1970-01-01,931298,461366,Amsterdam-Amstelland';
const AALSMEER = 'GM0358,Aalsmeer,PV27,Noord-Holland,1970-01-01,33279,16456,Amsterdam-Amstelland';
const AA_EN_HUNZE = 'GM1680,Aa en Hunze,PV22,Drenthe,1998-01-01,25845,12867,Drenthe';

const csv = (...regels: string[]) => regels.join('\n') + '\n';

/** Asserts that parsing fails with an ImportFout at `regel` whose reason matches `reden`. */
function verwachtFout(text: string, regel: number, reden: string | RegExp) {
  assert.throws(
    () => parseCbsGemeenten(text, 'test.csv'),
    (e: unknown) => {
      assert.ok(e instanceof ImportFout, `verwacht ImportFout, kreeg ${String(e)}`);
      assert.equal(e.bestand, 'test.csv');
      assert.equal(e.regel, regel);
      if (typeof reden === 'string') assert.equal(e.reden, reden);
      else assert.match(e.reden, reden);
      assert.equal(e.message, `test.csv:${regel}: ${e.reden}`);
      return true;
    },
  );
}

describe('parseCbsGemeenten: geldige bestanden', () => {
  test('leest gemeenten, provincies met opgetelde inwoners en de peildatum', () => {
    const r = parseCbsGemeenten(csv(KOP, AMSTERDAM, AA_EN_HUNZE, AALSMEER), 'g.csv');
    assert.equal(r.bestand, 'g.csv');
    assert.equal(r.peildatum, '2024-01-01');
    assert.deepEqual(r.gemeenten, [
      { code: 'GM0363', naam: 'Amsterdam', pvCode: 'PV27', begindatum: '1970-01-01', inwoners: 931298 },
      { code: 'GM1680', naam: 'Aa en Hunze', pvCode: 'PV22', begindatum: '1998-01-01', inwoners: 25845 },
      { code: 'GM0358', naam: 'Aalsmeer', pvCode: 'PV27', begindatum: '1970-01-01', inwoners: 33279 },
    ]);
    assert.deepEqual(r.provincies, [
      { code: 'PV22', naam: 'Drenthe', inwoners: 25845 },
      { code: 'PV27', naam: 'Noord-Holland', inwoners: 931298 + 33279 },
    ]);
  });

  test('peildatum volgt de naam van de inwonerskolom; kolomvolgorde, BOM, CRLF en lege regels maken niet uit', () => {
    const text =
      '\ufeffgm_naam,inwoners_2025_01_01,gm_code,pv_naam,pv_code,begindatum_gemeente\r\n' +
      '\r\n' +
      '"\'s-Gravenhage",566221,GM0518,Zuid-Holland,PV28,1970-01-01\r\n' +
      '"Bergen (NH.)",29000,GM0373,Noord-Holland,PV27,1970-01-01\r\n';
    const r = parseCbsGemeenten(text, 'g.csv');
    assert.equal(r.peildatum, '2025-01-01');
    assert.deepEqual(
      r.gemeenten.map((g) => [g.code, g.naam, g.inwoners]),
      [
        ['GM0518', "'s-Gravenhage", 566221],
        ['GM0373', 'Bergen (NH.)', 29000],
      ],
    );
  });

  test('TOOI-URI gebruikt de code in kleine letters', () => {
    assert.equal(tooiUri('gemeente', 'GM0363'), 'https://identifier.overheid.nl/tooi/id/gemeente/gm0363');
    assert.equal(tooiUri('provincie', 'PV27'), 'https://identifier.overheid.nl/tooi/id/provincie/pv27');
  });
});

describe('parseCbsGemeenten: fouten met regelnummer en reden', () => {
  test('ontbrekende inwonerskolom (regel 1)', () => {
    verwachtFout(
      csv(
        'gm_code,gm_naam,pv_code,pv_naam,begindatum_gemeente',
        'GM0363,Amsterdam,PV27,Noord-Holland,1970-01-01',
      ),
      1,
      /^kolom inwoners_2024_01_01 ontbreekt/,
    );
  });

  test('ontbrekende verplichte kolom (regel 1)', () => {
    verwachtFout(
      csv(
        'gm_code,gm_naam,pv_code,begindatum_gemeente,inwoners_2024_01_01',
        'GM0363,Amsterdam,PV27,1970-01-01,1',
      ),
      1,
      'kolom pv_naam ontbreekt',
    );
  });

  test('leeg bestand', () => {
    verwachtFout('', 1, 'het bestand is leeg');
  });

  test('alleen een kopregel', () => {
    verwachtFout(csv(KOP), 2, 'het bestand bevat geen gemeenten');
  });

  test('onbekend codepatroon in gm_code', () => {
    verwachtFout(
      csv(KOP, AALSMEER, AMSTERDAM.replace('GM0363', 'GX0363')),
      3,
      'onbekend codepatroon "GX0363" in gm_code',
    );
    verwachtFout(
      csv(KOP, AMSTERDAM.replace('GM0363', 'GM363')),
      2,
      'onbekend codepatroon "GM363" in gm_code',
    );
  });

  test('onbekend codepatroon in pv_code', () => {
    verwachtFout(csv(KOP, AMSTERDAM.replace('PV27', 'P27')), 2, 'onbekend codepatroon "P27" in pv_code');
  });

  test('inwonertal geen getal, negatief of geen geheel getal', () => {
    verwachtFout(csv(KOP, AMSTERDAM.replace('931298', 'abc')), 2, 'inwonertal "abc" is geen getal');
    verwachtFout(csv(KOP, AMSTERDAM.replace('931298', '')), 2, 'inwonertal "" is geen getal');
    verwachtFout(csv(KOP, AMSTERDAM.replace('931298', '-5')), 2, 'inwonertal "-5" is negatief');
    verwachtFout(csv(KOP, AMSTERDAM.replace('931298', '12.5')), 2, 'inwonertal "12.5" is geen geheel getal');
  });

  test('lege naam', () => {
    verwachtFout(csv(KOP, AMSTERDAM.replace('Amsterdam,PV27', ',PV27')), 2, 'gm_naam van GM0363 is leeg');
    verwachtFout(csv(KOP, AMSTERDAM.replace('Noord-Holland', '')), 2, 'pv_naam van PV27 is leeg');
  });

  test('ongeldige begindatum', () => {
    verwachtFout(
      csv(KOP, AMSTERDAM.replace('1970-01-01', '1970-02-30')),
      2,
      'begindatum_gemeente "1970-02-30" is geen geldige datum (JJJJ-MM-DD)',
    );
    verwachtFout(
      csv(KOP, AMSTERDAM.replace('1970-01-01', '01-01-1970')),
      2,
      'begindatum_gemeente "01-01-1970" is geen geldige datum (JJJJ-MM-DD)',
    );
  });

  test('dubbele gemeentecode noemt beide regels', () => {
    verwachtFout(
      csv(KOP, AMSTERDAM, AA_EN_HUNZE, AALSMEER, AMSTERDAM.replace('Amsterdam,', 'Amsterdam-bis,')),
      5,
      'gemeentecode GM0363 komt twee keer voor (ook op regel 2)',
    );
  });

  test('provincie met twee namen', () => {
    verwachtFout(
      csv(KOP, AMSTERDAM, AALSMEER.replace('Noord-Holland', 'N-Holland')),
      3,
      'provincie PV27 heeft twee namen: "N-Holland" en "Noord-Holland" (regel 2)',
    );
  });

  test('regel met te weinig velden', () => {
    verwachtFout(csv(KOP, AMSTERDAM, 'GM0358,Aalsmeer'), 3, 'regel heeft 2 velden, de kopregel heeft er 8');
  });

  test('regelnummer telt lege regels en meerregelige velden mee', () => {
    verwachtFout(
      csv(
        KOP,
        '',
        '"GM1680","Aa en\nHunze",PV22,Drenthe,1998-01-01,25845,1,x',
        AMSTERDAM.replace('931298', 'veel'),
      ),
      5,
      'inwonertal "veel" is geen getal',
    );
  });

  test('niet gesloten aanhalingsteken', () => {
    verwachtFout(csv(KOP, AMSTERDAM, '"GM0358,Aalsmeer'), 3, 'aanhalingsteken (") wordt niet gesloten');
  });
});
