import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bezoekCookie, leesBezoekCookie, TERUGBLIK_DAGEN, volgendBezoek } from './bezoek';

const ID = '0b7e9c1a-5f1e-4a51-9a3b-6f0c2d1e4a77';
const t = (iso: string) => new Date(iso);

describe('Nieuw sinds het vorige bezoek', () => {
  it('kent bij het eerste bezoek geen vorig bezoek en kijkt dan dertig dagen terug', () => {
    const s = volgendBezoek(null, t('2026-12-06T10:00:00Z'));
    assert.equal(s.bekend, false);
    assert.equal(s.sinds.toISOString(), '2026-11-06T10:00:00.000Z');
    assert.equal(TERUGBLIK_DAGEN, 30);
  });

  it('houdt binnen een bezoek hetzelfde moment vast, ook na herladen', () => {
    const eerste = volgendBezoek(
      { sinds: t('2026-12-01T08:00:00Z'), laatste: t('2026-12-01T09:00:00Z'), bekend: true },
      t('2026-12-06T10:00:00Z'),
    );
    assert.equal(eerste.sinds.toISOString(), '2026-12-01T09:00:00.000Z', 'het vorige bezoek');
    const herladen = volgendBezoek(eerste, t('2026-12-06T10:20:00Z'));
    assert.equal(herladen.sinds.toISOString(), '2026-12-01T09:00:00.000Z');
    assert.equal(herladen.bekend, true);
    const later = volgendBezoek(herladen, t('2026-12-06T11:00:01Z'));
    assert.equal(later.sinds.toISOString(), '2026-12-06T10:20:00.000Z', 'na een half uur: nieuw bezoek');
  });

  it('bewaart de stand in een cookie per gebruiker en wijst vreemde waarden af', () => {
    const s = { sinds: t('2026-12-01T08:00:00Z'), laatste: t('2026-12-06T10:00:00Z'), bekend: true };
    assert.deepEqual(leesBezoekCookie(bezoekCookie(ID, s), ID), s);
    assert.equal(leesBezoekCookie(bezoekCookie(ID, s), '1b7e9c1a-5f1e-4a51-9a3b-6f0c2d1e4a77'), null);
    for (const fout of [undefined, '', 'x', `${ID}.2.1.1`, `${ID}.1.2.3`, `${ID}.1.2`])
      assert.equal(leesBezoekCookie(fout, ID), null, String(fout));
  });

  it('begint opnieuw als het vorige bezoek in de toekomst ligt (een verzette klok)', () => {
    const s = volgendBezoek(
      { sinds: t('2027-01-01T08:00:00Z'), laatste: t('2027-01-01T09:00:00Z'), bekend: true },
      t('2026-12-06T10:00:00Z'),
    );
    assert.equal(s.bekend, false);
  });
});
