/**
 * Pages of the gemeenschappelijke adviescommissie (Wgr art. 24a) under /regelingen/{id}/adviescommissie:
 * the proposal with each council's decision and what follows, the installation by the algemeen bestuur,
 * the current and former members per council, meetings and advices. Public to read (the decisions of
 * councils and the commission's work are public); each step is for its own griffie or the secretariaat.
 */
import { raadsrollenVan } from '../accounts/store';
import type { Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { mag } from '../../platform/auth/policy';
import { vandaag } from '../../platform/clock';
import { DomeinFout } from '../../platform/errors';
import type { Services } from '../../platform/http/app';
import type { AppEnv, Gebruiker } from '../../platform/http/env';
import { type FormData, leesFormulier, tekst } from '../../platform/http/forms';
import { foutPagina, render } from '../../platform/http/pages';
import { isUuid } from '../../platform/validation';
import {
  Alert,
  Breadcrumbs,
  Button,
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
  datum,
} from '../../platform/views/components';
import { Opgemaakt } from '../../platform/views/markdown';
import { actorVan } from '../accounts/actor';
import { organisatie } from '../organisaties/schema';
import { eq } from 'drizzle-orm';
import {
  beeindigLidmaatschap,
  type CommissieOverzicht,
  commissieOverzicht,
  dienVoorstelIn,
  legInstellingVast,
  legRaadsbesluitVast,
  trekVoorstelIn,
  voegStukToe,
  wijsLidAan,
} from './adviescommissie-service';
import { lidRij, proceduresVan, voorstelRij } from './adviescommissie-store';
import { actieveDeelnemers } from './contacten-store';
import { eindRedenen, isZittend, statusLabels, type Uitkomst } from './domain/adviescommissie';

type C = Context<AppEnv>;

export const uitkomstLabels: Record<Uitkomst, string> = { ingestemd: 'Ingestemd', verworpen: 'Verworpen' };
const stukSoortLabels = { vergadering: 'Vergadering', advies: 'Advies' } as const;

interface Staat {
  /** The form the errors belong to. */
  bij?: string;
  fouten?: Fouten;
  /** A refused step: the reason with the article. */
  weigering?: string;
  waarden?: Record<string, string | null>;
  status?: ContentfulStatusCode;
}

/** The organisations (councils that count here) for which the user may take this action. */
const eigenRaden = (
  g: Gebruiker | null,
  o: CommissieOverzicht,
  actie: 'adviescommissie.voorstellen' | 'adviescommissie.raadsbesluit' | 'adviescommissie.leden',
) => {
  const deelnemers = o.raden.map((d) => d.id);
  return o.raden.filter((d) => mag(g, actie, { regelingId: o.regeling.id, organisatieId: d.id, deelnemers }));
};

function fout(e: unknown, prefix: string): Staat | null {
  if (!(e instanceof DomeinFout)) return null;
  const t = typeof e.opties.data?.tekst === 'string' ? e.opties.data.tekst : '';
  if (e.code === 'stap_geweigerd') return { bij: prefix, weigering: t, status: 409 };
  if (e.code === 'ongeldig')
    return { bij: prefix, fouten: { [`${prefix}-${e.opties.veld ?? 'formulier'}`]: t }, status: 400 };
  if (e.code === 'niet_gevonden') return { bij: prefix, weigering: 'Niet gevonden.', status: 404 };
  return null;
}

export function adviescommissieWeb(app: Hono<AppEnv>, s: Services) {
  const db = s.database.db;

  async function toon(c: C, id: string, staat: Staat = {}) {
    const peildatum = vandaag();
    const o = isUuid(id) ? await commissieOverzicht(db, id, peildatum) : null;
    if (!o)
      return foutPagina(c, s, 404, 'Regeling niet gevonden', 'Deze regeling staat niet in het register.');
    const g = c.get('gebruiker');
    const csrf = c.get('csrf');
    const r = o.regeling;
    const naam = r.korteNaam ?? r.naam;
    const titel = `Gemeenschappelijke adviescommissie: ${naam}`;
    const deelnemers = o.raden.map((d) => d.id);
    const w = (k: string) => staat.waarden?.[k] ?? null;
    const f = (k: string) => staat.fouten?.[k];
    const Fouten = ({ bij }: { bij: string }) =>
      staat.bij === bij ? (
        <>
          {staat.weigering ? (
            <Alert type="error" title="Deze stap kan niet">
              <P>{staat.weigering}</P>
            </Alert>
          ) : null}
          <ErrorSummary fouten={staat.fouten ?? {}} />
        </>
      ) : null;
    const h = o.huidig;
    const magInstellen = mag(g, 'adviescommissie.instellen', { regelingId: r.id, deelnemers });
    const magStukken = mag(g, 'adviescommissie.stukken', { regelingId: r.id, deelnemers });
    const indieners = eigenRaden(g, o, 'adviescommissie.voorstellen');
    const besluiters = eigenRaden(g, o, 'adviescommissie.raadsbesluit');
    const aanwijzers = eigenRaden(g, o, 'adviescommissie.leden');
    // The raadsleden with an account in Grip of the councils this user designates for: choosing one links the
    // membership to the account, so it ends when the griffie withdraws the role (art. 24a lid 4).
    const kandidaten = (
      await Promise.all(
        aanwijzers.map(async (a) =>
          (await raadsrollenVan(db, a.id))
            .filter((r) => r.rol === 'raadslid')
            .map((r): [string, string] => [
              r.gebruikerId,
              aanwijzers.length > 1 ? `${r.naam} (${a.naam})` : r.naam,
            ]),
        ),
      )
    ).flat();
    const procedures = h?.voorstel.ingesteldOp && magStukken ? await proceduresVan(db, r.id) : [];
    const naamVan = (orgId: string) =>
      o.raden.find((d) => d.id === orgId)?.naam ?? 'Een voormalige deelnemer';
    const indiener = h ? await organisatieNaam(h.voorstel.organisatieId) : null;
    const zittend = h?.leden.filter((l) => isZittend(l, peildatum)) ?? [];
    const voormalig = h?.leden.filter((l) => !isZittend(l, peildatum)) ?? [];
    const OrgKeuze = ({ naam: veld, orgs }: { naam: string; orgs: typeof o.raden }) =>
      orgs.length > 1 ? (
        <Select
          naam={veld}
          label="Namens de raad van"
          opties={orgs.map((d) => [d.id, d.naam])}
          waarde={w(veld)}
          fout={f(veld)}
        />
      ) : (
        <input type="hidden" name={veld} value={orgs[0]!.id} />
      );

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
          Op voorstel van de raden van de deelnemende gemeenten gezamenlijk stelt het algemeen bestuur van een
          openbaar lichaam een gemeenschappelijke adviescommissie in. Zij adviseert het algemeen bestuur of de
          raden, of bereidt de besluitvorming van de raden over de regeling voor (Wgr art. 24a lid 1). Elke
          raad wijst leden aan uit zijn midden, of besluit geen lid aan te wijzen (lid 3).
        </P>
        {c.req.query('gelukt') ? (
          <Alert type="ok">
            <P>Opgeslagen.</P>
          </Alert>
        ) : null}
        {!o.mogelijk.ok ? (
          <Alert type="info" title="Niet bij deze regeling">
            <P>
              {o.mogelijk.reden} ({o.mogelijk.artikel})
            </P>
          </Alert>
        ) : null}
        <Fouten bij="voorstel" />
        {o.mogelijk.ok && !h ? (
          <section aria-labelledby="voorstel">
            <Heading level={2} id="voorstel">
              Voorstel
            </Heading>
            <P>Er loopt geen voorstel voor een gemeenschappelijke adviescommissie.</P>
            {indieners.length > 0 ? (
              <Form action={`/regelingen/${r.id}/adviescommissie`} csrf={csrf} label="Voorstel indienen">
                <OrgKeuze naam="voorstel-organisatie" orgs={indieners} />
                <TextField
                  naam="voorstel-titel"
                  label="Titel"
                  waarde={w('voorstel-titel')}
                  fout={f('voorstel-titel')}
                  verplicht
                />
                <TextArea
                  naam="voorstel-toelichting"
                  label="Toelichting: taken, omvang en werkwijze zoals voorgesteld"
                  hulp="Opmaak met Markdown."
                  rijen={6}
                  waarde={w('voorstel-toelichting')}
                  fout={f('voorstel-toelichting')}
                />
                <TextField
                  naam="voorstel-ingediend"
                  label="Datum van het raadsvoorstel"
                  type="date"
                  hulp="JJJJ-MM-DD"
                  waarde={w('voorstel-ingediend') ?? peildatum}
                  fout={f('voorstel-ingediend')}
                />
                <Button>Voorstel indienen</Button>
              </Form>
            ) : null}
          </section>
        ) : null}
        {h ? (
          <>
            <section aria-labelledby="voorstel">
              <Heading level={2} id="voorstel">
                Voorstel: {h.voorstel.titel}
              </Heading>
              <DataList
                items={[
                  ['Status', <strong>{statusLabels[h.stand.status]}</strong>],
                  ['Wat volgt', h.stand.watVolgt],
                  ['Ingediend door', `De raad van ${indiener}`],
                  ['Ingediend op', datum(h.voorstel.ingediend)],
                  [
                    'Raden',
                    `${h.stand.ingestemd} ingestemd, ${h.stand.verworpen} verworpen, ${h.stand.open} nog niet besloten (van ${h.stand.perRaad.length})`,
                  ],
                  ...(h.stand.gezamenlijkOp
                    ? ([['Gezamenlijk voorstel sinds', datum(h.stand.gezamenlijkOp)]] as [
                        string,
                        string | null,
                      ][])
                    : []),
                  ...(h.voorstel.ingesteldOp
                    ? ([['Ingesteld door het algemeen bestuur op', datum(h.voorstel.ingesteldOp)]] as [
                        string,
                        string | null,
                      ][])
                    : []),
                ]}
              />
              <Opgemaakt tekst={h.voorstel.toelichting} />
              {!h.voorstel.ingesteldOp && indieners.some((d) => d.id === h.voorstel.organisatieId) ? (
                <Form
                  action={`/adviescommissie/${h.voorstel.id}/intrekking`}
                  csrf={csrf}
                  label="Voorstel intrekken"
                >
                  <Button soort="secondary">Voorstel intrekken</Button>
                </Form>
              ) : null}
            </section>
            <section aria-labelledby="raden">
              <Heading level={2} id="raden">
                De raden
              </Heading>
              <Tabel
                bijschrift="Het besluit van elke raad over het voorstel"
                rijen={h.stand.perRaad}
                leeg="Deze regeling heeft geen deelnemers met een raad."
                kolommen={[
                  { kop: 'Raad van', cel: (p) => naamVan(p.organisatieId) },
                  {
                    kop: 'Besluit',
                    cel: (p) => (p.besluit ? uitkomstLabels[p.besluit.uitkomst] : 'Nog niet besloten'),
                  },
                  { kop: 'Datum', cel: (p) => datum(p.besluit?.datum) ?? '—' },
                  { kop: 'Kenmerk', cel: (p) => p.besluit?.kenmerk ?? '—' },
                ]}
              />
              <Fouten bij="besluit" />
              {!h.voorstel.ingesteldOp && besluiters.length > 0 ? (
                <Form
                  action={`/adviescommissie/${h.voorstel.id}/raadsbesluit`}
                  csrf={csrf}
                  label="Raadsbesluit vastleggen"
                >
                  <OrgKeuze naam="besluit-organisatie" orgs={besluiters} />
                  <Select
                    naam="besluit-uitkomst"
                    label="Besluit van de raad"
                    opties={[
                      ['ingestemd', 'Ingestemd met het voorstel'],
                      ['verworpen', 'Verworpen'],
                    ]}
                    waarde={w('besluit-uitkomst')}
                    fout={f('besluit-uitkomst')}
                  />
                  <TextField
                    naam="besluit-datum"
                    label="Datum van het raadsbesluit"
                    type="date"
                    hulp="JJJJ-MM-DD"
                    waarde={w('besluit-datum') ?? peildatum}
                    fout={f('besluit-datum')}
                  />
                  <TextField
                    naam="besluit-kenmerk"
                    label="Kenmerk (optioneel)"
                    waarde={w('besluit-kenmerk')}
                    fout={f('besluit-kenmerk')}
                  />
                  <Button>Raadsbesluit vastleggen</Button>
                </Form>
              ) : null}
              <Fouten bij="instelling" />
              {!h.voorstel.ingesteldOp && magInstellen ? (
                h.stand.status === 'gezamenlijk_voorstel' ? (
                  <Form
                    action={`/adviescommissie/${h.voorstel.id}/instelling`}
                    csrf={csrf}
                    label="Instelling vastleggen"
                  >
                    <TextField
                      naam="instelling-datum"
                      label="Datum van het besluit van het algemeen bestuur tot instelling"
                      type="date"
                      hulp="JJJJ-MM-DD"
                      waarde={w('instelling-datum') ?? peildatum}
                      fout={f('instelling-datum')}
                    />
                    <Button>Instelling vastleggen</Button>
                  </Form>
                ) : (
                  <P>Het secretariaat legt de instelling vast zodra alle raden hebben ingestemd.</P>
                )
              ) : null}
            </section>
            {h.voorstel.ingesteldOp ? (
              <>
                <section aria-labelledby="leden">
                  <Heading level={2} id="leden">
                    Leden
                  </Heading>
                  <Tabel
                    bijschrift="Huidige leden, per raad"
                    rijen={zittend}
                    leeg="Er zijn (nog) geen leden aangewezen."
                    kolommen={[
                      { kop: 'Naam', cel: (l) => l.naam },
                      { kop: 'Raad van', cel: (l) => l.organisatieNaam },
                      { kop: 'Aangewezen op', cel: (l) => datum(l.aangewezenOp) },
                      {
                        kop: 'Einde vastleggen',
                        cel: (l) =>
                          aanwijzers.some((d) => d.id === l.organisatieId) ? (
                            <>
                              <Fouten bij={`einde-${l.id}`} />
                              <Form
                                action={`/adviescommissie/leden/${l.id}/einde`}
                                csrf={csrf}
                                label={`Einde lidmaatschap ${l.naam}`}
                              >
                                <TextField
                                  naam={`einde-${l.id}-eindigtOp`}
                                  label={`Einddatum voor ${l.naam}`}
                                  type="date"
                                  hulp="JJJJ-MM-DD"
                                  waarde={w(`einde-${l.id}-eindigtOp`) ?? peildatum}
                                  fout={f(`einde-${l.id}-eindigtOp`)}
                                />
                                <Select
                                  naam={`einde-${l.id}-reden`}
                                  label="Reden"
                                  opties={eindRedenen.map((x) => [x, x])}
                                  waarde={w(`einde-${l.id}-reden`)}
                                  fout={f(`einde-${l.id}-reden`)}
                                />
                                <Button soort="secondary">Lidmaatschap beëindigen</Button>
                              </Form>
                            </>
                          ) : (
                            '—'
                          ),
                      },
                    ]}
                  />
                  <Tabel
                    bijschrift="Voormalige leden"
                    rijen={voormalig}
                    leeg="Geen voormalige leden."
                    kolommen={[
                      { kop: 'Naam', cel: (l) => l.naam },
                      { kop: 'Raad van', cel: (l) => l.organisatieNaam },
                      { kop: 'Aangewezen op', cel: (l) => datum(l.aangewezenOp) },
                      { kop: 'Einde', cel: (l) => datum(l.eindigtOp) ?? '—' },
                      { kop: 'Reden', cel: (l) => l.reden ?? '—' },
                    ]}
                  />
                  <P>
                    Het lidmaatschap eindigt van rechtswege zodra het lid ophoudt lid te zijn van de raad die
                    het aanwees (Wgr art. 24a lid 4). Een raad kan besluiten geen lid aan te wijzen (lid 3).
                  </P>
                  <Fouten bij="lid" />
                  {aanwijzers.length > 0 ? (
                    <Form
                      action={`/adviescommissie/${h.voorstel.id}/leden`}
                      csrf={csrf}
                      label="Lid aanwijzen"
                    >
                      <OrgKeuze naam="lid-organisatie" orgs={aanwijzers} />
                      {kandidaten.length ? (
                        <Select
                          naam="lid-gebruiker"
                          label="Raadslid"
                          hulp="Een lid van de eigen raad (uit zijn midden, art. 24a lid 3). Met een account in Grip eindigt het lidmaatschap vanzelf als de griffie de rol van raadslid intrekt."
                          leeg="Geen account in Grip: vul de naam hieronder in"
                          waarde={w('lid-gebruiker')}
                          opties={kandidaten}
                          fout={f('lid-gebruiker')}
                        />
                      ) : null}
                      <TextField
                        naam="lid-naam"
                        label={
                          kandidaten.length
                            ? 'Naam (als het raadslid geen account heeft)'
                            : 'Naam van het raadslid'
                        }
                        hulp={
                          kandidaten.length
                            ? undefined
                            : 'Een lid van de eigen raad (uit zijn midden, art. 24a lid 3).'
                        }
                        waarde={w('lid-naam')}
                        fout={f('lid-naam')}
                      />
                      <TextField
                        naam="lid-aangewezenOp"
                        label="Datum van het raadsbesluit tot aanwijzing"
                        type="date"
                        hulp="JJJJ-MM-DD"
                        waarde={w('lid-aangewezenOp') ?? peildatum}
                        fout={f('lid-aangewezenOp')}
                      />
                      <Button>Lid aanwijzen</Button>
                    </Form>
                  ) : null}
                </section>
                <section aria-labelledby="stukken">
                  <Heading level={2} id="stukken">
                    Vergaderingen en adviezen
                  </Heading>
                  {h.stukken.length === 0 ? <P>Nog geen vergaderingen of adviezen.</P> : null}
                  {h.stukken.map((st) => (
                    <article class="grip-kader" id={`stuk-${st.id}`} aria-labelledby={`stuk-kop-${st.id}`}>
                      <Heading level={3} id={`stuk-kop-${st.id}`}>
                        {stukSoortLabels[st.soort]} {datum(st.datum)}: {st.onderwerp}
                      </Heading>
                      {st.procedureId ? (
                        <P>
                          Over de procedure{' '}
                          <Link href={`/procedures/${st.procedureId}`}>{st.procedureTitel}</Link>.
                        </P>
                      ) : null}
                      {st.tekst ? <Opgemaakt tekst={st.tekst} /> : null}
                      {st.url ? (
                        <P>
                          <a class="utrecht-link" href={st.url} rel="noopener noreferrer">
                            Document<span class="grip-visually-hidden"> bij {st.onderwerp}</span>
                          </a>
                        </P>
                      ) : null}
                    </article>
                  ))}
                  <Fouten bij="stuk" />
                  {magStukken ? (
                    <Form
                      action={`/adviescommissie/${h.voorstel.id}/stukken`}
                      csrf={csrf}
                      label="Vergadering of advies toevoegen"
                    >
                      <Select
                        naam="stuk-soort"
                        label="Soort"
                        opties={[
                          ['advies', 'Advies'],
                          ['vergadering', 'Vergadering'],
                        ]}
                        waarde={w('stuk-soort')}
                        fout={f('stuk-soort')}
                      />
                      <TextField
                        naam="stuk-datum"
                        label="Datum"
                        type="date"
                        hulp="JJJJ-MM-DD"
                        waarde={w('stuk-datum') ?? peildatum}
                        fout={f('stuk-datum')}
                      />
                      <TextField
                        naam="stuk-onderwerp"
                        label="Onderwerp"
                        waarde={w('stuk-onderwerp')}
                        fout={f('stuk-onderwerp')}
                        verplicht
                      />
                      <TextArea
                        naam="stuk-tekst"
                        label="Tekst (agenda of advies)"
                        hulp="Opmaak met Markdown."
                        rijen={6}
                        waarde={w('stuk-tekst')}
                        fout={f('stuk-tekst')}
                      />
                      <TextField
                        naam="stuk-url"
                        label="Webadres van het document (optioneel)"
                        type="url"
                        waarde={w('stuk-url')}
                        fout={f('stuk-url')}
                      />
                      <Select
                        naam="stuk-procedure"
                        label="Hoort bij procedure (alleen een advies, optioneel)"
                        leeg="Geen procedure"
                        opties={procedures.map((p) => [p.id, p.titel])}
                        waarde={w('stuk-procedure')}
                        fout={f('stuk-procedure')}
                      />
                      <Button>Toevoegen</Button>
                    </Form>
                  ) : null}
                </section>
              </>
            ) : null}
          </>
        ) : null}
        {o.ingetrokken.length > 0 ? (
          <section aria-labelledby="ingetrokken">
            <Heading level={2} id="ingetrokken">
              Ingetrokken voorstellen
            </Heading>
            <ul class="utrecht-unordered-list">
              {o.ingetrokken.map((v) => (
                <li class="utrecht-unordered-list__item">
                  {v.titel} (ingediend {datum(v.ingediend)}, ingetrokken {datum(v.ingetrokkenOp)})
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </>,
      { status: staat.status ?? 200 },
    );
  }

  async function organisatieNaam(id: string) {
    const [r] = await db.select({ naam: organisatie.naam }).from(organisatie).where(eq(organisatie.id, id));
    return r?.naam ?? 'een voormalige deelnemer';
  }

  const waarden = (f: FormData) =>
    Object.fromEntries(Object.entries(f).map(([k, x]) => [k, Array.isArray(x) ? (x[0] ?? null) : x]));

  /** Loads, authorises, runs and redirects; a refusal or bad input shows the page again. */
  async function stap(
    c: C,
    regelingId: string,
    prefix: string,
    magHet: (g: Gebruiker, f: FormData, deelnemers: string[]) => boolean,
    uitvoeren: (g: Gebruiker, f: FormData) => Promise<unknown>,
  ) {
    const g = c.get('gebruiker');
    if (!g) return c.redirect(`/inloggen?terug=/regelingen/${regelingId}/adviescommissie`, 303);
    const f = await leesFormulier(c);
    const deelnemers = (await actieveDeelnemers(db, regelingId, vandaag())).map((d) => d.id);
    if (!magHet(g, f, deelnemers))
      return foutPagina(
        c,
        s,
        403,
        'Geen toegang',
        'U mag deze stap voor deze regeling of deze raad niet zetten.',
      );
    try {
      await uitvoeren(g, f);
      return c.redirect(`/regelingen/${regelingId}/adviescommissie?gelukt=1`, 303);
    } catch (e) {
      const st = fout(e, prefix);
      if (!st) throw e;
      return toon(c, regelingId, { ...st, waarden: waarden(f) });
    }
  }

  const org = (f: FormData, veld: string) => tekst(f, veld) ?? '';

  app.get('/regelingen/:id/adviescommissie', (c) => toon(c, c.req.param('id')));

  app.post('/regelingen/:id/adviescommissie', async (c) => {
    const id = c.req.param('id');
    if (!isUuid(id) || !(await commissieOverzicht(db, id, vandaag())))
      return foutPagina(c, s, 404, 'Regeling niet gevonden', 'Deze regeling staat niet in het register.');
    return stap(
      c,
      id,
      'voorstel',
      (g, f, deelnemers) =>
        mag(g, 'adviescommissie.voorstellen', {
          regelingId: id,
          organisatieId: org(f, 'voorstel-organisatie'),
          deelnemers,
        }),
      (g, f) =>
        dienVoorstelIn(
          db,
          actorVan(g),
          id,
          {
            organisatieId: org(f, 'voorstel-organisatie'),
            titel: tekst(f, 'voorstel-titel') ?? '',
            toelichting: tekst(f, 'voorstel-toelichting') ?? '',
            ingediend: tekst(f, 'voorstel-ingediend') ?? vandaag(),
          },
          vandaag(),
          { baseUrl: s.config.baseUrl, wachtrij: s.mail.wachtrij },
        ),
    );
  });

  /** A step on a proposal: 404 when it does not exist. */
  async function voorstelStap(
    c: C,
    prefix: string,
    magHet: (
      g: Gebruiker,
      f: FormData,
      deelnemers: string[],
      v: { regelingId: string; organisatieId: string },
    ) => boolean,
    uitvoeren: (g: Gebruiker, f: FormData, vid: string) => Promise<unknown>,
  ) {
    const vid = c.req.param('vid') ?? '';
    const v = isUuid(vid) ? await voorstelRij(db, vid) : null;
    if (!v) return foutPagina(c, s, 404, 'Voorstel niet gevonden', 'Dit voorstel bestaat niet.');
    return stap(
      c,
      v.regelingId,
      prefix,
      (g, f, d) => magHet(g, f, d, v),
      (g, f) => uitvoeren(g, f, vid),
    );
  }

  app.post('/adviescommissie/:vid/raadsbesluit', (c) =>
    voorstelStap(
      c,
      'besluit',
      (g, f, deelnemers, v) =>
        mag(g, 'adviescommissie.raadsbesluit', {
          regelingId: v.regelingId,
          organisatieId: org(f, 'besluit-organisatie'),
          deelnemers,
        }),
      (g, f, vid) => {
        const uitkomst = tekst(f, 'besluit-uitkomst') ?? '';
        if (uitkomst !== 'ingestemd' && uitkomst !== 'verworpen')
          throw new DomeinFout('ongeldig', {
            veld: 'uitkomst',
            data: { tekst: 'Kies het besluit van de raad.' },
          });
        return legRaadsbesluitVast(
          db,
          actorVan(g),
          vid,
          {
            organisatieId: org(f, 'besluit-organisatie'),
            uitkomst,
            datum: tekst(f, 'besluit-datum') ?? '',
            kenmerk: tekst(f, 'besluit-kenmerk'),
          },
          vandaag(),
          { baseUrl: s.config.baseUrl, wachtrij: s.mail.wachtrij },
        );
      },
    ),
  );

  app.post('/adviescommissie/:vid/instelling', (c) =>
    voorstelStap(
      c,
      'instelling',
      (g, _f, deelnemers, v) => mag(g, 'adviescommissie.instellen', { regelingId: v.regelingId, deelnemers }),
      (g, f, vid) =>
        legInstellingVast(db, actorVan(g), vid, tekst(f, 'instelling-datum') ?? '', vandaag(), {
          baseUrl: s.config.baseUrl,
          wachtrij: s.mail.wachtrij,
        }),
    ),
  );

  app.post('/adviescommissie/:vid/intrekking', (c) =>
    voorstelStap(
      c,
      'voorstel',
      (g, _f, deelnemers, v) =>
        mag(g, 'adviescommissie.voorstellen', {
          regelingId: v.regelingId,
          organisatieId: v.organisatieId,
          deelnemers,
        }),
      (g, _f, vid) => trekVoorstelIn(db, actorVan(g), vid, vandaag()),
    ),
  );

  app.post('/adviescommissie/:vid/leden', (c) =>
    voorstelStap(
      c,
      'lid',
      (g, f, deelnemers, v) =>
        mag(g, 'adviescommissie.leden', {
          regelingId: v.regelingId,
          organisatieId: org(f, 'lid-organisatie'),
          deelnemers,
        }),
      (g, f, vid) =>
        wijsLidAan(
          db,
          actorVan(g),
          vid,
          {
            organisatieId: org(f, 'lid-organisatie'),
            naam: tekst(f, 'lid-naam') ?? '',
            gebruikerId: tekst(f, 'lid-gebruiker'),
            aangewezenOp: tekst(f, 'lid-aangewezenOp') ?? '',
          },
          vandaag(),
        ),
    ),
  );

  app.post('/adviescommissie/leden/:lid/einde', async (c) => {
    const lidId = c.req.param('lid');
    const lid = isUuid(lidId) ? await lidRij(db, lidId) : null;
    const v = lid ? await voorstelRij(db, lid.voorstelId) : null;
    if (!lid || !v) return foutPagina(c, s, 404, 'Lid niet gevonden', 'Dit lid bestaat niet.');
    return stap(
      c,
      v.regelingId,
      `einde-${lid.id}`,
      (g, _f, deelnemers) =>
        mag(g, 'adviescommissie.leden', {
          regelingId: v.regelingId,
          organisatieId: lid.organisatieId,
          deelnemers,
        }),
      (g, f) =>
        beeindigLidmaatschap(db, actorVan(g), lid.id, {
          eindigtOp: tekst(f, `einde-${lid.id}-eindigtOp`) ?? '',
          reden: tekst(f, `einde-${lid.id}-reden`) ?? '',
        }),
    );
  });

  app.post('/adviescommissie/:vid/stukken', (c) =>
    voorstelStap(
      c,
      'stuk',
      (g, _f, deelnemers, v) => mag(g, 'adviescommissie.stukken', { regelingId: v.regelingId, deelnemers }),
      (g, f, vid) => {
        const soort = tekst(f, 'stuk-soort') ?? '';
        if (soort !== 'advies' && soort !== 'vergadering')
          throw new DomeinFout('ongeldig', { veld: 'soort', data: { tekst: 'Kies vergadering of advies.' } });
        return voegStukToe(db, actorVan(g), vid, {
          soort,
          datum: tekst(f, 'stuk-datum') ?? '',
          onderwerp: tekst(f, 'stuk-onderwerp') ?? '',
          tekst: tekst(f, 'stuk-tekst') ?? '',
          url: tekst(f, 'stuk-url'),
          procedureId: tekst(f, 'stuk-procedure'),
        });
      },
    ),
  );
}
