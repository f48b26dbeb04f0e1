import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  actieveDeelnemers,
  controleerBijdrage,
  digestMail,
  isNieuw,
  isVeiligeUrl,
  leesVerwijzingen,
  namensOrganisaties,
  ondertekeningStand,
  perOnderwerp,
} from './tafel';

const A = 'aaaaaaaa-0000-4000-8000-000000000001';
const B = 'bbbbbbbb-0000-4000-8000-000000000002';
const C = 'cccccccc-0000-4000-8000-000000000003';

describe('Wie aan de gedeelde tafel zit: de deelnemers op de dag zelf', () => {
  const deelnames = [
    { organisatieId: A, datumToetreding: '2015-01-01', datumUittreding: null },
    { organisatieId: B, datumToetreding: '2015-01-01', datumUittreding: '2026-07-01' },
    { organisatieId: C, datumToetreding: '2027-01-01', datumUittreding: null },
  ];

  it('een deelnemer die is toegetreden en niet is uitgetreden zit aan tafel', () => {
    assert.deepEqual(actieveDeelnemers(deelnames, '2026-06-30'), [A, B]);
  });

  it('een uittredende deelnemer verliest zijn plaats op de dag van uittreding zelf', () => {
    assert.deepEqual(actieveDeelnemers(deelnames, '2026-07-01'), [A]);
  });

  it('een toetredende deelnemer schuift aan vanaf de dag van toetreding, niet eerder', () => {
    assert.deepEqual(actieveDeelnemers(deelnames, '2026-12-31'), [A]);
    assert.deepEqual(actieveDeelnemers(deelnames, '2027-01-01'), [A, C]);
  });

  it('een onbekende datum van toetreding telt als toegetreden', () => {
    assert.deepEqual(
      actieveDeelnemers([{ organisatieId: A, datumToetreding: null, datumUittreding: null }], '2026-01-01'),
      [A],
    );
  });
});

describe('Namens wie iemand aan tafel spreekt', () => {
  it('alleen raadsleden en griffies, en alleen namens een organisatie die deelneemt', () => {
    const rollen = [
      { rol: 'raadslid' as const, organisatieId: A, regelingId: null },
      { rol: 'griffie' as const, organisatieId: C, regelingId: null },
      { rol: 'toezicht' as const, organisatieId: B, regelingId: null },
      { rol: 'secretariaat' as const, organisatieId: B, regelingId: null },
    ];
    assert.deepEqual(namensOrganisaties(rollen, [A, B]), [A]);
    assert.deepEqual(namensOrganisaties(rollen, [A, B, C]), [A, C]);
    assert.deepEqual(
      namensOrganisaties([{ rol: 'beheerder', organisatieId: null, regelingId: null }], [A]),
      [],
    );
  });
});

describe('Verwijzingen naar documenten', () => {
  it('alleen https, http of een pad binnen Grip', () => {
    assert.equal(isVeiligeUrl('https://www.officielebekendmakingen.nl/bgr-2024-101.html'), true);
    assert.equal(isVeiligeUrl('http://example.nl/stuk.pdf'), true);
    assert.equal(isVeiligeUrl('/documenten/123'), true);
    assert.equal(isVeiligeUrl('javascript:alert(1)'), false);
    assert.equal(isVeiligeUrl('JaVaScRiPt:alert(1)'), false);
    assert.equal(isVeiligeUrl('data:text/html,<script>alert(1)</script>'), false);
    assert.equal(isVeiligeUrl('//kwaad.example/x'), false);
    assert.equal(isVeiligeUrl('vbscript:msgbox'), false);
  });

  it('een regel is "titel | adres" of alleen het adres', () => {
    assert.deepEqual(
      leesVerwijzingen(['Ontwerpbegroting 2027 | https://ggd.example/begroting.pdf', 'https://a.example/b']),
      {
        verwijzingen: [
          { titel: 'Ontwerpbegroting 2027', url: 'https://ggd.example/begroting.pdf' },
          { titel: 'https://a.example/b', url: 'https://a.example/b' },
        ],
      },
    );
  });

  it('een gevaarlijk adres wordt geweigerd met de reden', () => {
    const r = leesVerwijzingen(['Klik | javascript:alert(1)']);
    assert.ok('fout' in r);
    assert.match(r.fout, /geen geldig adres/);
  });
});

describe('Titel en tekst van een bijdrage', () => {
  it('een titel en een tekst zijn nodig', () => {
    assert.deepEqual(controleerBijdrage('', 'x'), { veld: 'titel', tekst: 'Geef een titel.' });
    assert.deepEqual(controleerBijdrage('Titel', '   '), { veld: 'tekst', tekst: 'Schrijf de tekst.' });
    assert.equal(controleerBijdrage('Titel', 'Tekst'), null);
    assert.equal(controleerBijdrage(null, 'Een reactie'), null, 'een reactie heeft geen titel');
    assert.equal(controleerBijdrage('x'.repeat(201), 'Tekst')?.veld, 'titel');
  });
});

describe('Ondertekening van een gezamenlijke zienswijze', () => {
  it('een handtekening op de huidige tekst is huidig, een op een eerdere versie wordt zo getoond', () => {
    assert.equal(ondertekeningStand(3, 3), 'huidig');
    assert.equal(ondertekeningStand(1, 3), 'eerdere_versie');
  });
});

describe('Nieuw sinds het vorige bezoek', () => {
  const sinds = new Date('2026-05-01T10:00:00Z');
  it('wat later is dan het vorige bezoek en niet van uzelf, is nieuw', () => {
    assert.equal(isNieuw(new Date('2026-05-02T10:00:00Z'), sinds, false), true);
    assert.equal(isNieuw(new Date('2026-05-02T10:00:00Z'), sinds, true), false);
    assert.equal(isNieuw(new Date('2026-04-30T10:00:00Z'), sinds, false), false);
    assert.equal(isNieuw(new Date('2026-05-02T10:00:00Z'), null, false), false);
  });
});

describe('Het dagelijkse overzicht per mail', () => {
  const D1 = '11111111-0000-4000-8000-000000000001';
  const D2 = '22222222-0000-4000-8000-000000000002';

  it('meldingen worden per onderwerp geteld, met de link naar het eerste nieuwe bericht', () => {
    assert.deepEqual(
      perOnderwerp([`/tafel/${D1}#bericht-2`, `/tafel/${D2}#bericht-5`, `/tafel/${D1}#bericht-3`]),
      [
        { draadId: D1, link: `/tafel/${D1}#bericht-2`, aantal: 2 },
        { draadId: D2, link: `/tafel/${D2}#bericht-5`, aantal: 1 },
      ],
    );
  });

  it('één mail met per onderwerp de regeling, het aantal en een volledig adres, zonder titels of teksten', () => {
    const m = digestMail(
      'Roos Raadslid',
      [
        { regeling: 'GGD Polderland', link: `/tafel/${D1}#bericht-2`, aantal: 2 },
        { regeling: 'Regionale Rekenkamer Polderland', link: `/tafel/${D2}#bericht-5`, aantal: 1 },
      ],
      'https://grip.example.nl',
    );
    assert.equal(m.onderwerp, 'Grip: 3 nieuwe berichten aan de gedeelde tafel');
    assert.match(m.tekst, /^Beste Roos Raadslid,/);
    assert.match(
      m.tekst,
      /- GGD Polderland: 2 nieuwe berichten\n {2}https:\/\/grip\.example\.nl\/tafel\/11111111/,
    );
    assert.match(m.tekst, /- Regionale Rekenkamer Polderland: één nieuw bericht/);
    assert.match(m.tekst, /Titels en teksten staan alleen in Grip/);
  });
});
