import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { jaccard, naamwoorden, verandering, vergelijkbareNaam, type VergelijkRegeling } from './verandering';

const r = (id: string, naam: string, ...gemeenten: string[]): VergelijkRegeling => ({ id, naam, gemeenten });

describe('namen vergelijken', () => {
  test('kleine letters, zonder accenten, leestekens en woorden als “gemeenschappelijke regeling”', () => {
    assert.equal(
      vergelijkbareNaam('Gemeenschappelijke Regeling Veiligheidsregio Twente'),
      'veiligheidsregio twente',
    );
    assert.equal(vergelijkbareNaam('GR  Reiniging-Dienst van Súdwest'), 'reiniging dienst sudwest');
    assert.deepEqual(naamwoorden('De GGD, Hollands Noorden'), ['ggd', 'hollands', 'noorden']);
  });

  test('jaccard: gedeeld gedeeld door samen', () => {
    assert.equal(jaccard(['a', 'b', 'c'], ['b', 'c', 'd']), 0.5);
    assert.equal(jaccard([], []), null);
    assert.equal(jaccard(['a'], []), 0);
  });
});

describe('verandering van 2016 naar 2026', () => {
  const toen = [
    r('o1', 'GR Veiligheidsregio Twente', 'GM0001', 'GM0002', 'GM0003'),
    r('o2', 'Belastingsamenwerking Oost', 'GM0001', 'GM0002'),
    r('o3', 'Recreatieschap Plas', 'GM0003', 'GM0004'),
    r('o4', 'Afvalschap Noord', 'GM0005'),
  ];
  const nu = [
    r('n1', 'Veiligheidsregio Twente', 'GM0001', 'GM0002', 'GM0003'),
    r('n2', 'Belastingsamenwerking Oost-Nederland', 'GM0001', 'GM0002', 'GM0006'),
    r('n3', 'Regionale Uitvoeringsdienst', 'GM0003', 'GM0004'),
    r('n4', 'Recreatieschap Plas', 'GM0004'),
  ];
  const v = verandering(toen, nu);

  test('gelijke genormaliseerde naam: een match op naam', () => {
    const m = v.matches.find((x) => x.oud.id === 'o1')!;
    assert.equal(m.nieuw.id, 'n1');
    assert.equal(m.wijze, 'naam');
    assert.equal(m.deelnemersoverlap, 1);
    assert.equal(v.matches.find((x) => x.oud.id === 'o3')!.nieuw.id, 'n4');
  });

  test('verwante naam en deelnemers: een match met de scores erbij', () => {
    const m = v.matches.find((x) => x.oud.id === 'o2')!;
    assert.equal(m.nieuw.id, 'n2');
    assert.equal(m.wijze, 'naam-en-deelnemers');
    // woorden {belastingsamenwerking, oost} tegen {belastingsamenwerking, oost, nederland}: 2/3
    assert.equal(m.naamgelijkenis, 2 / 3);
    // gemeenten {1, 2} tegen {1, 2, 6}: 2/3
    assert.equal(m.deelnemersoverlap, 2 / 3);
    assert.equal(m.score, 2 / 3);
  });

  test('wat niet past, staat aan één kant: dezelfde deelnemers maar een andere naam is geen match', () => {
    assert.deepEqual(
      v.alleenOud.map((x) => x.id),
      ['o4'],
    );
    assert.deepEqual(
      v.alleenNieuw.map((x) => x.id),
      ['n3'],
    );
    assert.equal(v.toen, 4);
    assert.equal(v.nu, 4);
  });

  test('per gemeente: toen, nu, gebleven, verlaten en nieuw', () => {
    const g = new Map(v.gemeenten.map((x) => [x.code, x]));
    // GM0003: toen o1, o3; nu n1, n3. o1→n1 met haar erin; o3→n4 zonder haar.
    assert.deepEqual(g.get('GM0003'), { code: 'GM0003', toen: 2, nu: 2, gebleven: 1, verlaten: 1, nieuw: 1 });
    // GM0006 is nieuw in n2
    assert.deepEqual(g.get('GM0006'), { code: 'GM0006', toen: 0, nu: 1, gebleven: 0, verlaten: 0, nieuw: 1 });
    assert.deepEqual(g.get('GM0005'), { code: 'GM0005', toen: 1, nu: 0, gebleven: 0, verlaten: 1, nieuw: 0 });
  });

  test('bij twee kandidaten met dezelfde naam wint de grootste overlap in deelnemers', () => {
    const w = verandering(
      [r('o1', 'Werkvoorziening', 'GM0001', 'GM0002')],
      [r('n1', 'Werkvoorziening', 'GM0007'), r('n2', 'Werkvoorziening', 'GM0001', 'GM0002')],
    );
    assert.equal(w.matches[0]!.nieuw.id, 'n2');
    assert.deepEqual(
      w.alleenNieuw.map((x) => x.id),
      ['n1'],
    );
  });
});
