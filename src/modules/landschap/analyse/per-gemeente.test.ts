import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { AnalyseDeelname } from './invoer';
import { perGemeente } from './per-gemeente';

const gm = (
  regelingId: string,
  code: string,
  inwoners: number | null,
  extra: Partial<AnalyseDeelname> = {},
): AnalyseDeelname => ({
  regelingId,
  beleidsterreinen: [],
  organisatieCode: code,
  soort: 'gemeente',
  inwoners,
  ...extra,
});

describe('perGemeente', () => {
  test('telt regelingen in totaal en per beleidsterrein, elke regeling één keer', () => {
    const uit = perGemeente([
      gm('r1', 'GM0002', 100, { beleidsterreinen: ['veiligheid', 'zorg'] }),
      gm('r1', 'GM0002', 100, { beleidsterreinen: ['veiligheid', 'zorg'] }), // dubbele rij
      gm('r2', 'GM0002', 100, { beleidsterreinen: ['zorg'] }),
      gm('r2', 'GM0001', 300, { beleidsterreinen: ['zorg'] }),
    ]);
    assert.deepEqual(
      uit.map((g) => [g.code, g.regelingen, g.perBeleidsterrein]),
      [
        ['GM0001', 1, [{ beleidsterrein: 'zorg', aantal: 1 }]],
        [
          'GM0002',
          2,
          [
            { beleidsterrein: 'veiligheid', aantal: 1 },
            { beleidsterrein: 'zorg', aantal: 2 },
          ],
        ],
      ],
    );
  });

  test('bevolkingsaandeel over de gemeenten met bekend inwonertal; provincie telt niet mee', () => {
    const uit = perGemeente([
      gm('r1', 'GM0001', 300),
      gm('r1', 'GM0002', 100),
      gm('r1', 'GM0003', null),
      { regelingId: 'r1', beleidsterreinen: [], organisatieCode: 'PV20', soort: 'provincie', inwoners: null },
      gm('r2', 'GM0001', 300),
      gm('r2', 'GM0002', 300),
    ]);
    const g1 = uit.find((g) => g.code === 'GM0001')!;
    // r1: 300/400 = 0,75; r2: 300/600 = 0,5; gemiddeld 0,625
    assert.deepEqual(g1.bevolkingsaandeel, { gemiddelde: 0.625, bekend: 2 });
    assert.deepEqual(uit.find((g) => g.code === 'GM0003')!.bevolkingsaandeel, {
      gemiddelde: null,
      bekend: 0,
    });
    assert.equal(
      uit.find((g) => g.code === 'PV20'),
      undefined,
    );
  });

  test('zeggenschap: stemaandeel waar bekend, anders bevolkingsaandeel als schatting', () => {
    const uit = perGemeente([
      gm('r1', 'GM0001', 100, { stemaandeel: 0.2, kostenaandeel: 0.1 }),
      gm('r1', 'GM0002', 300, { stemaandeel: 0.8, kostenaandeel: 0.9 }),
      gm('r2', 'GM0001', 100),
      gm('r2', 'GM0002', 100),
    ]);
    const g1 = uit.find((g) => g.code === 'GM0001')!;
    assert.deepEqual(g1.stemaandeel, { gemiddelde: 0.2, bekend: 1 });
    assert.deepEqual(g1.kostenaandeel, { gemiddelde: 0.1, bekend: 1 });
    // (0,2 + 0,5) / 2, waarvan 1 geschat
    assert.equal(g1.zeggenschap.gemiddelde!.toFixed(4), '0.3500');
    assert.equal(g1.zeggenschap.bekend, 2);
    assert.equal(g1.zeggenschap.geschat, 1);
  });

  test('gemeenten zonder regelingen staan erin met 0', () => {
    const uit = perGemeente([gm('r1', 'GM0002', 1)], ['GM0009', 'GM0002']);
    assert.deepEqual(
      uit.map((g) => [g.code, g.regelingen]),
      [
        ['GM0002', 1],
        ['GM0009', 0],
      ],
    );
  });
});
