/** OpenGR 2016: the real file with its defects (shared data `opengr-2016/original/`) and small malformed files. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, test } from 'node:test';
import { BronFout } from './bron';
import { gedeeldeData, ontbreekt } from './gedeelde-data';
import { decodeerRegels, leesOpengr } from './opengr';

const BESTAND = gedeeldeData('opengr-2016', 'original', 'opengr_provincies.csv');
const KOP = 'Deelnemer,Gemeenschappelijke regeling,Postcode,Plaats,Provincie';
const bytes = (...delen: (string | number[])[]) =>
  Buffer.concat(delen.map((d) => (typeof d === 'string' ? Buffer.from(d, 'utf8') : Buffer.from(d))));

describe('leesOpengr: het echte bestand (opengr_provincies.csv)', { skip: ontbreekt(BESTAND) }, () => {
  const lees = () => leesOpengr(fs.readFileSync(BESTAND), 'opengr_provincies.csv', { jaargang: 2016 });

  test('3.752 deelnames en 464 regelingen; elke rij met regel, jaargang en bron', () => {
    const r = lees();
    assert.equal(r.deelnames.length, 3752);
    assert.equal(r.regelingen.length, 464);
    assert.equal(
      r.regelingen.reduce((n, g) => n + g.rijen, 0),
      3752,
    );
    assert.deepEqual(r.deelnames[0]!.herkomst, { bestand: 'opengr_provincies.csv', regel: 2 });
    assert.deepEqual(r.deelnames.at(-1)!.herkomst, { bestand: 'opengr_provincies.csv', regel: 3753 });
    assert.ok(r.deelnames.every((d) => d.bron === 'opengr' && d.jaargang === 2016));
  });

  test('elke regel is geldige UTF-8; 239 rijen hebben dubbel gecodeerde tekst, die wordt hersteld', () => {
    const r = lees();
    assert.deepEqual(r.windows1252Regels, []);
    const hersteld = r.deelnames.filter((d) => d.reparaties.includes('mojibake'));
    assert.equal(hersteld.length, 239);
    const suydevelt = r.deelnames.find((d) => d.herkomst.regel === 741)!;
    assert.equal(suydevelt.deelnemerOrigineel, 'Waterschap â€™t Suydevelt');
    assert.equal(suydevelt.deelnemer, 'Waterschap ’t Suydevelt');
    assert.ok(
      r.deelnames.every((d) => !/Ã|Â|â€/.test(d.deelnemer + d.regeling + d.provincie + (d.postcode ?? ''))),
    );
    assert.equal(r.deelnames.filter((d) => d.provincie === 'Provincie Fryslân').length, 167);
  });

  test('spaties, provincienaam en dubbele rijen', () => {
    const r = lees();
    assert.equal(r.deelnames.filter((d) => d.reparaties.includes('spaties')).length, 245);
    // 'Provincie Overrijssel' (155 rows) becomes 'Provincie Overijssel' (with the 59 that were right).
    assert.equal(r.deelnames.filter((d) => d.reparaties.includes('provincienaam')).length, 155);
    assert.equal(r.deelnames.filter((d) => d.provincie === 'Provincie Overijssel').length, 214);
    const bwb = r.deelnames.find((d) => d.postcode === '4100 AC')!;
    assert.equal(bwb.regelingOrigineel, 'Bedrijfsvoeringsorganisatie West Betuwe (BWB)');
    // 608 spellings of participants, 600 after case and white space ('EnkHuizen', 'Dronten ').
    assert.equal(new Set(r.deelnames.map((d) => d.deelnemerOrigineel)).size, 608);
    assert.equal(new Set(r.deelnames.map((d) => d.deelnemerSleutel)).size, 600);
    const dubbel = r.deelnames.filter((d) => d.dubbelVan !== null);
    assert.equal(dubbel.length, 10);
    assert.deepEqual(
      dubbel.filter((d) => d.regeling === 'Hefpunt').map((d) => [d.herkomst.regel, d.dubbelVan, d.deelnemer]),
      [
        [1203, 1202, "Waterschap Hunze en Aa's"],
        [1205, 1204, 'Waterschap Noorderzijlvest'],
        [1207, 1206, 'Wetterskip Fryslân'],
      ],
    );
    const delta = r.regelingen.find((g) => g.naam === 'Natuur- en recreatieschap Zuidwestelijke Delta')!;
    assert.deepEqual(delta.provincies, ['Provincie Zeeland', 'Provincie Zuid-Holland']);
    assert.equal(delta.rijen, 14);
    assert.equal(delta.deelnemers, 8);
  });

  test('Duitse deelnemers: 89 rijen met "(Duitsland)"', () => {
    const r = lees();
    const de = r.deelnames.filter((d) => d.land === 'DE');
    assert.equal(de.length, 89);
    assert.ok(
      de.some((d) => d.deelnemer === 'Hünxe (Duitsland)' && d.deelnemerOrigineel === 'HÃ¼nxe (Duitsland)'),
    );
  });
});

describe('leesOpengr: kleine bestanden', () => {
  test('per regel UTF-8 of Windows-1252; BOM, CRLF en aanhalingstekens', () => {
    const tekst = bytes(
      [0xef, 0xbb, 0xbf],
      `${KOP}\r\n`,
      'Súdwest-Fryslân,"GR ""De Klinker"", Winschoten",9671 CD,Winschoten,Provincie Groningen\r\n',
      'Kleef (Duitsland),Euregio Rijn',
      [0x96], // – in Windows-1252: not valid UTF-8
      'Waal,6500 AA,Nijmegen,Provincie Gelderland\r\n',
      ' enkhuizen ,gr  de klinker,  ,,Provincie Overrijssel\n',
    );
    const r = leesOpengr(tekst, 't.csv', { jaargang: 2016 });
    assert.deepEqual(r.windows1252Regels, [3]);
    assert.deepEqual(
      r.deelnames.map((d) => [d.deelnemer, d.regeling, d.codering, d.land, d.herkomst.regel]),
      [
        ['Súdwest-Fryslân', 'GR "De Klinker", Winschoten', 'utf-8', 'NL', 2],
        ['Kleef (Duitsland)', 'Euregio Rijn–Waal', 'windows-1252', 'DE', 3],
        ['enkhuizen', 'gr de klinker', 'utf-8', 'NL', 4],
      ],
    );
    const laatste = r.deelnames[2]!;
    assert.equal(laatste.postcode, null);
    assert.equal(laatste.provincie, 'Provincie Overijssel');
    assert.deepEqual(laatste.reparaties.sort(), ['provincienaam', 'spaties']);
    assert.equal(r.regelingen.length, 3);
  });

  test('decodeerRegels: geen lege laatste regel na de laatste regeleinde', () => {
    assert.deepEqual(decodeerRegels(bytes('a\nb\n')).regels, ['a', 'b']);
    assert.deepEqual(decodeerRegels(bytes('a\r\nb')).regels, ['a', 'b']);
  });

  const fout = (tekst: Uint8Array, regel: number | undefined, reden: string | RegExp) =>
    assert.throws(
      () => leesOpengr(tekst, 't.csv', { jaargang: 2016 }),
      (e: unknown) => {
        assert.ok(e instanceof BronFout, String(e));
        assert.equal(e.regel, regel);
        if (typeof reden === 'string') assert.equal(e.reden, reden);
        else assert.match(e.reden, reden);
        assert.equal(e.message, `t.csv:${regel}: ${e.reden}`);
        return true;
      },
    );

  test('ontbrekende kolom, te weinig velden, lege deelnemer, open aanhalingsteken, leeg bestand', () => {
    fout(
      bytes('Deelnemer,Regeling,Postcode,Plaats,Provincie\n'),
      1,
      'kolom "gemeenschappelijke regeling" ontbreekt in de kopregel',
    );
    fout(bytes(`${KOP}\nA,B,1,C,D\nA,B,C\n`), 3, 'regel heeft 3 velden, de kopregel heeft er 5');
    fout(bytes(`${KOP}\n  ,B,1,C,D\n`), 2, 'Deelnemer is leeg');
    fout(bytes(`${KOP}\nA,"B,1,C,D\n`), 2, /aanhalingsteken|CSV/);
    fout(bytes(''), 1, 'het bestand is leeg');
    fout(bytes(`${KOP}\n`), 2, 'het bestand bevat geen rijen');
  });
});
