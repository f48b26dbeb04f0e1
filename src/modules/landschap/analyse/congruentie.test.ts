import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { congruentie, partnersets, type Regio } from './congruentie';
import type { AnalyseDeelname } from './invoer';

const gm = (regelingId: string, code: string): AnalyseDeelname => ({
  regelingId,
  beleidsterreinen: [],
  organisatieCode: code,
  soort: 'gemeente',
  inwoners: null,
});

// Twee veiligheidsregio's: Noord (A, B) en Zuid (C, D). E staat in geen regio van de indeling.
const regios: Regio[] = [
  { sleutel: 'vr:noord', naam: 'Noord', leden: ['GM000A', 'GM000B'] },
  { sleutel: 'vr:zuid', naam: 'Zuid', leden: ['GM000C', 'GM000D'] },
];

describe('congruentie met een regio-indeling', () => {
  // r1: A, B, C → paren AB (binnen), AC (over), BC (over)
  // r2: C, D    → paar CD (binnen)
  // r3: A, E    → paar AE (onbekend: E heeft geen regio)
  const c = congruentie(
    [
      gm('r1', 'GM000A'),
      gm('r1', 'GM000B'),
      gm('r1', 'GM000C'),
      gm('r2', 'GM000C'),
      gm('r2', 'GM000D'),
      gm('r3', 'GM000A'),
      gm('r3', 'GM000E'),
      { ...gm('r3', 'PV20'), soort: 'provincie' },
    ],
    regios,
    ['GM000F'],
  );

  test('landelijk: twee van de vier bekende medelidmaatschappen blijven binnen één regio', () => {
    assert.equal(c.binnen, 2);
    assert.equal(c.over, 2);
    assert.equal(c.onbekend, 1);
    assert.equal(c.aandeelBinnen, 0.5);
  });

  test('per regio: de paren met minstens één lid in de regio', () => {
    const [noord, zuid] = c.regios;
    // Noord: AB binnen, AC en BC over, AE onbekend
    assert.deepEqual(
      { binnen: noord!.binnen, over: noord!.over, onbekend: noord!.onbekend, leden: noord!.leden },
      { binnen: 1, over: 2, onbekend: 1, leden: 2 },
    );
    assert.equal(noord!.aandeelBinnen, 1 / 3);
    // Zuid: CD binnen, AC en BC over
    assert.deepEqual({ binnen: zuid!.binnen, over: zuid!.over }, { binnen: 1, over: 2 });
  });

  test('per gemeente: haar paren, haar regio, en nul voor een gemeente zonder regelingen', () => {
    const a = c.gemeenten.find((g) => g.code === 'GM000A')!;
    assert.deepEqual(a.regios, ['vr:noord']);
    assert.deepEqual(
      { binnen: a.binnen, over: a.over, onbekend: a.onbekend },
      { binnen: 1, over: 1, onbekend: 1 },
    );
    const e = c.gemeenten.find((g) => g.code === 'GM000E')!;
    assert.deepEqual(e.regios, []);
    assert.equal(e.aandeelBinnen, null);
    const f = c.gemeenten.find((g) => g.code === 'GM000F')!;
    assert.deepEqual(
      { binnen: f.binnen, over: f.over, onbekend: f.onbekend },
      { binnen: 0, over: 0, onbekend: 0 },
    );
    assert.deepEqual(
      c.gemeenten.map((g) => g.code),
      ['GM000A', 'GM000B', 'GM000C', 'GM000D', 'GM000E', 'GM000F'],
    );
  });

  test('een gemeente in twee regio’s telt binnen bij elke regio die zij met de ander deelt', () => {
    const dubbel = congruentie(
      [gm('r1', 'GM000A'), gm('r1', 'GM000C')],
      [
        { sleutel: 'x:1', naam: '1', leden: ['GM000A', 'GM000C'] },
        { sleutel: 'x:2', naam: '2', leden: ['GM000A'] },
      ],
    );
    assert.equal(dubbel.binnen, 1);
    assert.equal(dubbel.regios[0]!.binnen, 1);
    // Voor regio 2 gaat het paar naar buiten: C ligt niet in regio 2.
    assert.equal(dubbel.regios[1]!.over, 1);
  });

  test('twee keer dezelfde deelnemer in één regeling telt één keer', () => {
    const c2 = congruentie([gm('r1', 'GM000A'), gm('r1', 'GM000A'), gm('r1', 'GM000B')], regios);
    assert.equal(c2.binnen, 1);
  });
});

describe('partnersets', () => {
  test('telt per gemeente de verschillende groepen partners over haar regelingen', () => {
    const p = partnersets(
      [
        // A werkt in r1 en r2 met precies dezelfde partners (B en de provincie): één set
        gm('r1', 'GM000A'),
        gm('r1', 'GM000B'),
        { ...gm('r1', 'PV20'), soort: 'provincie' },
        gm('r2', 'GM000B'),
        { ...gm('r2', 'PV20'), soort: 'provincie' },
        gm('r2', 'GM000A'),
        // in r3 met B en C: een tweede set
        gm('r3', 'GM000A'),
        gm('r3', 'GM000B'),
        gm('r3', 'GM000C'),
        // r4 heeft alleen A (en een deelnemer zonder code): geen set
        gm('r4', 'GM000A'),
        { ...gm('r4', 'x'), organisatieCode: null, soort: 'overig' },
      ],
      ['GM000Z'],
    );
    assert.equal(p.get('GM000A'), 2);
    // B: {A, PV20} in r1 en r2, {A, C} in r3
    assert.equal(p.get('GM000B'), 2);
    assert.equal(p.get('GM000C'), 1);
    assert.equal(p.get('GM000Z'), 0);
    assert.equal(p.has('PV20'), false);
  });
});
