/** Linking provincies and waterschappen by name, and the names and TOOI URIs the register import makes. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { gripNaam, tooiVanCode } from './import-roo-polder';
import { koppelOpNaam, soortlozeNaam } from './koppel-organisatie';

const provincies = [
  { id: 'pv29', naam: 'Zeeland' },
  { id: 'pv21', naam: 'Fryslân' },
  { id: 'pv31', naam: 'Limburg' },
];
const waterschappen = [
  { id: 'ws1', naam: 'Aa en Maas' },
  { id: 'ws2', naam: 'Hoogheemraadschap van Rijnland' },
  { id: 'ws3', naam: "Hunze en Aa's" },
  { id: 'ws4', naam: 'Wetterskip Fryslân' },
  { id: 'ws5', naam: 'Waterschap Limburg' },
];

describe('koppelOpNaam', () => {
  test('zonder het woord voor de soort, hoofdletters, accenten en apostrofs', () => {
    assert.equal(soortlozeNaam('Provincie Zeeland'), 'zeeland');
    assert.equal(soortlozeNaam('Hoogheemraadschap van Rijnland'), 'rijnland');
    const id = (naam: string, lijst: typeof provincies, soort: 'provincie' | 'waterschap') => {
      const k = koppelOpNaam(naam, lijst, soort);
      return k.status === 'gekoppeld' ? k.id : k.reden;
    };
    assert.equal(id('Provincie Zeeland', provincies, 'provincie'), 'pv29');
    assert.equal(id('Provincie Friesland', provincies, 'provincie'), 'geen provincie met deze naam in Grip');
    assert.equal(id('provincie  fryslan', provincies, 'provincie'), 'pv21');
    assert.equal(id('Waterschap Aa en Maas', waterschappen, 'waterschap'), 'ws1');
    assert.equal(id('Hoogheemraadschap van Rijnland', waterschappen, 'waterschap'), 'ws2');
    assert.equal(id('Waterschap Hunze en Aa’s', waterschappen, 'waterschap'), 'ws3');
    assert.equal(id('Wetterskip Fryslân', waterschappen, 'waterschap'), 'ws4');
    // Within its kind only: the waterschap Limburg is not the provincie.
    assert.equal(id('Waterschap Limburg', waterschappen, 'waterschap'), 'ws5');
    assert.equal(id('Provincie Limburg', provincies, 'provincie'), 'pv31');
  });

  test('twee organisaties met dezelfde naam: niet gekoppeld, met de namen', () => {
    const k = koppelOpNaam(
      'Waterschap Delta',
      [
        { id: 'a', naam: 'Delta' },
        { id: 'b', naam: 'Waterschap Delta' },
      ],
      'waterschap',
    );
    assert.deepEqual(k, {
      status: 'niet-gekoppeld',
      reden: 'de naam is niet eenduidig: Delta, Waterschap Delta',
    });
  });
});

describe('namen en TOOI-URI’s van nieuwe organisaties uit het register', () => {
  test('"Gemeente" en "Provincie" vallen weg, zoals het CBS de namen schrijft', () => {
    assert.equal(gripNaam('Gemeente Aalburg', 'gemeente'), 'Aalburg');
    assert.equal(gripNaam("Gemeente 's-Hertogenbosch", 'gemeente'), "'s-Hertogenbosch");
    assert.equal(gripNaam('Provincie Drenthe', 'provincie'), 'Drenthe');
    assert.equal(gripNaam('Waterschap Limburg', 'waterschap'), 'Waterschap Limburg');
    assert.equal(gripNaam('Gemeente', 'gemeente'), 'Gemeente');
  });

  test('TOOI-URI uit de CBS-code', () => {
    assert.equal(tooiVanCode('GM0079'), 'https://identifier.overheid.nl/tooi/id/gemeente/gm0079');
    assert.equal(tooiVanCode('PV27'), 'https://identifier.overheid.nl/tooi/id/provincie/pv27');
    assert.equal(tooiVanCode('WS0654'), 'https://identifier.overheid.nl/tooi/id/waterschap/ws0654');
    assert.equal(tooiVanCode('XX1'), null);
  });
});
