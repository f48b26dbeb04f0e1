/** The pure parts of the calendar module: the month grid and the feed text, in any time zone. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import ICAL from 'ical.js';
import type { KalenderItem } from '../begrotingscyclus/store';
import { bouwFeed, feedItems, omschrijving, samenvatting, uniekeUids } from './feed';
import { isMaand, maandNaam, maandRaster, plusMaanden, verschuifMaand } from './maand';

const item = (over: Partial<KalenderItem> = {}): KalenderItem => ({
  stap: 'ontwerpbegroting_naar_raden',
  datum: '2026-04-09',
  bron: 'wet',
  artikel: 'Wgr art. 35 lid 1',
  regime: 'vanaf_2022',
  status: 'bevestigd',
  ontvanger: 'raden',
  waarschuwingen: [],
  uid: 'r1-2027-ontwerpbegroting_naar_raden-wet@grip',
  regelingId: 'r1',
  regelingNaam: 'GR Test; met, tekens',
  begrotingsjaar: 2027,
  ...over,
});

describe('maandoverzicht', () => {
  test('juli 2026 begint op woensdag en telt vijf weken, maandag eerst', () => {
    const weken = maandRaster('2026-07');
    assert.equal(weken.length, 5);
    assert.deepEqual(weken[0]!.dagen, [
      null,
      null,
      '2026-07-01',
      '2026-07-02',
      '2026-07-03',
      '2026-07-04',
      '2026-07-05',
    ]);
    assert.equal(weken[0]!.nummer, 27);
    assert.deepEqual(weken[4]!.dagen, [
      '2026-07-27',
      '2026-07-28',
      '2026-07-29',
      '2026-07-30',
      '2026-07-31',
      null,
      null,
    ]);
  });

  test('februari 2027 past in vier weken; maart 2026 heeft zes rijen nodig', () => {
    assert.equal(maandRaster('2027-02').length, 4);
    assert.equal(maandRaster('2026-03').length, 6);
    assert.equal(maandRaster('2026-12').at(-1)!.dagen.filter(Boolean).at(-1), '2026-12-31');
  });

  test('maanden verschuiven over de jaargrens; ongeldige maanden worden herkend', () => {
    assert.equal(verschuifMaand('2026-12', 1), '2027-01');
    assert.equal(verschuifMaand('2026-01', -1), '2025-12');
    assert.equal(maandNaam('2026-07'), 'juli 2026');
    assert.equal(plusMaanden('2026-01-31', 1), '2026-02-28');
    for (const m of ['2026-13', '2026-7', '26-07', '1999-12', '2101-01', ''])
      assert.equal(isMaand(m), false, m);
    assert.equal(isMaand('2026-07'), true);
  });
});

describe('feed', () => {
  test('twee afspraken voor dezelfde stap krijgen elk een eigen UID; zonder datum valt weg', () => {
    const uid = 'r1-2027-kaders_voorlopige_jaarrekening-regeling@grip';
    const lijst = uniekeUids([item({ uid }), item({ uid }), item({ uid: 'x' }), item({ uid: 'x' })]);
    assert.deepEqual(
      lijst.map((i) => i.uid),
      [uid, 'r1-2027-kaders_voorlopige_jaarrekening-regeling-2@grip', 'x', 'x-2'],
    );
    assert.equal(feedItems([item({ datum: null }), item({ uid: 'b' })]).length, 1);
  });

  test('hele dag uit de datumtekst, ook in een tijdzone ver van Nederland', () => {
    const tekst = bouwFeed(
      feedItems([item(), item({ uid: 'b@grip', datum: '2026-12-31', bron: 'regeling' })]),
      new Map([['b@grip', 3]]),
      {
        naam: 'Test',
        beschrijving: 'Omschrijving',
        baseUrl: 'https://grip.example.nl/',
        nu: new Date('2026-01-01T12:00:00Z'),
      },
    );
    // The runner's zone may be anything; the dates must come out the same.
    assert.match(tekst, /\r\nDTSTART;VALUE=DATE:20260409\r\nDTEND;VALUE=DATE:20260410\r\n/);
    assert.match(tekst, /\r\nDTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n/);
    assert.match(tekst, /\r\nX-WR-CALNAME:Test\r\n/);
    assert.match(tekst, /\r\nPRODID:-\/\/Grip\/\/Grip termijnen\/\/NL\r\n/);
    const cal = new ICAL.Component(ICAL.parse(tekst) as unknown[]);
    const [a, b] = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    assert.equal(a!.summary, 'Ontwerpbegroting naar de raden — GR Test; met, tekens');
    assert.equal(a!.sequence, 0);
    assert.equal(b!.sequence, 3);
    assert.equal(b!.summary, samenvatting(item({ bron: 'regeling' })));
    assert.ok(b!.summary.endsWith(' (eigen afspraak)'));
    assert.equal(a!.description, omschrijving(item(), 'https://grip.example.nl/regelingen/r1'));
    assert.match(
      a!.description,
      /\nUitleg en alle termijnen van de regeling: https:\/\/grip\.example\.nl\/regelingen\/r1$/,
    );
  });
});
