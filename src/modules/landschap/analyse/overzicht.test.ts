import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { AnalyseDeelname } from './invoer';
import { beleidsterreinenIn, landschapOverzicht, opBeleidsterrein } from './overzicht';

const gm = (regelingId: string, code: string, beleidsterreinen: string[]): AnalyseDeelname => ({
  regelingId,
  beleidsterreinen,
  organisatieCode: code,
  soort: 'gemeente',
  inwoners: null,
});

describe('filter op beleidsterrein', () => {
  const invoer = {
    deelnames: [
      gm('r1', 'GM0001', ['veiligheid']),
      gm('r1', 'GM0002', ['veiligheid']),
      gm('r2', 'GM0001', ['zorg', 'jeugd']),
    ],
    gemeenten: [
      { code: 'GM0001', naam: 'Een', provincieCode: null, provincieNaam: null, inwoners: null },
      { code: 'GM0002', naam: 'Twee', provincieCode: null, provincieNaam: null, inwoners: null },
    ],
    provincies: new Map<string, string>(),
    regelingen: 2,
  };

  test('de keuzes zijn de beleidsterreinen in de gegevens, op alfabet', () => {
    assert.deepEqual(beleidsterreinenIn(invoer.deelnames), ['jeugd', 'veiligheid', 'zorg']);
  });

  test('alleen de regelingen van dat terrein tellen; zonder terrein verandert niets', () => {
    const zorg = landschapOverzicht(opBeleidsterrein(invoer, 'zorg'));
    assert.equal(zorg.regelingen, 1);
    assert.deepEqual(
      zorg.gemeenten.map((g) => [g.code, g.regelingen]),
      [
        ['GM0001', 1],
        ['GM0002', 0],
      ],
    );
    assert.equal(opBeleidsterrein(invoer, undefined), invoer);
  });
});
