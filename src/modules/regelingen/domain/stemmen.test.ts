import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dubbelQuorum, quorum, uitslag } from './stemmen';

describe('Quorum: meer dan de helft van de zitting hebbende leden (Gemeentewet art. 20 lid 1)', () => {
  it('bij 10 leden zijn er 6 nodig; 5 is niet genoeg', () => {
    assert.deepEqual(quorum({ zittingHebbend: 10, aanwezig: 6 }), { gehaald: true, vereist: 6 });
    assert.deepEqual(quorum({ zittingHebbend: 10, aanwezig: 5 }), { gehaald: false, vereist: 6 });
  });

  it('bij 9 leden zijn er 5 nodig', () => {
    assert.deepEqual(quorum({ zittingHebbend: 9, aanwezig: 5 }), { gehaald: true, vereist: 5 });
  });

  it('een negatief aantal wordt geweigerd', () => {
    assert.throws(() => quorum({ zittingHebbend: -1, aanwezig: 0 }), RangeError);
  });
});

describe('Dubbel quorum: leden én stemmen (Wgr art. 23 lid 3–4)', () => {
  // Gemeente A has one member with 5 votes; B, C and D one member with 1 vote each: 8 votes in all.
  const leden = (aanwezig: string) =>
    [
      { naam: 'A', gewicht: 5 },
      { naam: 'B', gewicht: 1 },
      { naam: 'C', gewicht: 1 },
      { naam: 'D', gewicht: 1 },
    ].map((l) => ({ gewicht: l.gewicht, aanwezig: aanwezig.includes(l.naam) }));

  it('drie kleine gemeenten zijn wel de meerderheid van de leden, maar niet van de stemmen', () => {
    const r = dubbelQuorum({ leden: leden('BCD') });
    assert.equal(r.ledenGehaald, true);
    assert.equal(r.stemmenGehaald, false);
    assert.equal(r.gehaald, false);
    assert.equal(r.aanwezigeStemmen, 3);
    assert.equal(r.totaalStemmen, 8);
  });

  it('de grote gemeente met één kleine is de helft van de leden: niet meer dan de helft', () => {
    const r = dubbelQuorum({ leden: leden('AB') });
    assert.equal(r.stemmenGehaald, true);
    assert.equal(r.ledenGehaald, false);
    assert.equal(r.gehaald, false);
  });

  it('de grote gemeente met twee kleine haalt beide', () => {
    assert.equal(dubbelQuorum({ leden: leden('ABC') }).gehaald, true);
  });
});

describe('Uitslag van een stemming', () => {
  it('volstrekte meerderheid: meer dan de helft van de uitgebrachte stemmen (Gemeentewet art. 30 lid 1)', () => {
    assert.deepEqual(uitslag({ voor: 6, tegen: 5 }), {
      aangenomen: true,
      soort: 'volstrekte_meerderheid',
      staken: false,
    });
    assert.equal(uitslag({ voor: 5, tegen: 6 }).aangenomen, false);
  });

  it('bij staking van stemmen is het voorstel niet aangenomen (Gemeentewet art. 32)', () => {
    assert.deepEqual(uitslag({ voor: 7, tegen: 7 }), {
      aangenomen: false,
      soort: 'volstrekte_meerderheid',
      staken: true,
    });
  });

  it('werkt met meervoudig stemrecht: één lid met 5 stemmen wint van drie leden met 1 stem', () => {
    assert.equal(uitslag({ voor: 5, tegen: 3 }).aangenomen, true);
  });

  it('zonder uitgebrachte stemmen is niets aangenomen en staken de stemmen niet', () => {
    assert.deepEqual(uitslag({ voor: 0, tegen: 0 }), {
      aangenomen: false,
      soort: 'volstrekte_meerderheid',
      staken: false,
    });
  });

  describe('gekwalificeerde meerderheid, gelezen als "ten minste" de breuk (Wgr art. 13 lid 4 onder c)', () => {
    const tweeDerde = { teller: 2, noemer: 3 };

    it('precies twee derde is genoeg: 20 van 30', () => {
      assert.deepEqual(uitslag({ voor: 20, tegen: 10, gekwalificeerd: tweeDerde }), {
        aangenomen: true,
        soort: 'gekwalificeerde_meerderheid',
        staken: false,
      });
    });

    it('net onder twee derde is niet genoeg: 19 van 29, ook al is dat een volstrekte meerderheid', () => {
      assert.equal(uitslag({ voor: 19, tegen: 10 }).aangenomen, true);
      assert.equal(uitslag({ voor: 19, tegen: 10, gekwalificeerd: tweeDerde }).aangenomen, false);
    });

    it('rekent zonder afrondingsfouten: 2 van 3 is precies twee derde', () => {
      assert.equal(uitslag({ voor: 2, tegen: 1, gekwalificeerd: tweeDerde }).aangenomen, true);
      assert.equal(
        uitslag({ voor: 200000001, tegen: 100000000, gekwalificeerd: tweeDerde }).aangenomen,
        true,
      );
      assert.equal(
        uitslag({ voor: 199999999, tegen: 100000000, gekwalificeerd: tweeDerde }).aangenomen,
        false,
      );
    });

    it('een breuk van de helft laat staking van stemmen niet tot aanneming leiden', () => {
      assert.deepEqual(uitslag({ voor: 4, tegen: 4, gekwalificeerd: { teller: 1, noemer: 2 } }), {
        aangenomen: false,
        soort: 'gekwalificeerde_meerderheid',
        staken: true,
      });
    });

    it('een ongeldige breuk wordt geweigerd', () => {
      assert.throws(
        () => uitslag({ voor: 1, tegen: 0, gekwalificeerd: { teller: 3, noemer: 2 } }),
        RangeError,
      );
      assert.throws(
        () => uitslag({ voor: 1, tegen: 0, gekwalificeerd: { teller: 2, noemer: 0 } }),
        RangeError,
      );
    });
  });
});
