import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { AnalyseDeelname } from './invoer';
import { medelidmaatschap } from './medelidmaatschap';

const gm = (regelingId: string, code: string): AnalyseDeelname => ({
  regelingId,
  beleidsterreinen: [],
  organisatieCode: code,
  soort: 'gemeente',
  inwoners: null,
});

describe('medelidmaatschap', () => {
  const m = medelidmaatschap(
    [
      gm('r1', 'GM0003'),
      gm('r1', 'GM0001'),
      gm('r1', 'GM0002'),
      gm('r2', 'GM0001'),
      gm('r2', 'GM0002'),
      gm('r2', 'GM0002'), // dubbel
      gm('r3', 'GM0002'),
      gm('r3', 'GM0004'),
      { ...gm('r3', 'PV20'), soort: 'provincie' },
    ],
    ['GM0005'],
  );

  test('telt per paar de gedeelde regelingen, symmetrisch', () => {
    assert.deepEqual(m.codes, ['GM0001', 'GM0002', 'GM0003', 'GM0004', 'GM0005']);
    assert.equal(m.gedeeld('GM0001', 'GM0002'), 2);
    assert.equal(m.gedeeld('GM0002', 'GM0001'), 2);
    assert.equal(m.gedeeld('GM0001', 'GM0003'), 1);
    assert.equal(m.gedeeld('GM0002', 'GM0004'), 1);
    assert.equal(m.gedeeld('GM0001', 'GM0004'), 0);
    assert.equal(m.gedeeld('GM0001', 'GM0001'), 0);
    assert.equal(m.gedeeld('GM0001', 'PV20'), 0);
  });

  test('paren met minstens k, sterkste eerst', () => {
    assert.deepEqual(m.paren(2), [{ a: 'GM0001', b: 'GM0002', gedeeld: 2 }]);
    assert.deepEqual(
      m.paren(1).map((p) => `${p.a}-${p.b}:${p.gedeeld}`),
      ['GM0001-GM0002:2', 'GM0001-GM0003:1', 'GM0002-GM0003:1', 'GM0002-GM0004:1'],
    );
    assert.equal(m.paren(0).length, 4);
  });

  test('partners: met hoeveel anderen een gemeente iets deelt', () => {
    assert.equal(m.partners('GM0002'), 3);
    assert.equal(m.partners('GM0005'), 0);
  });

  test('landelijke schaal: 342 gemeenten, 10.000 deelnames (tijd in de diagnostiek)', (t) => {
    // Reproducible: a linear congruential generator. Regelingen of sizes like the register's: mostly small,
    // some large; plus a few national ones with every municipality.
    let zaad = 42;
    const toeval = () => (zaad = (zaad * 1103515245 + 12345) % 2147483648) / 2147483648;
    const codes = Array.from({ length: 342 }, (_, i) => `GM${String(i + 1).padStart(4, '0')}`);
    const rijen: AnalyseDeelname[] = [];
    for (const code of codes) rijen.push(gm('landelijk-1', code), gm('landelijk-2', code));
    let r = 0;
    while (rijen.length < 10_000) {
      const grootte = toeval() < 0.9 ? 2 + Math.floor(toeval() * 10) : 10 + Math.floor(toeval() * 60);
      const start = Math.floor(toeval() * codes.length);
      for (let i = 0; i < grootte && rijen.length < 10_000; i++)
        rijen.push(gm(`r${r}`, codes[(start + i) % codes.length]!));
      r += 1;
    }
    const begin = performance.now();
    const groot = medelidmaatschap(rijen);
    const sterk = groot.paren(5);
    const ms = performance.now() - begin;
    t.diagnostic(
      `medelidmaatschap: ${rijen.length} deelnames in ${r + 2} regelingen, ${codes.length} gemeenten: ${ms.toFixed(1)} ms (${sterk.length} paren met ≥ 5)`,
    );
    assert.equal(groot.codes.length, 342);
    assert.ok(groot.gedeeld('GM0001', 'GM0342') >= 2);
  });
});
