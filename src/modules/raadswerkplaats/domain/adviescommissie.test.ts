import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  aanwijsStap,
  adviescommissieMogelijk,
  beeindigStap,
  besluitStap,
  indienStap,
  instelStap,
  intrekStap,
  isZittend,
  raadTelt,
  type Raadsbesluit,
  stukStap,
  voorstelStand,
} from './adviescommissie';

const RADEN = ['aldewolde', 'bremmerdam', 'culemborgh'];
const voorstel = { ingediend: '2026-03-01', ingesteldOp: null, ingetrokkenOp: null };
const besluit = (organisatieId: string, uitkomst: Raadsbesluit['uitkomst'], datum: string): Raadsbesluit => ({
  organisatieId,
  uitkomst,
  datum,
  kenmerk: null,
});

describe('Gemeenschappelijke adviescommissie (Wgr art. 24a)', () => {
  describe('alleen bij een openbaar lichaam, sinds 1 juli 2022 (lid 1)', () => {
    it('kan bij een openbaar lichaam', () => {
      assert.deepEqual(adviescommissieMogelijk('openbaar_lichaam', '2026-12-07'), { ok: true });
    });

    it('kan niet bij een bedrijfsvoeringsorganisatie of gemeenschappelijk orgaan: die hebben geen algemeen bestuur', () => {
      for (const vorm of [
        'bedrijfsvoeringsorganisatie',
        'gemeenschappelijk_orgaan',
        'centrumgemeente',
      ] as const) {
        const s = adviescommissieMogelijk(vorm, '2026-12-07');
        assert.ok(!s.ok);
        assert.equal(s.artikel, 'Wgr art. 24a lid 1');
        assert.match(s.reden, /alleen bij een openbaar lichaam/);
      }
    });

    it('bestond vóór 1 juli 2022 nog niet', () => {
      assert.equal(adviescommissieMogelijk('openbaar_lichaam', '2022-06-30').ok, false);
      assert.equal(adviescommissieMogelijk('openbaar_lichaam', '2022-07-01').ok, true);
    });
  });

  describe('welke raden tellen', () => {
    it('de raad van een gemeente, provinciale staten (art. 41, 52) en het algemeen bestuur van een waterschap (art. 50a)', () => {
      assert.ok(raadTelt('gemeente'));
      assert.ok(raadTelt('provincie'));
      assert.ok(raadTelt('waterschap'));
    });

    it('niet het Rijk of een andere deelnemer zonder raad', () => {
      assert.equal(raadTelt('rijk'), false);
      assert.equal(raadTelt('overig'), false);
    });
  });

  describe('het voorstel, raad voor raad', () => {
    it('is in behandeling zolang niet alle raden besloten', () => {
      const s = voorstelStand(voorstel, RADEN, [besluit('aldewolde', 'ingestemd', '2026-04-01')]);
      assert.equal(s.status, 'in_behandeling');
      assert.equal(s.ingestemd, 1);
      assert.equal(s.open, 2);
      assert.match(s.watVolgt, /2 raden moeten nog besluiten/);
      assert.equal(s.gezamenlijkOp, null);
    });

    it('is pas een gezamenlijk voorstel als alle raden instemden; dan moet het AB instellen', () => {
      const s = voorstelStand(voorstel, RADEN, [
        besluit('aldewolde', 'ingestemd', '2026-04-01'),
        besluit('bremmerdam', 'ingestemd', '2026-05-12'),
        besluit('culemborgh', 'ingestemd', '2026-04-20'),
      ]);
      assert.equal(s.status, 'gezamenlijk_voorstel');
      assert.equal(s.gezamenlijkOp, '2026-05-12', 'de dag van het laatste raadsbesluit');
      assert.match(s.watVolgt, /moet de commissie nu instellen \(art\. 24a lid 1\)/);
    });

    it('is verworpen zolang één raad nee zei, ook als de rest instemde', () => {
      const s = voorstelStand(voorstel, RADEN, [
        besluit('aldewolde', 'ingestemd', '2026-04-01'),
        besluit('bremmerdam', 'verworpen', '2026-05-12'),
        besluit('culemborgh', 'ingestemd', '2026-04-20'),
      ]);
      assert.equal(s.status, 'verworpen');
      assert.match(s.watVolgt, /geen gezamenlijk voorstel/);
    });

    it('telt het besluit van een raad die niet meer deelneemt niet mee', () => {
      const s = voorstelStand(
        voorstel,
        ['aldewolde'],
        [besluit('aldewolde', 'ingestemd', '2026-04-01'), besluit('uitgetreden', 'verworpen', '2026-04-02')],
      );
      assert.equal(s.status, 'gezamenlijk_voorstel');
    });

    it('zonder raden die tellen is er nooit een gezamenlijk voorstel', () => {
      assert.equal(voorstelStand(voorstel, [], []).status, 'in_behandeling');
    });
  });

  describe('de stappen', () => {
    it('een raad dient in; niet bij een bedrijfsvoeringsorganisatie, niet namens een deelnemer zonder raad, niet twee tegelijk', () => {
      const basis = {
        vorm: 'openbaar_lichaam' as const,
        peildatum: '2026-03-01',
        soort: 'gemeente',
        lopend: false,
      };
      assert.ok(indienStap(basis).ok);
      assert.equal(indienStap({ ...basis, vorm: 'bedrijfsvoeringsorganisatie' }).ok, false);
      assert.equal(indienStap({ ...basis, soort: 'overig' }).ok, false);
      const twee = indienStap({ ...basis, lopend: true });
      assert.ok(!twee.ok);
      assert.match(twee.reden, /loopt al een voorstel/);
    });

    it('een raad besluit na de indiening, zolang het voorstel loopt', () => {
      const o = { datum: '2026-04-01', soort: 'gemeente', raadIsDeelnemer: true };
      assert.ok(besluitStap(voorstel, o).ok);
      assert.equal(besluitStap(voorstel, { ...o, datum: '2026-02-01' }).ok, false);
      assert.equal(besluitStap(voorstel, { ...o, raadIsDeelnemer: false }).ok, false);
      assert.equal(besluitStap({ ...voorstel, ingetrokkenOp: '2026-03-10' }, o).ok, false);
      assert.equal(besluitStap({ ...voorstel, ingesteldOp: '2026-06-01' }, o).ok, false);
    });

    it('het AB stelt in op het gezamenlijke voorstel, niet eerder', () => {
      const half = voorstelStand(voorstel, RADEN, [besluit('aldewolde', 'ingestemd', '2026-04-01')]);
      const geweigerd = instelStap(voorstel, half, '2026-06-01');
      assert.ok(!geweigerd.ok);
      assert.equal(geweigerd.artikel, 'Wgr art. 24a lid 1');
      const alle = voorstelStand(
        voorstel,
        RADEN,
        RADEN.map((r) => besluit(r, 'ingestemd', '2026-05-01')),
      );
      assert.ok(instelStap(voorstel, alle, '2026-06-01').ok);
      assert.equal(instelStap(voorstel, alle, '2026-04-30').ok, false, 'niet vóór het laatste raadsbesluit');
    });

    it('een voorstel is in te trekken tot de instelling', () => {
      assert.ok(intrekStap(voorstel).ok);
      assert.equal(intrekStap({ ...voorstel, ingesteldOp: '2026-06-01' }).ok, false);
    });

    it('leden worden na de instelling per raad aangewezen (lid 3)', () => {
      const o = { datum: '2026-06-15', soort: 'gemeente', raadIsDeelnemer: true };
      const voor = aanwijsStap(voorstel, o);
      assert.ok(!voor.ok);
      assert.equal(voor.artikel, 'Wgr art. 24a lid 3');
      const ingesteld = { ...voorstel, ingesteldOp: '2026-06-01' };
      assert.ok(aanwijsStap(ingesteld, o).ok);
      assert.equal(aanwijsStap(ingesteld, { ...o, datum: '2026-05-31' }).ok, false);
    });

    it('het lidmaatschap eindigt met een datum en een reden, en telt daarna niet meer (lid 4)', () => {
      const lid = { aangewezenOp: '2026-06-15', eindigtOp: null };
      assert.ok(beeindigStap(lid, '2026-09-01', 'uit de raad').ok);
      assert.equal(beeindigStap(lid, '2026-06-01', 'uit de raad').ok, false);
      assert.equal(beeindigStap(lid, '2026-09-01', ' ').ok, false);
      assert.equal(beeindigStap({ ...lid, eindigtOp: '2026-09-01' }, '2026-10-01', 'x').ok, false);
      assert.ok(isZittend(lid, '2026-08-31'));
      assert.equal(isZittend({ ...lid, eindigtOp: '2026-09-01' }, '2026-09-01'), false);
    });

    it('vergaderingen en adviezen na de instelling', () => {
      assert.equal(stukStap(voorstel, '2026-07-01').ok, false);
      assert.ok(stukStap({ ...voorstel, ingesteldOp: '2026-06-01' }, '2026-07-01').ok);
      assert.equal(stukStap({ ...voorstel, ingesteldOp: '2026-06-01' }, '2026-05-01').ok, false);
    });
  });
});
