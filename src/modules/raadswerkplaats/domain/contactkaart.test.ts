import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { controleerContactkaart, gedeeld, isEmail, isTelefoon } from './contactkaart';

const kaart = {
  zichtbaar: true,
  functie: ' Raadslid ',
  fractie: 'Lokaal Belang',
  email: 'j.jansen@bremmerdam.nl',
  telefoon: '06 12345678',
  toelichting: '',
};

describe('De contactkaart', () => {
  it('neemt een ingevulde kaart aan, zonder spaties eromheen en met lege velden als niet ingevuld', () => {
    const c = controleerContactkaart(kaart);
    assert.ok(c.ok);
    assert.equal(c.kaart.functie, 'Raadslid');
    assert.equal(c.kaart.toelichting, null);
  });

  it('wijst een e-mailadres zonder @ of domein af, met een Nederlandse melding bij het veld', () => {
    for (const fout of ['jansen', 'jansen@', 'j jansen@bremmerdam.nl', 'jansen@bremmerdam', 'a@b@c.nl'])
      assert.equal(isEmail(fout), false, fout);
    const c = controleerContactkaart({ ...kaart, email: 'jansen@bremmerdam' });
    assert.ok(!c.ok);
    assert.match(c.fouten.email ?? '', /geldig e-mailadres/);
  });

  it('neemt telefoonnummers aan zoals mensen ze schrijven, met 10 tot 15 cijfers', () => {
    for (const goed of ['0612345678', '06-12345678', '+31 6 1234 5678', '(020) 123 45 67', '0031 20 1234567'])
      assert.equal(isTelefoon(goed), true, goed);
    for (const fout of ['12345', 'bel mij', '06 1234 567x', '+31 6 1234 5678 9012 34'])
      assert.equal(isTelefoon(fout), false, fout);
    const c = controleerContactkaart({ ...kaart, telefoon: '112' });
    assert.ok(!c.ok);
    assert.match(c.fouten.telefoon ?? '', /10 tot 15 cijfers/);
  });

  it('begrenst de lengte van de velden', () => {
    const c = controleerContactkaart({ ...kaart, toelichting: 'x'.repeat(1001) });
    assert.ok(!c.ok);
    assert.equal(c.fouten.toelichting, 'Hoogstens 1000 tekens');
  });

  it('toont niets van wie de kaart niet aanzette, en anders alleen wat is ingevuld', () => {
    assert.equal(gedeeld(null), null);
    assert.equal(gedeeld({ ...kaart, zichtbaar: false }), null);
    const c = controleerContactkaart(kaart);
    assert.ok(c.ok);
    assert.deepEqual(gedeeld(c.kaart), {
      functie: 'Raadslid',
      fractie: 'Lokaal Belang',
      email: 'j.jansen@bremmerdam.nl',
      telefoon: '06 12345678',
    });
  });
});
