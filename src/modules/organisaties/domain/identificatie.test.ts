import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tooiUriVoor } from './identificatie';

describe('TOOI-URI uit de CBS-code', () => {
  it('gemeente Amsterdam GM0363 → …/gemeente/gm0363', () => {
    assert.equal(tooiUriVoor('gemeente', 'GM0363'), 'https://identifier.overheid.nl/tooi/id/gemeente/gm0363');
  });
  it('provincie Noord-Holland PV27 → …/provincie/pv27', () => {
    assert.equal(tooiUriVoor('provincie', 'PV27'), 'https://identifier.overheid.nl/tooi/id/provincie/pv27');
  });
  it('waterschap Brabantse Delta WS0652 → …/waterschap/ws0652', () => {
    assert.equal(
      tooiUriVoor('waterschap', 'WS0652'),
      'https://identifier.overheid.nl/tooi/id/waterschap/ws0652',
    );
  });
  it('geen URI voor een code die niet bij de soort past of voor andere soorten', () => {
    assert.equal(tooiUriVoor('gemeente', 'PV27'), null);
    assert.equal(tooiUriVoor('buitenlands', 'DE123'), null);
    assert.equal(tooiUriVoor('gemeente', null), null);
  });
});
