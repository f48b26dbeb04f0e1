import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { maakKalender, STANDAARD_KALENDER as k } from './kalender';
import type { GelijkgesteldeDag } from './gelijkgestelde-dagen';

const soorten = (datum: string, kal = k) => kal.redenen(datum).map((r) => r.soort);

describe('Kalender: welke dagen tellen niet als werkdag (Atw art. 1 en 3)', () => {
  it('een gewone donderdag is een werkdag', () => {
    assert.equal(k.isWerkdag('2026-06-25'), true);
    assert.deepEqual(k.redenen('2026-06-25'), []);
  });
  it('zaterdag en zondag zijn geen werkdag (art. 1 lid 1)', () => {
    assert.deepEqual(soorten('2026-06-27'), ['zaterdag']);
    assert.deepEqual(soorten('2026-06-28'), ['zondag']);
  });
  it('Tweede Paasdag 2026 is een feestdag, met naam en artikel', () => {
    assert.deepEqual(k.redenen('2026-04-06'), [
      { soort: 'feestdag', datum: '2026-04-06', naam: 'Tweede Paasdag', artikel: 'Atw art. 3 lid 1' },
    ]);
  });
  it('Koningsdag 2025 (zaterdag 26 april) is zowel zaterdag als feestdag', () => {
    assert.deepEqual(soorten('2025-04-26'), ['zaterdag', 'feestdag']);
  });
  it('vrijdag 15 mei 2026 is bij besluit gelijkgesteld (art. 3 lid 3), nog onbevestigd', () => {
    const [r] = k.redenen('2026-05-15');
    assert.equal(r?.soort, 'gelijkgesteld');
    assert.equal(r?.soort === 'gelijkgesteld' && r.status, 'onbevestigd');
    assert.equal(k.isWerkdag('2026-05-15'), false);
  });
  it('een door de beheerder toegevoegde dag telt mee, naast de standaardtabel', () => {
    const extra: GelijkgesteldeDag = {
      datum: '2029-05-11',
      besluit: 'Besluit X',
      bron: 'Stcrt. 2028, 1',
      status: 'bevestigd',
    };
    const kal = maakKalender([extra]);
    assert.equal(kal.isWerkdag('2029-05-11'), false);
    assert.equal(kal.isWerkdag('2026-05-15'), false);
    assert.equal(k.isWerkdag('2029-05-11'), true);
    assert.equal(kal.gelijkgesteldeDagen.length, k.gelijkgesteldeDagen.length + 1);
  });
  it('de standaardtabel kan worden vervangen, bijvoorbeeld door een lege', () => {
    assert.equal(maakKalender([], []).isWerkdag('2026-05-15'), true);
  });
  it('een ongeldige datum in de tabel of als vraag wordt geweigerd', () => {
    assert.throws(
      () => maakKalender([{ datum: '2026-02-30', besluit: '', bron: '', status: 'bevestigd' }]),
      RangeError,
    );
    assert.throws(() => k.redenen('15-05-2026'), RangeError);
  });
});
