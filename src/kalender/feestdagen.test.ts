import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Holidays from 'date-holidays';
import { algemeenErkendeFeestdagen, pasen } from './feestdagen';

const datumVan = (jaar: number, naam: string) =>
  algemeenErkendeFeestdagen(jaar).find((f) => f.naam === naam)?.datum;

describe('Pasen (anonieme Gregoriaanse paasberekening)', () => {
  it('Pasen 2026 valt op zondag 5 april', () => assert.equal(pasen(2026), '2026-04-05'));
  it('bekende paasdata kloppen, ook de vroegste (22 maart) en de laatste (25 april)', () => {
    assert.equal(pasen(2025), '2025-04-20');
    assert.equal(pasen(2024), '2024-03-31');
    assert.equal(pasen(2285), '2285-03-22');
    assert.equal(pasen(2038), '2038-04-25');
  });
});

describe('Algemeen erkende feestdagen (Atw art. 3 lid 1 en 2)', () => {
  it('2026 telt negen dagen, met de juiste data en artikelen', () => {
    assert.deepEqual(
      algemeenErkendeFeestdagen(2026).map((f) => `${f.datum} ${f.naam} (${f.artikel})`),
      [
        '2026-01-01 Nieuwjaarsdag (Atw art. 3 lid 1)',
        '2026-04-03 Goede Vrijdag (Atw art. 3 lid 2)',
        '2026-04-06 Tweede Paasdag (Atw art. 3 lid 1)',
        '2026-04-27 Koningsdag (Atw art. 3 lid 1)',
        '2026-05-05 Bevrijdingsdag (Atw art. 3 lid 1)',
        '2026-05-14 Hemelvaartsdag (Atw art. 3 lid 1)',
        '2026-05-25 Tweede Pinksterdag (Atw art. 3 lid 1)',
        '2026-12-25 Eerste Kerstdag (Atw art. 3 lid 1)',
        '2026-12-26 Tweede Kerstdag (Atw art. 3 lid 1)',
      ],
    );
  });
  it('Koningsdag 2025 valt op zaterdag 26 april, omdat 27 april een zondag was', () => {
    assert.equal(datumVan(2025, 'Koningsdag'), '2025-04-26');
    assert.equal(datumVan(2014, 'Koningsdag'), '2014-04-26');
  });
  it('vóór 2014 is het Koninginnedag op 30 april, op zaterdag 29 april als 30 april een zondag is', () => {
    assert.equal(datumVan(2013, 'Koninginnedag'), '2013-04-30');
    assert.equal(datumVan(2006, 'Koninginnedag'), '2006-04-29');
    assert.equal(datumVan(2013, 'Koningsdag'), undefined);
  });
  it('5 mei is elk jaar een feestdag, niet alleen in lustrumjaren', () => {
    assert.equal(datumVan(2026, 'Bevrijdingsdag'), '2026-05-05');
    assert.equal(datumVan(2027, 'Bevrijdingsdag'), '2027-05-05');
  });
  it('als 5 mei op Hemelvaartsdag valt (2016) staan beide vermeld', () => {
    assert.deepEqual(
      algemeenErkendeFeestdagen(2016)
        .filter((f) => f.datum === '2016-05-05')
        .map((f) => f.naam),
      ['Bevrijdingsdag', 'Hemelvaartsdag'],
    );
  });
  it('jaren vóór 1980 worden geweigerd (oudere Koninginnedag-regels zijn niet gemodelleerd)', () => {
    assert.throws(() => algemeenErkendeFeestdagen(1979), RangeError);
    assert.throws(() => algemeenErkendeFeestdagen(2026.5), RangeError);
  });
});

/**
 * Oracle: date-holidays 3.x ('NL'). It defines all nine Atw days for every year 1990–2100: 5 May every
 * year and Koninginnedag 30/29 April for 1980–2013, so nothing has to be skipped. Its type is ignored
 * ('school' for Goede Vrijdag and Bevrijdingsdag). Left out because the Atw does not list them:
 * Pasen, Pinksteren (Sundays), Oudejaarsavond (bank) and all 'observance' days.
 */
const ORAKELNAMEN: Record<string, string> = {
  Nieuwjaar: 'Nieuwjaarsdag',
  'Goede Vrijdag': 'Goede Vrijdag',
  'Tweede paasdag': 'Tweede Paasdag',
  Koningsdag: 'Koningsdag',
  Koninginnedag: 'Koninginnedag',
  Bevrijdingsdag: 'Bevrijdingsdag',
  Hemelvaartsdag: 'Hemelvaartsdag',
  'Tweede pinksterdag': 'Tweede Pinksterdag',
  Kerstmis: 'Eerste Kerstdag',
  'Tweede kerstdag': 'Tweede Kerstdag',
};

describe('Controle tegen de onafhankelijke bibliotheek date-holidays', () => {
  it('geeft voor elk jaar 1990–2100 (111 jaren) dezelfde feestdagen op dezelfde data', () => {
    const hd = new Holidays('NL');
    const afwijkingen: string[] = [];
    let jaren = 0;
    for (let jaar = 1990; jaar <= 2100; jaar++) {
      const orakel = hd
        .getHolidays(jaar)
        .filter((h) => h.name in ORAKELNAMEN)
        .map((h) => `${h.date.slice(0, 10)} ${ORAKELNAMEN[h.name]}`)
        .sort();
      const eigen = algemeenErkendeFeestdagen(jaar)
        .map((f) => `${f.datum} ${f.naam}`)
        .sort();
      if (orakel.length !== 9 || JSON.stringify(orakel) !== JSON.stringify(eigen)) {
        afwijkingen.push(`${jaar}: ${JSON.stringify(orakel)} vs ${JSON.stringify(eigen)}`);
      }
      jaren++;
    }
    assert.equal(jaren, 111);
    assert.deepEqual(afwijkingen, []);
  });
});
