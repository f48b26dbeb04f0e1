import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { regelingTypen, vormen } from '../../regelingen/domain/types';
import {
  instrumentCodes,
  instrumentLabels,
  onzeInstrumenten,
  type Instrument,
  type InstrumentCode,
  type InstrumentenInput,
} from './instrumenten';

const PEILDATUM = '2026-03-01';
/** A gemeente taking part through its college in a collegeregeling with an openbaar lichaam; only differences are given. */
const invoer = (extra: Partial<InstrumentenInput> = {}): InstrumentenInput => ({
  vorm: 'openbaar_lichaam',
  type: 'collegeregeling',
  organisatieSoort: 'gemeente',
  onzeOrganen: ['college'],
  afspraken: {},
  peildatum: PEILDATUM,
  ...extra,
});
const instrumenten = (extra: Partial<InstrumentenInput> = {}) => onzeInstrumenten(invoer(extra));
const zoek = (lijst: Instrument[], code: InstrumentCode): Instrument =>
  lijst.find((i) => i.code === code) ?? assert.fail(`instrument ${code} ontbreekt`);
const beschikbaar = (lijst: Instrument[]) => lijst.filter((i) => i.beschikbaar).map((i) => i.code);
const onbevestigd = (lijst: Instrument[]) =>
  lijst.filter((i) => i.status === 'onbevestigd').map((i) => i.code);

describe('Het overzicht als geheel', () => {
  it('geeft elk instrument één keer, in vaste volgorde, met naam, artikel, uitleg op één regel en reden als het ontbreekt', () => {
    for (const vorm of vormen)
      for (const type of regelingTypen)
        for (const organisatieSoort of ['gemeente', 'provincie', 'waterschap'] as const)
          for (const peildatum of ['2021-01-01', '2023-06-01', '2026-03-01']) {
            const lijst = onzeInstrumenten({
              vorm,
              type,
              organisatieSoort,
              onzeOrganen: [],
              afspraken: {},
              peildatum,
            });
            const geval = `${vorm}/${type}/${organisatieSoort}/${peildatum}`;
            assert.deepEqual(
              lijst.map((i) => i.code),
              [...instrumentCodes],
              geval,
            );
            for (const i of lijst) {
              assert.equal(i.naam, instrumentLabels[i.code], geval);
              assert.match(i.artikel, /^(Wgr|Gemw|Provinciewet|Waterschapswet) /, `${geval} ${i.code}`);
              assert.ok(i.uitleg.length > 0 && !i.uitleg.includes('\n'), `${geval} ${i.code}`);
              assert.equal(
                i.beschikbaar,
                i.reden === undefined,
                `${geval} ${i.code}: reden alleen als niet beschikbaar`,
              );
              assert.equal(
                i.beschikbaar,
                i.bron !== undefined,
                `${geval} ${i.code}: bron alleen als beschikbaar`,
              );
              assert.doesNotMatch(
                `${i.uitleg} ${i.reden ?? ''} ${i.artikel}`,
                /undefined|null|\[object/,
                geval,
              );
            }
          }
  });

  it('heeft voor elke code een kort Nederlands label', () => {
    assert.deepEqual(Object.keys(instrumentLabels).sort(), [...instrumentCodes].sort());
    for (const label of Object.values(instrumentLabels)) assert.ok(label.length <= 70, label);
  });

  it('weigert een peildatum die geen datum is', () => {
    assert.throws(() => instrumenten({ peildatum: '1-7-2022' }), RangeError);
    assert.throws(() => instrumenten({ peildatum: '2023-02-29' }), RangeError);
  });
});

describe('Collegeregeling met een openbaar lichaam (Wgr art. 13 lid 6, 18, 19 lid 1)', () => {
  const lijst = instrumenten();

  it('het door het college aangewezen lid geeft de raad inlichtingen en legt verantwoording af (art. 19 lid 1)', () => {
    assert.equal(zoek(lijst, 'inlichtingen_lid').artikel, 'Wgr art. 19 lid 1 jo. art. 16 lid 2');
    assert.equal(zoek(lijst, 'verantwoording_lid').artikel, 'Wgr art. 19 lid 1 jo. art. 16 lid 1');
    assert.match(
      zoek(lijst, 'inlichtingen_lid').uitleg,
      /het lid dat het college in het algemeen bestuur aanwees/,
    );
    assert.equal(zoek(lijst, 'inlichtingen_lid').status, 'bevestigd');
  });

  it('de raad kan dat lid niet ontslaan: art. 19 lid 1 noemt art. 16 lid 4 niet; het college wel (art. 18)', () => {
    const ontslag = zoek(lijst, 'ontslag_lid');
    assert.equal(ontslag.beschikbaar, false);
    assert.equal(ontslag.status, 'bevestigd');
    assert.match(ontslag.reden ?? '', /art\. 18 jo\. art\. 16 lid 4/);
  });

  it('bij wijziging, toetreding en uittreding: zienswijze binnen acht weken en toestemming (art. 1 lid 2–5)', () => {
    const zienswijze = zoek(lijst, 'zienswijze_ontwerp_regeling');
    assert.equal(zienswijze.beschikbaar, true);
    assert.equal(zienswijze.artikel, 'Wgr art. 1 lid 2–3 en 5');
    assert.equal(zienswijze.status, 'bevestigd');
    const toestemming = zoek(lijst, 'toestemming_regeling');
    assert.equal(toestemming.artikel, 'Wgr art. 1 lid 4–5');
    assert.match(toestemming.uitleg, /strijd met het recht of het algemeen belang/);
    assert.match(toestemming.uitleg, /Opheffing noemt art\. 1 lid 5 niet/);
  });

  it('uittreden is een besluit van het college; de raad geeft een zienswijze en toestemming', () => {
    const uittreding = zoek(lijst, 'uittreding');
    assert.equal(uittreding.beschikbaar, false);
    assert.match(uittreding.reden ?? '', /zienswijze en moet toestemming geven \(art\. 1 lid 3–5\)/);
  });

  it('de raden samen hebben het regionaal onderzoek (Gemw 155g) en de adviescommissie (art. 24a)', () => {
    const onderzoek = zoek(lijst, 'regionaal_onderzoek');
    assert.equal(onderzoek.beschikbaar, true);
    assert.equal(onderzoek.artikel, 'Gemw art. 155g–155h');
    assert.equal(onderzoek.status, 'bevestigd');
    assert.equal(zoek(lijst, 'adviescommissie').beschikbaar, true);
    assert.equal(zoek(lijst, 'adviescommissie').artikel, 'Wgr art. 24a');
  });

  it('alle regels staan vast: niets is onbevestigd', () => {
    assert.deepEqual(onbevestigd(instrumenten({ peildatum: '2025-01-01' })), []);
  });
});

describe('Raadsregeling met een openbaar lichaam (art. 13 lid 1, 16)', () => {
  const lijst = instrumenten({ type: 'raadsregeling', onzeOrganen: ['raad'] });

  it('inlichtingen, verantwoording en ontslag van het lid dat de raad aanwees (art. 16 lid 1, 2 en 4)', () => {
    assert.equal(zoek(lijst, 'inlichtingen_lid').artikel, 'Wgr art. 16 lid 2');
    assert.equal(zoek(lijst, 'verantwoording_lid').artikel, 'Wgr art. 16 lid 1');
    const ontslag = zoek(lijst, 'ontslag_lid');
    assert.equal(ontslag.beschikbaar, true);
    assert.equal(ontslag.artikel, 'Wgr art. 16 lid 4');
    assert.match(ontslag.uitleg, /vertrouwen van de raad niet meer heeft/);
    assert.match(zoek(lijst, 'inlichtingen_lid').uitleg, /art\. 16 lid 3/);
  });

  it('de raad is zelf partij: geen ontwerpprocedure of toestemming, hij besluit zelf, ook over uittreding', () => {
    assert.equal(zoek(lijst, 'zienswijze_ontwerp_regeling').beschikbaar, false);
    assert.match(zoek(lijst, 'zienswijze_ontwerp_regeling').reden ?? '', /De raad is zelf partij/);
    assert.equal(zoek(lijst, 'toestemming_regeling').beschikbaar, false);
    const uittreding = zoek(lijst, 'uittreding');
    assert.equal(uittreding.beschikbaar, true);
    assert.equal(uittreding.artikel, 'Wgr art. 9 lid 1');
    assert.match(uittreding.uitleg, /^De raad besluit zelf tot uittreding/);
  });

  it('geen regionaal onderzoek bij een regeling die door raden is getroffen (Gemw 155g lid 2)', () => {
    const onderzoek = zoek(lijst, 'regionaal_onderzoek');
    assert.equal(onderzoek.beschikbaar, false);
    assert.equal(onderzoek.status, 'bevestigd');
    assert.match(onderzoek.reden ?? '', /art\. 155g lid 2/);
  });

  it('zonder opgegeven organen leidt Grip ze af uit het type', () => {
    assert.deepEqual(
      beschikbaar(instrumenten({ type: 'raadsregeling', onzeOrganen: [] })),
      beschikbaar(lijst),
    );
  });
});

describe('Gemengde regeling met een bedrijfsvoeringsorganisatie (art. 8 lid 3)', () => {
  const lijst = instrumenten({
    vorm: 'bedrijfsvoeringsorganisatie',
    type: 'gemengde_regeling',
    onzeOrganen: ['raad', 'college'],
  });

  it('de begroting volgt de vorm: zienswijze op ontwerpbegroting en wijzigingen, twaalf weken vóór de vaststelling', () => {
    const ontwerp = zoek(lijst, 'zienswijze_ontwerpbegroting');
    assert.equal(ontwerp.beschikbaar, true);
    assert.equal(ontwerp.status, 'bevestigd');
    assert.match(ontwerp.uitleg, /twaalf weken vóór de vaststelling/);
    assert.equal(zoek(lijst, 'zienswijze_begrotingswijziging').artikel, 'Wgr art. 35 lid 6');
    assert.equal(zoek(lijst, 'actieve_informatie').beschikbaar, true);
  });

  it('een bedrijfsvoeringsorganisatie hoort bij een collegeregeling: de regels over ons lid zijn onbevestigd', () => {
    assert.equal(zoek(lijst, 'inlichtingen_lid').status, 'onbevestigd');
    assert.match(zoek(lijst, 'inlichtingen_lid').uitleg, /art\. 8 lid 3/);
    assert.equal(zoek(lijst, 'ontslag_lid').beschikbaar, false);
    assert.match(zoek(lijst, 'ontslag_lid').reden ?? '', /art\. 14a/);
  });

  it('geen algemeen bestuur, dus geen adviescommissie of bestuurscommissie; wel wensen bij deelneming (art. 31a)', () => {
    assert.equal(zoek(lijst, 'adviescommissie').beschikbaar, false);
    assert.equal(zoek(lijst, 'wensen_bedenkingen_bestuurscommissie').beschikbaar, false);
    assert.equal(zoek(lijst, 'wensen_bedenkingen_deelneming').beschikbaar, true);
  });

  it('raad en college zijn allebei partij: of er dan nog toestemming nodig is, is onzeker', () => {
    const toestemming = zoek(lijst, 'toestemming_regeling');
    assert.equal(toestemming.beschikbaar, true);
    assert.equal(toestemming.status, 'onbevestigd');
    assert.equal(zoek(lijst, 'zienswijze_ontwerp_regeling').beschikbaar, false);
  });
});

describe('Gemengde regeling met een openbaar lichaam', () => {
  it('neemt ook onze raad deel, dan wijst de raad ons lid aan en kan hij het ontslaan (art. 13 lid 1, 16 lid 4)', () => {
    const lijst = instrumenten({ type: 'gemengde_regeling', onzeOrganen: ['raad', 'college'] });
    assert.equal(zoek(lijst, 'ontslag_lid').beschikbaar, true);
    assert.equal(zoek(lijst, 'ontslag_lid').status, 'bevestigd');
    assert.equal(zoek(lijst, 'regionaal_onderzoek').beschikbaar, false);
  });

  it('nemen alleen college en burgemeester deel, dan art. 19 lid 3, onbevestigd: ook een andere raad kan partij zijn', () => {
    const lijst = instrumenten({ type: 'gemengde_regeling', onzeOrganen: ['college', 'burgemeester'] });
    const inlichtingen = zoek(lijst, 'inlichtingen_lid');
    assert.equal(inlichtingen.artikel, 'Wgr art. 19 lid 3 jo. art. 16 lid 2');
    assert.equal(inlichtingen.status, 'onbevestigd');
    assert.equal(zoek(lijst, 'ontslag_lid').beschikbaar, false);
    const onderzoek = zoek(lijst, 'regionaal_onderzoek');
    assert.equal(onderzoek.beschikbaar, true);
    assert.equal(onderzoek.status, 'onbevestigd');
  });
});

describe('Centrumgemeente (art. 8 lid 4) en regeling zonder meer: geen eigen bestuur', () => {
  const centrum = instrumenten({ vorm: 'centrumgemeente' });

  it('zonder bestuur geen lid, geen begroting, geen aangewezen besluiten, geen commissies, geen onderzoek van de regeling', () => {
    assert.deepEqual(beschikbaar(centrum), [
      'zienswijze_ontwerp_regeling',
      'toestemming_regeling',
      'evaluatie',
    ]);
    assert.match(
      zoek(centrum, 'inlichtingen_lid').reden ?? '',
      /^Een centrumgemeenteregeling heeft geen eigen bestuur/,
    );
    assert.match(zoek(centrum, 'zienswijze_ontwerpbegroting').reden ?? '', /geen eigen begroting/);
    assert.match(zoek(centrum, 'rekenkamer').reden ?? '', /^Art\. 184 lid 1 onder a noemt alleen/);
  });

  it('een regeling zonder meer van raden: de raad besluit zelf over uittreding en de regeling regelt de evaluatie (art. 11a)', () => {
    const lijst = instrumenten({
      vorm: 'regeling_zonder_meer',
      type: 'raadsregeling',
      onzeOrganen: ['raad'],
    });
    assert.deepEqual(beschikbaar(lijst), ['uittreding', 'evaluatie']);
    assert.deepEqual(onbevestigd(lijst), []);
  });
});

describe('Burgemeestersregeling met een gemeenschappelijk orgaan (art. 13 lid 7, 15, 19 lid 2)', () => {
  const lijst = instrumenten({
    vorm: 'gemeenschappelijk_orgaan',
    type: 'burgemeestersregeling',
    onzeOrganen: ['burgemeester'],
  });

  it('de burgemeester is van rechtswege lid en legt aan de raad verantwoording af; ontslaan kan de raad niet', () => {
    assert.equal(zoek(lijst, 'verantwoording_lid').artikel, 'Wgr art. 19 lid 2 jo. art. 16 lid 1');
    assert.match(
      zoek(lijst, 'verantwoording_lid').uitleg,
      /door de burgemeester als lid van het gemeenschappelijk orgaan/,
    );
    assert.equal(zoek(lijst, 'ontslag_lid').beschikbaar, false);
    assert.match(zoek(lijst, 'ontslag_lid').reden ?? '', /art\. 19 lid 2 noemt art\. 16 lid 4 niet/);
  });

  it('wel begroting, zienswijze en toestemming, regionaal onderzoek; geen adviescommissie (geen openbaar lichaam)', () => {
    for (const code of [
      'zienswijze_ontwerpbegroting',
      'zienswijze_ontwerp_regeling',
      'toestemming_regeling',
      'regionaal_onderzoek',
      'rekenkamer',
    ] as const)
      assert.equal(zoek(lijst, code).beschikbaar, true, code);
    assert.equal(zoek(lijst, 'adviescommissie').beschikbaar, false);
    assert.equal(zoek(lijst, 'wensen_bedenkingen_deelneming').beschikbaar, false);
  });
});

describe('Een provincie in een openbaar lichaam (hoofdstuk II: art. 40, 41)', () => {
  const lijst = instrumenten({ organisatieSoort: 'provincie', onzeOrganen: ['gedeputeerde_staten'] });

  it('art. 16 tot en met 26 gelden via art. 41 lid 1; de zienswijze op het ontwerp via art. 40', () => {
    assert.equal(
      zoek(lijst, 'inlichtingen_lid').artikel,
      'Wgr art. 19 lid 1 jo. art. 16 lid 2 jo. art. 41 lid 1',
    );
    assert.equal(zoek(lijst, 'inlichtingen_lid').status, 'bevestigd');
    assert.equal(zoek(lijst, 'zienswijze_ontwerp_regeling').artikel, 'Wgr art. 40 lid 2–3 en 5');
    assert.equal(zoek(lijst, 'adviescommissie').artikel, 'Wgr art. 24a jo. art. 41 lid 1');
  });

  it('spreekt van provinciale staten en gedeputeerde staten', () => {
    assert.match(
      zoek(lijst, 'inlichtingen_lid').uitleg,
      /leden van provinciale staten kunnen inlichtingen vragen/,
    );
    assert.match(
      zoek(lijst, 'toestemming_regeling').uitleg,
      /^Gedeputeerde staten of de commissaris van de Koning/,
    );
  });

  it('begroting (art. 48), rekenkamer en regionaal onderzoek staan niet in de briefs en zijn onbevestigd', () => {
    assert.equal(zoek(lijst, 'zienswijze_ontwerpbegroting').artikel, 'Wgr art. 48 lid 1–4');
    assert.match(zoek(lijst, 'zienswijze_vastgestelde_begroting').uitleg, /Minister van BZK/);
    assert.equal(zoek(lijst, 'rekenkamer').artikel, 'Provinciewet art. 183');
    assert.deepEqual(onbevestigd(lijst), [
      'zienswijze_ontwerpbegroting',
      'zienswijze_begrotingswijziging',
      'zienswijze_vastgestelde_begroting',
      'wensen_bedenkingen_deelneming',
      'regionaal_onderzoek',
      'rekenkamer',
    ]);
  });
});

describe('Een waterschap (hoofdstuk III: art. 50 e.v.)', () => {
  const lijst = instrumenten({ organisatieSoort: 'waterschap', onzeOrganen: ['waterschap_db'] });

  it('de briefs bevestigen hoofdstuk III niet: alles is onbevestigd', () => {
    assert.deepEqual(onbevestigd(lijst), [...instrumentCodes]);
    assert.equal(zoek(lijst, 'toestemming_regeling').artikel, 'Wgr art. 50 lid 4–5');
    assert.equal(
      zoek(lijst, 'verantwoording_lid').artikel,
      'Wgr art. 19 lid 1 jo. art. 16 lid 1 jo. art. 50a lid 1',
    );
  });

  it('art. 50a past art. 25 niet toe, en Gemw 155g noemt geen waterschappen', () => {
    assert.equal(zoek(lijst, 'wensen_bedenkingen_bestuurscommissie').beschikbaar, false);
    assert.equal(zoek(lijst, 'regionaal_onderzoek').beschikbaar, false);
    assert.equal(zoek(lijst, 'rekenkamer').beschikbaar, false);
  });
});

describe('Vóór 1 juli 2022 (Wgr zoals geldig tot de wijziging van Stb. 2022, 18)', () => {
  const voor = instrumenten({ peildatum: '2022-06-30' });
  const op = instrumenten({ peildatum: '2022-07-01' });
  const nieuw = [
    'actieve_informatie',
    'zienswijze_besluiten',
    'zienswijze_ontwerp_regeling',
    'evaluatie',
    'adviescommissie',
    'regionaal_onderzoek',
  ] as const;

  it('bestaan de actieve informatieplicht (art. 17 lid 2–3), art. 10 lid 5–6, art. 11a, art. 24a en Gemw 155g nog niet', () => {
    for (const code of nieuw) {
      assert.equal(zoek(voor, code).beschikbaar, false, code);
      assert.match(zoek(voor, code).reden ?? '', /pas sinds 1 juli 2022/, code);
      assert.equal(zoek(op, code).beschikbaar, true, code);
    }
  });

  it('was er alleen toestemming, in art. 1 lid 2–3', () => {
    assert.equal(zoek(voor, 'toestemming_regeling').artikel, 'Wgr art. 1 lid 2–3');
    assert.match(zoek(voor, 'toestemming_regeling').uitleg, /Opheffing noemt art\. 1 lid 3 niet/);
    assert.match(zoek(voor, 'zienswijze_ontwerp_regeling').reden ?? '', /alleen toestemming: art\. 1 lid 2/);
  });

  it('ging de ontwerpbegroting acht weken vooraf, zonder gemotiveerde reactie, en hadden de leden van art. 35 andere nummers', () => {
    assert.equal(zoek(voor, 'zienswijze_ontwerpbegroting').artikel, 'Wgr art. 35 lid 1–3');
    assert.match(zoek(voor, 'zienswijze_ontwerpbegroting').uitleg, /acht weken/);
    assert.doesNotMatch(zoek(voor, 'zienswijze_ontwerpbegroting').uitleg, /gemotiveerd/);
    assert.equal(zoek(voor, 'zienswijze_begrotingswijziging').artikel, 'Wgr art. 35 lid 5');
    assert.equal(zoek(voor, 'zienswijze_vastgestelde_begroting').artikel, 'Wgr art. 35 lid 4');
    assert.equal(zoek(voor, 'inlichtingen_bestuur').artikel, 'Wgr art. 17');
    assert.match(zoek(op, 'zienswijze_ontwerpbegroting').uitleg, /twaalf weken.*schriftelijk en gemotiveerd/);
  });

  it('een provincie vóór 1 juli 2022: de leden van toen zijn niet nagegaan en dus onbevestigd', () => {
    const lijst = instrumenten({
      organisatieSoort: 'provincie',
      onzeOrganen: ['gedeputeerde_staten'],
      peildatum: '2021-05-01',
    });
    assert.equal(
      zoek(lijst, 'toestemming_regeling').artikel,
      'Wgr art. 40 (leden vóór 1 juli 2022 niet nagegaan)',
    );
    assert.equal(zoek(lijst, 'toestemming_regeling').status, 'onbevestigd');
  });
});

describe('Type onbekend: nog geen deelnemende organen geregistreerd', () => {
  const lijst = instrumenten({ type: 'onbekend', onzeOrganen: [] });

  it('wat van de vorm afhangt, staat vast; wat van de deelnemende organen afhangt, is onbevestigd', () => {
    assert.equal(zoek(lijst, 'zienswijze_ontwerpbegroting').status, 'bevestigd');
    assert.equal(zoek(lijst, 'adviescommissie').beschikbaar, true);
    assert.equal(zoek(lijst, 'inlichtingen_lid').beschikbaar, true);
    assert.equal(zoek(lijst, 'inlichtingen_lid').status, 'onbevestigd');
    assert.equal(zoek(lijst, 'inlichtingen_lid').artikel, 'Wgr art. 16 lid 2 of art. 19');
    for (const code of [
      'ontslag_lid',
      'zienswijze_ontwerp_regeling',
      'toestemming_regeling',
      'uittreding',
    ] as const) {
      assert.equal(zoek(lijst, code).beschikbaar, false, code);
      assert.equal(zoek(lijst, code).status, 'onbevestigd', code);
      assert.match(zoek(lijst, code).reden ?? '', /registreer de deelnemende organen/, code);
    }
  });

  it('een type dat niet past bij onze organen wordt niet gebruikt', () => {
    const lijst = instrumenten({ type: 'raadsregeling', onzeOrganen: ['college'] });
    assert.equal(zoek(lijst, 'ontslag_lid').status, 'onbevestigd');
    assert.equal(zoek(lijst, 'zienswijze_ontwerp_regeling').status, 'onbevestigd');
  });
});

describe('Eigen afspraken van de regeling (art. 9 lid 1, 10 lid 5, 11a, 17 lid 3)', () => {
  it('een bekende afspraak over zienswijzen komt in de uitleg, op één regel, met de regeling als bron', () => {
    const lijst = instrumenten({
      afspraken: { zienswijzeBesluiten: '  Het meerjarenbeleidsplan\n  en de tarieven.  ' },
    });
    const zienswijze = zoek(lijst, 'zienswijze_besluiten');
    assert.equal(zienswijze.bron, 'regeling');
    assert.match(
      zienswijze.uitleg,
      /Afspraak in de regeling: “Het meerjarenbeleidsplan en de tarieven\.”\.$/,
    );
    assert.equal(zienswijze.status, 'bevestigd');
  });

  it('een onbekende afspraak is tot 1 juli 2024 onbevestigd: de regeling hoefde pas dan te zijn aangepast', () => {
    const overgang = instrumenten({ peildatum: '2024-06-30' });
    for (const code of ['zienswijze_besluiten', 'evaluatie'] as const) {
      assert.equal(zoek(overgang, code).status, 'onbevestigd', code);
      assert.match(zoek(overgang, code).uitleg, /uiterlijk 1 juli 2024/, code);
      assert.equal(zoek(overgang, code).bron, 'wet', code);
    }
    const daarna = instrumenten({ peildatum: '2024-07-01' });
    assert.equal(zoek(daarna, 'zienswijze_besluiten').status, 'bevestigd');
    assert.equal(zoek(daarna, 'evaluatie').status, 'bevestigd');
  });

  it('de afspraken over evaluatie, uittreding en inlichtingen komen bij hun instrument', () => {
    const lijst = instrumenten({
      type: 'raadsregeling',
      onzeOrganen: ['raad'],
      peildatum: '2023-01-01',
      afspraken: {
        evaluatie: 'Elke vier jaar.',
        uittreding: 'Opzegging uiterlijk 1 juli.',
        inlichtingen: 'Via de griffie.',
      },
    });
    assert.match(zoek(lijst, 'evaluatie').uitleg, /“Elke vier jaar\.”/);
    assert.equal(zoek(lijst, 'evaluatie').status, 'bevestigd');
    assert.match(zoek(lijst, 'uittreding').uitleg, /“Opzegging uiterlijk 1 juli\.”/);
    assert.equal(zoek(lijst, 'uittreding').bron, 'regeling');
    for (const code of ['inlichtingen_lid', 'inlichtingen_bestuur', 'actieve_informatie'] as const)
      assert.match(zoek(lijst, code).uitleg, /“Via de griffie\.”/, code);
  });

  it('een lege afspraak telt als onbekend', () => {
    assert.equal(zoek(instrumenten({ afspraken: { evaluatie: '   ' } }), 'evaluatie').bron, 'wet');
  });
});

describe('Rekenkamer (Gemw art. 184)', () => {
  it('sinds 1 januari 2023 onderzoek ook naar het gevoerde beleid (lid 4), van 1 juli 2022 naar het gevoerde bestuur (lid 3)', () => {
    const nu = zoek(instrumenten(), 'rekenkamer');
    assert.equal(nu.artikel, 'Gemw art. 184 lid 1 onder a en lid 4');
    assert.match(nu.uitleg, /gevoerde beleid/);
    const najaar2022 = zoek(instrumenten({ peildatum: '2022-12-31' }), 'rekenkamer');
    assert.equal(najaar2022.artikel, 'Gemw art. 184 lid 1 onder a en lid 3');
    assert.match(najaar2022.uitleg, /gevoerde bestuur/);
    assert.doesNotMatch(zoek(instrumenten({ peildatum: '2022-06-30' }), 'rekenkamer').uitleg, /gevoerde/);
  });

  it('de drempel blijft: alleen als de stukken daartoe aanleiding geven, en de rekenkamer beslist zelf', () => {
    assert.match(zoek(instrumenten(), 'rekenkamer').uitleg, /aanleiding geven.*beslist daar zelf over/);
  });
});
