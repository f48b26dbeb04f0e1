import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bezoekCookie, leesBezoekCookie } from './tafel-bezoek';

const ID = '0f2d8c3e-7a41-4b8e-9c1d-2e3f4a5b6c7d';
const t = (iso: string) => new Date(iso);

describe('Nieuw aan de gedeelde tafel', () => {
  it('bewaart de stand in een cookie per gebruiker en wijst vreemde waarden af', () => {
    const s = { sinds: t('2026-12-01T08:00:00Z'), laatste: t('2026-12-06T10:00:00Z'), bekend: true };
    assert.deepEqual(leesBezoekCookie(bezoekCookie(ID, s), ID), s);
    assert.equal(leesBezoekCookie(bezoekCookie(ID, s), '1b7e9c1a-5f1e-4a51-9a3b-6f0c2d1e4a77'), null);
    for (const fout of [undefined, '', 'x', `${ID}.2.1.1`, `${ID}.1.2.3`, `${ID}.1.2`])
      assert.equal(leesBezoekCookie(fout, ID), null, String(fout));
  });
});
