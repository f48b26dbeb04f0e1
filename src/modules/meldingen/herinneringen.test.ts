/** When a reminder is due (with the catch-up window), what the page lists, how the days are read, and the mail text. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { KalenderItem } from '../begrotingscyclus/store';
import {
  herinneringsMail,
  INHAALDAGEN,
  komendeHerinneringen,
  leesDagen,
  verschuldigd,
} from './herinneringen';

const item = (
  datum: string | null,
  stap: KalenderItem['stap'] = 'ontwerpbegroting_naar_raden',
): KalenderItem => ({
  stap,
  datum,
  bron: 'wet',
  artikel: 'Wgr art. 35 lid 1',
  regime: 'vanaf_2022',
  status: 'bevestigd',
  ontvanger: 'raden',
  waarschuwingen: [],
  uid: `r1-2028-${stap}-wet@grip`,
  regelingId: 'r1',
  regelingNaam: 'GR Proef',
  begrotingsjaar: 2028,
});

describe('verschuldigd(): welke herinneringen vandaag uitgaan', () => {
  const deadline = item('2027-04-01');

  test('op het moment zelf: deadline − dagen', () => {
    assert.deepEqual(
      verschuldigd([deadline], [7], '2027-03-25').map((v) => v.dagen),
      [[7]],
    );
    assert.deepEqual(verschuldigd([deadline], [7], '2027-03-24'), [], 'te vroeg');
  });

  test(`inhalen: tot ${INHAALDAGEN} dagen na het moment, daarna niet meer`, () => {
    assert.equal(verschuldigd([deadline], [7], '2027-03-26').length, 1);
    assert.equal(verschuldigd([deadline], [7], '2027-03-27').length, 1);
    assert.equal(verschuldigd([deadline], [7], '2027-03-28').length, 0);
  });

  test('nooit meer na de deadline; op de dag zelf nog wel (1 dag, ingehaald)', () => {
    assert.equal(verschuldigd([deadline], [1], '2027-04-01').length, 1);
    assert.equal(verschuldigd([deadline], [1], '2027-04-02').length, 0);
  });

  test('meer momenten tegelijk verschuldigd (na een gemiste ochtend) komen samen in één', () => {
    assert.deepEqual(
      verschuldigd([deadline], [7, 6, 1], '2027-03-26').map((v) => v.dagen),
      [[7, 6]],
    );
  });

  test('een termijn zonder datum (vergadering niet gepland) geeft geen herinnering', () => {
    assert.deepEqual(verschuldigd([item(null)], [7, 1], '2027-03-25'), []);
  });
});

test('komendeHerinneringen(): termijnen vanaf vandaag, op datum, met de dagen van de herinneringen', () => {
  const k = komendeHerinneringen(
    [item('2027-06-23', 'zienswijzen_raden'), item('2027-04-01'), item('2027-03-01'), item(null)],
    [14, 7],
    '2027-03-20',
    '2028-03-20',
  );
  assert.deepEqual(
    k.map((x) => [x.item.datum, x.op]),
    [
      ['2027-04-01', ['2027-03-25']],
      ['2027-06-23', ['2027-06-09', '2027-06-16']],
    ],
  );
});

describe('leesDagen(): de keuze uit het formulier', () => {
  test('vinkjes en het vrije veld samen, uniek, aflopend', () => {
    assert.deepEqual(leesDagen(['7', '14'], '21, 2 ;7'), { dagen: [21, 14, 7, 2], fouten: {} });
    assert.deepEqual(leesDagen([], null), { dagen: [], fouten: {} });
  });
  test('geen heel getal van 1 tot en met 365: een melding bij het vrije veld', () => {
    for (const fout of ['twee', '0', '366', '1.5', '-3', '7x']) {
      assert.ok(leesDagen([], fout).fouten.andere, fout);
    }
  });
  test('een vinkje dat niet in de lijst staat, telt niet', () => {
    assert.ok(leesDagen(['8'], null).fouten.dagen);
  });
});

test('herinneringsMail(): onderwerp, aanhef, dagen, uitleg en links', () => {
  const m = herinneringsMail({ email: 'a@voorbeeld.nl', naam: 'An' }, item('2027-04-01') as never, {
    organisatieNaam: 'Bremmerdam',
    dagen: [1, 7],
    vandaag: '2027-03-31',
    baseUrl: 'https://grip.example.nl/',
  });
  assert.equal(m.aan, 'a@voorbeeld.nl');
  assert.equal(m.onderwerp, 'Herinnering: Ontwerpbegroting naar de raden — GR Proef, uiterlijk 1 april 2027');
  assert.match(m.tekst, /^Beste An,\n\nMorgen, uiterlijk donderdag 1 april 2027, /);
  assert.match(m.tekst, /https:\/\/grip\.example\.nl\/regelingen\/r1\n/);
  assert.match(m.tekst, /Bremmerdam \(7, 1 dagen van tevoren\)/);
});
