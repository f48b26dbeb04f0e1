import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDuur, type Duur } from './duur';
import { maakKalender, STANDAARD_KALENDER as kalender } from './kalender';
import { berekenTermijn, vasteDatum, type TermijnInput } from './termijn';

const duur = (iso: string): Duur => parseDuur(iso) ?? assert.fail(iso);
const termijn = (start: string, iso: string, extra: Partial<TermijnInput> = {}) =>
  berekenTermijn({ start, duur: duur(iso), richting: 'vooruit', grondslag: 'wet', kalender, ...extra });
const codes = (
  r: { stappen?: { code: string }[]; waarschuwingen?: { code: string }[] },
  veld: 'stappen' | 'waarschuwingen',
) => (r[veld] ?? []).map((x) => x.code);

describe('Termijn vooruit in een wet, zonder verlenging', () => {
  it('8 weken na ontvangst op donderdag 30 april 2026 eindigt op donderdag 25 juni 2026 en schuift niet', () => {
    const r = termijn('2026-04-30', 'P8W');
    assert.equal(r.nominaleEinddatum, '2026-06-25');
    assert.equal(r.einddatum, '2026-06-25');
    assert.equal(r.verschoven, false);
    assert.deepEqual(codes(r, 'stappen'), ['nominaal', 'art1_geen_verlenging_nodig', 'art2_voldaan']);
    assert.deepEqual(r.stappen[0], {
      code: 'nominaal',
      artikel: null,
      van: '2026-04-30',
      naar: '2026-06-25',
      data: { eenheid: 'weken', aantal: 8, richting: 'vooruit' },
    });
    assert.deepEqual(r.waarschuwingen, []);
  });
  it('een termijn in maanden eindigt op dezelfde dag van de maand, of de laatste dag als die niet bestaat', () => {
    assert.equal(termijn('2026-03-16', 'P1M').einddatum, '2026-04-16');
    assert.equal(termijn('2026-01-31', 'P1M').nominaleEinddatum, '2026-02-28');
  });
});

describe('Verlenging naar de eerstvolgende werkdag (Atw art. 1 lid 1)', () => {
  it('10 dagen na woensdag 2 september 2026 is zaterdag 12 september: verlengd tot maandag 14 september', () => {
    const r = termijn('2026-09-02', 'P10D');
    assert.equal(r.nominaleEinddatum, '2026-09-12');
    assert.equal(r.einddatum, '2026-09-14');
    assert.equal(r.verschoven, true);
    const stap = r.stappen.find((s) => s.code === 'art1_verlengd');
    assert.equal(stap?.artikel, 'Atw art. 1 lid 1');
    assert.deepEqual([stap?.van, stap?.naar], ['2026-09-12', '2026-09-14']);
    assert.deepEqual(r.waarschuwingen, []);
  });
  it('1 maand na zaterdag 31 januari 2026 eindigt op zaterdag 28 februari: verlengd tot maandag 2 maart', () => {
    assert.equal(termijn('2026-01-31', 'P1M').einddatum, '2026-03-02');
  });
  it('eindigt op vrijdag 15 mei 2026 (gelijkgestelde dag): verlengd tot maandag 18 mei, met waarschuwing dat de gelijkstelling onbevestigd is', () => {
    const r = termijn('2026-04-17', 'P4W');
    assert.equal(r.nominaleEinddatum, '2026-05-15');
    assert.equal(r.einddatum, '2026-05-18');
    const stap = r.stappen.find((s) => s.code === 'art1_verlengd');
    const overgeslagen = stap?.data?.overgeslagen as { datum: string; redenen: { soort: string }[] }[];
    assert.deepEqual(
      overgeslagen.map((o) => `${o.datum}:${o.redenen.map((x) => x.soort).join('+')}`),
      ['2026-05-15:gelijkgesteld', '2026-05-16:zaterdag', '2026-05-17:zondag'],
    );
    assert.deepEqual(codes(r, 'waarschuwingen'), ['gelijkstelling_onbevestigd']);
    assert.equal(r.waarschuwingen[0]?.data?.datum, '2026-05-15');
  });
  it('zonder die gelijkgestelde dag in de kalender blijft vrijdag 15 mei 2026 de laatste dag', () => {
    assert.equal(termijn('2026-04-17', 'P4W', { kalender: maakKalender([], []) }).einddatum, '2026-05-15');
  });
  it('een dag die de beheerder heeft toegevoegd verlengt ook', () => {
    const kal = maakKalender([
      { datum: '2026-06-25', besluit: 'Besluit Y', bron: 'Stcrt. Y', status: 'bevestigd' },
    ]);
    const r = termijn('2026-04-30', 'P8W', { kalender: kal });
    assert.equal(r.einddatum, '2026-06-26');
    assert.deepEqual(r.waarschuwingen, []);
  });
  it('Kerstmis: 6 weken na vrijdag 13 november 2026 is vrijdag 25 december: verlengd tot maandag 28 december', () => {
    const r = termijn('2026-11-13', 'P6W');
    assert.deepEqual([r.nominaleEinddatum, r.einddatum], ['2026-12-25', '2026-12-28']);
  });
  it('Kerstmis 2024: eindigt woensdag 25 december, over Tweede Kerstdag en gelijkgestelde vrijdag 27 december heen, tot maandag 30 december', () => {
    const r = termijn('2024-12-11', 'P2W');
    assert.deepEqual([r.nominaleEinddatum, r.einddatum], ['2024-12-25', '2024-12-30']);
    assert.deepEqual(codes(r, 'waarschuwingen'), ['gelijkstelling_onbevestigd']);
  });
  it('Pasen: 2 weken na vrijdag 20 maart 2026 is Goede Vrijdag 3 april: verlengd tot dinsdag 7 april (na Tweede Paasdag)', () => {
    const r = termijn('2026-03-20', 'P2W');
    assert.deepEqual([r.nominaleEinddatum, r.einddatum], ['2026-04-03', '2026-04-07']);
  });
});

describe('Ten minste twee werkdagen in de termijn (Atw art. 2)', () => {
  it('3 dagen vanaf Witte Donderdag 2 april 2026: eindigt zondag 5 april, art. 1 geeft dinsdag 7 april, art. 2 woensdag 8 april', () => {
    const r = termijn('2026-04-02', 'P3D');
    assert.equal(r.nominaleEinddatum, '2026-04-05');
    assert.equal(r.einddatum, '2026-04-08');
    assert.deepEqual(codes(r, 'stappen'), ['nominaal', 'art1_verlengd', 'art2_verlengd']);
    const art2 = r.stappen[2];
    assert.deepEqual(
      [art2?.artikel, art2?.van, art2?.naar, art2?.data?.werkdagen],
      ['Atw art. 2', '2026-04-07', '2026-04-08', 1],
    );
  });
  it('3 dagen vanaf zaterdag 4 april 2026: eindigt op werkdag dinsdag 7 april, maar bevat er maar één; verlengd tot woensdag 8 april', () => {
    const r = termijn('2026-04-04', 'P3D');
    assert.deepEqual(codes(r, 'stappen'), ['nominaal', 'art1_geen_verlenging_nodig', 'art2_verlengd']);
    assert.equal(r.einddatum, '2026-04-08');
  });
  it('een termijn van 2 dagen valt niet onder art. 2: vanaf donderdag 2 april 2026 alleen art. 1, tot dinsdag 7 april', () => {
    const r = termijn('2026-04-02', 'P2D');
    assert.equal(r.einddatum, '2026-04-07');
    assert.deepEqual(codes(r, 'stappen'), ['nominaal', 'art1_verlengd', 'art2_korter_dan_3_dagen']);
  });
});

describe('Geen verlenging voor lange termijnen en uren (Atw art. 4 onder a)', () => {
  it('13 weken na vrijdag 13 februari 2026 eindigt op gelijkgestelde vrijdag 15 mei: niet verlengd, met waarschuwingen', () => {
    const r = termijn('2026-02-13', 'P13W');
    assert.equal(r.einddatum, '2026-05-15');
    assert.equal(r.verschoven, false);
    assert.deepEqual(codes(r, 'waarschuwingen'), [
      'langer_dan_12_weken',
      'eindigt_op_niet_werkdag',
      'gelijkstelling_onbevestigd',
    ]);
    assert.equal(r.waarschuwingen[0]?.artikel, 'Atw art. 4 onder a');
  });
  it('precies 12 weken valt wel onder de wet: na vrijdag 20 februari 2026 verlengd van 15 naar 18 mei', () => {
    assert.equal(termijn('2026-02-20', 'P12W').einddatum, '2026-05-18');
  });
  it('grens bij dagen (90) en maanden (3)', () => {
    assert.deepEqual(codes(termijn('2026-01-01', 'P90D'), 'waarschuwingen'), []);
    assert.deepEqual(codes(termijn('2026-01-01', 'P91D'), 'waarschuwingen'), ['langer_dan_90_dagen']);
    assert.deepEqual(codes(termijn('2026-01-01', 'P3M'), 'waarschuwingen'), []);
    assert.deepEqual(codes(termijn('2026-01-01', 'P4M'), 'waarschuwingen'), ['langer_dan_3_maanden']);
  });
  it('48 uur vanaf donderdag 24 december 2026 eindigt op zaterdag 26 december en wordt niet verlengd', () => {
    const r = termijn('2026-12-24', 'PT48H');
    assert.equal(r.einddatum, '2026-12-26');
    assert.deepEqual(codes(r, 'stappen'), ['nominaal', 'uren_geen_verlenging']);
    assert.deepEqual(codes(r, 'waarschuwingen'), ['eindigt_op_niet_werkdag']);
  });
  it('36 uur: de einddatum hangt af van het tijdstip; de vroegst mogelijke dag wordt genomen', () => {
    const r = termijn('2026-06-22', 'PT36H');
    assert.equal(r.einddatum, '2026-06-23');
    assert.deepEqual(codes(r, 'waarschuwingen'), ['uren_tijdstip_onbekend']);
    assert.equal(termijn('2026-06-22', 'PT36H', { richting: 'terug' }).einddatum, '2026-06-20');
  });
});

describe('Terugrekening wordt niet verlengd (Atw art. 1 lid 2)', () => {
  it('12 weken vóór de AB-vergadering van maandag 20 juli 2026 is Koningsdag 27 april: blijft staan, met waarschuwing', () => {
    const r = termijn('2026-07-20', 'P12W', { richting: 'terug' });
    assert.deepEqual([r.nominaleEinddatum, r.einddatum, r.verschoven], ['2026-04-27', '2026-04-27', false]);
    assert.deepEqual(codes(r, 'stappen'), ['nominaal', 'terugrekening_geen_verlenging']);
    assert.equal(r.stappen[1]?.artikel, 'Atw art. 1 lid 2');
    const w = r.waarschuwingen[0];
    assert.equal(w?.code, 'eindigt_op_niet_werkdag');
    assert.deepEqual(
      (w?.data?.redenen as { naam: string }[]).map((x) => x.naam),
      ['Koningsdag'],
    );
  });
  it('12 weken vóór donderdag 9 juli 2026 is donderdag 16 april, zonder waarschuwingen', () => {
    const r = termijn('2026-07-09', 'P12W', { richting: 'terug' });
    assert.equal(r.einddatum, '2026-04-16');
    assert.deepEqual(r.waarschuwingen, []);
  });
});

describe('Termijnen in een gemeenschappelijke regeling', () => {
  it('zonder bepaling in de regeling: niet verlengd, waarschuwing dat toepasselijkheid van de Atw open is', () => {
    const r = termijn('2026-11-13', 'P6W', { grondslag: 'regeling' });
    assert.equal(r.einddatum, '2026-12-25');
    assert.deepEqual(codes(r, 'stappen'), ['nominaal']);
    assert.deepEqual(codes(r, 'waarschuwingen'), ['regeling_atw_open', 'eindigt_op_niet_werkdag']);
    assert.deepEqual(r.waarschuwingen[0], {
      code: 'regeling_atw_open',
      artikel: 'Gemeentewet art. 145',
      data: { einddatumAlsAtwGeldt: '2026-12-28' },
    });
  });
  it('als de regeling de Atw van toepassing verklaart: verlengd tot maandag 28 december, en dat staat in de stappen', () => {
    const r = termijn('2026-11-13', 'P6W', { grondslag: 'regeling', atwVanToepassingVerklaard: true });
    assert.equal(r.einddatum, '2026-12-28');
    assert.deepEqual(codes(r, 'stappen'), [
      'nominaal',
      'regeling_atw_van_toepassing_verklaard',
      'art1_verlengd',
      'art2_voldaan',
    ]);
    assert.deepEqual(r.waarschuwingen, []);
  });
});

describe('Ongeldige invoer', () => {
  it('weigert een ongeldige startdatum of een duur van nul', () => {
    assert.throws(() => termijn('2026-02-30', 'P8W'), RangeError);
    assert.throws(
      () =>
        berekenTermijn({
          start: '2026-04-30',
          duur: { eenheid: 'dagen', aantal: 0 },
          richting: 'vooruit',
          grondslag: 'wet',
          kalender,
        }),
      RangeError,
    );
    const jaren = { eenheid: 'jaren', aantal: 1 } as unknown as Duur;
    assert.throws(
      () =>
        berekenTermijn({ start: '2026-04-30', duur: jaren, richting: 'vooruit', grondslag: 'wet', kalender }),
      RangeError,
    );
  });
});

describe('Vaste kalenderdatum ("vóór 15 september")', () => {
  it('vóór 15 september 2026: laatste dag maandag 14 september, geen waarschuwing', () => {
    const r = vasteDatum('2026-09-15', kalender);
    assert.deepEqual([r.einddatum, r.verschoven], ['2026-09-14', false]);
    assert.deepEqual(r.stappen, [
      { code: 'vaste_datum', artikel: null, van: '2026-09-15', naar: '2026-09-14', data: { wijze: 'voor' } },
    ]);
    assert.deepEqual(r.waarschuwingen, []);
  });
  it('vóór 15 september 2024: zaterdag 14 september blijft de laatste dag, met waarschuwing dat de Atw hier open is', () => {
    const r = vasteDatum('2024-09-15', kalender);
    assert.equal(r.einddatum, '2024-09-14');
    assert.deepEqual(codes(r, 'waarschuwingen'), ['eindigt_op_niet_werkdag', 'vaste_datum_atw_open']);
    assert.equal(r.waarschuwingen[1]?.data?.eerstvolgendeWerkdag, '2024-09-16');
  });
  it('vóór 30 april 2028: zaterdag 29 april; met de Atw zou het maandag 1 mei worden, na de genoemde datum', () => {
    const r = vasteDatum('2028-04-30', kalender);
    assert.equal(r.einddatum, '2028-04-29');
    assert.equal(r.waarschuwingen[1]?.data?.eerstvolgendeWerkdag, '2028-05-01');
  });
  it('"uiterlijk 15 mei 2026" valt op een gelijkgestelde dag: niet verschoven, drie waarschuwingen', () => {
    const r = vasteDatum('2026-05-15', kalender, 'uiterlijk');
    assert.equal(r.einddatum, '2026-05-15');
    assert.deepEqual(codes(r, 'waarschuwingen'), [
      'eindigt_op_niet_werkdag',
      'gelijkstelling_onbevestigd',
      'vaste_datum_atw_open',
    ]);
    assert.equal(r.waarschuwingen[2]?.data?.eerstvolgendeWerkdag, '2026-05-18');
  });
});
