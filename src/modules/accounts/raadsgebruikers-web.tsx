/**
 * Pages for the accounts of a council and for choosing a password:
 * - /organisaties/{code}/gebruikers: its griffie (or the beheerder) sees who is raadslid or griffie of the
 *   organisation in Grip, adds someone (a new address gets an invitation mail) and withdraws a role, after a
 *   confirmation that names the adviescommissie memberships that end with it (Wgr art. 24a lid 4);
 * - /wachtwoord-vergeten and /wachtwoord-instellen/{token}: a one-time link by mail, for a forgotten password
 *   and for an invitation.
 */
import type { Context, Hono } from 'hono';
import { hashWachtwoord } from '../../platform/auth/crypto';
import { mag } from '../../platform/auth/policy';
import { vandaag } from '../../platform/clock';
import { DomeinFout } from '../../platform/errors';
import type { Services } from '../../platform/http/app';
import type { AppEnv } from '../../platform/http/env';
import { leesFormulier, tekst } from '../../platform/http/forms';
import { foutPagina, render } from '../../platform/http/pages';
import { zorgVoorAnoniemeCsrf } from '../../platform/http/security';
import { isUuid } from '../../platform/validation';
import {
  Alert,
  Breadcrumbs,
  Button,
  datum,
  ErrorSummary,
  Form,
  type Fouten,
  Heading,
  Link,
  P,
  Select,
  Tabel,
  TextField,
} from '../../platform/views/components';
import { vindOrganisatie } from '../organisaties/store';
import { lopendeLidmaatschappen } from '../raadswerkplaats/adviescommissie-store';
import { actorVan } from './actor';
import {
  linkVan,
  type MailOmgeving,
  MIN_WACHTWOORD,
  nieuwWachtwoordFouten,
  nodigOpnieuwUit,
  type Raadsrol,
  raadsrolLabels,
  raadsrollen,
  stelWachtwoordIn,
  trekRaadsrolIn,
  voegRaadsrolToe,
  vraagWachtwoordHerstel,
} from './raadsgebruikers';
import { raadsrollenVan, registreerPoging, telPogingen } from './store';
import { MAX_POGINGEN, POGING_VENSTER_MS } from './web';

type C = Context<AppEnv>;
type Organisatie = NonNullable<Awaited<ReturnType<typeof vindOrganisatie>>>;

export function raadsgebruikersWeb(app: Hono<AppEnv>, s: Services) {
  const db = s.database.db;
  const omgeving = (): MailOmgeving => ({ baseUrl: s.config.baseUrl, wachtrij: s.mail.wachtrij });

  /** The organisation and the signed-in user who may manage its accounts, or the page that says why not. */
  async function toegang(c: C): Promise<{ o: Organisatie } | { weiger: Response | Promise<Response> }> {
    const ref = c.req.param('ref') ?? '';
    const o = await vindOrganisatie(db, ref);
    if (!o)
      return {
        weiger: foutPagina(c, s, 404, 'Organisatie niet gevonden', 'Deze organisatie kent Grip niet.'),
      };
    const g = c.get('gebruiker');
    if (!g) return { weiger: c.redirect(`/inloggen?terug=/organisaties/${o.code ?? o.id}/gebruikers`, 303) };
    if (!mag(g, 'raadsgebruikers.beheren', { organisatieId: o.id }))
      return {
        weiger: foutPagina(
          c,
          s,
          403,
          'Geen toegang',
          `Alleen de griffie van ${o.naam} en de beheerder beheren wie raadslid of griffie van ${o.naam} is in Grip.`,
        ),
      };
    return { o };
  }
  const pad = (o: Organisatie) => `/organisaties/${o.code ?? o.id}/gebruikers`;

  async function overzicht(
    c: C,
    o: Organisatie,
    staat: {
      fouten?: Fouten;
      waarden?: Record<string, string>;
      status?: 200 | 400 | 409;
      melding?: string;
    } = {},
  ) {
    const g = c.get('gebruiker')!;
    const rijen = await raadsrollenVan(db, o.id);
    const w = staat.waarden ?? {};
    const toegevoegd = c.req.query('toegevoegd');
    const ingetrokken = c.req.query('ingetrokken');
    const commissies = Number(c.req.query('commissies') ?? '0');
    const titel = `Raadsleden en griffie van ${o.naam}`;
    return render(
      c,
      s,
      titel,
      <>
        <Breadcrumbs
          items={[
            ['/', 'Home'],
            ['/account', 'Mijn account'],
          ]}
        />
        <Heading level={1}>{titel}</Heading>
        <P lead>
          Wie hier staat, ziet in Grip Mijn regelingen, de gedeelde tafels en Wie is wie van {o.naam}. Gaat
          iemand uit de raad of de griffie, trek de rol dan in: zijn lidmaatschap van een gemeenschappelijke
          adviescommissie eindigt dan ook (Wgr art. 24a lid 4).
        </P>
        {toegevoegd === 'nieuw' ? (
          <Alert type="ok">Toegevoegd. Er is een uitnodiging gemaild om een wachtwoord te kiezen.</Alert>
        ) : toegevoegd === 'bestaand' ? (
          <Alert type="ok">Toegevoegd. Deze persoon had al een account en kreeg daarvan bericht.</Alert>
        ) : null}
        {c.req.query('uitgenodigd') === '1' ? (
          <Alert type="ok">
            De uitnodiging is opnieuw gemaild, met een nieuwe link die een week geldig is.
          </Alert>
        ) : null}
        {ingetrokken === '1' ? (
          <Alert type="ok">
            De rol is ingetrokken.
            {commissies > 0
              ? ` ${commissies === 1 ? 'Eén lidmaatschap' : `${commissies} lidmaatschappen`} van een adviescommissie ${commissies === 1 ? 'is' : 'zijn'} beëindigd.`
              : ''}
          </Alert>
        ) : null}
        {staat.melding ? <Alert type="error">{staat.melding}</Alert> : null}
        <Tabel
          bijschrift={`Accounts van ${o.naam} in Grip`}
          leeg={`Nog niemand is raadslid of griffie van ${o.naam} in Grip.`}
          rijen={rijen}
          kolommen={[
            { kop: 'Naam', cel: (r) => r.naam },
            { kop: 'E-mailadres', cel: (r) => r.email },
            { kop: 'Rol', cel: (r) => raadsrolLabels[r.rol as Raadsrol] },
            {
              kop: 'Account',
              cel: (r) =>
                r.uitgenodigd ? (
                  <>
                    Uitgenodigd, nog geen wachtwoord gekozen
                    <Form
                      action={`${pad(o)}/${r.rolId}/uitnodiging`}
                      csrf={c.get('csrf')}
                      label={`Uitnodiging opnieuw sturen aan ${r.naam}`}
                    >
                      <Button soort="secondary">
                        Opnieuw uitnodigen<span class="grip-visually-hidden"> ({r.naam})</span>
                      </Button>
                    </Form>
                  </>
                ) : (
                  'In gebruik'
                ),
            },
            {
              kop: 'Actie',
              cel: (r) =>
                r.gebruikerId === g.gebruikerId ? (
                  'Uw eigen account'
                ) : (
                  <Link href={`${pad(o)}/${r.rolId}/intrekken`}>
                    Rol intrekken<span class="grip-visually-hidden"> van {r.naam}</span>
                  </Link>
                ),
            },
          ]}
        />
        <Heading level={2}>Iemand toevoegen</Heading>
        <P>
          Heeft deze persoon nog geen account, dan maakt Grip er een en mailt een link om binnen een week een
          wachtwoord te kiezen.
        </P>
        <ErrorSummary fouten={staat.fouten ?? {}} />
        <Form action={pad(o)} csrf={c.get('csrf')} label="Iemand toevoegen">
          <TextField
            naam="email"
            label="E-mailadres"
            type="email"
            autocomplete="off"
            waarde={w.email}
            fout={staat.fouten?.email}
          />
          <TextField
            naam="naam"
            label="Naam"
            hulp="Nodig als er nog geen account is."
            waarde={w.naam}
            fout={staat.fouten?.naam}
          />
          <Select
            naam="rol"
            label="Rol"
            waarde={w.rol ?? 'raadslid'}
            opties={raadsrollen.map((r) => [r, raadsrolLabels[r]])}
            fout={staat.fouten?.rol}
          />
          <Button>Toevoegen</Button>
        </Form>
      </>,
      { status: staat.status ?? 200 },
    );
  }

  app.get('/organisaties/:ref/gebruikers', async (c) => {
    const t = await toegang(c);
    if ('weiger' in t) return t.weiger;
    return overzicht(c, t.o);
  });

  app.post('/organisaties/:ref/gebruikers', async (c) => {
    const t = await toegang(c);
    if ('weiger' in t) return t.weiger;
    const f = await leesFormulier(c);
    const waarden = {
      email: tekst(f, 'email') ?? '',
      naam: tekst(f, 'naam') ?? '',
      rol: tekst(f, 'rol') ?? '',
    };
    try {
      const uit = await voegRaadsrolToe(
        db,
        actorVan(c.get('gebruiker')!),
        { organisatieId: t.o.id, email: waarden.email, naam: waarden.naam, rol: waarden.rol as Raadsrol },
        omgeving(),
      );
      return c.redirect(`${pad(t.o)}?toegevoegd=${uit.nieuwAccount ? 'nieuw' : 'bestaand'}`, 303);
    } catch (e) {
      if (e instanceof DomeinFout && e.code === 'ongeldig')
        return overzicht(c, t.o, {
          fouten: { [e.opties.veld ?? 'email']: String(e.opties.data?.tekst) },
          waarden,
          status: 400,
        });
      if (e instanceof DomeinFout && e.code === 'stap_geweigerd')
        return overzicht(c, t.o, { melding: String(e.opties.data?.tekst), waarden, status: 409 });
      throw e;
    }
  });

  /** The role in the path, when it is a raadslid or griffie role of this organisation. */
  async function rolVan(c: C, o: Organisatie) {
    const id = c.req.param('rol') ?? '';
    return isUuid(id) ? ((await raadsrollenVan(db, o.id)).find((x) => x.rolId === id) ?? null) : null;
  }

  app.get('/organisaties/:ref/gebruikers/:rol/intrekken', async (c) => {
    const t = await toegang(c);
    if ('weiger' in t) return t.weiger;
    const r = await rolVan(c, t.o);
    if (!r) return foutPagina(c, s, 404, 'Rol niet gevonden', 'Deze rol bestaat niet (meer).');
    const dag = vandaag();
    const lidmaatschappen =
      r.rol === 'raadslid' ? await lopendeLidmaatschappen(db, r.gebruikerId, t.o.id, dag) : [];
    const titel = `Rol intrekken: ${r.naam}`;
    return render(
      c,
      s,
      titel,
      <>
        <Breadcrumbs
          items={[
            ['/', 'Home'],
            ['/account', 'Mijn account'],
            [pad(t.o), `Raadsleden en griffie van ${t.o.naam}`],
          ]}
        />
        <Heading level={1}>{titel}</Heading>
        <P>
          {r.naam} ({r.email}) is dan vanaf vandaag geen {raadsrolLabels[r.rol as Raadsrol].toLowerCase()} van{' '}
          {t.o.naam} meer in Grip: geen Mijn regelingen, gedeelde tafels of Wie is wie van {t.o.naam}. Wat{' '}
          {r.naam} schreef, blijft staan.
        </P>
        {lidmaatschappen.length ? (
          <>
            <P>
              Deze lidmaatschappen van een gemeenschappelijke adviescommissie eindigen vandaag (Wgr art. 24a
              lid 4):
            </P>
            <ul class="utrecht-unordered-list">
              {lidmaatschappen.map((l) => (
                <li class="utrecht-unordered-list__item">
                  <Link href={`/regelingen/${l.regelingId}/adviescommissie`}>{l.regelingNaam}</Link>{' '}
                  (aangewezen op {datum(l.lid.aangewezenOp)})
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <Form action={`${pad(t.o)}/${r.rolId}/intrekken`} csrf={c.get('csrf')} label="Rol intrekken">
          <Button>Rol intrekken</Button>
        </Form>
        <P>
          <Link href={pad(t.o)}>Terug zonder iets te wijzigen</Link>
        </P>
      </>,
    );
  });

  app.post('/organisaties/:ref/gebruikers/:rol/intrekken', async (c) => {
    const t = await toegang(c);
    if ('weiger' in t) return t.weiger;
    const r = await rolVan(c, t.o);
    if (!r) return foutPagina(c, s, 404, 'Rol niet gevonden', 'Deze rol bestaat niet (meer).');
    try {
      const uit = await trekRaadsrolIn(db, actorVan(c.get('gebruiker')!), r.rolId, vandaag());
      return c.redirect(`${pad(t.o)}?ingetrokken=1&commissies=${uit.beeindigdeLidmaatschappen}`, 303);
    } catch (e) {
      if (e instanceof DomeinFout && e.code === 'stap_geweigerd')
        return overzicht(c, t.o, { melding: String(e.opties.data?.tekst), status: 409 });
      throw e;
    }
  });

  app.post('/organisaties/:ref/gebruikers/:rol/uitnodiging', async (c) => {
    const t = await toegang(c);
    if ('weiger' in t) return t.weiger;
    const r = await rolVan(c, t.o);
    if (!r) return foutPagina(c, s, 404, 'Rol niet gevonden', 'Deze rol bestaat niet (meer).');
    try {
      await nodigOpnieuwUit(db, actorVan(c.get('gebruiker')!), r.rolId, omgeving());
      return c.redirect(`${pad(t.o)}?uitgenodigd=1`, 303);
    } catch (e) {
      if (e instanceof DomeinFout && e.code === 'stap_geweigerd')
        return overzicht(c, t.o, { melding: String(e.opties.data?.tekst), status: 409 });
      throw e;
    }
  });

  // Forgot password: the same answer whether or not the address has an account; limited per address.
  const vergetenPagina = (
    c: C,
    staat: { fouten?: Fouten; email?: string; status?: 200 | 400 | 429; melding?: string } = {},
  ) =>
    render(
      c,
      s,
      'Wachtwoord vergeten',
      <>
        <Heading level={1}>Wachtwoord vergeten</Heading>
        {c.req.query('verstuurd') === '1' ? (
          <Alert type="ok">
            Als er een account bij dit e-mailadres hoort, is er nu een e-mail onderweg met een link om een
            nieuw wachtwoord te kiezen. De link is een uur geldig.
          </Alert>
        ) : null}
        {staat.melding ? <Alert type="error">{staat.melding}</Alert> : null}
        <P>Vul het e-mailadres van uw account in. U krijgt een link om een nieuw wachtwoord te kiezen.</P>
        <ErrorSummary fouten={staat.fouten ?? {}} />
        <Form action="/wachtwoord-vergeten" csrf={c.get('csrf')} label="Wachtwoord vergeten">
          <TextField
            naam="email"
            label="E-mailadres"
            type="email"
            autocomplete="username"
            waarde={staat.email}
            fout={staat.fouten?.email}
          />
          <Button>Stuur mij een link</Button>
        </Form>
        <P>
          <Link href="/inloggen">Terug naar inloggen</Link>
        </P>
      </>,
      { status: staat.status ?? 200, huidig: '/inloggen' },
    );

  app.get('/wachtwoord-vergeten', (c) => {
    zorgVoorAnoniemeCsrf(c, s);
    return vergetenPagina(c);
  });
  app.post('/wachtwoord-vergeten', async (c) => {
    const email = tekst(await leesFormulier(c), 'email') ?? '';
    if (!email) return vergetenPagina(c, { fouten: { email: 'Vul uw e-mailadres in' }, status: 400 });
    const sleutel = `herstel:${email.toLowerCase()}`;
    const venster = new Date(Date.now() - POGING_VENSTER_MS);
    if ((await telPogingen(db, sleutel, venster)) >= MAX_POGINGEN)
      return vergetenPagina(c, {
        email,
        status: 429,
        melding:
          'Er zijn al een paar links gevraagd voor dit adres. Wacht een kwartier en probeer het dan opnieuw.',
      });
    await registreerPoging(db, sleutel, venster);
    await vraagWachtwoordHerstel(db, email, omgeving());
    return c.redirect('/wachtwoord-vergeten?verstuurd=1', 303);
  });

  const instellenPagina = (c: C, token: string, soort: 'uitnodiging' | 'herstel', fouten: Fouten = {}) =>
    render(
      c,
      s,
      'Wachtwoord kiezen',
      <>
        <Heading level={1}>Wachtwoord kiezen</Heading>
        <P>
          {soort === 'uitnodiging'
            ? 'Welkom bij Grip. Kies een wachtwoord voor uw account; daarna logt u in met uw e-mailadres en dit wachtwoord.'
            : 'Kies een nieuw wachtwoord. U wordt daarna overal uitgelogd en logt opnieuw in.'}
        </P>
        <ErrorSummary fouten={fouten} />
        <Form action={`/wachtwoord-instellen/${token}`} csrf={c.get('csrf')} label="Wachtwoord kiezen">
          <TextField
            naam="nieuw"
            label="Nieuw wachtwoord"
            type="password"
            autocomplete="new-password"
            hulp={`Minstens ${MIN_WACHTWOORD} tekens.`}
            fout={fouten.nieuw}
          />
          <TextField
            naam="herhaal"
            label="Herhaal het nieuwe wachtwoord"
            type="password"
            autocomplete="new-password"
            fout={fouten.herhaal}
          />
          <Button>Wachtwoord opslaan</Button>
        </Form>
      </>,
      { status: Object.keys(fouten).length ? 400 : 200 },
    );
  const verlopen = (c: C) =>
    foutPagina(
      c,
      s,
      404,
      'Deze link werkt niet (meer)',
      'De link is al gebruikt of verlopen. Vraag een nieuwe aan via "Wachtwoord vergeten" op de inlogpagina.',
    );

  app.get('/wachtwoord-instellen/:token', async (c) => {
    const token = c.req.param('token');
    const link = await linkVan(db, token);
    if (!link) return verlopen(c);
    zorgVoorAnoniemeCsrf(c, s);
    return instellenPagina(c, token, link.soort);
  });
  app.post('/wachtwoord-instellen/:token', async (c) => {
    const token = c.req.param('token');
    const link = await linkVan(db, token);
    if (!link) return verlopen(c);
    const f = await leesFormulier(c);
    const nieuw = typeof f.nieuw === 'string' ? f.nieuw : '';
    const herhaal = typeof f.herhaal === 'string' ? f.herhaal : '';
    const fouten: Fouten = nieuwWachtwoordFouten(nieuw, herhaal);
    if (Object.keys(fouten).length) return instellenPagina(c, token, link.soort, fouten);
    const gebruikerId = await stelWachtwoordIn(db, token, await hashWachtwoord(nieuw));
    if (!gebruikerId) return verlopen(c);
    return c.redirect('/inloggen?ingesteld=1', 303);
  });
}
