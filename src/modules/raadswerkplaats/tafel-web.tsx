/**
 * Pages of the shared table ("De gedeelde tafel") of a regeling: the threads (newest activity first, by
 * kind, with what is new since the previous visit), a thread with its posts, the forms to start a
 * conversation, a note or a joint zienswijze draft, to reply, to write a new version of a draft, to co-sign
 * and withdraw, to follow, to report a post, and the griffie's moderation.
 *
 * Access: only signed-in raadsleden and griffies of organisations that take part on the day. The table of
 * a regeling answers 403 to anyone else (the regeling is public, its table is not); a thread or post 404
 * (its existence is not disclosed). Without a sign-in the pages ask to sign in first.
 */
import type { Context, Hono } from 'hono';
import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { mag } from '../../platform/auth/policy';
import { vandaag } from '../../platform/clock';
import { DomeinFout } from '../../platform/errors';
import type { Services } from '../../platform/http/app';
import type { AppEnv, Gebruiker } from '../../platform/http/env';
import { type FormData, leesFormulier, regels, tekst } from '../../platform/http/forms';
import { foutPagina, render } from '../../platform/http/pages';
import { isUuid } from '../../platform/validation';
import {
  Alert,
  Breadcrumbs,
  Button,
  ButtonLink,
  DataList,
  ErrorSummary,
  Form,
  type Fouten,
  Heading,
  Link,
  P,
  Select,
  Tabel,
  TextArea,
  TextField,
  tijdstip,
} from '../../platform/views/components';
import { Opgemaakt } from '../../platform/views/markdown';
import { actorVan } from '../accounts/actor';
import { regelingRij } from '../regelingen/store';
import { leesBezoek, registreerBezoek, tafelPlek } from './bezoek-store';
import {
  isNieuw,
  leesVerwijzingen,
  namensOrganisaties,
  ondertekeningStand,
  soortLabels,
  type TafelSoort,
  tafelSoorten,
} from './domain/tafel';
import {
  laatStaan,
  meldBericht,
  onderteken,
  reageer,
  startDraad,
  trekOndertekeningIn,
  verbergBericht,
  sluitDraad,
  volg,
  wijzigTekst,
} from './tafel-service';
import {
  berichtenVan,
  berichtRij,
  type BerichtMetNamen,
  draadRij,
  type DraadMetNamen,
  dradenVan,
  laatsteAuteurs,
  meldingRij,
  ondertekeningenVan,
  openMeldingen,
  openMeldingenVanDraad,
  organisatieNamen,
  proceduresVan,
  tafelDeelnemers,
  volgt,
} from './tafel-store';

type C = Context<AppEnv>;

const meervoud: Record<TafelSoort, string> = {
  gesprek: 'Gesprekken',
  notitie: 'Notities',
  zienswijze: 'Gezamenlijke zienswijzen',
};

const nieuwKnop: Record<TafelSoort, string> = {
  gesprek: 'Gesprek beginnen',
  notitie: 'Notitie delen',
  zienswijze: 'Gezamenlijke zienswijze opstellen',
};

const GEEN_TOEGANG =
  'De gedeelde tafel van een regeling is er alleen voor raadsleden en griffies van de organisaties die eraan deelnemen.';

interface Staat {
  fouten?: Fouten;
  /** The form the errors belong to. */
  bij?: string;
  waarden?: Record<string, string | null>;
  status?: ContentfulStatusCode;
}

function fouttekst(e: unknown): { status: ContentfulStatusCode; veld: string; tekst: string } | null {
  if (!(e instanceof DomeinFout)) return null;
  const t = typeof e.opties.data?.tekst === 'string' ? e.opties.data.tekst : null;
  if (e.code === 'stap_geweigerd' && t) return { status: 409, veld: 'formulier', tekst: t };
  if (e.code === 'ongeldig' && t) return { status: 400, veld: e.opties.veld ?? 'formulier', tekst: t };
  if (e.code === 'geen_toegang') return { status: 403, veld: 'formulier', tekst: 'U mag dit niet doen.' };
  return null;
}

/** The organisation the user speaks for: the field, or their only organisation at this table. */
const namensVan = (f: FormData, keuzes: { id: string }[]) =>
  tekst(f, 'organisatie') ?? (keuzes.length === 1 ? keuzes[0]!.id : '');

const platteWaarden = (f: FormData) =>
  Object.fromEntries(Object.entries(f).map(([k, x]) => [k, Array.isArray(x) ? (x[0] ?? null) : x]));

const Namens = ({
  keuzes,
  naam,
  waarde,
  fout,
}: {
  keuzes: { id: string; naam: string }[];
  naam: string;
  waarde?: string | null;
  fout?: string | undefined;
}) =>
  keuzes.length > 1 ? (
    <Select
      naam={naam}
      label="Namens"
      opties={keuzes.map((k) => [k.id, k.naam])}
      waarde={waarde ?? null}
      fout={fout}
    />
  ) : keuzes.length === 1 ? (
    <input type="hidden" name={naam} value={keuzes[0]!.id} />
  ) : null;

export function tafelWeb(app: Hono<AppEnv>, s: Services) {
  const db = s.database.db;

  /** The regeling and the participants of the day if this user may sit at its table; else a response. */
  async function toegang(c: C, regelingId: string) {
    const r = isUuid(regelingId) ? await regelingRij(db, regelingId) : null;
    if (!r)
      return {
        antwoord: foutPagina(
          c,
          s,
          404,
          'Regeling niet gevonden',
          'Deze regeling staat niet in het register.',
        ),
      };
    const g = c.get('gebruiker');
    if (!g) return { antwoord: c.redirect(`/inloggen?terug=/regelingen/${regelingId}/tafel`, 303) };
    const peildatum = vandaag();
    const deelnemers = await tafelDeelnemers(db, regelingId, peildatum);
    if (!mag(g, 'tafel.lezen', { regelingId, deelnemers }))
      return { antwoord: foutPagina(c, s, 403, 'Geen toegang', GEEN_TOEGANG) };
    const keuzes = await organisatieNamen(
      db,
      namensOrganisaties(g.rollen, deelnemers).filter((id) =>
        mag(g, 'tafel.schrijven', { regelingId, organisatieId: id, deelnemers }),
      ),
    );
    return { r, g, deelnemers, peildatum, keuzes };
  }

  /** The thread if this user sits at its table; otherwise a 404 (or the sign-in). */
  async function draadToegang(c: C, draadId: string) {
    const g = c.get('gebruiker');
    if (!g) return { antwoord: c.redirect(`/inloggen?terug=/tafel/${draadId}`, 303) };
    const d = isUuid(draadId) ? await draadRij(db, draadId) : null;
    const deelnemers = d ? await tafelDeelnemers(db, d.regelingId, vandaag()) : [];
    if (!d || !mag(g, 'tafel.lezen', { regelingId: d.regelingId, deelnemers }))
      return {
        antwoord: foutPagina(
          c,
          s,
          404,
          'Niet gevonden',
          'Dit gesprek bestaat niet, of u zit niet aan de gedeelde tafel waar het gevoerd wordt.',
        ),
      };
    const keuzes = await organisatieNamen(
      db,
      namensOrganisaties(g.rollen, deelnemers).filter((id) =>
        mag(g, 'tafel.schrijven', { regelingId: d.regelingId, organisatieId: id, deelnemers }),
      ),
    );
    return { d, g, deelnemers, keuzes };
  }

  // ————————————————————————— the table —————————————————————————

  app.get('/regelingen/:id/tafel', async (c) => {
    const t = await toegang(c, c.req.param('id'));
    if ('antwoord' in t) return t.antwoord;
    const { r, g, deelnemers } = t;
    const q = c.req.query('soort');
    const soort = (tafelSoorten as readonly string[]).includes(q ?? '') ? (q as TafelSoort) : undefined;
    const draden = await dradenVan(db, r.id, soort);
    const auteurs = await laatsteAuteurs(
      db,
      draden.map((d) => d.id),
    );
    const bezoek = await registreerBezoek(db, g.gebruikerId, new Date(), tafelPlek(r.id));
    const griffie = mag(g, 'tafel.modereren', { regelingId: r.id, deelnemers });
    const meldingen = griffie ? await openMeldingen(db, r.id) : [];
    const naam = r.korteNaam ?? r.naam;
    const titel = `Gedeelde tafel: ${naam}`;
    const nieuw = (d: (typeof draden)[number]) =>
      isNieuw(d.laatsteActiviteit, bezoek.sinds, auteurs.get(d.id) === g.gebruikerId);
    return render(
      c,
      s,
      titel,
      <>
        <Breadcrumbs
          items={[
            ['/', 'Home'],
            ['/regelingen', 'Register'],
            [`/regelingen/${r.id}`, naam],
          ]}
        />
        <Heading level={1}>{titel}</Heading>
        <P lead>
          Een plek voor de raadsleden en griffies van alle deelnemers aan {r.naam}: gesprekken, notities en
          gezamenlijke zienswijzen die raden samen kunnen ondertekenen. Alleen wie raadslid of griffier is bij
          een deelnemer leest en schrijft hier mee.
        </P>
        {c.req.query('gelukt') ? (
          <Alert type="ok">
            <P>Opgeslagen.</P>
          </Alert>
        ) : null}
        {griffie ? (
          <section aria-labelledby="meldingen">
            <Heading level={2} id="meldingen">
              Gemelde berichten
            </Heading>
            <Tabel
              bijschrift="Gemelde berichten die nog beoordeeld moeten worden"
              rijen={meldingen}
              leeg="Er zijn geen open meldingen."
              kolommen={[
                {
                  kop: 'Bericht',
                  cel: (m) => (
                    <Link href={`/tafel/${m.draadId}#bericht-${m.volgnummer}`}>
                      {m.draadTitel}, bericht {m.volgnummer} van {m.auteurNaam}
                    </Link>
                  ),
                },
                { kop: 'Reden', cel: (m) => m.reden },
                { kop: 'Gemeld', cel: (m) => tijdstip(m.gemeld) },
              ]}
            />
          </section>
        ) : null}
        {t.keuzes.length > 0 ? (
          <div class="grip-actions">
            {tafelSoorten.map((k) => (
              <ButtonLink
                href={`/regelingen/${r.id}/tafel/nieuw?soort=${k}`}
                soort={k === 'gesprek' ? 'primary' : 'secondary'}
              >
                {nieuwKnop[k]}
              </ButtonLink>
            ))}
          </div>
        ) : null}
        <form
          class="utrecht-form"
          method="get"
          action={`/regelingen/${r.id}/tafel`}
          aria-label="Filter de gedeelde tafel"
        >
          <div class="grip-filters">
            <Select
              naam="soort"
              label="Soort"
              leeg="Alles"
              opties={tafelSoorten.map((k) => [k, meervoud[k]])}
              waarde={soort ?? null}
            />
          </div>
          <Button soort="secondary">Toon</Button>
        </form>
        <p class="utrecht-paragraph" role="status">
          {draden.length === 1 ? 'Eén onderwerp' : `${draden.length} onderwerpen`}
          {soort ? ` (${meervoud[soort].toLowerCase()})` : ''}.{' '}
          {bezoek.bekend
            ? `Nieuw is wat anderen schreven sinds uw vorige bezoek (${tijdstip(bezoek.sinds)}).`
            : 'Nieuw is wat anderen de afgelopen 30 dagen schreven.'}
        </p>
        <Tabel
          bijschrift="Onderwerpen aan de gedeelde tafel, laatste activiteit eerst"
          rijen={draden}
          leeg="Er staat nog niets op tafel."
          kolommen={[
            {
              kop: 'Onderwerp',
              cel: (d) => (
                <>
                  <Link href={`/tafel/${d.id}`}>{d.titel}</Link>
                  {nieuw(d) ? (
                    <>
                      {' '}
                      <strong class="grip-label">Nieuw</strong>
                    </>
                  ) : null}
                </>
              ),
            },
            { kop: 'Soort', cel: (d) => soortLabels[d.soort] },
            { kop: 'Begonnen door', cel: (d) => `${d.auteurNaam} (${d.organisatie.naam})` },
            { kop: 'Berichten', cel: (d) => String(d.berichten) },
            { kop: 'Laatste activiteit', cel: (d) => tijdstip(d.laatsteActiviteit) },
          ]}
        />
      </>,
    );
  });

  async function nieuwFormulier(c: C, regelingId: string, staat: Staat = {}) {
    const t = await toegang(c, regelingId);
    if ('antwoord' in t) return t.antwoord;
    const { r, keuzes } = t;
    if (keuzes.length === 0) return foutPagina(c, s, 403, 'Geen toegang', GEEN_TOEGANG);
    const w = staat.waarden ?? {};
    const q = w.soort ?? c.req.query('soort') ?? 'gesprek';
    const soort = (tafelSoorten as readonly string[]).includes(q) ? (q as TafelSoort) : 'gesprek';
    const procedures = await proceduresVan(db, r.id);
    const fouten = staat.fouten ?? {};
    const naam = r.korteNaam ?? r.naam;
    const titel = `${nieuwKnop[soort]}: ${naam}`;
    return render(
      c,
      s,
      titel,
      <>
        <Breadcrumbs
          items={[
            ['/', 'Home'],
            ['/regelingen', 'Register'],
            [`/regelingen/${r.id}`, naam],
            [`/regelingen/${r.id}/tafel`, 'Gedeelde tafel'],
          ]}
        />
        <Heading level={1}>{titel}</Heading>
        {soort === 'zienswijze' ? (
          <P>
            Een gezamenlijke zienswijze is een concepttekst die raden en fracties van verschillende deelnemers
            samen opstellen en mede ondertekenen, bijvoorbeeld op een ontwerpbegroting (Wgr art. 35 lid 3).
            Elke wijziging van de tekst is een nieuwe versie; bij elke ondertekening staat op welke versie zij
            rust. Het besluit over de zienswijze blijft bij elke raad.
          </P>
        ) : null}
        <ErrorSummary fouten={fouten} />
        <Form action={`/regelingen/${r.id}/tafel`} csrf={c.get('csrf')} label={nieuwKnop[soort]}>
          <Select
            naam="soort"
            label="Soort"
            opties={tafelSoorten.map((k) => [k, soortLabels[k]])}
            waarde={soort}
            fout={fouten.soort}
          />
          <Namens keuzes={keuzes} naam="organisatie" waarde={w.organisatie} fout={fouten.organisatie} />
          <TextField naam="titel" label="Titel" waarde={w.titel ?? null} fout={fouten.titel} verplicht />
          <TextArea
            naam="tekst"
            label={soort === 'zienswijze' ? 'Concepttekst van de zienswijze' : 'Tekst'}
            hulp="Opmaak met Markdown: *cursief*, **vet**, lijsten en links."
            rijen={10}
            waarde={w.tekst ?? null}
            fout={fouten.tekst}
          />
          <Select
            naam="procedure"
            label="Over de procedure (optioneel)"
            leeg="Geen procedure"
            opties={procedures.map((p) => [p.id, p.titel])}
            waarde={w.procedure ?? null}
            fout={fouten.procedure}
          />
          <TextArea
            naam="verwijzingen"
            label="Verwijzingen naar documenten (optioneel)"
            hulp="Eén per regel: naam | adres, bijvoorbeeld: Ontwerpbegroting 2027 | https://www.example.nl/begroting.pdf"
            rijen={3}
            waarde={w.verwijzingen ?? null}
            fout={fouten.verwijzingen}
          />
          <Button>{nieuwKnop[soort]}</Button>
        </Form>
      </>,
      { status: staat.status ?? 200 },
    );
  }

  app.get('/regelingen/:id/tafel/nieuw', (c) => nieuwFormulier(c, c.req.param('id')));

  app.post('/regelingen/:id/tafel', async (c) => {
    const id = c.req.param('id');
    const t = await toegang(c, id);
    if ('antwoord' in t) return t.antwoord;
    const f = await leesFormulier(c);
    const organisatieId = namensVan(f, t.keuzes);
    if (!mag(t.g, 'tafel.schrijven', { regelingId: id, organisatieId, deelnemers: t.deelnemers }))
      return foutPagina(
        c,
        s,
        403,
        'Geen toegang',
        'U schrijft aan de gedeelde tafel alleen namens uw eigen organisatie, zolang die deelneemt.',
      );
    const waarden = platteWaarden(f);
    try {
      const v = leesVerwijzingen(regels(f, 'verwijzingen'));
      if ('fout' in v) throw new DomeinFout('ongeldig', { veld: 'verwijzingen', data: { tekst: v.fout } });
      const procedureId = tekst(f, 'procedure');
      if (procedureId !== null && !isUuid(procedureId))
        throw new DomeinFout('ongeldig', {
          veld: 'procedure',
          data: { tekst: 'Kies een procedure van deze regeling.' },
        });
      const did = await startDraad(db, actorVan(t.g), id, {
        organisatieId,
        soort: (tekst(f, 'soort') ?? 'gesprek') as TafelSoort,
        titel: tekst(f, 'titel') ?? '',
        tekst: tekst(f, 'tekst') ?? '',
        procedureId,
        verwijzingen: v.verwijzingen,
        peildatum: t.peildatum,
      });
      return c.redirect(`/tafel/${did}?gelukt=1`, 303);
    } catch (e) {
      const ft = fouttekst(e);
      if (!ft) throw e;
      return nieuwFormulier(c, id, { fouten: { [ft.veld]: ft.tekst }, waarden, status: ft.status });
    }
  });

  // ————————————————————————— a thread —————————————————————————

  async function toonDraad(c: C, draadId: string, staat: Staat = {}) {
    const t = await draadToegang(c, draadId);
    if ('antwoord' in t) return t.antwoord;
    const { d, g, deelnemers, keuzes } = t;
    const [berichten, ondertekeningen, volgend] = await Promise.all([
      berichtenVan(db, d.id),
      ondertekeningenVan(db, d.id),
      volgt(db, d.id, g.gebruikerId),
    ]);
    const griffie = mag(g, 'tafel.modereren', { regelingId: d.regelingId, deelnemers });
    const magSluiten = griffie || d.auteurId === g.gebruikerId;
    const meldingen = griffie ? await openMeldingenVanDraad(db, d.id) : [];
    const bezoek = await leesBezoek(db, g.gebruikerId, tafelPlek(d.regelingId));
    const csrf = c.get('csrf');
    const w = staat.waarden ?? {};
    const fouten = (bij: string) => (staat.bij === bij ? (staat.fouten ?? {}) : {});
    const naam = d.regeling.korteNaam ?? d.regeling.naam;
    const zienswijze = d.soort === 'zienswijze';
    const huidig = berichten.at(-1);
    const open = d.gesloten === null;
    const raadKeuzes = keuzes.filter((k) =>
      mag(g, 'tafel.ondertekenen.raad', { regelingId: d.regelingId, organisatieId: k.id, deelnemers }),
    );
    const fractieKeuzes = keuzes.filter((k) =>
      mag(g, 'tafel.ondertekenen.fractie', { regelingId: d.regelingId, organisatieId: k.id, deelnemers }),
    );
    return render(
      c,
      s,
      `${d.titel} — gedeelde tafel ${naam}`,
      <>
        <Breadcrumbs
          items={[
            ['/', 'Home'],
            ['/regelingen', 'Register'],
            [`/regelingen/${d.regelingId}`, naam],
            [`/regelingen/${d.regelingId}/tafel`, 'Gedeelde tafel'],
          ]}
        />
        <Heading level={1}>{d.titel}</Heading>
        {c.req.query('gelukt') ? (
          <Alert type="ok">
            <P>Opgeslagen.</P>
          </Alert>
        ) : null}
        <ErrorSummary fouten={fouten('formulier')} />
        <DataList
          items={[
            ['Soort', soortLabels[d.soort]],
            ['Begonnen door', `${d.auteurNaam} (${d.organisatie.naam}), ${tijdstip(d.aangemaakt)}`],
            ...(d.procedure
              ? [
                  ['Procedure', <Link href={`/procedures/${d.procedure.id}`}>{d.procedure.titel}</Link>] as [
                    string,
                    Child,
                  ],
                ]
              : []),
            ...(d.verwijzingen.length > 0
              ? [
                  [
                    'Verwijzingen',
                    <ul class="utrecht-unordered-list">
                      {d.verwijzingen.map((v) => (
                        <li class="utrecht-unordered-list__item">
                          <a
                            class="utrecht-link utrecht-link--html-a"
                            href={v.url}
                            rel="noopener noreferrer nofollow"
                          >
                            {v.titel}
                          </a>
                        </li>
                      ))}
                    </ul>,
                  ] as [string, Child],
                ]
              : []),
            ['Laatste activiteit', tijdstip(d.laatsteActiviteit)],
          ]}
        />
        <Form action={`/tafel/${d.id}/volgen`} csrf={csrf} label="Volgen">
          <input type="hidden" name="aan" value={volgend ? '0' : '1'} />
          <P>
            {volgend
              ? 'U volgt dit onderwerp: u krijgt een melding in Grip bij elk nieuw bericht, en één keer per dag een overzicht per mail.'
              : 'U volgt dit onderwerp niet.'}
          </P>
          <Button soort="secondary">{volgend ? 'Niet meer volgen' : 'Volgen'}</Button>
        </Form>
        {open ? null : (
          <Alert type="info" title="Gesloten">
            <P>
              Dit onderwerp is gesloten sinds {tijdstip(d.gesloten!)}: er kunnen geen reacties, versies of
              ondertekeningen meer bij. Wat er staat, blijft te lezen.
            </P>
          </Alert>
        )}
        {magSluiten ? (
          <Form
            action={`/tafel/${d.id}/sluiten`}
            csrf={csrf}
            label={open ? 'Onderwerp sluiten' : 'Weer openen'}
          >
            <input type="hidden" name="dicht" value={open ? '1' : '0'} />
            <P>
              {open
                ? 'Is het gesprek klaar of de zienswijze verstuurd? Sluit het onderwerp; het blijft te lezen.'
                : 'U kunt het onderwerp weer openen voor reacties.'}
            </P>
            <Button soort="secondary">{open ? 'Onderwerp sluiten' : 'Weer openen'}</Button>
          </Form>
        ) : null}
        {griffie && meldingen.length > 0 ? (
          <Alert type="warning" title="Gemelde berichten">
            <P>
              {meldingen.length === 1
                ? 'Eén bericht in dit onderwerp is gemeld.'
                : `${meldingen.length} meldingen in dit onderwerp.`}{' '}
              Beoordeel ze bij het bericht: verbergen of laten staan.
            </P>
          </Alert>
        ) : null}
        {zienswijze && huidig ? (
          <>
            <section aria-labelledby="tekst">
              <Heading level={2} id="tekst">
                Concepttekst, versie {d.versie}
              </Heading>
              <Bericht
                b={huidig}
                kop={`Versie ${d.versie}, van ${huidig.auteurNaam} (${huidig.organisatie.naam})`}
                {...berichtProps(huidig)}
              />
            </section>
            <section aria-labelledby="ondertekeningen">
              <Heading level={2} id="ondertekeningen">
                Ondertekeningen
              </Heading>
              <Tabel
                bijschrift="Wie de zienswijze mede ondertekent"
                rijen={ondertekeningen}
                leeg="Nog niemand heeft ondertekend."
                kolommen={[
                  { kop: 'Deelnemer', cel: (o) => o.organisatie.naam },
                  { kop: 'Namens', cel: (o) => (o.fractie ? `Fractie ${o.fractie}` : 'De raad') },
                  { kop: 'Door', cel: (o) => o.naam },
                  {
                    kop: 'Op tekst',
                    cel: (o) => {
                      const versie = berichten.findIndex((b) => b.volgnummer === o.tekstVolgnummer) + 1;
                      return ondertekeningStand(o.tekstVolgnummer, huidig.volgnummer) === 'huidig' ? (
                        `versie ${versie} (de huidige)`
                      ) : (
                        <strong class="grip-verlopen">versie {versie}: een eerdere versie</strong>
                      );
                    },
                  },
                  { kop: 'Ondertekend', cel: (o) => tijdstip(o.ondertekend) },
                  {
                    kop: 'Actie',
                    cel: (o) =>
                      o.gebruikerId === g.gebruikerId ? (
                        <Form
                          action={`/tafel/${d.id}/ondertekeningen/${o.id}/intrekking`}
                          csrf={csrf}
                          label={`Ondertekening intrekken: ${o.organisatie.naam}`}
                        >
                          <Button soort="secondary">
                            Intrekken
                            <span class="grip-visually-hidden">
                              {' '}
                              ondertekening {o.organisatie.naam} {o.fractie}
                            </span>
                          </Button>
                        </Form>
                      ) : null,
                  },
                ]}
              />
              {open && (raadKeuzes.length > 0 || fractieKeuzes.length > 0) ? (
                <>
                  <ErrorSummary fouten={fouten('ondertekening')} />
                  <Form action={`/tafel/${d.id}/ondertekeningen`} csrf={csrf} label="Mede ondertekenen">
                    <Namens
                      keuzes={[...new Map([...raadKeuzes, ...fractieKeuzes].map((k) => [k.id, k])).values()]}
                      naam="organisatie"
                      waarde={w.organisatie}
                      fout={fouten('ondertekening').organisatie}
                    />
                    {fractieKeuzes.length > 0 ? (
                      <TextField
                        naam="fractie"
                        label="Namens de fractie"
                        hulp={
                          raadKeuzes.length > 0
                            ? 'Laat leeg om te ondertekenen namens de raad als geheel.'
                            : 'De naam van uw fractie.'
                        }
                        waarde={w.fractie ?? null}
                        fout={fouten('ondertekening').fractie}
                      />
                    ) : (
                      <P>U ondertekent namens de raad als geheel (vastgelegd door de griffie).</P>
                    )}
                    <Button>Onderteken versie {d.versie}</Button>
                  </Form>
                </>
              ) : null}
            </section>
            {open && keuzes.length > 0 ? (
              <section aria-labelledby="wijzigen">
                <Heading level={2} id="wijzigen">
                  Tekst wijzigen
                </Heading>
                <P>
                  Uw wijziging wordt versie {d.versie + 1}. Wie al ondertekende, ziet dan dat zijn
                  ondertekening op een eerdere versie rust en kan opnieuw ondertekenen.
                </P>
                <ErrorSummary fouten={fouten('tekst')} />
                <Form action={`/tafel/${d.id}/tekst`} csrf={csrf} label="Tekst wijzigen">
                  <input type="hidden" name="versie" value={String(d.versie)} />
                  <Namens
                    keuzes={keuzes}
                    naam="organisatie"
                    waarde={w.organisatie}
                    fout={fouten('tekst').organisatie}
                  />
                  <TextArea
                    naam="tekst"
                    label="Nieuwe tekst"
                    hulp="Opmaak met Markdown."
                    rijen={12}
                    waarde={
                      staat.bij === 'tekst' ? (w.tekst ?? null) : huidig.verborgenOp ? '' : huidig.tekst
                    }
                    fout={fouten('tekst').tekst}
                  />
                  <Button>Nieuwe versie opslaan</Button>
                </Form>
              </section>
            ) : null}
            {berichten.length > 1 ? (
              <section aria-labelledby="versies">
                <Heading level={2} id="versies">
                  Eerdere versies
                </Heading>
                {berichten
                  .slice(0, -1)
                  .reverse()
                  .map((b) => (
                    <Bericht
                      b={b}
                      kop={`Versie ${b.volgnummer}, van ${b.auteurNaam} (${b.organisatie.naam})`}
                      {...berichtProps(b)}
                    />
                  ))}
              </section>
            ) : null}
          </>
        ) : (
          <section aria-labelledby="berichten">
            <Heading level={2} id="berichten">
              Berichten
            </Heading>
            {berichten.map((b) => (
              <Bericht
                b={b}
                kop={`${b.volgnummer === 1 ? 'Opening' : `Reactie ${b.volgnummer - 1}`} van ${b.auteurNaam} (${b.organisatie.naam})`}
                {...berichtProps(b)}
              />
            ))}
            {open && keuzes.length > 0 ? (
              <>
                <Heading level={2} id="reageren">
                  Reageren
                </Heading>
                <ErrorSummary fouten={fouten('reactie')} />
                <Form action={`/tafel/${d.id}/berichten`} csrf={csrf} label="Reageren">
                  <Namens
                    keuzes={keuzes}
                    naam="organisatie"
                    waarde={w.organisatie}
                    fout={fouten('reactie').organisatie}
                  />
                  <TextArea
                    naam="tekst"
                    label="Uw reactie"
                    hulp="Opmaak met Markdown: *cursief*, **vet**, lijsten en links."
                    rijen={6}
                    waarde={staat.bij === 'reactie' ? (w.tekst ?? null) : null}
                    fout={fouten('reactie').tekst}
                  />
                  <Button>Reactie plaatsen</Button>
                </Form>
              </>
            ) : null}
          </section>
        )}
      </>,
      { status: staat.status ?? 200 },
    );

    function berichtProps(b: BerichtMetNamen) {
      return {
        d,
        csrf,
        griffie,
        nieuw: isNieuw(b.aangemaakt, bezoek?.sinds ?? null, b.auteurId === g.gebruikerId),
        meldingen: meldingen.filter((m) => m.berichtId === b.id),
        fouten: fouten(`bericht-${b.id}`),
        waarden: staat.bij === `bericht-${b.id}` ? w : {},
      };
    }
  }

  app.get('/tafel/:id', (c) => toonDraad(c, c.req.param('id')));

  /** A step on a thread: authorise, run, show the thread again (with the error at its form). */
  async function stap(
    c: C,
    bij: string,
    uitvoeren: (
      t: { d: DraadMetNamen; g: Gebruiker; deelnemers: string[]; keuzes: { id: string }[] },
      f: FormData,
    ) => Promise<unknown>,
  ) {
    const id = c.req.param('id') ?? '';
    const t = await draadToegang(c, id);
    if ('antwoord' in t) return t.antwoord;
    const f = await leesFormulier(c);
    try {
      await uitvoeren(t, f);
      return c.redirect(`/tafel/${t.d.id}?gelukt=1`, 303);
    } catch (e) {
      if (e instanceof DomeinFout && e.code === 'geen_toegang')
        return foutPagina(c, s, 403, 'Geen toegang', 'U mag deze stap aan de gedeelde tafel niet zetten.');
      const ft = fouttekst(e);
      if (!ft) throw e;
      const b = bij;
      return toonDraad(c, t.d.id, {
        bij: b,
        fouten: { [ft.veld]: ft.tekst },
        waarden: platteWaarden(f),
        status: ft.status,
      });
    }
  }

  const eis = (ok: boolean) => {
    if (!ok) throw new DomeinFout('geen_toegang');
  };

  app.post('/tafel/:id/berichten', (c) =>
    stap(c, 'reactie', async ({ d, g, deelnemers, keuzes }, f) => {
      const organisatieId = namensVan(f, keuzes);
      eis(mag(g, 'tafel.schrijven', { regelingId: d.regelingId, organisatieId, deelnemers }));
      await reageer(db, actorVan(g), d.id, {
        organisatieId,
        tekst: tekst(f, 'tekst') ?? '',
        peildatum: vandaag(),
      });
    }),
  );

  app.post('/tafel/:id/tekst', (c) =>
    stap(c, 'tekst', async ({ d, g, deelnemers, keuzes }, f) => {
      const organisatieId = namensVan(f, keuzes);
      eis(mag(g, 'tafel.schrijven', { regelingId: d.regelingId, organisatieId, deelnemers }));
      await wijzigTekst(db, actorVan(g), d.id, {
        organisatieId,
        tekst: tekst(f, 'tekst') ?? '',
        versie: Number(tekst(f, 'versie') ?? Number.NaN),
        peildatum: vandaag(),
      });
    }),
  );

  app.post('/tafel/:id/ondertekeningen', (c) =>
    stap(c, 'ondertekening', async ({ d, g, deelnemers, keuzes }, f) => {
      const organisatieId = namensVan(f, keuzes);
      const fractie = tekst(f, 'fractie') ?? '';
      const raad = mag(g, 'tafel.ondertekenen.raad', { regelingId: d.regelingId, organisatieId, deelnemers });
      const alsFractie = mag(g, 'tafel.ondertekenen.fractie', {
        regelingId: d.regelingId,
        organisatieId,
        deelnemers,
      });
      if (!fractie && !raad) {
        if (alsFractie)
          throw new DomeinFout('ongeldig', {
            veld: 'fractie',
            data: { tekst: 'Vul de naam van uw fractie in: namens de raad ondertekent de griffie.' },
          });
        eis(false);
      }
      if (fractie) eis(alsFractie);
      await onderteken(db, actorVan(g), d.id, { organisatieId, fractie, peildatum: vandaag() });
    }),
  );

  app.post('/tafel/:id/ondertekeningen/:oid/intrekking', (c) =>
    stap(c, 'formulier', async ({ d, g }) => {
      const oid = c.req.param('oid');
      if (!isUuid(oid)) throw new DomeinFout('geen_toegang');
      await trekOndertekeningIn(db, actorVan(g), d.id, oid).catch((e: unknown) => {
        if (e instanceof DomeinFout && e.code === 'niet_gevonden') throw new DomeinFout('geen_toegang');
        throw e;
      });
    }),
  );

  app.post('/tafel/:id/volgen', (c) =>
    stap(c, 'formulier', async ({ d, g }, f) => {
      await volg(db, actorVan(g), d.id, tekst(f, 'aan') === '1');
    }),
  );

  /** Close or reopen a topic: its author or a griffie at the table. */
  app.post('/tafel/:id/sluiten', (c) =>
    stap(c, 'formulier', async ({ d, g, deelnemers }, f) => {
      eis(
        d.auteurId === g.gebruikerId || mag(g, 'tafel.modereren', { regelingId: d.regelingId, deelnemers }),
      );
      await sluitDraad(db, actorVan(g), d.id, tekst(f, 'dicht') === '1');
    }),
  );

  /** A step on one post: its thread must be readable (else 404). */
  async function berichtStap(
    c: C,
    uitvoeren: (
      t: { d: DraadMetNamen; g: Gebruiker; deelnemers: string[]; berichtId: string },
      f: FormData,
    ) => Promise<unknown>,
  ) {
    const bid = c.req.param('bid') ?? '';
    const b = isUuid(bid) ? await berichtRij(db, bid) : null;
    const g = c.get('gebruiker');
    if (!g) return c.redirect('/inloggen', 303);
    if (!b) return foutPagina(c, s, 404, 'Niet gevonden', 'Dit bericht bestaat niet.');
    const t = await draadToegang(c, b.draadId);
    if ('antwoord' in t) return t.antwoord;
    const f = await leesFormulier(c);
    try {
      await uitvoeren({ ...t, berichtId: b.id }, f);
      return c.redirect(`/tafel/${t.d.id}?gelukt=1#bericht-${b.volgnummer}`, 303);
    } catch (e) {
      if (e instanceof DomeinFout && e.code === 'geen_toegang')
        return foutPagina(
          c,
          s,
          403,
          'Geen toegang',
          'Alleen de griffie van een deelnemer beoordeelt berichten.',
        );
      const ft = fouttekst(e);
      if (!ft) throw e;
      return toonDraad(c, t.d.id, {
        bij: `bericht-${b.id}`,
        fouten: { [ft.veld === 'formulier' ? 'formulier' : `${ft.veld}-${b.id}`]: ft.tekst },
        waarden: platteWaarden(f),
        status: ft.status,
      });
    }
  }

  app.post('/tafel/berichten/:bid/melding', (c) =>
    berichtStap(c, ({ g, berichtId }, f) =>
      meldBericht(
        db,
        actorVan(g),
        berichtId,
        tekst(f, `reden-${berichtId}`) ?? '',
        { baseUrl: s.config.baseUrl, wachtrij: s.mail.wachtrij },
        vandaag(),
      ),
    ),
  );

  app.post('/tafel/berichten/:bid/verbergen', (c) =>
    berichtStap(c, async ({ d, g, deelnemers, berichtId }, f) => {
      eis(mag(g, 'tafel.modereren', { regelingId: d.regelingId, deelnemers }));
      await verbergBericht(db, actorVan(g), berichtId, tekst(f, `verbergreden-${berichtId}`) ?? '').catch(
        (e: unknown) => {
          if (e instanceof DomeinFout && e.code === 'ongeldig' && e.opties.veld === 'reden')
            throw new DomeinFout('ongeldig', { veld: 'verbergreden', data: e.opties.data });
          throw e;
        },
      );
    }),
  );

  app.post('/tafel/meldingen/:mid/laten-staan', async (c) => {
    const mid = c.req.param('mid');
    const m = isUuid(mid) ? await meldingRij(db, mid) : null;
    const g = c.get('gebruiker');
    if (!g) return c.redirect('/inloggen', 303);
    const b = m ? await berichtRij(db, m.berichtId) : null;
    if (!m || !b) return foutPagina(c, s, 404, 'Niet gevonden', 'Deze melding bestaat niet.');
    const t = await draadToegang(c, b.draadId);
    if ('antwoord' in t) return t.antwoord;
    if (!mag(g, 'tafel.modereren', { regelingId: t.d.regelingId, deelnemers: t.deelnemers }))
      return foutPagina(
        c,
        s,
        403,
        'Geen toegang',
        'Alleen de griffie van een deelnemer beoordeelt berichten.',
      );
    await leesFormulier(c);
    try {
      await laatStaan(db, actorVan(g), m.id);
    } catch (e) {
      const ft = fouttekst(e);
      if (!ft) throw e;
      return toonDraad(c, t.d.id, { bij: 'formulier', fouten: { formulier: ft.tekst }, status: ft.status });
    }
    return c.redirect(`/tafel/${t.d.id}?gelukt=1#bericht-${b.volgnummer}`, 303);
  });
}

/** One post: its text (or the griffie's notice that it is hidden), the report form, and moderation. */
function Bericht({
  b,
  kop,
  d,
  csrf,
  griffie,
  nieuw,
  meldingen,
  fouten,
  waarden,
}: {
  b: BerichtMetNamen;
  kop: string;
  d: DraadMetNamen;
  csrf: string;
  griffie: boolean;
  nieuw: boolean;
  meldingen: { id: string; reden: string }[];
  fouten: Fouten;
  waarden: Record<string, string | null>;
}) {
  const open = d.gesloten === null;
  return (
    <article class="grip-kader" id={`bericht-${b.volgnummer}`} aria-labelledby={`bericht-kop-${b.id}`}>
      <Heading level={3} id={`bericht-kop-${b.id}`}>
        {kop}
      </Heading>
      <p class="utrecht-paragraph">
        {tijdstip(b.aangemaakt)}
        {nieuw ? (
          <>
            {' '}
            <strong class="grip-label">Nieuw</strong>
          </>
        ) : null}
      </p>
      {b.verborgenOp ? (
        <p class="utrecht-paragraph">
          <em>Verborgen door de griffie ({b.verborgenReden}).</em>
        </p>
      ) : (
        <Opgemaakt tekst={b.tekst} />
      )}
      <ErrorSummary fouten={fouten} />
      {meldingen.length > 0 && griffie ? (
        <Alert type="warning" title="Gemeld">
          <ul class="utrecht-unordered-list">
            {meldingen.map((m) => (
              <li class="utrecht-unordered-list__item">{m.reden}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {!b.verborgenOp && open ? (
        <details class="grip-details" open={Boolean(fouten[`reden-${b.id}`])}>
          <summary>
            Bericht melden<span class="grip-visually-hidden">: {kop}</span>
          </summary>
          <Form action={`/tafel/berichten/${b.id}/melding`} csrf={csrf} label={`Bericht melden: ${kop}`}>
            <TextField
              naam={`reden-${b.id}`}
              label="Waarom is dit bericht ongepast?"
              waarde={waarden[`reden-${b.id}`] ?? null}
              fout={fouten[`reden-${b.id}`]}
            />
            <Button soort="secondary">Melden bij de griffie</Button>
          </Form>
        </details>
      ) : null}
      {griffie && !b.verborgenOp ? (
        <details class="grip-details" open={meldingen.length > 0 || Boolean(fouten[`verbergreden-${b.id}`])}>
          <summary>
            Beoordelen (griffie)<span class="grip-visually-hidden">: {kop}</span>
          </summary>
          <Form action={`/tafel/berichten/${b.id}/verbergen`} csrf={csrf} label={`Bericht verbergen: ${kop}`}>
            <TextField
              naam={`verbergreden-${b.id}`}
              label="Reden om te verbergen"
              hulp="Deze reden ziet iedereen aan tafel in plaats van het bericht."
              waarde={waarden[`verbergreden-${b.id}`] ?? null}
              fout={fouten[`verbergreden-${b.id}`]}
            />
            <Button soort="secondary">Bericht verbergen</Button>
          </Form>
          {meldingen.map((m) => (
            <Form
              action={`/tafel/meldingen/${m.id}/laten-staan`}
              csrf={csrf}
              label={`Melding afhandelen: ${m.reden}`}
            >
              <Button soort="secondary">
                Laten staan<span class="grip-visually-hidden">: melding {m.reden}</span>
              </Button>
            </Form>
          ))}
        </details>
      ) : null}
    </article>
  );
}
