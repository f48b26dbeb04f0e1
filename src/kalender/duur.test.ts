import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDuur } from './duur';

describe('Termijnduur uit ISO 8601 lezen', () => {
  it('leest weken, dagen, maanden en uren', () => {
    assert.deepEqual(parseDuur('P8W'), { eenheid: 'weken', aantal: 8 });
    assert.deepEqual(parseDuur('P14D'), { eenheid: 'dagen', aantal: 14 });
    assert.deepEqual(parseDuur('P3M'), { eenheid: 'maanden', aantal: 3 });
    assert.deepEqual(parseDuur('PT48H'), { eenheid: 'uren', aantal: 48 });
  });
  it('weigert samengestelde, lege, negatieve, gebroken en onzinnige waarden', () => {
    for (const s of [
      'P1Y2M',
      'P1Y',
      'P0D',
      'PT0H',
      '-P1D',
      'P-1D',
      'P1.5D',
      'P',
      'PT',
      'P8w',
      '8W',
      ' P8W',
      'P8WX',
      'PT30M',
      'P99999999999999999D',
      'onzin',
      '',
    ]) {
      assert.equal(parseDuur(s), null, s);
    }
  });
});
