import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { aandelen } from './aandelen';

describe('Zeggenschap, kosten en inwoners naast elkaar', () => {
  it('berekent stem-, kosten- en bevolkingsaandeel als deel van het geheel', () => {
    const r = aandelen([
      { organisatieId: 'groot', stemmen: 3, kostenPercentage: 60, inwoners: 75000 },
      { organisatieId: 'klein', stemmen: 1, kostenPercentage: 40, inwoners: 25000 },
    ]);
    assert.deepEqual(r, [
      { organisatieId: 'groot', stemaandeel: 0.75, kostenaandeel: 0.6, bevolkingsaandeel: 0.75 },
      { organisatieId: 'klein', stemaandeel: 0.25, kostenaandeel: 0.4, bevolkingsaandeel: 0.25 },
    ]);
  });

  it('als van één deelnemer de stemmen onbekend zijn, is van niemand het stemaandeel bekend', () => {
    const r = aandelen([
      { organisatieId: 'a', stemmen: 2, kostenPercentage: null, inwoners: null },
      { organisatieId: 'b', stemmen: null, kostenPercentage: null, inwoners: null },
    ]);
    assert.deepEqual(
      r.map((d) => d.stemaandeel),
      [null, null],
    );
  });

  it('een onbekend kostenpercentage blijft onbekend; de andere percentages worden niet herschaald', () => {
    const r = aandelen([
      { organisatieId: 'a', stemmen: 1, kostenPercentage: 30, inwoners: 1 },
      { organisatieId: 'b', stemmen: 1, kostenPercentage: null, inwoners: 1 },
    ]);
    assert.deepEqual(
      r.map((d) => d.kostenaandeel),
      [0.3, null],
    );
  });

  it('een deelnemer zonder inwonertal (zoals een provincie) telt niet mee in de noemer', () => {
    const r = aandelen([
      { organisatieId: 'gemeente-a', stemmen: 1, kostenPercentage: 45, inwoners: 30000 },
      { organisatieId: 'gemeente-b', stemmen: 1, kostenPercentage: 45, inwoners: 10000 },
      { organisatieId: 'provincie', stemmen: 1, kostenPercentage: 10, inwoners: null },
    ]);
    assert.deepEqual(
      r.map((d) => d.bevolkingsaandeel),
      [0.75, 0.25, null],
    );
  });

  it('zonder stemmen in totaal is er geen stemaandeel', () => {
    const r = aandelen([{ organisatieId: 'a', stemmen: 0, kostenPercentage: null, inwoners: null }]);
    assert.equal(r[0]?.stemaandeel, null);
  });
});
