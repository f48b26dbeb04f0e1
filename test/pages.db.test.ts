/**
 * The pages in-process (grip.app.request, no browser, no network) on the demo data: what a
 * resident sees, signing in with CSRF protection and rate limiting, a secretariaat changing a
 * cost share through the form, and hostile input rendered as text. PGlite and PostgreSQL.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startGrip, type Grip } from '../src/app';
import { loadConfig } from '../src/config';
import { DEMO_WACHTWOORD } from '../src/demo/seed';
import { deelnamesVan, zoekRegelingen } from '../src/modules/regelingen/store';
import { createTestDatabase } from './db';

/** The configured base URL is http://localhost:3000 (PORT unset): our own origin. */
const ORIGIN = 'http://localhost:3000';

let grip: Grip;

interface Pagina {
  status: number;
  html: string;
  /** The visible text: tags removed, entities decoded, white space collapsed. */
  tekst: string;
  headers: Headers;
}

const ontsnap = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
const tekstVan = (html: string) =>
  ontsnap(
    html
      .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' '),
  );

async function vraag(pad: string, init: RequestInit & { cookie?: string } = {}): Promise<Pagina> {
  const headers = new Headers(init.headers);
  if (init.cookie) headers.set('Cookie', init.cookie);
  const res = await grip.app.request(pad, { ...init, headers, redirect: 'manual' });
  const html = await res.text();
  return { status: res.status, html, tekst: tekstVan(html), headers: res.headers };
}

async function pagina(pad: string, cookie?: string, status = 200): Promise<Pagina> {
  const p = await vraag(pad, { cookie });
  assert.equal(p.status, status, `${pad}: ${p.tekst.slice(0, 300)}`);
  if (status === 200) assert.match(p.headers.get('content-type') ?? '', /^text\/html/);
  return p;
}

/** The CSRF token of the first form on the page. */
function csrfVan(p: Pagina): string {
  const m = /name="_csrf" value="([^"]+)"/.exec(p.html);
  assert.ok(m, 'geen _csrf-veld op de pagina');
  return m[1]!;
}

/** Posts a form as a browser on our own site would: Origin header, urlencoded body. */
function post(
  pad: string,
  velden: [string, string][],
  opties: { cookie?: string; origin?: string | null; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = {
    'Content-Type': 'application/x-www-form-urlencoded',
    ...opties.headers,
  };
  if (opties.origin !== null) headers.Origin = opties.origin ?? ORIGIN;
  return vraag(pad, {
    method: 'POST',
    body: new URLSearchParams(velden).toString(),
    headers,
    cookie: opties.cookie,
  });
}

/**
 * The sign-in form as a browser gets it: its CSRF token and the `grip_csrf` cookie the token is
 * bound to (only the sign-in page sets it; anonymous pages stay cookie-free).
 */
async function aanmeldformulier(): Promise<{ csrf: string; cookie: string }> {
  const p = await pagina('/inloggen');
  const m = /^(grip_csrf=[^;]+)/.exec(p.headers.get('Set-Cookie') ?? '');
  assert.ok(m, 'de inlogpagina zet een CSRF-cookie');
  return { csrf: csrfVan(p), cookie: m[1]! };
}

/** Signs in through the form; returns the session cookie ("grip_sessie=…"). */
async function inloggen(email: string, wachtwoord = DEMO_WACHTWOORD): Promise<string> {
  const formulier = await aanmeldformulier();
  const res = await post(
    '/inloggen',
    [
      ['_csrf', formulier.csrf],
      ['email', email],
      ['wachtwoord', wachtwoord],
      ['terug', '/regelingen'],
    ],
    { cookie: formulier.cookie },
  );
  assert.equal(res.status, 303, res.tekst.slice(0, 300));
  assert.equal(res.headers.get('Location'), '/regelingen');
  const cookie = res.headers.get('Set-Cookie') ?? '';
  const m = /^(grip_sessie=[^;]+)/.exec(cookie);
  assert.ok(m, `geen sessiecookie: ${cookie}`);
  return m[1]!;
}

async function regelingId(korteNaam: string): Promise<string> {
  const { rows } = await zoekRegelingen(grip.services.database.db, {
    q: korteNaam,
    sortering: 'naam',
    pagina: 1,
    perPagina: 10,
  });
  const r = rows.find((x) => x.korteNaam === korteNaam);
  assert.ok(r, `${korteNaam} niet gevonden`);
  return r.id;
}

/** The text of the table row that mentions `naam`. */
function rij(p: Pagina, naam: string): string {
  const r = p.html.split('<tr').find((x) => x.includes(naam));
  assert.ok(r, `geen rij met ${naam}`);
  return tekstVan(`<tr${r}`);
}

before(async () => {
  grip = await startGrip(loadConfig({ NODE_ENV: 'test', GRIP_DEMO: '0' }), {
    database: await createTestDatabase({ voorbeeld: true }),
  });
});
after(async () => {
  await grip?.close();
});

describe('pagina’s voor iedereen', () => {
  test('home: wat Grip is, zoeken, de omvang van het register en "Voorbeeldgegevens"', async () => {
    const p = await pagina('/');
    assert.match(p.html, /^<!DOCTYPE html><html lang="nl"/);
    assert.match(p.tekst, /Grip op gemeenschappelijke regelingen/);
    assert.match(p.tekst, /Het register bevat 7 regelingen en 10 organisaties/);
    assert.match(p.html, /<form[^>]+action="\/regelingen"[^>]+role="search"/);
    assert.match(p.tekst, /Voorbeeldgegevens\./);
  });

  test('register: alle regelingen, filters, zoeken, sorteren', async () => {
    let p = await pagina('/regelingen');
    assert.match(p.tekst, /7 regelingen gevonden/);
    assert.match(p.tekst, /Voorbeeldgegevens\./);
    for (const naam of [
      'Belastingsamenwerking Polderland',
      'Recreatieschap De Plassen',
      'Regionale Rekenkamer Polderland',
    ]) {
      assert.ok(p.tekst.includes(naam), naam);
    }

    p = await pagina('/regelingen?vorm=bedrijfsvoeringsorganisatie');
    assert.match(p.tekst, /1 regeling gevonden/);
    assert.ok(p.tekst.includes('Belastingsamenwerking Polderland'));
    assert.ok(!p.tekst.includes('Recreatieschap De Plassen'));
    assert.match(p.html, /<option value="bedrijfsvoeringsorganisatie" selected="">/);

    p = await pagina('/regelingen?type=raadsregeling&deelnemer=GM9901');
    assert.match(p.tekst, /1 regeling gevonden/);
    assert.ok(p.tekst.includes('Regionale Rekenkamer Polderland'));

    p = await pagina('/regelingen?q=gezondheid');
    assert.match(p.tekst, /1 regeling gevonden/);
    assert.ok(p.tekst.includes('Gemeenschappelijke regeling GGD Polderland'));
    assert.match(p.html, /name="q" type="text" value="gezondheid"/);

    p = await pagina('/regelingen?q=bestaat-niet-xyz');
    assert.match(p.tekst, /0 regelingen gevonden/);
    assert.match(p.tekst, /Geen regelingen gevonden met deze filters/);

    p = await pagina('/regelingen?deelnemer=XX');
    assert.match(p.tekst, /Een organisatiecode ziet eruit als GM0363/);
    assert.match(p.tekst, /7 regelingen gevonden/, 'een ongeldig filter wordt genegeerd');

    p = await pagina('/regelingen?sortering=-deelnemers');
    const eerste = /<tbody[\s\S]*?<a [^>]*>([^<]+)<\/a>/.exec(p.html);
    assert.equal(eerste?.[1], 'Omgevingsdienst Polderland');
  });

  test('regeling: feiten, deelnemers met aandelen, bestuur, bevindingen met artikel, bronnen', async () => {
    const p = await pagina(`/regelingen/${await regelingId('GGD Polderland')}`);
    assert.match(p.tekst, /Gemeenschappelijke regeling GGD Polderland/);
    assert.match(p.tekst, /Voorbeeldgegevens\./);
    assert.match(p.tekst, /Gemengde regeling/);
    // Aldewolde: 3 of 13 votes, 84,210 of 276,965 inhabitants.
    const aldewolde = rij(p, 'Aldewolde');
    assert.match(aldewolde, /23,1\s?%/);
    assert.match(aldewolde, /30,4\s?%/);
    assert.match(aldewolde, /84\.210/);
    assert.match(aldewolde, /Per inwoner \(1 januari 2024\)/);
    assert.match(p.tekst, /H\. Veenstra/);
    assert.match(p.tekst, /Wethouder Aldewolde/);
    assert.match(p.tekst, /Geen bevindingen/);
    assert.match(p.tekst, /Meerjarenbeleidsplan — 8 weken/);
    assert.match(p.tekst, /Voorbeeldgegevens \(verzonnen\)/);
    assert.match(p.tekst, /Log in om de historie van wijzigingen te zien/);
    assert.ok(!p.html.includes('/deelnemers/nieuw'), 'geen wijzigknoppen voor een bezoeker');

    const odp = await pagina(`/regelingen/${await regelingId('ODP')}`);
    assert.match(odp.tekst, /In strijd met de wet · Wgr art\. 14 lid 1/);
    assert.match(
      odp.tekst,
      /Het dagelijks bestuur bestaat uit de voorzitter en ten minste twee andere leden; nu zijn er 1 andere leden/,
    );
    assert.match(rij(odp, 'Voorbeeldland'), /35,0\s?%/, 'kostenaandeel van de provincie');

    const plassen = await pagina(`/regelingen/${await regelingId('De Plassen')}`);
    assert.match(plassen.tekst, /Let op · Wgr art\. 13 lid 4/);
    assert.match(plassen.tekst, /voormalige Drechtraad/);

    await pagina('/regelingen/00000000-0000-4000-8000-000000000000', undefined, 404);
    const geen = await pagina('/regelingen/geen-id', undefined, 404);
    assert.match(geen.tekst, /Regeling niet gevonden/);
  });

  test('organisaties: de lijst en een gemeente met haar regelingen en aandelen', async () => {
    let p = await pagina('/organisaties');
    assert.match(p.tekst, /10 organisaties gevonden/);
    assert.ok(p.tekst.includes('Aldewolde') && p.tekst.includes('Waterschap Polderland'));
    p = await pagina('/organisaties?soort=waterschap');
    assert.match(p.tekst, /1 organisaties gevonden/);

    p = await pagina('/organisaties/GM9901');
    assert.match(p.tekst, /Aldewolde/);
    assert.match(p.tekst, /GM9901/);
    assert.match(p.tekst, /84\.210 op 1 januari 2024/);
    assert.match(p.tekst, /Regelingen waaraan Aldewolde deelneemt/);
    assert.match(rij(p, 'GGD Polderland'), /23,1\s?%/);
    assert.match(p.tekst, /Voorbeeldgegevens\./);
    assert.equal((await pagina('/organisaties/gm9901')).tekst.includes('84.210'), true);
    await pagina('/organisaties/GM0000', undefined, 404);
  });

  test('een onbekende pagina geeft 404 met de opmaak van Grip', async () => {
    const p = await pagina('/bestaat/niet', undefined, 404);
    assert.match(p.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(p.tekst, /Pagina niet gevonden/);
  });

  test('inloggen: het formulier met CSRF-token, e-mail en wachtwoord', async () => {
    const p = await pagina('/inloggen');
    assert.match(p.html, /<form[^>]+method="post"[^>]+action="\/inloggen"/);
    assert.ok(csrfVan(p).length > 20);
    assert.match(p.html, /name="email" type="email"/);
    assert.match(p.html, /name="wachtwoord" type="password"/);
    assert.match(p.html, /<label[^>]+for="veld-wachtwoord"/);
  });
});

describe('inloggen en CSRF', () => {
  test('goed wachtwoord: 303 en een sessiecookie met HttpOnly en SameSite=Lax', async () => {
    const formulier = await aanmeldformulier();
    const res = await post(
      '/inloggen',
      [
        ['_csrf', formulier.csrf],
        ['email', 'Beheerder@Voorbeeld.nl'],
        ['wachtwoord', DEMO_WACHTWOORD],
        ['terug', '//elders.example/'],
      ],
      { cookie: formulier.cookie },
    );
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('Location'), '/', 'geen doorsturen naar een andere site');
    const cookie = res.headers.get('Set-Cookie') ?? '';
    assert.match(cookie, /^grip_sessie=[A-Za-z0-9_-]{20,};/);
    assert.match(cookie, /;\s*HttpOnly/i);
    assert.match(cookie, /;\s*SameSite=Lax/i);
    assert.match(cookie, /;\s*Path=\//i);
    assert.doesNotMatch(cookie, /Secure/i, 'Secure alleen in productie');

    const sessie = /^(grip_sessie=[^;]+)/.exec(cookie)![1]!;
    const home = await pagina('/', sessie);
    assert.match(home.tekst, /Ingelogd als Bea Beheer/);
    assert.match(home.tekst, /Uitloggen/);

    const uit = await post('/uitloggen', [['_csrf', csrfVan(home)]], { cookie: sessie });
    assert.equal(uit.status, 303);
    assert.match(uit.headers.get('Set-Cookie') ?? '', /grip_sessie=;/);
    assert.doesNotMatch((await pagina('/', sessie)).tekst, /Ingelogd als/, 'de sessie is weg');
  });

  test('fout wachtwoord: 400 met een melding; de zesde mislukte poging: 429', async () => {
    for (let i = 1; i <= 5; i++) {
      const formulier = await aanmeldformulier();
      const res = await post(
        '/inloggen',
        [
          ['_csrf', formulier.csrf],
          ['email', 'griffie@voorbeeld.nl'],
          ['wachtwoord', `fout-${i}`],
        ],
        { cookie: formulier.cookie },
      );
      assert.equal(res.status, 400, `poging ${i}`);
      assert.match(res.tekst, /Het e-mailadres of het wachtwoord klopt niet/);
      assert.equal(res.headers.get('Set-Cookie'), null);
      assert.match(res.html, /name="email" type="email" value="griffie@voorbeeld.nl"/);
    }
    const formulier = await aanmeldformulier();
    const zesde = await post(
      '/inloggen',
      [
        ['_csrf', formulier.csrf],
        ['email', 'griffie@voorbeeld.nl'],
        ['wachtwoord', DEMO_WACHTWOORD],
      ],
      { cookie: formulier.cookie },
    );
    assert.equal(zesde.status, 429, 'ook met het goede wachtwoord');
    assert.match(zesde.tekst, /Te veel mislukte pogingen/);
    assert.equal(zesde.headers.get('Set-Cookie'), null);
    // Another account is not affected.
    await inloggen('raadslid@voorbeeld.nl');
  });

  test('lege velden: 400 met een foutmelding per veld', async () => {
    const formulier = await aanmeldformulier();
    const res = await post(
      '/inloggen',
      [
        ['_csrf', formulier.csrf],
        ['email', ''],
        ['wachtwoord', ''],
      ],
      { cookie: formulier.cookie },
    );
    assert.equal(res.status, 400);
    assert.match(res.html, /href="#veld-email"/);
    assert.match(res.html, /href="#veld-wachtwoord"/);
    assert.match(res.tekst, /Vul uw e-mailadres in/);
  });

  test('een POST zonder CSRF-token, met een vreemd token of van een andere origin: 403', async () => {
    const { csrf: token, cookie } = await aanmeldformulier();
    const velden: [string, string][] = [
      ['email', 'beheerder@voorbeeld.nl'],
      ['wachtwoord', DEMO_WACHTWOORD],
    ];
    const gevallen: [string, Awaited<ReturnType<typeof post>>][] = [
      ['zonder token', await post('/inloggen', velden, { cookie })],
      ['vals token', await post('/inloggen', [['_csrf', `${token}x`], ...velden], { cookie })],
      [
        'token zonder het cookie waaraan het gebonden is',
        await post('/inloggen', [['_csrf', token], ...velden]),
      ],
      [
        'andere origin',
        await post('/inloggen', [['_csrf', token], ...velden], {
          cookie,
          origin: 'https://kwaadwillend.example',
        }),
      ],
      [
        'cross-site zonder Origin',
        await post('/inloggen', [['_csrf', token], ...velden], {
          cookie,
          origin: null,
          headers: { 'Sec-Fetch-Site': 'cross-site' },
        }),
      ],
    ];
    for (const [naam, res] of gevallen) {
      assert.equal(res.status, 403, naam);
      assert.match(res.tekst, /Verzoek geweigerd/, naam);
      assert.equal(res.headers.get('Set-Cookie'), null, naam);
    }
  });

  test('het token is aan de sessie gebonden: het token van een bezoeker geldt niet na het inloggen', async () => {
    const anoniem = csrfVan(await pagina('/inloggen'));
    const sessie = await inloggen('toezicht@voorbeeld.nl');
    const res = await post('/uitloggen', [['_csrf', anoniem]], { cookie: sessie });
    assert.equal(res.status, 403);
    assert.match((await pagina('/', sessie)).tekst, /Ingelogd als Tara Toezicht/);
  });
});

describe('een secretariaat wijzigt een kostenaandeel', () => {
  let sessie = '';
  let ggd = '';
  let deelnameId = '';

  before(async () => {
    sessie = await inloggen('secretariaat@voorbeeld.nl');
    ggd = await regelingId('GGD Polderland');
    const d = (await deelnamesVan(grip.services.database.db, ggd)).find(
      (x) => x.organisatie.code === 'GM9902',
    );
    assert.ok(d);
    deelnameId = d.id;
  });

  const velden = (csrf: string, percentage: string): [string, string][] => [
    ['_csrf', csrf],
    ['organisatie', 'GM9902'],
    ['organen', 'raad'],
    ['organen', 'college'],
    ['datumToetreding', '2015-01-01'],
    ['datumUittreding', ''],
    ['kostenverdeling_soort', 'percentage'],
    ['kostenverdeling_percentage', percentage],
    ['kostenverdeling_peildatum', ''],
    ['kostenverdeling_omschrijving', ''],
    ['stemmen', '2'],
  ];

  test('de regelingpagina toont de wijzigknoppen en de historie', async () => {
    const p = await pagina(`/regelingen/${ggd}`, sessie);
    assert.ok(p.html.includes(`/regelingen/${ggd}/deelnemers/${deelnameId}`));
    assert.match(p.tekst, /Wijzigingen, nieuwste eerst/);
  });

  test('percentage 150: 400 met foutoverzicht dat naar het veld linkt, en de melding bij het veld', async () => {
    const formulier = await pagina(`/regelingen/${ggd}/deelnemers/${deelnameId}`, sessie);
    assert.match(formulier.tekst, /Deelname van Bremmerdam wijzigen/);
    const res = await post(`/regelingen/${ggd}/deelnemers/${deelnameId}`, velden(csrfVan(formulier), '150'), {
      cookie: sessie,
    });
    assert.equal(res.status, 400, res.tekst.slice(0, 300));
    const overzicht = /<div[^>]+grip-error-summary[\s\S]*?<\/ul>/.exec(res.html)?.[0] ?? '';
    assert.match(
      overzicht,
      /<a [^>]*href="#veld-kostenverdeling_percentage"[^>]*>Het percentage is hoogstens 100<\/a>/,
    );
    assert.match(res.tekst, /Er is 1 fout gevonden/);
    assert.match(
      res.html,
      /id="fout-kostenverdeling_percentage"[^>]*>[\s\S]*?Het percentage is hoogstens 100/,
    );
    assert.match(
      res.html,
      /id="veld-kostenverdeling_percentage"[^>]*value="150"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="veld-kostenverdeling_percentage"/,
    );
    const rijen = await deelnamesVan(grip.services.database.db, ggd);
    assert.deepEqual(
      rijen.find((d) => d.id === deelnameId)!.kostenverdeling,
      { soort: 'per_inwoner', peildatum: '2024-01-01' },
      'niets opgeslagen',
    );
  });

  test('12,5: doorsturen naar de regeling, het aandeel staat erbij en de historie toont oud → nieuw', async () => {
    const formulier = await pagina(`/regelingen/${ggd}/deelnemers/${deelnameId}`, sessie);
    const res = await post(
      `/regelingen/${ggd}/deelnemers/${deelnameId}`,
      velden(csrfVan(formulier), '12,5'),
      { cookie: sessie },
    );
    assert.equal(res.status, 303, res.tekst.slice(0, 300));
    assert.equal(res.headers.get('Location'), `/regelingen/${ggd}?opgeslagen=1#deelnemers`);

    const p = await pagina(`/regelingen/${ggd}?opgeslagen=1`, sessie);
    assert.match(p.tekst, /De wijziging is opgeslagen/);
    assert.match(rij(p, 'Bremmerdam'), /12,5%/);
    const historie = p.html.slice(p.html.indexOf('id="historie"'));
    const eerste = tekstVan(historie.split('<tr').find((x) => x.includes('deelname gewijzigd')) ?? '');
    assert.match(eerste, /Sem Secretaris <secretariaat@voorbeeld\.nl>/);
    assert.ok(
      eerste.includes(
        'kostenverdeling: {"soort":"per_inwoner","peildatum":"2024-01-01"} → {"soort":"percentage","percentage":12.5}',
      ),
      eerste,
    );
    const anoniem = await pagina(`/regelingen/${ggd}`);
    assert.ok(!anoniem.tekst.includes('Sem Secretaris'), 'de historie is alleen voor wie is ingelogd');
  });

  test('een andere regeling wijzigen mag niet: 403', async () => {
    const vr = await regelingId('VR Polderland');
    const d = (await deelnamesVan(grip.services.database.db, vr))[0]!;
    const formulier = await pagina(`/regelingen/${vr}/deelnemers/${d.id}`, sessie, 403);
    assert.match(formulier.tekst, /Geen toestemming/);
    const csrf = csrfVan(await pagina('/', sessie));
    const res = await post(`/regelingen/${vr}/deelnemers/${d.id}`, velden(csrf, '10'), { cookie: sessie });
    assert.equal(res.status, 403);
    assert.ok(!(await pagina(`/regelingen/${vr}`, sessie)).html.includes('/deelnemers/nieuw'));
  });

  test('zonder sessie stuurt een formulier naar het inloggen', async () => {
    const res = await vraag(`/regelingen/${ggd}/deelnemers/${deelnameId}`);
    assert.equal(res.status, 303);
    assert.equal(
      res.headers.get('Location'),
      `/inloggen?terug=${encodeURIComponent(`/regelingen/${ggd}/deelnemers/${deelnameId}`)}`,
    );
  });
});

describe('vijandige invoer wordt als tekst getoond', () => {
  const aanval = '<script>alert(1)</script>';
  const ontsnapt = '&lt;script&gt;alert(1)&lt;/script&gt;';

  test('een regeling met een script als naam, van het formulier tot het register', async () => {
    const sessie = await inloggen('beheerder@voorbeeld.nl');
    const formulier = await pagina('/regelingen/nieuw', sessie);
    const res = await post(
      '/regelingen',
      [
        ['_csrf', csrfVan(formulier)],
        ['naam', aanval],
        ['vorm', 'openbaar_lichaam'],
        ['belang', `"><img src=x onerror=alert(2)>`],
        ['beleidsterreinen', `<b>vet</b>`],
      ],
      { cookie: sessie },
    );
    assert.equal(res.status, 303, res.tekst.slice(0, 400));
    const pad = res.headers.get('Location')!.replace(/\?.*$/, '');

    for (const p of [
      await pagina(pad),
      await pagina(pad, sessie),
      await pagina('/regelingen?q=alert'),
      await pagina(`${pad}/bewerken`, sessie),
    ]) {
      assert.ok(!p.html.includes(aanval), 'het script staat onontsnapt in de pagina');
      assert.ok(!p.html.includes('<img src=x'), 'de img-tag staat onontsnapt in de pagina');
      assert.ok(!p.html.includes('<b>vet</b>'));
      assert.ok(
        p.html.includes(ontsnapt) || p.html.includes('&lt;script&gt;alert(1)&lt;&#x2F;script&gt;'),
        'de naam ontbreekt',
      );
    }
    const regeling = await pagina(pad);
    assert.ok(regeling.tekst.includes(aanval), 'als tekst zichtbaar');
    assert.ok(regeling.tekst.includes(`"><img src=x onerror=alert(2)>`));
  });

  test('zoektermen en filters in de adresregel komen ontsnapt terug in het formulier', async () => {
    const q = encodeURIComponent(aanval);
    const deelnemer = encodeURIComponent('"><script>alert(3)</script>');
    const p = await pagina(`/regelingen?q=${q}&deelnemer=${deelnemer}`);
    assert.ok(!p.html.includes(aanval));
    assert.ok(!p.html.includes('<script>alert(3)'));
    assert.match(p.html, /name="q" type="text" value="&lt;script&gt;alert\(1\)&lt;\/script&gt;"/);
    assert.match(
      p.html,
      /name="deelnemer" type="text" value="&quot;&gt;&lt;script&gt;alert\(3\)&lt;\/script&gt;"/,
    );
    assert.ok(!/<script/i.test(p.html), 'geen enkel script-element');
  });

  test('een fout formulier toont de vijandige waarde ontsnapt terug', async () => {
    const sessie = await inloggen('secretariaat@voorbeeld.nl');
    const ggd = await regelingId('GGD Polderland');
    const formulier = await pagina(`/regelingen/${ggd}/deelnemers/nieuw`, sessie);
    const res = await post(
      `/regelingen/${ggd}/deelnemers`,
      [
        ['_csrf', csrfVan(formulier)],
        ['organisatie', aanval],
        ['organen', 'raad'],
      ],
      { cookie: sessie },
    );
    assert.equal(res.status, 400);
    assert.ok(!res.html.includes(aanval));
    assert.ok(res.html.includes(`value="${ontsnapt}"`));
    assert.match(res.tekst, /Onbekende organisatie/);
  });
});
