/**
 * koppelDeelnemer on real names: OpenGR participants (2015 names) against the 342 gemeenten of 2024/2025
 * (shared data `gemeenten-cbs-2024`) and the successor table (`herindelingen-2016-2024`).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { parseCbsGemeenten } from '../../organisaties/import-cbs';
import { gedeeldeData, ontbreekt } from './gedeelde-data';
import { koppelDeelnemer, type KoppelGemeente } from './koppel';
import { leesOpengr } from './opengr';
import { leesOpvolgers, type Opvolging } from './opvolgers';

const GEMEENTEN = gedeeldeData('gemeenten-cbs-2024', 'gemeenten_2025.csv');
const OPVOLGERS = gedeeldeData('herindelingen-2016-2024', 'opvolgers_gemeenten_2016_2024.csv');
const OPENGR = gedeeldeData('opengr-2016', 'original', 'opengr_provincies.csv');
const AFGELEID = gedeeldeData('opengr-2016', 'derived', 'opengr_deelnemers_genormaliseerd.csv');
const afwezig = ontbreekt(GEMEENTEN) || ontbreekt(OPVOLGERS) || ontbreekt(OPENGR);

let data: { gemeenten: KoppelGemeente[]; opvolgers: Opvolging[] } | undefined;
const echt = () =>
  (data ??= {
    gemeenten: parseCbsGemeenten(fs.readFileSync(GEMEENTEN, 'utf8'), GEMEENTEN).gemeenten,
    opvolgers: leesOpvolgers(fs.readFileSync(OPVOLGERS, 'utf8'), OPVOLGERS),
  });
const koppel = (naam: string) => koppelDeelnemer(naam, echt().gemeenten, echt().opvolgers);
const code = (naam: string) => {
  const k = koppel(naam);
  return k.status === 'gekoppeld' ? [k.code, k.via] : [null, k.reden];
};

describe('koppelDeelnemer: echte namen', { skip: afwezig }, () => {
  test('huidige gemeenten: naam, hoofdletters, accenten, roepnaam, provincie-achtervoegsel', () => {
    assert.deepEqual(code('Amsterdam'), ['GM0363', 'naam']);
    assert.deepEqual(code('Capelle aan den Ijssel'), ['GM0502', 'naam']);
    assert.deepEqual(code('Súdwest-Fryslân'), ['GM1900', 'naam']);
    assert.deepEqual(code('Gemeente Sudwest Fryslan'), ['GM1900', 'naam']);
    assert.deepEqual(code('Sint Michielsgestel'), ['GM0845', 'naam']);
    assert.deepEqual(code('Den Haag'), ['GM0518', 'naam']);
    assert.deepEqual(code('Nuenen'), ['GM0820', 'naam']);
    assert.deepEqual(code('Rijswijk'), ['GM0603', 'naam-zonder-provincie']);
    assert.deepEqual(code('Overbetuwe,'), ['GM1734', 'naam']);
  });

  test('opgeheven gemeenten via de opvolgertabel', () => {
    assert.deepEqual(code('Bedum'), ['GM1966', 'opvolger']); // Het Hogeland, 2019
    assert.deepEqual(code('Haren'), ['GM0014', 'opvolger']); // Groningen, 2019
    assert.deepEqual(code('Weesp'), ['GM0363', 'opvolger']); // Amsterdam, 2022
    const winsum = koppel('Winsum');
    assert.equal(winsum.status, 'gekoppeld');
    if (winsum.status === 'gekoppeld') {
      assert.equal(winsum.code, 'GM1966');
      assert.equal(winsum.opvolging?.aandeel, 0.8765);
      assert.deepEqual(
        winsum.opvolging?.opvolgers.map((o) => o.code),
        ['GM1966', 'GM1969'],
      );
    }
  });

  test('niet gekoppeld, met de reden', () => {
    assert.deepEqual(code('Haaren'), [
      null,
      'Haaren (GM0788) is opgeheven op 2021-01-01 en opgesplitst zonder opvolger met de meeste adressen: ' +
        'Oisterwijk (GM0824) 42%, Vught (GM0865) 34%, Boxtel (GM0757) 15%, Tilburg (GM0855) 8%',
    ]);
    assert.deepEqual(code('Bussum'), [
      null,
      'Bussum (GM0381) is opgeheven op 2016-01-01; de opvolger staat niet in de opvolgertabel',
    ]);
    assert.deepEqual(code('Bergen'), [
      null,
      'de naam is niet eenduidig: Bergen (L.) (GM0893), Bergen (NH.) (GM0373)',
    ]);
    assert.deepEqual(code('Graafstroom'), [null, 'geen huidige of opgeheven gemeente met deze naam']); // ended 2013
    assert.deepEqual(code('Gedrop-Mierlo'), [null, 'geen huidige of opgeheven gemeente met deze naam']); // typo
    assert.deepEqual(code('Provincie Zeeland'), [null, 'geen gemeente: provincie']);
    assert.deepEqual(code('Hoogheermraadschap van Rijnland'), [null, 'geen gemeente: waterschap']);
    assert.deepEqual(code('Kleef (Duitsland)'), [null, 'geen gemeente: buitenlandse deelnemer']);
    assert.deepEqual(code(''), [null, 'de naam is leeg']);
  });

  test('alle 3.752 OpenGR-rijen: 3.319 gekoppeld; gelijk aan de afgeleide tabel waar die een code heeft', () => {
    const og = leesOpengr(fs.readFileSync(OPENGR), 'opengr_provincies.csv', { jaargang: 2016 });
    const k = og.deelnames.map((d) => koppel(d.deelnemer));
    const tel: Record<string, number> = {};
    for (const x of k) {
      const sleutel = x.status === 'gekoppeld' ? x.via : 'niet-gekoppeld';
      tel[sleutel] = (tel[sleutel] ?? 0) + 1;
    }
    assert.deepEqual(tel, { naam: 2655, opvolger: 619, 'naam-zonder-provincie': 45, 'niet-gekoppeld': 433 });
    if (ontbreekt(AFGELEID)) return;
    const afgeleid = parse<Record<string, string>>(fs.readFileSync(AFGELEID, 'utf8'), { columns: true });
    let gelijk = 0;
    for (const rij of afgeleid) {
      const x = k[Number(rij['rij']) - 1]!;
      if (x.status !== 'gekoppeld' || !rij['gm_code_2024']) continue;
      assert.equal(x.code, rij['gm_code_2024'], `rij ${rij['rij']} ${rij['deelnemer']}`);
      gelijk++;
    }
    assert.equal(gelijk, 3292);
  });
});

describe('koppelDeelnemer: kleine lijsten', () => {
  const gemeenten = [
    { code: 'GM0001', naam: 'Noordstad' },
    { code: 'GM0002', naam: 'Zuiddorp' },
  ];
  const opvolging = (naamOud: string, opvolgers: { code: string; aandeel: number }[]): Opvolging => ({
    bron: 'herindelingen',
    jaargang: 2024,
    codeOud: 'GM0099',
    naamOud,
    provincieOud: null,
    laatsteJaar: 2020,
    einddatum: '2021-01-01',
    opvolgerCode: opvolgers[0]?.code ?? null,
    opvolgerNaam: null,
    aandeel: opvolgers[0]?.aandeel ?? null,
    opvolgers,
    herkomst: { bestand: 'o.csv', regel: 2 },
  });

  test('een opvolger die geen huidige gemeente is', () => {
    const k = koppelDeelnemer('Oudburg', gemeenten, [opvolging('Oudburg', [{ code: 'GM0777', aandeel: 1 }])]);
    assert.deepEqual(k, {
      status: 'niet-gekoppeld',
      reden: 'Oudburg (GM0099) is opgeheven op 2021-01-01; opvolger GM0777 staat niet in de gemeentelijst',
      kandidaten: [],
    });
  });

  test('een huidige naam gaat voor een opgeheven gemeente met dezelfde naam', () => {
    const k = koppelDeelnemer('Noordstad', gemeenten, [
      opvolging('Noordstad', [{ code: 'GM0002', aandeel: 1 }]),
    ]);
    assert.equal(k.status === 'gekoppeld' && k.code, 'GM0001');
  });
});
