/** Sign-in and sign-out pages. Sign-in is rate-limited per e-mail address across processes. */
import type { Context, Hono } from 'hono';
import type { AppEnv } from '../../platform/http/env';
import type { Services } from '../../platform/http/app';
import { render } from '../../platform/http/pages';
import { controleerWachtwoord, hashWachtwoord, nieuwToken, sha256 } from '../../platform/auth/crypto';
import { actorVan } from './actor';
import { registreerApiToken, trekApiTokenIn, wijzigWachtwoord } from './service';
import { MIN_WACHTWOORD, nieuwWachtwoordFouten } from './raadsgebruikers';
import {
  SESSIE_DUUR_MS,
  wisSessieCookie,
  zetSessieCookie,
  zorgVoorAnoniemeCsrf,
} from '../../platform/http/security';
import {
  Alert,
  Button,
  ErrorSummary,
  Form,
  type Fouten,
  Heading,
  Link,
  P,
  Tabel,
  TextField,
  tijdstip,
} from '../../platform/views/components';
import { leesFormulier, tekst } from '../../platform/http/forms';
import { foutPagina } from '../../platform/http/pages';
import { mag } from '../../platform/auth/policy';
import { organisatiesVan } from '../organisaties/store';
import {
  apiTokensVan,
  maakSessie,
  registreerPoging,
  ruimSessiesOp,
  telPogingen,
  verwijderSessie,
  vindGebruikerOpEmail,
  wisPogingen,
} from './store';

export const MAX_POGINGEN = 5;
export const POGING_VENSTER_MS = 15 * 60 * 1000;

function veiligTerug(pad: unknown): string {
  return typeof pad === 'string' && pad.startsWith('/') && !pad.startsWith('//') ? pad : '/';
}

export function accountsWeb(app: Hono<AppEnv>, s: Services) {
  const db = s.database.db;
  const pagina = (
    c: Context<AppEnv>,
    opties: {
      email?: string;
      fouten?: Fouten;
      melding?: string;
      terug?: string;
      status?: 200 | 400 | 429;
    } = {},
  ) =>
    render(
      c,
      s,
      'Inloggen',
      <>
        <Heading level={1}>Inloggen</Heading>
        <P>
          Log in om regelingen te beheren of de historie te zien. Het register zelf is voor iedereen openbaar.
        </P>
        {c.req.query('ingesteld') === '1' ? (
          <Alert type="ok">
            Uw wachtwoord is opgeslagen. Log in met uw e-mailadres en het nieuwe wachtwoord.
          </Alert>
        ) : null}
        {opties.melding ? <Alert type="error">{opties.melding}</Alert> : null}
        <ErrorSummary fouten={opties.fouten ?? {}} />
        <Form action="/inloggen" csrf={c.get('csrf')} label="Inloggen">
          <input type="hidden" name="terug" value={opties.terug ?? '/'} />
          <TextField
            naam="email"
            label="E-mailadres"
            type="email"
            autocomplete="username"
            waarde={opties.email}
            fout={opties.fouten?.email}
          />
          <TextField
            naam="wachtwoord"
            label="Wachtwoord"
            type="password"
            autocomplete="current-password"
            fout={opties.fouten?.wachtwoord}
          />
          <Button>Inloggen</Button>
        </Form>
        <P>
          <Link href="/wachtwoord-vergeten">Wachtwoord vergeten?</Link>
        </P>
      </>,
      { status: opties.status ?? 200, huidig: '/inloggen' },
    );

  app.get('/inloggen', (c) => {
    zorgVoorAnoniemeCsrf(c, s);
    return pagina(c, { terug: veiligTerug(c.req.query('terug')) });
  });

  app.post('/inloggen', async (c) => {
    const body = await c.req.parseBody();
    const email = typeof body.email === 'string' ? body.email.trim() : '';
    const wachtwoord = typeof body.wachtwoord === 'string' ? body.wachtwoord : '';
    const terug = veiligTerug(body.terug);
    const fouten: Fouten = {};
    if (!email) fouten.email = 'Vul uw e-mailadres in';
    if (!wachtwoord) fouten.wachtwoord = 'Vul uw wachtwoord in';
    if (fouten.email || fouten.wachtwoord) return pagina(c, { email, fouten, terug, status: 400 });

    const sleutel = `email:${email.toLowerCase()}`;
    if ((await telPogingen(db, sleutel, new Date(Date.now() - POGING_VENSTER_MS))) >= MAX_POGINGEN) {
      return pagina(c, {
        email,
        terug,
        status: 429,
        melding: 'Te veel mislukte pogingen. Wacht een kwartier en probeer het dan opnieuw.',
      });
    }
    const g = await vindGebruikerOpEmail(db, email);
    if (!g || !(await controleerWachtwoord(g.wachtwoordHash, wachtwoord))) {
      await registreerPoging(db, sleutel, new Date(Date.now() - POGING_VENSTER_MS));
      return pagina(c, {
        email,
        terug,
        status: 400,
        melding: 'Het e-mailadres of het wachtwoord klopt niet.',
      });
    }
    await wisPogingen(db, sleutel);
    await ruimSessiesOp(db, new Date());
    const token = nieuwToken();
    await maakSessie(db, sha256(token), g.id, new Date(Date.now() + SESSIE_DUUR_MS));
    zetSessieCookie(c, s, token);
    return c.redirect(terug, 303);
  });

  const accountPagina = async (
    c: Context<AppEnv>,
    fouten: Fouten = {},
    status: 200 | 400 = 200,
    /** A token just made: shown this once, never stored. */
    getoondToken?: string,
  ) => {
    const g = c.get('gebruiker')!;
    const tokens = await apiTokensVan(db, g.gebruikerId);
    // The organisations whose raadsleden and griffie this user keeps (their griffie).
    const beheerbaar = await organisatiesVan(
      db,
      g.rollen.flatMap((r) =>
        r.organisatieId && mag(g, 'raadsgebruikers.beheren', { organisatieId: r.organisatieId })
          ? [r.organisatieId]
          : [],
      ),
    );
    return render(
      c,
      s,
      'Mijn account',
      <>
        <Heading level={1}>Mijn account</Heading>
        {c.req.query('gewijzigd') === '1' ? <Alert type="ok">Uw wachtwoord is gewijzigd.</Alert> : null}
        <P>
          U bent ingelogd als {g.naam} ({g.email}).
        </P>
        <Heading level={2}>Herinneringen</Heading>
        <P>
          Krijg een e-mail een aantal dagen vóór de termijnen van de regelingen van uw organisatie.{' '}
          <Link href="/account/herinneringen">Herinneringen instellen</Link>
        </P>
        {mag(g, 'contactkaart.invullen') ? (
          <>
            <Heading level={2}>Mijn contactkaart</Heading>
            <P>
              Deel uw contactgegevens met de raadsleden en griffies van de regelingen van uw organisatie, in
              "Wie is wie". <Link href="/account/contactkaart">Contactkaart invullen</Link>
            </P>
          </>
        ) : null}
        {beheerbaar.length ? (
          <>
            <Heading level={2}>Raadsleden en griffie</Heading>
            <P>Wie is raadslid of griffie in Grip? Voeg iemand toe of trek een rol in:</P>
            <ul class="utrecht-unordered-list">
              {beheerbaar.map((o) => (
                <li class="utrecht-unordered-list__item">
                  <Link href={`/organisaties/${o.code ?? o.id}/gebruikers`}>{o.naam}</Link>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {mag(g, 'mail.lezen') ? (
          <P>
            Als beheerder ziet u alle mail die Grip verstuurt:{' '}
            <Link href="/beheer/uitgaande-mail">Uitgaande mail</Link>
          </P>
        ) : null}
        <Heading level={2} id="api-tokens">
          API-tokens
        </Heading>
        <P>
          Met een API-token werkt een ander systeem, bijvoorbeeld het raadsinformatiesysteem, namens u met de
          API van Grip, met uw rechten. U ziet het token één keer; Grip bewaart alleen een vingerafdruk. Trek
          een token in zodra het niet meer nodig is of in verkeerde handen kan zijn gekomen.
        </P>
        {getoondToken ? (
          <Alert type="ok" title="Nieuw API-token">
            Kopieer het token nu; Grip toont het niet nog eens: <code class="grip-token">{getoondToken}</code>
          </Alert>
        ) : null}
        {c.req.query('ingetrokken') === '1' ? <Alert type="ok">Het token is ingetrokken.</Alert> : null}
        <Tabel
          bijschrift="Uw API-tokens"
          leeg="U heeft geen API-tokens."
          rijen={tokens}
          kolommen={[
            { kop: 'Omschrijving', cel: (t) => t.omschrijving ?? '—' },
            { kop: 'Aangemaakt', cel: (t) => tijdstip(t.aangemaakt) },
            { kop: 'Kenmerk', cel: (t) => <code>{t.kenmerk}</code> },
            {
              kop: 'Actie',
              cel: (t) => (
                <Form
                  action="/account/tokens/intrekking"
                  csrf={c.get('csrf')}
                  label={`Token intrekken: ${t.omschrijving ?? t.kenmerk}`}
                >
                  <input type="hidden" name="kenmerk" value={t.kenmerk} />
                  <Button soort="secondary">
                    Intrekken<span class="grip-visually-hidden"> ({t.omschrijving ?? t.kenmerk})</span>
                  </Button>
                </Form>
              ),
            },
          ]}
        />
        <Heading level={3}>Nieuw API-token</Heading>
        <Form action="/account/tokens" csrf={c.get('csrf')} label="Nieuw API-token">
          <TextField
            naam="omschrijving"
            label="Waarvoor is het token?"
            hulp="Bijvoorbeeld: koppeling raadsinformatiesysteem."
            fout={fouten.omschrijving}
          />
          <Button soort="secondary">Token maken</Button>
        </Form>
        <Heading level={2}>Wachtwoord wijzigen</Heading>
        <P>
          Kreeg u een eenmalig wachtwoord? Kies dan hier uw eigen wachtwoord van minstens {MIN_WACHTWOORD}{' '}
          tekens.
        </P>
        <ErrorSummary fouten={fouten} />
        <Form action="/account/wachtwoord" csrf={c.get('csrf')} label="Wachtwoord wijzigen">
          <TextField
            naam="huidig"
            label="Huidig wachtwoord"
            type="password"
            autocomplete="current-password"
            fout={fouten.huidig}
          />
          <TextField
            naam="nieuw"
            label="Nieuw wachtwoord"
            type="password"
            autocomplete="new-password"
            fout={fouten.nieuw}
          />
          <TextField
            naam="herhaal"
            label="Herhaal het nieuwe wachtwoord"
            type="password"
            autocomplete="new-password"
            fout={fouten.herhaal}
          />
          <Button>Wachtwoord wijzigen</Button>
        </Form>
      </>,
      { status, huidig: '/account' },
    );
  };
  app.get('/account', (c) =>
    c.get('gebruiker') ? accountPagina(c) : c.redirect('/inloggen?terug=/account', 303),
  );
  app.post('/account/wachtwoord', async (c) => {
    const g = c.get('gebruiker');
    if (!g) return c.redirect('/inloggen?terug=/account', 303);
    const body = await c.req.parseBody();
    const veld = (k: string) => (typeof body[k] === 'string' ? body[k] : '');
    const fouten: Fouten = {};
    const rij = await vindGebruikerOpEmail(db, g.email);
    if (!rij || !(await controleerWachtwoord(rij.wachtwoordHash, veld('huidig'))))
      fouten.huidig = 'Het huidige wachtwoord klopt niet';
    const nieuw = nieuwWachtwoordFouten(veld('nieuw'), veld('herhaal'));
    if (nieuw.nieuw) fouten.nieuw = nieuw.nieuw;
    else if (veld('nieuw') === veld('huidig')) fouten.nieuw = 'Kies een ander wachtwoord dan het huidige';
    if (nieuw.herhaal) fouten.herhaal = nieuw.herhaal;
    if (Object.keys(fouten).length) return accountPagina(c, fouten, 400);
    await wijzigWachtwoord(db, actorVan(g), g.gebruikerId, await hashWachtwoord(veld('nieuw')));
    return c.redirect('/account?gewijzigd=1', 303);
  });

  app.post('/account/tokens', async (c) => {
    const g = c.get('gebruiker');
    if (!g) return c.redirect('/inloggen?terug=/account', 303);
    const omschrijving = tekst(await leesFormulier(c), 'omschrijving') ?? '';
    if (!omschrijving || omschrijving.length > 200)
      return accountPagina(
        c,
        { omschrijving: 'Beschrijf in hoogstens 200 tekens waarvoor het token is' },
        400,
      );
    const token = nieuwToken();
    await registreerApiToken(db, actorVan(g), g.gebruikerId, sha256(token), omschrijving);
    c.header('Cache-Control', 'no-store');
    return accountPagina(c, {}, 200, token);
  });

  app.post('/account/tokens/intrekking', async (c) => {
    const g = c.get('gebruiker');
    if (!g) return c.redirect('/inloggen?terug=/account', 303);
    const kenmerk = tekst(await leesFormulier(c), 'kenmerk') ?? '';
    if (!(await trekApiTokenIn(db, actorVan(g), g.gebruikerId, kenmerk)))
      return foutPagina(c, s, 404, 'Token niet gevonden', 'U heeft geen token met dit kenmerk (meer).');
    return c.redirect('/account?ingetrokken=1#api-tokens', 303);
  });

  app.post('/uitloggen', async (c) => {
    const hash = c.get('sessieHash');
    if (hash) await verwijderSessie(db, hash);
    wisSessieCookie(c);
    return c.redirect('/', 303);
  });
}
