import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  antwoordStap,
  geadresseerden,
  inlichtingTermijn,
  intrekStap,
  isVerlopen,
  plusDagen,
  STANDAARD_TERMIJN_DAGEN,
} from './inlichtingen';
import { type InstrumentenInput, onzeInstrumenten } from './instrumenten';

const invoer = (extra: Partial<InstrumentenInput> = {}): InstrumentenInput => ({
  vorm: 'openbaar_lichaam',
  type: 'raadsregeling',
  organisatieSoort: 'gemeente',
  onzeOrganen: ['raad'],
  afspraken: {},
  peildatum: '2026-03-01',
  ...extra,
});
const aan = (extra: Partial<InstrumentenInput> = {}, leden: string[] = []) =>
  geadresseerden(onzeInstrumenten(invoer(extra)), leden);

describe('Aan wie een raadslid inlichtingen vraagt (Wgr art. 16–19)', () => {
  it('raadsregeling met openbaar lichaam: ons lid in het AB (art. 16 lid 2) en het bestuur (art. 17 lid 1)', () => {
    const a = aan({}, ['J. Jansen']);
    assert.deepEqual(
      a.map((x) => [x.aan, x.naam, x.artikel]),
      [
        ['lid', 'Ons lid in het algemeen bestuur (J. Jansen)', 'Wgr art. 16 lid 2'],
        ['bestuur', 'Het bestuur van de regeling', 'Wgr art. 17 lid 1'],
      ],
    );
  });

  it('collegeregeling: de vraag over ons lid gaat naar het college, dat verantwoording aflegt aan de raad (art. 19 lid 1)', () => {
    const [lid] = aan({ type: 'collegeregeling', onzeOrganen: ['college'] });
    assert.equal(lid?.aan, 'lid');
    assert.match(lid.naam, /^Het college, voor ons lid in het bestuur/);
    assert.match(lid.artikel, /19 lid 1 jo\. art\. 16 lid 2/);
    assert.match(lid.uitleg, /art\. 18/);
  });

  it('burgemeestersregeling: de burgemeester (art. 19 lid 2)', () => {
    const [lid] = aan({ type: 'burgemeestersregeling', onzeOrganen: ['burgemeester'] });
    assert.match(lid!.naam, /^De burgemeester/);
    assert.match(lid!.artikel, /19 lid 2/);
  });

  it('vóór 1 juli 2022 heet het bestuursrecht art. 17 zonder lid', () => {
    const a = aan({ peildatum: '2021-06-01' });
    assert.equal(a.find((x) => x.aan === 'bestuur')?.artikel, 'Wgr art. 17');
  });

  it('centrumgemeenteregeling: geen eigen bestuur, dus niemand om inlichtingen aan te vragen', () => {
    assert.deepEqual(aan({ vorm: 'centrumgemeente' as InstrumentenInput['vorm'] }), []);
  });
});

describe('De termijn voor het antwoord', () => {
  it('telt kalenderdagen, over maand- en jaargrenzen en schrikkeldagen', () => {
    assert.equal(plusDagen('2026-01-31', 1), '2026-02-01');
    assert.equal(plusDagen('2026-12-20', 28), '2027-01-17');
    assert.equal(plusDagen('2028-02-28', 1), '2028-02-29');
  });

  it('neemt de afgesproken termijn van de regeling', () => {
    assert.deepEqual(inlichtingTermijn('2026-03-02', 14, 28), {
      uiterlijk: '2026-03-16',
      dagen: 14,
      grondslag: 'regeling',
    });
  });

  it('valt zonder (geldige) afspraak terug op de standaardtermijn', () => {
    for (const afspraak of [null, undefined, 0, -3, 2.5])
      assert.deepEqual(inlichtingTermijn('2026-03-02', afspraak, 21), {
        uiterlijk: '2026-03-23',
        dagen: 21,
        grondslag: 'standaard',
      });
    assert.equal(inlichtingTermijn('2026-03-02', null).dagen, STANDAARD_TERMIJN_DAGEN);
  });

  it('is te laat na de laatste dag, alleen zolang de vraag open is', () => {
    const v = { status: 'open' as const, uiterlijk: '2026-03-16' };
    assert.equal(isVerlopen(v, '2026-03-16'), false);
    assert.equal(isVerlopen(v, '2026-03-17'), true);
    assert.equal(isVerlopen({ ...v, status: 'beantwoord' }, '2026-04-01'), false);
  });
});

describe('De levensloop', () => {
  it('alleen een open vraag wordt beantwoord of ingetrokken, en niet met een antwoord van vóór de vraag', () => {
    assert.deepEqual(antwoordStap({ status: 'open', gesteldOp: '2026-03-02' }, '2026-03-05'), { ok: true });
    assert.deepEqual(antwoordStap({ status: 'open', gesteldOp: '2026-03-02' }, '2026-03-01'), {
      ok: false,
      reden: 'antwoord_voor_vraag',
    });
    assert.deepEqual(antwoordStap({ status: 'beantwoord', gesteldOp: '2026-03-02' }, '2026-03-05'), {
      ok: false,
      reden: 'niet_open',
    });
    assert.deepEqual(intrekStap({ status: 'ingetrokken' }), { ok: false, reden: 'niet_open' });
  });
});
