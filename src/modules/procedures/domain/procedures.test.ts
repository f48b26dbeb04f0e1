import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { STANDAARD_KALENDER, berekenTermijn, parseDuur } from '../../../kalender';
import {
  besluit,
  dagenTot,
  naVerzoekActie,
  rondReactieAf,
  sluitAf,
  trekIn,
  verzend,
  verzoekStap,
  reactieStap,
  type VerzoekStand,
} from './levenscyclus';
import { procedureSoorten, regelsVoor, soortPastBijVorm, verzoekVoorDeelnemer } from './soorten';
import { verzoekTermijn } from './termijn';

const kalender = STANDAARD_KALENDER;
const begroting = regelsVoor('ontwerpbegroting', '2026-04-01');
const wijziging = regelsVoor('wijziging_regeling', '2026-04-01');

const stand = (o: Partial<VerzoekStand> = {}): VerzoekStand => ({
  organisatie: 'Polderdam',
  vraag: 'zienswijze',
  status: 'open',
  uiterlijk: '2026-06-25',
  heeftZienswijze: false,
  heeftReactieBestuur: false,
  toestemming: null,
  ...o,
});

describe('soorten procedures en hun regels', () => {
  test('elke soort kent artikel, afzender, reactievorm en termijnregel', () => {
    for (const soort of procedureSoorten) {
      const r = regelsVoor(soort, '2026-01-01');
      assert.match(r.artikel, /^Wgr art\. /, soort);
      assert.ok(['bestuur', 'college'].includes(r.afzender));
    }
  });

  test('ontwerpbegroting: 12 weken vanaf 1 juli 2022, daarvóór 8 weken; reactie bestuur pas sinds 2022 (art. 35 lid 1, 4)', () => {
    assert.deepEqual(regelsVoor('ontwerpbegroting', '2026-04-01').termijn, {
      soort: 'tot_aanbieding',
      minimum: 'P12W',
      artikel: 'Wgr art. 35 lid 1',
    });
    assert.equal(regelsVoor('ontwerpbegroting', '2022-06-30').termijn.soort, 'tot_aanbieding');
    assert.equal(
      (regelsVoor('ontwerpbegroting', '2022-06-30').termijn as { minimum: string }).minimum,
      'P8W',
    );
    assert.equal(regelsVoor('ontwerpbegroting', '2022-06-30').reactieBestuur, null);
    assert.equal(regelsVoor('ontwerpbegroting', '2022-07-01').reactieBestuur?.artikel, 'Wgr art. 35 lid 4');
  });

  test('begrotingswijziging in een vrijgestelde categorie: alleen ter kennisname (art. 35 lid 6)', () => {
    assert.equal(regelsVoor('begrotingswijziging', '2026-01-01').reactievorm, 'zienswijze');
    const vrij = regelsVoor('begrotingswijziging', '2026-01-01', { vrijgesteldeCategorie: true });
    assert.equal(vrij.reactievorm, 'kennisname');
    assert.equal(vrij.termijn.soort, 'geen');
  });

  test('begrotingswijzigingen: art. 35 lid 5 vóór 1 juli 2022, lid 6 daarna (vernummering)', () => {
    assert.equal(regelsVoor('begrotingswijziging', '2022-06-30').artikel, 'Wgr art. 35 lid 5');
    assert.equal(regelsVoor('begrotingswijziging', '2022-07-01').artikel, 'Wgr art. 35 lid 6');
  });

  test('opheffing staat niet in art. 1 lid 5: de ontwerpprocedure geldt naar analogie en staat als onbevestigd', () => {
    const r = regelsVoor('opheffing', '2026-01-01');
    assert.match(r.artikel, /art\. 9 lid 1/);
    assert.equal(
      verzoekVoorDeelnemer(r, { organisatieSoort: 'gemeente', organen: ['college'] })?.status,
      'onbevestigd',
    );
  });

  test('kaders en jaarrekening zijn ter kennisname, zonder besluit van de raden (art. 34b, 34)', () => {
    for (const soort of ['kaders', 'jaarrekening'] as const) {
      const r = regelsVoor(soort, '2026-01-01');
      assert.equal(r.reactievorm, 'kennisname');
      assert.equal(r.eindigtInBesluit, false);
    }
  });

  test('art. 31a en art. 25 vragen wensen en bedenkingen, zonder wettelijke termijn', () => {
    assert.equal(regelsVoor('deelneming_rechtspersoon', '2026-01-01').reactievorm, 'wensen_en_bedenkingen');
    assert.equal(regelsVoor('bestuurscommissie', '2026-01-01').termijn.soort, 'vrij');
  });

  test('een begroting bestaat niet bij een centrumgemeente; een bestuurscommissie alleen bij een openbaar lichaam', () => {
    assert.equal(soortPastBijVorm(begroting, 'centrumgemeente').past, false);
    assert.equal(soortPastBijVorm(begroting, 'bedrijfsvoeringsorganisatie').past, true);
    assert.equal(
      soortPastBijVorm(regelsVoor('bestuurscommissie', '2026-01-01'), 'gemeenschappelijk_orgaan').past,
      false,
    );
    assert.equal(soortPastBijVorm(wijziging, 'regeling_zonder_meer').past, true);
  });
});

describe('verzoek per deelnemer', () => {
  test('ontwerpbegroting: de raad van elke deelnemende gemeente, Provinciale Staten van een provincie', () => {
    assert.deepEqual(
      verzoekVoorDeelnemer(begroting, { organisatieSoort: 'gemeente', organen: ['college'] }),
      {
        aan: 'raad',
        vraag: 'zienswijze',
        status: 'bevestigd',
        artikel: 'Wgr art. 35 lid 1 en 3',
      },
    );
    assert.equal(
      verzoekVoorDeelnemer(begroting, { organisatieSoort: 'provincie', organen: ['gedeputeerde_staten'] })
        ?.aan,
      'provinciale_staten',
    );
  });

  test('wijziging van een collegeregeling: zienswijze binnen 8 weken en toestemming van de raad (art. 1 lid 2–4)', () => {
    const v = verzoekVoorDeelnemer(wijziging, { organisatieSoort: 'gemeente', organen: ['college'] });
    assert.equal(v?.vraag, 'zienswijze_en_toestemming');
    assert.equal(v?.artikel, 'Wgr art. 1 lid 2–5');
  });

  test('is de raad zelf partij, dan besluit hij zelf: geen ontwerpprocedure (art. 1 lid 2, tweede zin)', () => {
    assert.equal(
      verzoekVoorDeelnemer(wijziging, { organisatieSoort: 'gemeente', organen: ['raad', 'college'] })?.vraag,
      'eigen_besluit',
    );
  });

  test('een provincie krijgt art. 40; een waterschap staat als onbevestigd; het Rijk krijgt geen verzoek', () => {
    assert.equal(
      verzoekVoorDeelnemer(wijziging, { organisatieSoort: 'provincie', organen: ['gedeputeerde_staten'] })
        ?.artikel,
      'Wgr art. 40 lid 2–5',
    );
    assert.equal(
      verzoekVoorDeelnemer(begroting, { organisatieSoort: 'waterschap', organen: ['waterschap_db'] })?.status,
      'onbevestigd',
    );
    assert.equal(verzoekVoorDeelnemer(begroting, { organisatieSoort: 'rijk', organen: ['bestuur'] }), null);
  });
});

describe('termijn per verzoek (via de Algemene termijnenwet)', () => {
  test('art. 1 lid 3: 8 weken na ontvangst, gelijk aan de termijn-API', () => {
    const t = verzoekTermijn(wijziging, { verzondenOp: '2026-04-30', kalender });
    assert.ok(!('fout' in t));
    const api = berekenTermijn({
      start: '2026-04-30',
      duur: parseDuur('P8W')!,
      richting: 'vooruit',
      grondslag: 'wet',
      kalender,
    });
    assert.equal(t.uiterlijk, api.einddatum);
    assert.equal(t.uiterlijk, '2026-06-25');
  });

  test('een latere ontvangst verschuift de termijn van die deelnemer', () => {
    const t = verzoekTermijn(wijziging, { verzondenOp: '2026-04-30', ontvangenOp: '2026-05-04', kalender });
    assert.ok(!('fout' in t));
    assert.equal(t.uiterlijk, '2026-06-29');
  });

  test('ontwerpbegroting: minstens 12 weken; te laat verzonden voor de AB-vergadering geeft een waarschuwing', () => {
    const t = verzoekTermijn(begroting, { verzondenOp: '2026-04-01', besluitdatum: '2026-06-24', kalender });
    assert.ok(!('fout' in t));
    assert.equal(t.uiterlijk, '2026-06-24');
    assert.deepEqual(t.waarschuwingen, []);
    const laat = verzoekTermijn(begroting, {
      verzondenOp: '2026-04-02',
      besluitdatum: '2026-06-24',
      kalender,
    });
    assert.ok(!('fout' in laat));
    assert.deepEqual(laat.waarschuwingen, [
      { code: 'te_laat_verzonden', artikel: 'Wgr art. 35 lid 1', laatsteVerzenddatum: '2026-04-01' },
    ]);
  });

  test('een afgesproken reactiedatum telt, met een waarschuwing als die korter is dan de wet', () => {
    const t = verzoekTermijn(begroting, {
      verzondenOp: '2026-04-01',
      afgesprokenUiterlijk: '2026-06-01',
      kalender,
    });
    assert.ok(!('fout' in t));
    assert.equal(t.uiterlijk, '2026-06-01');
    assert.equal(t.grondslag, 'afspraak');
    assert.equal(t.waarschuwingen[0]?.code, 'afspraak_korter_dan_wet');
  });

  test('art. 10 lid 5: de regeling bepaalt de termijn; zonder termijn kan niet worden verzonden', () => {
    const r = regelsVoor('aangewezen_besluit', '2026-01-01');
    assert.deepEqual(verzoekTermijn(r, { verzondenOp: '2026-04-30', kalender }), { fout: 'duur_ontbreekt' });
    const t = verzoekTermijn(r, { verzondenOp: '2026-05-01', duur: 'P6W', kalender });
    assert.ok(!('fout' in t));
    // 6 weeks after 1 May 2026 is Friday 12 June: a working day, no extension either way.
    assert.equal(t.uiterlijk, '2026-06-12');
    assert.equal(t.grondslag, 'regeling');
  });

  test('ter kennisname: geen termijn', () => {
    const t = verzoekTermijn(regelsVoor('kaders', '2026-01-01'), { verzondenOp: '2026-04-01', kalender });
    assert.deepEqual(t, { uiterlijk: null, berekening: null, grondslag: 'geen', waarschuwingen: [] });
  });
});

describe('levensloop van een procedure', () => {
  test('een concept zonder stukken kan niet worden verzonden; met stukken wel', () => {
    const zonder = verzend('concept', begroting, { aantalDocumenten: 0, aantalVerzoeken: 3 });
    assert.equal(!zonder.ok && zonder.weigering.code, 'document_ontbreekt');
    assert.deepEqual(verzend('concept', begroting, { aantalDocumenten: 1, aantalVerzoeken: 3 }), {
      ok: true,
      status: 'verzonden',
    });
    const tweeKeer = verzend('verzonden', begroting, { aantalDocumenten: 1, aantalVerzoeken: 3 });
    assert.equal(!tweeKeer.ok && tweeKeer.weigering.code, 'niet_in_concept');
  });

  test('de eerste handeling van een raad zet de procedure in behandeling', () => {
    assert.equal(naVerzoekActie('verzonden'), 'in_behandeling');
    assert.equal(naVerzoekActie('reactie_bestuur'), 'reactie_bestuur');
  });

  test('besluiten kan pas als het bestuur op elke zienswijze heeft gereageerd (art. 35 lid 4)', () => {
    const verzoeken = [
      stand({ organisatie: 'Polderdam', status: 'verzonden', heeftZienswijze: true }),
      stand({ organisatie: 'Dijkhuizen', status: 'geen_zienswijze' }),
    ];
    const r = besluit('in_behandeling', begroting, verzoeken, '2026-07-01', '2026-04-01');
    assert.equal(!r.ok && r.weigering.code, 'reactie_ontbreekt');
    assert.deepEqual(!r.ok && r.weigering.data, { organisaties: ['Polderdam'] });
    const af = rondReactieAf('in_behandeling', begroting, verzoeken);
    assert.equal(!af.ok && af.weigering.code, 'reactie_ontbreekt');
    verzoeken[0]!.heeftReactieBestuur = true;
    assert.deepEqual(rondReactieAf('in_behandeling', begroting, verzoeken), {
      ok: true,
      status: 'reactie_bestuur',
    });
    assert.deepEqual(besluit('reactie_bestuur', begroting, verzoeken, '2026-07-01', '2026-04-01'), {
      ok: true,
      status: 'besloten',
    });
  });

  test('niet besluiten terwijl een raad die nog niet reageerde nog tijd heeft', () => {
    const verzoeken = [stand({ organisatie: 'Polderdam', status: 'geagendeerd', uiterlijk: '2026-06-25' })];
    const vroeg = besluit('in_behandeling', begroting, verzoeken, '2026-06-25', '2026-04-01');
    assert.equal(!vroeg.ok && vroeg.weigering.code, 'termijn_loopt_nog');
    assert.equal(besluit('in_behandeling', begroting, verzoeken, '2026-06-26', '2026-04-01').ok, true);
  });

  test('art. 1 lid 4: zonder toestemming van elke raad geen besluit', () => {
    const verzoeken = [
      stand({
        vraag: 'zienswijze_en_toestemming',
        status: 'verzonden',
        heeftZienswijze: true,
        toestemming: 'verleend',
      }),
      stand({
        organisatie: 'Dijkhuizen',
        vraag: 'zienswijze_en_toestemming',
        status: 'geen_zienswijze',
        toestemming: 'geweigerd',
      }),
    ];
    const r = besluit('in_behandeling', wijziging, verzoeken, '2026-07-01', '2026-04-30');
    assert.equal(!r.ok && r.weigering.code, 'toestemming_ontbreekt');
    assert.deepEqual(!r.ok && r.weigering.data, { organisaties: ['Dijkhuizen'] });
  });

  test('stukken ter kennisname worden afgesloten, niet besloten', () => {
    const kaders = regelsVoor('kaders', '2026-01-01');
    const r = besluit('verzonden', kaders, [], '2026-05-01', '2026-04-01');
    assert.equal(!r.ok && r.weigering.code, 'geen_besluit_bij_soort');
    assert.deepEqual(sluitAf('verzonden', kaders), { ok: true, status: 'afgesloten' });
    const open = sluitAf('in_behandeling', begroting);
    assert.equal(!open.ok && open.weigering.code, 'niet_besloten');
    assert.deepEqual(sluitAf('besloten', begroting), { ok: true, status: 'afgesloten' });
  });

  test('intrekken kan tot het besluit', () => {
    assert.deepEqual(trekIn('concept'), { ok: true, status: 'ingetrokken' });
    assert.deepEqual(trekIn('in_behandeling'), { ok: true, status: 'ingetrokken' });
    const r = trekIn('besloten');
    assert.equal(!r.ok && r.weigering.code, 'procedure_al_beeindigd');
  });
});

describe('het verzoek van één deelnemer', () => {
  test('stappen mogen worden overgeslagen, niet teruggezet', () => {
    const v = stand({ status: 'ontvangen' });
    assert.deepEqual(
      verzoekStap('verzonden', v, { soort: 'raadsbesluit', datum: '2026-06-10' }, '2026-04-30'),
      {
        ok: true,
        status: 'besloten',
        teLaat: false,
      },
    );
    const terug = verzoekStap(
      'in_behandeling',
      stand({ status: 'besloten' }),
      { soort: 'ontvangen', datum: '2026-05-01' },
      '2026-04-30',
    );
    assert.equal(!terug.ok && terug.weigering.code, 'stap_terug');
    // The same step again corrects its dates.
    assert.equal(
      verzoekStap(
        'in_behandeling',
        stand({ status: 'geagendeerd' }),
        { soort: 'agenderen', commissieDatum: null, raadsDatum: '2026-06-18' },
        '2026-04-30',
      ).ok,
      true,
    );
  });

  test('een zienswijze na de termijn wordt vastgelegd en gemarkeerd als te laat', () => {
    const r = verzoekStap(
      'in_behandeling',
      stand(),
      { soort: 'zienswijze', datum: '2026-06-26', strekking: 'bezwaar' },
      '2026-04-30',
    );
    assert.deepEqual(r, { ok: true, status: 'verzonden', teLaat: true });
  });

  test('na verzending is het verzoek afgerond; na het besluit van het bestuur kan een raad niets meer vastleggen', () => {
    const af = verzoekStap(
      'in_behandeling',
      stand({ status: 'verzonden' }),
      { soort: 'geen_zienswijze', datum: '2026-06-01' },
      '2026-04-30',
    );
    assert.equal(!af.ok && af.weigering.code, 'al_afgerond');
    const dicht = verzoekStap('besloten', stand(), { soort: 'ontvangen', datum: '2026-06-01' }, '2026-04-30');
    assert.equal(!dicht.ok && dicht.weigering.code, 'procedure_niet_open');
  });

  test('ter kennisname of bij een eigen besluit wordt geen zienswijze gevraagd', () => {
    const r = verzoekStap(
      'verzonden',
      stand({ vraag: 'kennisname' }),
      { soort: 'zienswijze', datum: '2026-05-01', strekking: 'instemmend' },
      '2026-04-30',
    );
    assert.equal(!r.ok && r.weigering.code, 'geen_zienswijze_gevraagd');
  });

  test('toestemming pas na de zienswijze; weigeren alleen met een grond uit art. 1 lid 4', () => {
    const v = stand({ vraag: 'zienswijze_en_toestemming', status: 'besloten' });
    const vroeg = verzoekStap(
      'in_behandeling',
      v,
      { soort: 'toestemming', besluit: 'verleend', grond: null },
      '2026-04-30',
    );
    assert.equal(!vroeg.ok && vroeg.weigering.code, 'toestemming_voor_zienswijze');
    const klaar = { ...v, status: 'verzonden' as const };
    const zonderGrond = verzoekStap(
      'in_behandeling',
      klaar,
      { soort: 'toestemming', besluit: 'geweigerd', grond: null },
      '2026-04-30',
    );
    assert.equal(!zonderGrond.ok && zonderGrond.weigering.code, 'weigeringsgrond_ontbreekt');
    assert.equal(
      verzoekStap(
        'in_behandeling',
        klaar,
        { soort: 'toestemming', besluit: 'geweigerd', grond: 'strijd_met_algemeen_belang' },
        '2026-04-30',
      ).ok,
      true,
    );
  });

  test('een datum vóór de verzending wordt geweigerd', () => {
    const r = verzoekStap('verzonden', stand(), { soort: 'ontvangen', datum: '2026-04-29' }, '2026-04-30');
    assert.equal(!r.ok && r.weigering.code, 'datum_voor_verzending');
  });

  test('het bestuur reageert alleen op een gegeven zienswijze', () => {
    const r = reactieStap('in_behandeling', { heeftZienswijze: false });
    assert.equal(!r.ok && r.weigering.code, 'geen_zienswijze_om_te_beantwoorden');
    assert.equal(reactieStap('reactie_bestuur', { heeftZienswijze: true }).ok, true);
  });

  test('dagen tot de termijn: negatief als die verstreken is', () => {
    assert.equal(dagenTot('2026-06-25', '2026-06-20'), 5);
    assert.equal(dagenTot('2026-06-25', '2026-06-27'), -2);
    assert.equal(dagenTot(null, '2026-06-27'), null);
  });
});
