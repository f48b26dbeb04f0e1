import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { maakKalender, STANDAARD_KALENDER as kalender } from '../../../kalender';
import { begrotingscyclus } from './cyclus';
import type { CyclusInput, CyclusItem, PcStap, Vergadering } from './types';

const cyclus = (extra: Partial<CyclusInput> & { begrotingsjaar: number }) =>
  begrotingscyclus({
    vorm: 'openbaar_lichaam',
    provincieNeemtDeel: false,
    vergaderingen: [],
    eigenAfspraken: [],
    kalender,
    ...extra,
  });
const ab = (datum: string, extra: Partial<Vergadering> = {}): Vergadering => ({
  id: `ab-${datum}`,
  datum,
  stukken: ['begroting'],
  ...extra,
});
const jr = (datum: string): Vergadering => ({ id: `jr-${datum}`, datum, stukken: ['jaarrekening'] });
const wet = (items: CyclusItem[], stap: PcStap) =>
  items.find((i) => i.stap === stap && i.bron === 'wet') ?? assert.fail(`geen item ${stap}`);
const regeling = (items: CyclusItem[], stap: PcStap) =>
  items.find((i) => i.stap === stap && i.bron === 'regeling') ?? assert.fail(`geen afspraak ${stap}`);
const codes = (i: { waarschuwingen: { code: string }[] }) => i.waarschuwingen.map((x) => x.code);

describe('Begrotingsjaar 2027, algemeen bestuur stelt de begroting vast op donderdag 2 juli 2026', () => {
  const items = cyclus({ begrotingsjaar: 2027, vergaderingen: [ab('2026-07-02')] });

  it('kaders en voorlopige jaarrekening: vóór 30 april 2026, dus uiterlijk woensdag 29 april 2026 (art. 34b)', () => {
    const i = wet(items, 'kaders_voorlopige_jaarrekening');
    assert.equal(i.datum, '2026-04-29');
    assert.equal(i.artikel, 'Wgr art. 34b');
    assert.equal(i.regime, 'vanaf_2022');
    assert.equal(i.status, 'bevestigd');
    assert.equal(i.ontvanger, 'raden');
    assert.equal(i.berekening?.verschoven, false);
    assert.deepEqual(i.waarschuwingen, []);
  });

  it('ontwerpbegroting naar de raden: twaalf weken terug vanaf 2 juli is donderdag 9 april 2026, zonder Atw-verlenging (art. 35 lid 1)', () => {
    const i = wet(items, 'ontwerpbegroting_naar_raden');
    assert.equal(i.datum, '2026-04-09');
    assert.equal(i.artikel, 'Wgr art. 35 lid 1');
    assert.equal(i.vergaderingId, 'ab-2026-07-02');
    assert.deepEqual(
      i.berekening?.stappen.map((s) => s.code),
      ['nominaal', 'terugrekening_geen_verlenging'],
    );
    assert.deepEqual(i.data, { moment: 'aanbieding_algemeen_bestuur' });
    assert.equal(i.status, 'bevestigd');
  });

  it('zienswijzen van de raden: geen eigen wettelijke termijn, het venster loopt van 9 april tot en met 1 juli (84 dagen; art. 35 lid 3)', () => {
    const i = wet(items, 'zienswijzen_raden');
    assert.equal(i.datum, '2026-07-01');
    assert.equal(i.artikel, 'Wgr art. 35 lid 3');
    assert.equal(i.ontvanger, 'dagelijks_bestuur');
    assert.deepEqual(i.data, { vanaf: '2026-04-09', totEnMet: '2026-07-01', dagen: 84 });
  });

  it('schriftelijke, gemotiveerde reactie op de zienswijzen vóór de vaststelling (art. 35 lid 4)', () => {
    const i = wet(items, 'reactie_op_zienswijzen');
    assert.equal(i.datum, '2026-07-01');
    assert.equal(i.artikel, 'Wgr art. 35 lid 4');
    assert.equal(i.ontvanger, 'raden');
    assert.equal(i.status, 'bevestigd');
  });

  it('vaststelling door het algemeen bestuur op de vergaderdatum (art. 34 lid 1)', () => {
    const i = wet(items, 'vaststelling_begroting');
    assert.equal(i.datum, '2026-07-02');
    assert.equal(i.ontvanger, 'algemeen_bestuur');
    assert.equal(i.artikel, 'Wgr art. 34 lid 1');
  });

  it('begroting naar Gedeputeerde Staten: twee weken na 2 juli is donderdag 16 juli 2026, een werkdag, eerder dan 14 september (art. 34 lid 2)', () => {
    const i = wet(items, 'begroting_naar_toezichthouder');
    assert.equal(i.datum, '2026-07-16');
    assert.equal(i.ontvanger, 'gedeputeerde_staten');
    assert.equal(i.artikel, 'Wgr art. 34 lid 2');
    assert.deepEqual(
      i.berekening?.stappen.map((s) => s.code),
      ['nominaal', 'art1_geen_verlenging_nodig', 'art2_voldaan'],
    );
    assert.deepEqual(i.data, {
      binnenTweeWeken: '2026-07-16',
      vasteDatum: '2026-09-14',
      maatgevend: 'twee_weken',
    });
    assert.equal(i.status, 'bevestigd');
  });

  it('de lijst staat op datum, met de onbekende data (geen jaarrekeningvergadering) achteraan', () => {
    assert.deepEqual(
      items.map((i) => [i.stap, i.datum]),
      [
        ['ontwerpbegroting_naar_raden', '2026-04-09'],
        ['kaders_voorlopige_jaarrekening', '2026-04-29'],
        ['zienswijzen_raden', '2026-07-01'],
        ['reactie_op_zienswijzen', '2026-07-01'],
        ['vaststelling_begroting', '2026-07-02'],
        ['begroting_naar_toezichthouder', '2026-07-16'],
        ['jaarrekening_naar_toezichthouder', '2028-07-14'],
        ['vaststelling_jaarrekening', null],
      ],
    );
  });
});

describe('Een provincie neemt deel (hoofdstuk IV)', () => {
  const items = cyclus({ begrotingsjaar: 2027, provincieNeemtDeel: true, vergaderingen: [ab('2026-07-02')] });

  it('de begroting gaat naar de Minister van BZK in plaats van naar Gedeputeerde Staten (art. 58 lid 2)', () => {
    const i = wet(items, 'begroting_naar_toezichthouder');
    assert.equal(i.ontvanger, 'minister_bzk');
    assert.equal(i.artikel, 'Wgr art. 58 lid 2');
    assert.equal(i.datum, '2026-07-16');
  });

  it('kaders en ontwerpbegroting gaan ook naar provinciale staten (art. 58b, art. 59 lid 1)', () => {
    assert.equal(wet(items, 'kaders_voorlopige_jaarrekening').artikel, 'Wgr art. 58b');
    assert.equal(wet(items, 'kaders_voorlopige_jaarrekening').ontvanger, 'raden_en_provinciale_staten');
    assert.equal(wet(items, 'ontwerpbegroting_naar_raden').artikel, 'Wgr art. 59 lid 1');
  });

  it('art. 59 lid 4 noemt geen moment voor de reactie op zienswijzen: de datum is open', () => {
    const i = wet(items, 'reactie_op_zienswijzen');
    assert.equal(i.artikel, 'Wgr art. 59 lid 4');
    assert.equal(i.datum, '2026-07-01');
    assert.equal(i.status, 'open');
    assert.deepEqual(codes(i), ['reactie_tijdstip_open']);
  });

  it('ook de jaarrekening gaat naar de Minister van BZK (art. 58 lid 4)', () => {
    const j = cyclus({ begrotingsjaar: 2026, provincieNeemtDeel: true, vergaderingen: [jr('2027-06-24')] });
    const i = wet(j, 'jaarrekening_naar_toezichthouder');
    assert.equal(i.ontvanger, 'minister_bzk');
    assert.equal(i.artikel, 'Wgr art. 58 lid 4');
    assert.equal(i.datum, '2027-07-08');
  });
});

describe('Begrotingsjaar 2021: de regels van vóór 1 juli 2022', () => {
  const items = cyclus({
    begrotingsjaar: 2021,
    vergaderingen: [ab('2020-07-02'), jr('2022-06-30')],
  });

  it('kaders vóór 15 april 2020, dus uiterlijk dinsdag 14 april 2020 (art. 34b oud)', () => {
    const i = wet(items, 'kaders_voorlopige_jaarrekening');
    assert.equal(i.datum, '2020-04-14');
    assert.equal(i.regime, 'voor_2022');
    assert.equal(i.status, 'bevestigd');
  });

  it('ontwerpbegroting acht weken vóór 2 juli 2020: donderdag 7 mei 2020 (art. 35 lid 1 oud)', () => {
    const i = wet(items, 'ontwerpbegroting_naar_raden');
    assert.equal(i.datum, '2020-05-07');
    assert.equal(i.regime, 'voor_2022');
    assert.deepEqual(wet(items, 'zienswijzen_raden').data, {
      vanaf: '2020-05-07',
      totEnMet: '2020-07-01',
      dagen: 56,
    });
  });

  it('er is nog geen plicht tot een gemotiveerde reactie op de zienswijzen', () => {
    assert.equal(
      items.some((i) => i.stap === 'reactie_op_zienswijzen'),
      false,
    );
  });

  it('begroting naar GS binnen twee weken, 16 juli 2020, en in ieder geval vóór 1 augustus', () => {
    const i = wet(items, 'begroting_naar_toezichthouder');
    assert.equal(i.datum, '2020-07-16');
    assert.equal(i.regime, 'voor_2022');
    assert.deepEqual(i.data, {
      binnenTweeWeken: '2020-07-16',
      vasteDatum: '2020-07-31',
      maatgevend: 'twee_weken',
    });
  });

  it('vaststelling op 23 juli 2020 is te laat: twee weken lopen tot 6 augustus, de begroting moet vóór 1 augustus bij GS zijn', () => {
    const i = wet(
      cyclus({ begrotingsjaar: 2021, vergaderingen: [ab('2020-07-23')] }),
      'begroting_naar_toezichthouder',
    );
    assert.equal(i.datum, '2020-07-31');
    assert.deepEqual(codes(i), ['vaststelling_te_laat_voor_toezicht']);
    assert.deepEqual(i.waarschuwingen[0]?.data, {
      vergaderingId: 'ab-2020-07-23',
      vergadering: '2020-07-23',
      binnenTweeWeken: '2020-08-06',
      vasteDatum: '2020-07-31',
    });
  });

  it('de jaarrekening 2021 (in 2022) valt onder ongewijzigde regels en is dus bevestigd', () => {
    const i = wet(items, 'jaarrekening_naar_toezichthouder');
    assert.equal(i.datum, '2022-07-14');
    assert.equal(i.status, 'bevestigd');
    assert.equal(
      items.every((x) => x.status === 'bevestigd'),
      true,
    );
  });
});

describe('Begrotingsjaar 2022: de hele begrotingscyclus liep in 2021, onder de oude regels', () => {
  it('niets is open: vóór 15 april 2021, acht weken, vóór 1 augustus 2021', () => {
    const items = cyclus({ begrotingsjaar: 2022, vergaderingen: [ab('2021-07-01')] });
    assert.equal(wet(items, 'kaders_voorlopige_jaarrekening').datum, '2021-04-14');
    assert.equal(wet(items, 'ontwerpbegroting_naar_raden').datum, '2021-05-06');
    assert.equal(wet(items, 'begroting_naar_toezichthouder').datum, '2021-07-15');
    assert.deepEqual(new Set(items.map((i) => i.status)), new Set(['bevestigd', 'onbekend']));
    assert.equal(
      items.some((i) => codes(i).includes('overgangsrecht_open')),
      false,
    );
  });
});

describe('Begrotingsjaar 2023: de cyclus van 2022 rond de inwerkingtreding op 1 juli 2022', () => {
  const items = cyclus({ begrotingsjaar: 2023, vergaderingen: [ab('2022-07-07')] });
  const overgang = (i: CyclusItem) => i.waarschuwingen.find((x) => x.code === 'overgangsrecht_open');

  it('kaders: op 29 april 2022 gold nog "vóór 15 april"; overgangsrecht (art. V) is open', () => {
    const i = wet(items, 'kaders_voorlopige_jaarrekening');
    assert.equal(i.datum, '2022-04-14');
    assert.equal(i.regime, 'voor_2022');
    assert.equal(i.status, 'open');
    assert.deepEqual(overgang(i), {
      code: 'overgangsrecht_open',
      artikel: 'Stb. 2022, 18 art. V',
      data: { regimeAlternatief: 'vanaf_2022', datumAlternatief: '2022-04-29' },
    });
  });

  it('ontwerpbegroting: twaalf weken terug valt vóór 1 juli, dus acht weken: 12 mei 2022, open', () => {
    const i = wet(items, 'ontwerpbegroting_naar_raden');
    assert.equal(i.datum, '2022-05-12');
    assert.equal(i.regime, 'voor_2022');
    assert.equal(i.status, 'open');
    assert.deepEqual(overgang(i)?.data, { regimeAlternatief: 'vanaf_2022', datumAlternatief: '2022-04-14' });
    assert.equal(wet(items, 'zienswijzen_raden').status, 'open');
  });

  it('reactie op zienswijzen: de plicht geldt bij vaststelling na 1 juli, maar is open', () => {
    const i = wet(items, 'reactie_op_zienswijzen');
    assert.equal(i.regime, 'vanaf_2022');
    assert.equal(i.status, 'open');
    assert.deepEqual(overgang(i)?.data, { regimeAlternatief: 'voor_2022', geenPlichtAlternatief: true });
  });

  it('vaststelling en toezending binnen twee weken (21 juli) uitkomen onder beide regels gelijk: bevestigd', () => {
    assert.equal(wet(items, 'vaststelling_begroting').status, 'bevestigd');
    const i = wet(items, 'begroting_naar_toezichthouder');
    assert.equal(i.datum, '2022-07-21');
    assert.equal(i.status, 'bevestigd');
  });

  it('vaststelling op 28 juli 2022: twee weken (11 augustus) of vóór 1 augustus (31 juli) hangt af van het overgangsrecht', () => {
    const i = wet(
      cyclus({ begrotingsjaar: 2023, vergaderingen: [ab('2022-07-28')] }),
      'begroting_naar_toezichthouder',
    );
    assert.equal(i.datum, '2022-08-11');
    assert.equal(i.regime, 'vanaf_2022');
    assert.equal(i.status, 'open');
    assert.deepEqual(overgang(i)?.data, { regimeAlternatief: 'voor_2022', datumAlternatief: '2022-07-31' });
  });
});

describe('De geplande verzenddatum laat de raden minder dan de wettelijke termijn', () => {
  it('verzending op 23 april voor de vergadering van 2 juli 2026 geeft de raden 70 in plaats van 84 dagen', () => {
    const items = cyclus({
      begrotingsjaar: 2027,
      vergaderingen: [ab('2026-07-02', { verzendDatum: '2026-04-23' })],
    });
    const i = wet(items, 'ontwerpbegroting_naar_raden');
    assert.equal(i.datum, '2026-04-09');
    assert.deepEqual(i.waarschuwingen, [
      {
        code: 'minder_dan_wettelijke_termijn',
        artikel: 'Wgr art. 35 lid 1',
        data: {
          verzendDatum: '2026-04-23',
          uiterlijk: '2026-04-09',
          vergadering: '2026-07-02',
          dagen: 70,
          wettelijkeDagen: 84,
          tekortDagen: 14,
        },
      },
    ]);
    assert.deepEqual(wet(items, 'zienswijzen_raden').data, {
      vanaf: '2026-04-23',
      totEnMet: '2026-07-01',
      dagen: 70,
    });
  });

  it('verzending op 8 april is op tijd: geen waarschuwing', () => {
    const items = cyclus({
      begrotingsjaar: 2027,
      vergaderingen: [ab('2026-07-02', { verzendDatum: '2026-04-08' })],
    });
    assert.deepEqual(wet(items, 'ontwerpbegroting_naar_raden').waarschuwingen, []);
  });
});

describe('Vaststelling na 1 september: twee weken lopen voorbij 14 september', () => {
  it('vergadering op 3 september 2026: twee weken is 17 september, dus geldt maandag 14 september, met waarschuwing (art. 34 lid 2)', () => {
    const items = cyclus({ begrotingsjaar: 2027, vergaderingen: [ab('2026-09-03')] });
    const i = wet(items, 'begroting_naar_toezichthouder');
    assert.equal(i.datum, '2026-09-14');
    assert.equal(i.status, 'bevestigd');
    assert.deepEqual(i.data, {
      binnenTweeWeken: '2026-09-17',
      vasteDatum: '2026-09-14',
      maatgevend: 'vaste_datum',
    });
    assert.deepEqual(i.waarschuwingen, [
      {
        code: 'vaststelling_te_laat_voor_toezicht',
        artikel: 'Wgr art. 34 lid 2',
        data: {
          vergaderingId: 'ab-2026-09-03',
          vergadering: '2026-09-03',
          binnenTweeWeken: '2026-09-17',
          vasteDatum: '2026-09-14',
        },
      },
    ]);
    assert.equal(wet(items, 'ontwerpbegroting_naar_raden').datum, '2026-06-11');
  });
});

describe('Jaarrekening van begrotingsjaar 2026, vastgesteld in 2027 (art. 34 lid 3–4)', () => {
  it('vaststelling op 24 juni 2027: naar GS uiterlijk donderdag 8 juli 2027', () => {
    const items = cyclus({ begrotingsjaar: 2026, vergaderingen: [jr('2027-06-24')] });
    assert.equal(wet(items, 'vaststelling_jaarrekening').datum, '2027-06-24');
    const i = wet(items, 'jaarrekening_naar_toezichthouder');
    assert.equal(i.datum, '2027-07-08');
    assert.equal(i.ontvanger, 'gedeputeerde_staten');
    assert.equal(i.artikel, 'Wgr art. 34 lid 4');
    assert.equal(i.vergaderingId, 'jr-2027-06-24');
  });

  it('vaststelling op 1 juli 2027: twee weken (15 juli) is te laat, vóór 15 juli geldt: woensdag 14 juli 2027', () => {
    const i = wet(
      cyclus({ begrotingsjaar: 2026, vergaderingen: [jr('2027-07-01')] }),
      'jaarrekening_naar_toezichthouder',
    );
    assert.equal(i.datum, '2027-07-14');
    assert.deepEqual(codes(i), ['vaststelling_te_laat_voor_toezicht']);
    assert.equal(i.waarschuwingen[0]?.artikel, 'Wgr art. 34 lid 4');
  });

  it('een jaarrekeningvergadering in een ander jaar dan 2027 telt niet mee', () => {
    const items = cyclus({ begrotingsjaar: 2026, vergaderingen: [jr('2026-06-25')] });
    assert.equal(wet(items, 'vaststelling_jaarrekening').status, 'onbekend');
  });
});

describe('Geen vergadering gepland', () => {
  const items = cyclus({ begrotingsjaar: 2027 });

  it('de stappen die van de vergadering afhangen hebben geen datum en status onbekend', () => {
    for (const stap of [
      'ontwerpbegroting_naar_raden',
      'zienswijzen_raden',
      'reactie_op_zienswijzen',
      'vaststelling_begroting',
      'vaststelling_jaarrekening',
    ] as const) {
      const i = wet(items, stap);
      assert.equal(i.datum, null, stap);
      assert.equal(i.status, 'onbekend', stap);
      assert.deepEqual(codes(i), ['geen_vergadering_gepland'], stap);
    }
  });

  it('de begroting moet hoe dan ook vóór 15 september bij GS zijn; de tweewekenregel is niet te berekenen', () => {
    const i = wet(items, 'begroting_naar_toezichthouder');
    assert.equal(i.datum, '2026-09-14');
    assert.equal(i.status, 'onbekend');
    assert.deepEqual(i.waarschuwingen[0], {
      code: 'geen_vergadering_gepland',
      artikel: 'Wgr art. 34 lid 1',
      data: { stuk: 'begroting', regel: 'binnen_twee_weken' },
    });
  });

  it('de kaders staan vast en zijn bevestigd; items zonder datum staan achteraan in wettelijke volgorde', () => {
    assert.equal(wet(items, 'kaders_voorlopige_jaarrekening').status, 'bevestigd');
    assert.deepEqual(
      items.map((i) => i.stap),
      [
        'kaders_voorlopige_jaarrekening',
        'begroting_naar_toezichthouder',
        'jaarrekening_naar_toezichthouder',
        'ontwerpbegroting_naar_raden',
        'zienswijzen_raden',
        'reactie_op_zienswijzen',
        'vaststelling_begroting',
        'vaststelling_jaarrekening',
      ],
    );
  });
});

describe('Welke vergadering stelt de begroting vast', () => {
  it('bij twee vergaderingen met de begroting in 2026 telt de laatste, met een waarschuwing', () => {
    const items = cyclus({ begrotingsjaar: 2027, vergaderingen: [ab('2026-10-01'), ab('2026-07-02')] });
    const i = wet(items, 'vaststelling_begroting');
    assert.equal(i.datum, '2026-10-01');
    assert.deepEqual(i.waarschuwingen, [
      {
        code: 'meerdere_vergaderingen',
        artikel: 'Wgr art. 34 lid 1',
        data: { vergaderingIds: ['ab-2026-10-01', 'ab-2026-07-02'], gekozen: 'ab-2026-10-01' },
      },
    ]);
  });

  it('een vergadering in 2027 stelt normaal de begroting 2028 vast en telt niet mee voor 2027', () => {
    const items = cyclus({ begrotingsjaar: 2027, vergaderingen: [ab('2027-07-01')] });
    assert.equal(wet(items, 'vaststelling_begroting').datum, null);
  });

  it('wie de vergadering uitdrukkelijk aan begrotingsjaar 2027 koppelt, krijgt een waarschuwing dat 2027 te laat is (art. 34 lid 1)', () => {
    const items = cyclus({
      begrotingsjaar: 2027,
      vergaderingen: [ab('2027-01-14', { begrotingsjaar: 2027 })],
    });
    const i = wet(items, 'vaststelling_begroting');
    assert.equal(i.datum, '2027-01-14');
    assert.deepEqual(i.waarschuwingen, [
      {
        code: 'vaststelling_niet_in_jaar_voor_begrotingsjaar',
        artikel: 'Wgr art. 34 lid 1',
        data: { vergaderingId: 'ab-2027-01-14', datum: '2027-01-14', jaar: 2026 },
      },
    ]);
    assert.equal(wet(items, 'begroting_naar_toezichthouder').datum, '2026-09-14');
  });
});

describe('Eigen afspraken van de regeling naast de wettelijke termijnen', () => {
  it('"kaderbrief uiterlijk 1 februari": zondag 1 februari 2026, niet verschoven, met waarschuwing', () => {
    const items = cyclus({
      begrotingsjaar: 2027,
      eigenAfspraken: [
        { stap: 'kaders_voorlopige_jaarrekening', uiterlijk: '02-01', omschrijving: 'Kaderbrief' },
      ],
    });
    const i = regeling(items, 'kaders_voorlopige_jaarrekening');
    assert.equal(i.datum, '2026-02-01');
    assert.equal(i.artikel, 'eigen afspraak in de regeling');
    assert.equal(i.omschrijving, 'Kaderbrief');
    assert.equal(i.status, 'open');
    assert.deepEqual(codes(i), ['eindigt_op_niet_werkdag', 'vaste_datum_atw_open']);
    assert.equal(i.berekening?.verschoven, false);
    assert.deepEqual(
      items.slice(0, 2).map((x) => [x.bron, x.datum]),
      [
        ['regeling', '2026-02-01'],
        ['wet', '2026-04-29'],
      ],
    );
  });

  it('in 2027 valt 1 februari op maandag: bevestigd, en eerder dan de wet', () => {
    const items = cyclus({
      begrotingsjaar: 2028,
      eigenAfspraken: [{ stap: 'kaders_voorlopige_jaarrekening', uiterlijk: '02-01' }],
    });
    const i = regeling(items, 'kaders_voorlopige_jaarrekening');
    assert.equal(i.datum, '2027-02-01');
    assert.equal(i.status, 'bevestigd');
    assert.deepEqual(i.waarschuwingen, []);
  });

  it('ontwerpbegroting tien weken vóór de vergadering ligt later dan de wet (twaalf weken): waarschuwing', () => {
    const items = cyclus({
      begrotingsjaar: 2027,
      vergaderingen: [ab('2026-07-02')],
      eigenAfspraken: [{ stap: 'ontwerpbegroting_naar_raden', wekenVoorVergadering: 10 }],
    });
    const i = regeling(items, 'ontwerpbegroting_naar_raden');
    assert.equal(i.datum, '2026-04-23');
    assert.equal(i.vergaderingId, 'ab-2026-07-02');
    assert.deepEqual(i.waarschuwingen, [
      {
        code: 'afspraak_later_dan_wet',
        artikel: 'Wgr art. 35 lid 1',
        data: { afspraak: '2026-04-23', wet: '2026-04-09', dagen: 14 },
      },
    ]);
  });

  it('op dezelfde dag als de wet staat de afspraak direct na het wettelijke item', () => {
    const items = cyclus({
      begrotingsjaar: 2027,
      vergaderingen: [ab('2026-07-02')],
      eigenAfspraken: [{ stap: 'ontwerpbegroting_naar_raden', wekenVoorVergadering: 12 }],
    });
    assert.deepEqual(
      items.slice(0, 2).map((x) => [x.stap, x.bron, x.datum]),
      [
        ['ontwerpbegroting_naar_raden', 'wet', '2026-04-09'],
        ['ontwerpbegroting_naar_raden', 'regeling', '2026-04-09'],
      ],
    );
  });

  it('zonder vergadering, zonder datum, of op 29 februari in een gewoon jaar', () => {
    const items = cyclus({
      begrotingsjaar: 2027,
      eigenAfspraken: [
        { stap: 'zienswijzen_raden', wekenVoorVergadering: 2 },
        { stap: 'reactie_op_zienswijzen', omschrijving: 'vóór de vergadering' },
        { stap: 'jaarrekening_naar_toezichthouder', uiterlijk: '02-29' },
      ],
    });
    const a = regeling(items, 'zienswijzen_raden');
    assert.equal(a.datum, null);
    assert.equal(a.status, 'onbekend');
    assert.deepEqual(codes(a), ['geen_vergadering_gepland']);
    assert.deepEqual(codes(regeling(items, 'reactie_op_zienswijzen')), ['afspraak_zonder_datum']);
    const c = regeling(items, 'jaarrekening_naar_toezichthouder');
    assert.equal(c.datum, '2028-02-29');
    const d = regeling(
      cyclus({
        begrotingsjaar: 2026,
        eigenAfspraken: [{ stap: 'kaders_voorlopige_jaarrekening', uiterlijk: '02-29' }],
      }),
      'kaders_voorlopige_jaarrekening',
    );
    assert.equal(d.datum, '2025-02-28');
    assert.deepEqual(codes(d), ['afspraak_datum_bestaat_niet']);
  });
});

describe('Een vaste datum op een zaterdag wordt niet verschoven', () => {
  it('begrotingsjaar 2029: vóór 30 april 2028 betekent uiterlijk zaterdag 29 april 2028; waarschuwing, status open', () => {
    const i = wet(cyclus({ begrotingsjaar: 2029 }), 'kaders_voorlopige_jaarrekening');
    assert.equal(i.datum, '2028-04-29');
    assert.equal(i.berekening?.verschoven, false);
    assert.equal(i.status, 'open');
    assert.deepEqual(codes(i), ['eindigt_op_niet_werkdag', 'vaste_datum_atw_open']);
    assert.deepEqual(i.waarschuwingen[1]?.data, { eerstvolgendeWerkdag: '2028-05-01' });
  });
});

describe('Vorm van de regeling', () => {
  it('centrumgemeente en regeling zonder meer hebben geen eigen begroting: geen P&C-termijnen', () => {
    assert.deepEqual(
      cyclus({ begrotingsjaar: 2027, vorm: 'centrumgemeente', vergaderingen: [ab('2026-07-02')] }),
      [],
    );
    assert.deepEqual(cyclus({ begrotingsjaar: 2027, vorm: 'regeling_zonder_meer' }), []);
  });

  it('bedrijfsvoeringsorganisatie: twaalf weken vóór vaststelling door het bestuur zelf', () => {
    const items = cyclus({
      begrotingsjaar: 2027,
      vorm: 'bedrijfsvoeringsorganisatie',
      vergaderingen: [ab('2026-07-02')],
    });
    const i = wet(items, 'ontwerpbegroting_naar_raden');
    assert.equal(i.datum, '2026-04-09');
    assert.equal(i.ontvanger, 'raden');
    assert.deepEqual(i.data, { moment: 'vaststelling_door_bestuur' });
    assert.equal(wet(items, 'vaststelling_begroting').ontvanger, 'bestuur');
    assert.equal(wet(items, 'zienswijzen_raden').ontvanger, 'bestuur');
  });

  it('gemeenschappelijk orgaan: dezelfde termijnen', () => {
    const items = cyclus({
      begrotingsjaar: 2027,
      vorm: 'gemeenschappelijk_orgaan',
      vergaderingen: [ab('2026-07-02')],
    });
    assert.equal(items.length, 8);
  });
});

describe('Ongeldige invoer', () => {
  it('een onmogelijke datum, onbekend stuk of onbekende stap geeft een RangeError', () => {
    assert.throws(() => cyclus({ begrotingsjaar: 2027, vergaderingen: [ab('2026-02-30')] }), RangeError);
    assert.throws(
      () =>
        cyclus({
          begrotingsjaar: 2027,
          vergaderingen: [{ id: 'x', datum: '2026-07-02', stukken: ['notulen' as never] }],
        }),
      RangeError,
    );
    assert.throws(
      () => cyclus({ begrotingsjaar: 2027, eigenAfspraken: [{ stap: 'x' as never }] }),
      RangeError,
    );
    assert.throws(
      () =>
        cyclus({ begrotingsjaar: 2027, eigenAfspraken: [{ stap: 'zienswijzen_raden', uiterlijk: '13-01' }] }),
      RangeError,
    );
    assert.throws(
      () =>
        cyclus({
          begrotingsjaar: 2027,
          eigenAfspraken: [{ stap: 'zienswijzen_raden', wekenVoorVergadering: 0 }],
        }),
      RangeError,
    );
    assert.throws(() => cyclus({ begrotingsjaar: 2027.5 }), RangeError);
  });
});

describe('Snelheid', () => {
  it('1.200 jaarkalenders met verschillende vergaderdata zijn snel; berekeningen worden per kalender hergebruikt', () => {
    const k = maakKalender();
    const dag = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 864e5).toISOString().slice(0, 10);
    const invoer = (i: number): CyclusInput => ({
      begrotingsjaar: 2027,
      vorm: 'openbaar_lichaam',
      provincieNeemtDeel: i % 10 === 0,
      kalender: k,
      vergaderingen: [
        ab(dag(120 + ((i * 7) % 200)), { verzendDatum: dag(60 + (i % 50)) }),
        jr(dag(485 + ((i * 3) % 100))),
      ],
      eigenAfspraken: i % 3 === 0 ? [{ stap: 'kaders_voorlopige_jaarrekening', uiterlijk: '02-01' }] : [],
    });
    const start = performance.now();
    for (let i = 0; i < 1200; i++) begrotingscyclus(invoer(i));
    const duur = performance.now() - start;
    assert.ok(duur < 2000, `1.200 kalenders duurden ${duur.toFixed(0)} ms`);
    const a = wet(begrotingscyclus(invoer(1)), 'begroting_naar_toezichthouder');
    const b = wet(begrotingscyclus(invoer(1)), 'begroting_naar_toezichthouder');
    assert.equal(a.berekening, b.berekening);
    assert.equal(Object.isFrozen(a.berekening), true);
  });
});
