import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as api from './index';

describe('Openbare ingang van de termijnenmodule', () => {
  it('biedt de rekenfuncties en de standaardtabel aan', () => {
    for (const naam of [
      'isDatum',
      'parseDuur',
      'pasen',
      'algemeenErkendeFeestdagen',
      'maakKalender',
      'berekenTermijn',
      'vasteDatum',
    ]) {
      assert.equal(typeof api[naam as keyof typeof api], 'function', naam);
    }
    assert.ok(api.GELIJKGESTELDE_DAGEN.length > 0);
  });
  it('rekent een zienswijzetermijn van 8 weken door met een kalender met een extra dag van de beheerder', () => {
    const kalender = api.maakKalender([
      { datum: '2026-06-25', besluit: 'Besluit Z', bron: 'Stcrt. Z', status: 'bevestigd' },
    ]);
    const duur = api.parseDuur('P8W');
    assert.ok(duur);
    const r = api.berekenTermijn({
      start: '2026-04-30',
      duur,
      richting: 'vooruit',
      grondslag: 'wet',
      kalender,
    });
    assert.deepEqual([r.nominaleEinddatum, r.einddatum], ['2026-06-25', '2026-06-26']);
  });
});
