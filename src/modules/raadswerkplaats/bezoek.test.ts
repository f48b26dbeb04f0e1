import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LAATSTE_BIJWERKEN_NA_MS, moetOpslaan, TERUGBLIK_DAGEN, volgendBezoek } from './bezoek';

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

  it('schrijft de stand bij het eerste bezoek en bij elk nieuw bezoek, binnen een bezoek hoogstens eens per minuut', () => {
    const eerste = volgendBezoek(null, t('2026-12-06T10:00:00Z'));
    assert.equal(moetOpslaan(null, eerste), true, 'nog niets bewaard');
    const herladen = volgendBezoek(eerste, t('2026-12-06T10:00:30Z'));
    assert.equal(moetOpslaan(eerste, herladen), false, 'een halve minuut later: niets te schrijven');
    const minuut = volgendBezoek(eerste, t('2026-12-06T10:01:00Z'));
    assert.equal(LAATSTE_BIJWERKEN_NA_MS, 60_000);
    assert.equal(moetOpslaan(eerste, minuut), true, 'na een minuut schuift het laatste bezoek op');
    const nieuw = volgendBezoek(minuut, t('2026-12-06T12:00:00Z'));
    assert.equal(nieuw.bekend, true);
    assert.equal(moetOpslaan(minuut, nieuw), true, 'een nieuw bezoek');
  });

  it('begint opnieuw als het vorige bezoek in de toekomst ligt (een verzette klok)', () => {
    const s = volgendBezoek(
      { sinds: t('2027-01-01T08:00:00Z'), laatste: t('2027-01-01T09:00:00Z'), bekend: true },
      t('2026-12-06T10:00:00Z'),
    );
    assert.equal(s.bekend, false);
  });
});
