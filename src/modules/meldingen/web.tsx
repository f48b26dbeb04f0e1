/**
 * Pages: "Herinneringen" (/account/herinneringen) where a signed-in user chooses reminders for the
 * deadlines of an organisation they work for, and the outbox (/beheer/uitgaande-mail) for the
 * beheerder.
 */
import { inArray } from 'drizzle-orm';
import type { Context, Hono } from 'hono';
import { mag, type Actie } from '../../platform/auth/policy';
import { vandaag } from '../../platform/clock';
import { leesFormulier, lijst, tekst } from '../../platform/http/forms';
import type { AppEnv, Gebruiker } from '../../platform/http/env';
import type { Services } from '../../platform/http/app';
import { foutPagina, render } from '../../platform/http/pages';
import {
  Alert,
  Breadcrumbs,
  Button,
  CheckboxGroep,
  ErrorSummary,
  Form,
  type Fouten,
  Heading,
  Link,
  P,
  Pagination,
  Select,
  Tabel,
  TextField,
  getal,
  tijdstip,
} from '../../platform/views/components';
import { actorVan } from '../accounts/actor';
import { itemLabel } from '../begrotingscyclus/teksten';
import { organisatie } from '../organisaties/schema';
import { vindOrganisatie } from '../organisaties/store';
import { langeDatum } from '../termijnen/teksten';
import { plusDagen } from '../begrotingscyclus/domain/datum';
import {
  MAX_DAGEN,
  STANDAARD_DAGEN,
  bewaarVoorkeur,
  komendeHerinneringen,
  leesDagen,
  termijnenVanOrganisatie,
  voorkeurenVan,
} from './herinneringen';
import { BEZIG, type UitgaandeMail, uitgaandeMails } from './mail';

const PAD = '/account/herinneringen';
const OUTBOX = '/beheer/uitgaande-mail';
const PER_PAGINA = 50;

/** Checked on the form for an organisation without reminders yet (the table's default). */
const VOORGESTELDE_DAGEN = [14, 7, 1];

const isBeheerder = (g: Gebruiker) => g.rollen.some((r) => r.rol === 'beheerder');

const dagenTekst = (dagen: readonly number[]) =>
  dagen.length === 0
    ? 'geen'
    : `${[...dagen].sort((a, b) => b - a).join(', ')} ${dagen.length === 1 && dagen[0] === 1 ? 'dag' : 'dagen'} van tevoren`;

export function meldingenWeb(app: Hono<AppEnv>, s: Services) {
  const db = s.database.db;

  /** The organisations the user has a role at (code and name), by name. */
  async function eigenOrganisaties(g: Gebruiker) {
    const ids = [...new Set(g.rollen.map((r) => r.organisatieId).filter((x): x is string => x !== null))];
    if (ids.length === 0) return [];
    return db
      .select({ id: organisatie.id, code: organisatie.code, naam: organisatie.naam })
      .from(organisatie)
      .where(inArray(organisatie.id, ids))
      .orderBy(organisatie.naam);
  }

  async function herinneringenPagina(
    c: Context<AppEnv>,
    g: Gebruiker,
    invoer: { organisatie?: string; dagen?: string[]; andere?: string } = {},
    fouten: Fouten = {},
    status: 200 | 400 = 200,
  ) {
    const [eigen, voorkeuren] = await Promise.all([eigenOrganisaties(g), voorkeurenVan(db, g.gebruikerId)]);
    const beheerder = isBeheerder(g);
    const kanKiezen = beheerder || eigen.length > 0;
    // An organisation is referred to by its code, or by its id when it has none.
    const ref = (o: { code: string | null; id: string }) => o.code ?? o.id;
    const gekozen = (
      invoer.organisatie ??
      c.req.query('organisatie') ??
      (eigen[0] ? ref(eigen[0]) : '')
    ).trim();
    const gekozenEigen = eigen.find((o) => o.code === gekozen.toUpperCase() || o.id === gekozen);
    const bestaand = voorkeuren.find((v) => v.code === gekozen.toUpperCase() || v.organisatieId === gekozen);
    const aangevinkt = invoer.dagen ?? (bestaand ? bestaand.dagen : VOORGESTELDE_DAGEN).map(String);
    const andere =
      invoer.andere ??
      (bestaand
        ? bestaand.dagen.filter((d) => !(STANDAARD_DAGEN as readonly number[]).includes(d)).join(', ')
        : '');

    const nu = vandaag();
    const tot = plusDagen(nu, MAX_DAGEN);
    const kalender = await s.kalender();
    const komend = await Promise.all(
      voorkeuren.map(async (v) => ({
        v,
        rijen: komendeHerinneringen(
          await termijnenVanOrganisatie(db, v.organisatieId, nu, kalender),
          v.dagen,
          nu,
          tot,
        ).slice(0, 12),
      })),
    );

    const melding = c.req.query('bewaard');
    return render(
      c,
      s,
      'Herinneringen',
      <>
        <Breadcrumbs
          items={[
            ['/account', 'Mijn account'],
            [PAD, 'Herinneringen'],
          ]}
        />
        <Heading level={1}>Herinneringen</Heading>
        {melding === '1' ? <Alert type="ok">Uw herinneringen zijn bewaard.</Alert> : null}
        {melding === 'uit' ? (
          <Alert type="ok">De herinneringen voor deze organisatie staan uit.</Alert>
        ) : null}
        <P>
          Grip stuurt u een e-mail ({g.email}) een aantal dagen vóór elke termijn van de regelingen waaraan uw
          organisatie deelneemt: de kaders, de ontwerpbegroting, de zienswijzen, de vaststelling en de stukken
          voor de toezichthouder. De herinneringen gaan elke ochtend om 7 uur de deur uit, en u krijgt
          dezelfde herinnering nooit twee keer.
        </P>

        <Heading level={2}>Uw herinneringen</Heading>
        <Tabel
          bijschrift="Organisaties waarvoor u herinneringen krijgt"
          leeg="U hebt nog geen herinneringen ingesteld."
          rijen={voorkeuren}
          kolommen={[
            { kop: 'Organisatie', cel: (v) => `${v.naam}${v.code ? ` (${v.code})` : ''}` },
            { kop: 'Wanneer', cel: (v) => dagenTekst(v.dagen) },
            {
              kop: 'Wijzigen',
              cel: (v) => (
                <Link
                  href={`${PAD}?organisatie=${encodeURIComponent(ref({ code: v.code, id: v.organisatieId }))}#instellen`}
                >
                  Wijzig <span class="grip-visually-hidden">de herinneringen voor {v.naam}</span>
                </Link>
              ),
            },
          ]}
        />

        <Heading level={2} id="instellen">
          Herinneringen instellen of wijzigen
        </Heading>
        {kanKiezen ? (
          <>
            <ErrorSummary fouten={fouten} />
            <Form action={PAD} csrf={c.get('csrf')} label="Herinneringen instellen">
              {beheerder ? (
                <TextField
                  naam="organisatie"
                  label="Organisatie"
                  hulp="De code van de organisatie, bijvoorbeeld GM0363. Als beheerder kunt u elke organisatie kiezen."
                  waarde={gekozen}
                  fout={fouten.organisatie}
                />
              ) : (
                <Select
                  naam="organisatie"
                  label="Organisatie"
                  waarde={gekozenEigen ? ref(gekozenEigen) : gekozen}
                  opties={eigen.map((o) => [ref(o), o.code ? `${o.naam} (${o.code})` : o.naam])}
                  fout={fouten.organisatie}
                />
              )}
              <CheckboxGroep
                naam="dagen"
                label="Hoeveel dagen vóór elke termijn?"
                hulp="Vink niets aan en laat het veld hieronder leeg om de herinneringen voor deze organisatie uit te zetten."
                waarden={aangevinkt}
                opties={STANDAARD_DAGEN.map((d) => [String(d), d === 1 ? '1 dag' : `${d} dagen`])}
                fout={fouten.dagen}
              />
              <TextField
                naam="andere"
                label="Andere aantallen dagen (niet verplicht)"
                hulp={`Hele dagen van 1 tot en met ${MAX_DAGEN}, gescheiden door komma's, bijvoorbeeld 21, 2.`}
                waarde={andere}
                inputmode="numeric"
                fout={fouten.andere}
              />
              <Button>Bewaren</Button>
            </Form>
          </>
        ) : (
          <P>
            U hebt geen rol bij een organisatie. Vraag de beheerder van Grip om u aan uw organisatie te
            koppelen; daarna kunt u hier herinneringen instellen.
          </P>
        )}

        {komend.length > 0 ? <Heading level={2}>Komende termijnen</Heading> : null}
        {komend.map(({ v, rijen }) => (
          <>
            <Tabel
              bijschrift={`Komende termijnen voor ${v.naam}, met de dagen waarop u een herinnering krijgt`}
              leeg={`Voor ${v.naam} staan het komende jaar geen termijnen met een datum in Grip.`}
              rijen={rijen}
              kolommen={[
                { kop: 'Uiterlijk', cel: (r) => langeDatum(r.item.datum) },
                {
                  kop: 'Termijn',
                  cel: (r) => itemLabel(r.item),
                },
                {
                  kop: 'Regeling',
                  cel: (r) => <Link href={`/regelingen/${r.item.regelingId}`}>{r.item.regelingNaam}</Link>,
                },
                {
                  kop: 'Herinnering op',
                  cel: (r) => (r.op.length ? r.op.map((d) => langeDatum(d)).join('; ') : 'geen meer'),
                },
              ]}
            />
            <P>
              <Link href={`/organisaties/${encodeURIComponent(v.code ?? v.organisatieId)}/kalender`}>
                Alle termijnen van {v.naam}
              </Link>
            </P>
          </>
        ))}
      </>,
      { status, huidig: '/account' },
    );
  }

  app.get(PAD, async (c) => {
    const g = c.get('gebruiker');
    if (!g) return c.redirect(`/inloggen?terug=${PAD}`, 303);
    return herinneringenPagina(c, g);
  });

  app.post(PAD, async (c) => {
    const g = c.get('gebruiker');
    if (!g) return c.redirect(`/inloggen?terug=${PAD}`, 303);
    const f = await leesFormulier(c);
    const invoer = {
      organisatie: tekst(f, 'organisatie') ?? '',
      dagen: lijst(f, 'dagen'),
      andere: tekst(f, 'andere') ?? '',
    };
    const gelezen = leesDagen(invoer.dagen, invoer.andere);
    const dagen = gelezen.dagen;
    const fouten: Fouten = { ...gelezen.fouten };
    const org = invoer.organisatie ? await vindOrganisatie(db, invoer.organisatie) : null;
    if (!invoer.organisatie) fouten.organisatie = 'Kies een organisatie';
    else if (!org) fouten.organisatie = 'Er is geen organisatie met deze code';
    else if (!mag(g, 'herinneringen.instellen', { organisatieId: org.id }))
      fouten.organisatie = 'U kunt alleen herinneringen instellen voor een organisatie waarvoor u werkt';
    if (Object.keys(fouten).length > 0 || !org) return herinneringenPagina(c, g, invoer, fouten, 400);
    const uitkomst = await bewaarVoorkeur(db, actorVan(g), g.gebruikerId, org.id, dagen);
    return c.redirect(`${PAD}?bewaard=${uitkomst === 'verwijderd' ? 'uit' : '1'}`, 303);
  });

  /** Signed in with the right: continue; signed in without: 403; not signed in: to the sign-in page. */
  const alleen = (c: Context<AppEnv>, actie: Actie, pad: string) => {
    const g = c.get('gebruiker');
    if (!g) return c.redirect(`/inloggen?terug=${pad}`, 303);
    if (!mag(g, actie))
      return foutPagina(c, s, 403, 'Geen toegang', 'Deze pagina is alleen voor de beheerder van Grip.');
    return null;
  };

  app.get(OUTBOX, async (c) => {
    const weiger = alleen(c, 'mail.lezen', OUTBOX);
    if (weiger) return weiger;
    const pagina = Math.max(1, Math.min(10_000, Number.parseInt(c.req.query('pagina') ?? '1', 10) || 1));
    const { rijen, totaal } = await uitgaandeMails(db, pagina, PER_PAGINA);
    const smtp = Boolean(s.config.smtpUrl);
    const statusVan = (m: UitgaandeMail) => {
      if (m.verzonden) return `Verzonden op ${tijdstip(m.verzonden)}`;
      if (m.fout === BEZIG) return 'Wordt verzonden';
      if (m.fout) return m.fout;
      return smtp ? 'In de wachtrij' : 'Niet verzonden: geen SMTP ingesteld';
    };
    return render(
      c,
      s,
      'Uitgaande mail',
      <>
        <Heading level={1}>Uitgaande mail</Heading>
        {smtp ? (
          <P>
            Elke mail die Grip verstuurt, staat hier: eerst in de wachtrij, daarna met het tijdstip waarop de
            mailserver hem aannam, of met de fout.
          </P>
        ) : (
          <Alert type="warning" title="Geen SMTP ingesteld">
            Grip heeft geen mailserver (stel GRIP_SMTP_URL in). Mails worden niet verzonden: ze staan alleen
            hier.
          </Alert>
        )}
        <P>
          {getal(totaal)} {totaal === 1 ? 'mail' : 'mails'}, de nieuwste eerst.
        </P>
        <Tabel
          bijschrift="Uitgaande mail, de nieuwste eerst"
          leeg="Er is nog geen mail."
          rijen={rijen}
          kolommen={[
            { kop: 'Aangemaakt', cel: (m) => tijdstip(m.aangemaakt) },
            { kop: 'Aan', cel: (m) => m.aan },
            {
              kop: 'Onderwerp en tekst',
              cel: (m) => (
                <details>
                  <summary>{m.onderwerp}</summary>
                  <div class="utrecht-paragraph">
                    {m.tekst.split('\n').map((regel, i) => (
                      <>
                        {i > 0 ? <br /> : null}
                        {regel}
                      </>
                    ))}
                  </div>
                </details>
              ),
            },
            { kop: 'Status', cel: statusVan },
          ]}
        />
        <Pagination
          pagina={pagina}
          paginas={Math.max(1, Math.ceil(totaal / PER_PAGINA))}
          href={(p) => `${OUTBOX}?pagina=${p}`}
        />
      </>,
      { huidig: OUTBOX },
    );
  });
}
