import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Bevinding } from './bevinding';
import { controleerVorm, type VormInput } from './vormregels';

const gemeente = (id: string, dienstverlenend = false) => ({
  id,
  organisatieSoort: 'gemeente',
  dienstverlenend,
});

const basis: VormInput = {
  vorm: 'openbaar_lichaam',
  type: 'collegeregeling',
  deelnames: [gemeente('a'), gemeente('b')],
  bestuursorganen: ['ab', 'db', 'voorzitter'],
};
const codes = (bs: Bevinding[]) => bs.map((b) => b.code);
const controleer = (wijziging: Partial<VormInput>) => controleerVorm({ ...basis, ...wijziging });

describe('Vorm van de samenwerking (Wgr art. 1 en 8)', () => {
  it('een openbaar lichaam van twee colleges met AB, DB en voorzitter geeft geen bevindingen', () => {
    assert.deepEqual(controleer({}), []);
  });

  it('één deelnemer is te weinig: een regeling treffen "twee of meer" gemeenten (art. 1 lid 1)', () => {
    const [b] = controleer({ deelnames: [gemeente('a')] });
    assert.deepEqual(b, {
      code: 'te_weinig_deelnemers',
      ernst: 'fout',
      artikel: 'Wgr art. 1 lid 1',
      data: { aantal: 1 },
    });
  });

  describe('bedrijfsvoeringsorganisatie (art. 8 lid 3)', () => {
    const bvo: Partial<VormInput> = { vorm: 'bedrijfsvoeringsorganisatie', bestuursorganen: ['bestuur'] };

    it('mag in een collegeregeling', () => {
      assert.deepEqual(controleer({ ...bvo }), []);
    });

    it('mag niet in een raadsregeling of gemengde regeling', () => {
      assert.deepEqual(codes(controleer({ ...bvo, type: 'raadsregeling' })), ['bvo_geen_collegeregeling']);
      assert.deepEqual(codes(controleer({ ...bvo, type: 'gemengde_regeling' })), [
        'bvo_geen_collegeregeling',
      ]);
    });

    it('wordt niet afgekeurd zolang de soort regeling onbekend is', () => {
      assert.deepEqual(controleer({ ...bvo, type: 'onbekend' }), []);
    });

    it('heeft één bestuur en geen algemeen of dagelijks bestuur (art. 14a)', () => {
      const bs = controleer({ ...bvo, bestuursorganen: ['bestuur', 'ab', 'db', 'voorzitter'] });
      assert.deepEqual(
        bs.map((b) => [b.code, b.data?.orgaan]),
        [
          ['orgaan_past_niet_bij_vorm', 'ab'],
          ['orgaan_past_niet_bij_vorm', 'db'],
        ],
      );
    });
  });

  describe('centrumgemeente (art. 8 lid 4)', () => {
    const centrum: Partial<VormInput> = { vorm: 'centrumgemeente', bestuursorganen: [] };

    it('met precies één dienstverlenende gemeente is in orde', () => {
      assert.deepEqual(controleer({ ...centrum, deelnames: [gemeente('a', true), gemeente('b')] }), []);
    });

    it('zonder dienstverlenende gemeente is een fout', () => {
      const [b] = controleer({ ...centrum });
      assert.equal(b?.code, 'centrumgemeente_aantal_dienstverlenend');
      assert.deepEqual(b?.data, { aantal: 0 });
    });

    it('met twee dienstverlenende gemeenten is een fout', () => {
      const bs = controleer({ ...centrum, deelnames: [gemeente('a', true), gemeente('b', true)] });
      assert.deepEqual(
        bs.map((b) => b.data?.aantal),
        [2],
      );
    });

    it('de dienstverlener moet een gemeente zijn, geen provincie', () => {
      const provincie = { id: 'p', organisatieSoort: 'provincie', dienstverlenend: true };
      const [b] = controleer({ ...centrum, deelnames: [provincie, gemeente('b')] });
      assert.equal(b?.code, 'centrumgemeente_dienstverlener_geen_gemeente');
      assert.equal(b?.data?.deelnameId, 'p');
    });

    it('heeft geen eigen bestuur', () => {
      const bs = controleer({
        ...centrum,
        bestuursorganen: ['bestuur'],
        deelnames: [gemeente('a', true), gemeente('b')],
      });
      assert.deepEqual(codes(bs), ['orgaan_past_niet_bij_vorm']);
    });
  });

  it('een dienstverlenende deelnemer buiten een centrumgemeente is een waarschuwing', () => {
    const [b] = controleer({ deelnames: [gemeente('a', true), gemeente('b')] });
    assert.equal(b?.code, 'dienstverlenend_buiten_centrumgemeente');
    assert.equal(b?.ernst, 'waarschuwing');
  });

  describe('openbaar lichaam (art. 12 lid 1)', () => {
    it('waarschuwt als het dagelijks bestuur geen leden heeft', () => {
      const bs = controleer({ bestuursorganen: ['ab', 'voorzitter'] });
      assert.deepEqual(bs, [
        {
          code: 'orgaan_zonder_leden',
          ernst: 'waarschuwing',
          artikel: 'Wgr art. 12 lid 1',
          data: { orgaan: 'db' },
        },
      ]);
    });

    it('kent geen enkelvoudig "bestuur"', () => {
      assert.deepEqual(codes(controleer({ bestuursorganen: ['ab', 'db', 'voorzitter', 'bestuur'] })), [
        'orgaan_past_niet_bij_vorm',
      ]);
    });
  });

  it('een gemeenschappelijk orgaan zonder leden krijgt een waarschuwing (art. 15)', () => {
    const bs = controleer({ vorm: 'gemeenschappelijk_orgaan', bestuursorganen: [] });
    assert.deepEqual(
      bs.map((b) => [b.code, b.data?.orgaan, b.artikel]),
      [['orgaan_zonder_leden', 'bestuur', 'Wgr art. 8 lid 2, art. 15']],
    );
  });

  it('een regeling zonder meer heeft geen enkel bestuursorgaan', () => {
    assert.deepEqual(controleer({ vorm: 'regeling_zonder_meer', bestuursorganen: [] }), []);
    assert.deepEqual(codes(controleer({ vorm: 'regeling_zonder_meer', bestuursorganen: ['ab', 'ab'] })), [
      'orgaan_past_niet_bij_vorm',
    ]);
  });
});
