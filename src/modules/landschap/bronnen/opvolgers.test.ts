/** Successor table of ended gemeenten: the real file (shared data `herindelingen-2016-2024/`) and malformed rows. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, test } from 'node:test';
import { BronFout } from './bron';
import { gedeeldeData, ontbreekt } from './gedeelde-data';
import { leesOpvolgers } from './opvolgers';

const BESTAND = gedeeldeData('herindelingen-2016-2024', 'opvolgers_gemeenten_2016_2024.csv');
const KOP =
  'gm_code_oud,gm_naam_oud,pv_code_oud,laatste_jaar_in_indeling,einddatum,gm_code_2024_grootste_deel,gm_naam_2024_grootste_deel,aandeel_adressen,alle_opvolgers';

describe('leesOpvolgers: het echte bestand', { skip: ontbreekt(BESTAND) }, () => {
  const opvolgers = () => leesOpvolgers(fs.readFileSync(BESTAND, 'utf8'), 'opvolgers.csv');

  test('71 opgeheven gemeenten, 5 zonder bekende opvolger, jaargang 2024', () => {
    const o = opvolgers();
    assert.equal(o.length, 71);
    assert.ok(o.every((x) => x.jaargang === 2024 && x.bron === 'herindelingen'));
    assert.deepEqual(
      o.filter((x) => x.opvolgerCode === null).map((x) => x.naamOud),
      ['Groesbeek', 'Bussum', 'Muiden', 'Naarden', 'Zeevang'],
    );
  });

  test('fusie, splitsing en grenscorrectie', () => {
    const o = opvolgers();
    const bedum = o.find((x) => x.naamOud === 'Bedum')!;
    assert.deepEqual(
      [bedum.codeOud, bedum.einddatum, bedum.opvolgerCode, bedum.opvolgerNaam, bedum.aandeel],
      ['GM0005', '2019-01-01', 'GM1966', 'Het Hogeland', 1],
    );
    assert.deepEqual(bedum.herkomst, { bestand: 'opvolgers.csv', regel: 3 });
    const haaren = o.find((x) => x.naamOud === 'Haaren')!;
    assert.deepEqual(haaren.opvolgers, [
      { code: 'GM0824', aandeel: 0.4233 },
      { code: 'GM0865', aandeel: 0.3386 },
      { code: 'GM0757', aandeel: 0.1534 },
      { code: 'GM0855', aandeel: 0.0847 },
    ]);
    const langedijk = o.find((x) => x.naamOud === 'Langedijk')!;
    assert.equal(langedijk.aandeel, 0.9999);
    assert.equal(langedijk.opvolgers.length, 2);
  });
});

describe('leesOpvolgers: fouten', () => {
  const fout = (regels: string[], regel: number, reden: string | RegExp) =>
    assert.throws(
      () => leesOpvolgers(regels.join('\n') + '\n', 'o.csv'),
      (e: unknown) => {
        assert.ok(e instanceof BronFout, String(e));
        assert.equal(e.regel, regel);
        if (typeof reden === 'string') assert.equal(e.reden, reden);
        else assert.match(e.reden, reden);
        return true;
      },
    );
  const goed = 'GM0005,Bedum,PV20,2018,2019-01-01,GM1966,Het Hogeland,1.0,GM1966:1.0000';

  test('kolommen, codes, datums, aandelen en tegenspraak', () => {
    fout(['gm_code_oud,gm_naam_oud'], 1, /kolom/);
    fout([KOP, goed, goed], 3, 'GM0005 komt twee keer voor (ook op regel 2)');
    fout([KOP, goed.replace('GM0005', '0005')], 2, 'gm_code_oud "0005" is geen gemeentecode (GMxxxx)');
    fout(
      [KOP, goed.replace('2019-01-01', '2019-13-01')],
      2,
      'einddatum "2019-13-01" is geen geldige datum (JJJJ-MM-DD)',
    );
    fout(
      [KOP, goed.replace('GM1966:1.0000', 'GM1966=1.0')],
      2,
      /^alle_opvolgers: "GM1966=1.0" is niet van de vorm/,
    );
    fout([KOP, goed.replace(',1.0,', ',1.5,')], 2, 'aandeel_adressen "1.5" is geen aandeel (0–1)');
    fout(
      [KOP, goed.replace('GM1966:1.0000', 'GM0014:1.0000')],
      2,
      /niet de opvolger met het grootste aandeel/,
    );
    fout([KOP, 'GM0381,Bussum,PV27,2016,2016-01-01,GM0363,Amsterdam,,ONBEKEND'], 2, /spreken elkaar tegen/);
  });
});
