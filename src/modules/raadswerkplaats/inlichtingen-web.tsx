/**
 * Pages of inlichtingen: per regeling the questions (public ones for everyone, internal ones for those
 * who work for a participant), the form to ask and the form to record the answer; and `/inlichtingen`,
 * the open and overdue questions of the user's organisations (and of the regelingen whose secretariaat
 * the user is), soonest due first.
 */
import { dagenTussen } from '../../kalender';
import type { Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { mag } from '../../platform/auth/policy';
import { vandaag } from '../../platform/clock';
import { DomeinFout } from '../../platform/errors';
import type { Services } from '../../platform/http/app';
import type { AppEnv, Gebruiker } from '../../platform/http/env';
import { type FormData, leesFormulier, tekst, vinkje } from '../../platform/http/forms';
import { foutPagina, render } from '../../platform/http/pages';
import { isUuid } from '../../platform/validation';
import {
  Alert,
  Breadcrumbs,
  Button,
  Checkbox,
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
import { deelnemerIds } from '../procedures/store';
import { regelingRij } from '../regelingen/store';
import {
  type AntwoordDoor,
  antwoordDoorSoorten,
  type Geadresseerde,
  type InlichtingAan,
  inlichtingAanSoorten,
  isVerlopen,
} from './domain/inlichtingen';
import { beantwoordVraag, geadresseerdenVoor, stelVraag, trekVraagIn } from './inlichtingen-service';
import {
  type InlichtingMetNamen,
  inlichtingenVanRegeling,
  inlichtingRij,
  openInlichtingen,
} from './inlichtingen-store';
import { inArray } from 'drizzle-orm';

type C = Context<AppEnv>;

export const statusLabels = { open: 'Open', beantwoord: 'Beantwoord', ingetrokken: 'Ingetrokken' } as const;
export const namensLabels: Record<AntwoordDoor, string> = {
  lid: 'Ons lid in het bestuur',
  griffie: 'De griffie',
  secretariaat: 'Het secretariaat van de regeling',
};

export const TermijnTekst = ({ v, peildatum }: { v: InlichtingMetNamen; peildatum: string }) =>
  isVerlopen(v, peildatum) ? (
    <>
      {datum(v.uiterlijk)}{' '}
      <strong class="grip-te-laat">Te laat ({dagenTussen(v.uiterlijk, peildatum)} dagen)</strong>
    </>
  ) : (
    <>{datum(v.uiterlijk)}</>
  );

interface Vraagkeuze {
  organisatie: { id: string; naam: string };
  geadresseerden: Geadresseerde[];
}

interface PaginaStaat {
  fouten?: Fouten;
  /** The form the errors belong to: 'vraag' or the id of a question. */
  bij?: string;
  waarden?: Record<string, string | boolean | null>;
  status?: ContentfulStatusCode;
}

function fouttekst(e: unknown): { status: ContentfulStatusCode; veld: string; tekst: string } | null {
  if (!(e instanceof DomeinFout)) return null;
  const t = typeof e.opties.data?.tekst === 'string' ? e.opties.data.tekst : null;
  if (e.code === 'stap_geweigerd' && t) return { status: 409, veld: 'formulier', tekst: t };
  if (e.code === 'ongeldig' && t) return { status: 400, veld: e.opties.veld ?? 'formulier', tekst: t };
  if (e.code === 'versie_conflict')
    return { status: 409, veld: 'formulier', tekst: 'De vraag is intussen gewijzigd; bekijk haar opnieuw.' };
  return null;
}

export function inlichtingenWeb(app: Hono<AppEnv>, s: Services) {
  const db = s.database.db;
  const omgeving = () => ({
    baseUrl: s.config.baseUrl,
    wachtrij: s.mail.wachtrij,
    standaardTermijnDagen: s.config.inlichtingenTermijnDagen,
  });

  /** The organisations on whose behalf this user may ask here, with the addressees of each. */
  async function vraagkeuzes(
    g: Gebruiker | null,
    regelingId: string,
    deelnemers: string[],
    peildatum: string,
  ) {
    if (!g) return [];
    const ids = [
      ...new Set(
        g.rollen
          .map((r) => r.organisatieId)
          .filter(
            (id): id is string =>
              id !== null && mag(g, 'inlichting.stellen', { regelingId, organisatieId: id, deelnemers }),
          ),
      ),
    ];
    if (ids.length === 0) return [];
    const namen = await db
      .select({ id: organisatie.id, naam: organisatie.naam })
      .from(organisatie)
      .where(inArray(organisatie.id, ids));
    const uit: Vraagkeuze[] = [];
    for (const o of namen.sort((a, b) => a.naam.localeCompare(b.naam, 'nl')))
      uit.push({
        organisatie: o,
        geadresseerden: (await geadresseerdenVoor(db, regelingId, o.id, peildatum)) ?? [],
      });
    return uit;
  }

  async function toon(c: C, id: string, staat: PaginaStaat = {}) {
    const r = isUuid(id) ? await regelingRij(db, id) : null;
    if (!r)
      return foutPagina(c, s, 404, 'Regeling niet gevonden', 'Deze regeling staat niet in het register.');
    const g = c.get('gebruiker');
    const peildatum = vandaag();
    const deelnemers = await deelnemerIds(db, id, peildatum);
    const intern = mag(g, 'inlichting.lezen', { regelingId: id, deelnemers });
    const vragen = await inlichtingenVanRegeling(db, id, intern);
    const keuzes = await vraagkeuzes(g, id, deelnemers, peildatum);
    const naam = r.korteNaam ?? r.naam;
    const titel = `Inlichtingen: ${naam}`;
    const csrf = c.get('csrf');
    const w = staat.waarden ?? {};
    const foutenVraag = staat.bij === 'vraag' ? (staat.fouten ?? {}) : {};
    const alleKeuzes = keuzes.flatMap((k) =>
      k.geadresseerden.map((a) => ({ organisatie: k.organisatie, a })),
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
          Raadsleden vragen inlichtingen aan het lid dat namens hun organisatie in het bestuur zit, of aan het
          bestuur van de regeling (Wgr art. 16–17). Bij een regeling van colleges of burgemeesters gaat de
          vraag naar het college of de burgemeester, die aan de raad verantwoording afleggen (art. 18–19).
        </P>
        {c.req.query('gelukt') ? (
          <Alert type="ok">
            <P>Opgeslagen.</P>
          </Alert>
        ) : null}
        {!intern ? (
          <P>
            U ziet de openbare vragen. Interne vragen zijn er alleen voor wie voor een deelnemer of voor de
            regeling werkt.
          </P>
        ) : null}
        <section aria-labelledby="vragen">
          <Heading level={2} id="vragen">
            Vragen
          </Heading>
          {vragen.length === 0 ? <P>Er zijn nog geen vragen.</P> : null}
          {vragen.map((v) => (
            <Vraag
              v={v}
              g={g}
              deelnemers={deelnemers}
              peildatum={peildatum}
              csrf={csrf}
              fouten={staat.bij === v.id ? (staat.fouten ?? {}) : {}}
              waarden={staat.bij === v.id ? w : {}}
            />
          ))}
        </section>
        {alleKeuzes.length > 0 ? (
          <section aria-labelledby="vraag-stellen">
            <Heading level={2} id="vraag-stellen">
              Een vraag stellen
            </Heading>
            <ErrorSummary fouten={foutenVraag} />
            <Form action={`/regelingen/${r.id}/inlichtingen`} csrf={csrf} label="Een vraag stellen">
              {keuzes.length > 1 ? (
                <Select
                  naam="organisatie"
                  label="Namens"
                  opties={keuzes.map((k) => [k.organisatie.id, k.organisatie.naam])}
                  waarde={(w.organisatie as string | undefined) ?? null}
                  fout={foutenVraag.organisatie}
                />
              ) : (
                <input type="hidden" name="organisatie" value={keuzes[0]!.organisatie.id} />
              )}
              <Select
                naam="aan"
                label="Aan"
                hulp="Met het artikel waarop het recht op inlichtingen rust."
                opties={keuzes[0]!.geadresseerden.map((a) => [a.aan, `${a.naam} — ${a.artikel}`])}
                waarde={(w.aan as string | undefined) ?? null}
                fout={foutenVraag.aan}
              />
              <TextField
                naam="onderwerp"
                label="Onderwerp"
                waarde={(w.onderwerp as string | undefined) ?? null}
                fout={foutenVraag.onderwerp}
                verplicht
              />
              <TextArea
                naam="vraag"
                label="Vraag"
                hulp="Opmaak met Markdown: *cursief*, **vet**, lijsten en links."
                rijen={8}
                waarde={(w.vraag as string | undefined) ?? null}
                fout={foutenVraag.vraag}
              />
              <Checkbox
                naam="openbaar"
                label="Openbaar: iedereen kan de vraag en het antwoord lezen"
                hulp="Zonder vinkje is de vraag intern: alleen voor wie voor een deelnemer of voor de regeling werkt."
                aan={w.openbaar === true}
              />
              <Button>Vraag stellen</Button>
            </Form>
          </section>
        ) : keuzes.length > 0 ? (
          <Alert type="info">
            <P>
              Deze regeling heeft geen eigen bestuur en geen lid namens uw organisatie aan wie u inlichtingen
              kunt vragen (Wgr art. 16–19).
            </P>
          </Alert>
        ) : null}
      </>,
      { status: staat.status ?? 200 },
    );
  }

  app.get('/regelingen/:id/inlichtingen', (c) => toon(c, c.req.param('id')));

  app.post('/regelingen/:id/inlichtingen', async (c) => {
    const id = c.req.param('id');
    const r = isUuid(id) ? await regelingRij(db, id) : null;
    if (!r)
      return foutPagina(c, s, 404, 'Regeling niet gevonden', 'Deze regeling staat niet in het register.');
    const g = c.get('gebruiker');
    if (!g) return c.redirect(`/inloggen?terug=/regelingen/${id}/inlichtingen`, 303);
    const f = await leesFormulier(c);
    const organisatieId = tekst(f, 'organisatie') ?? '';
    const deelnemers = await deelnemerIds(db, id, vandaag());
    if (!mag(g, 'inlichting.stellen', { regelingId: id, organisatieId, deelnemers }))
      return foutPagina(
        c,
        s,
        403,
        'Geen toegang',
        'Alleen raadsleden en de griffie van een deelnemer stellen hier vragen, namens hun eigen organisatie.',
      );
    const aan = tekst(f, 'aan') ?? '';
    const waarden = {
      organisatie: organisatieId,
      aan,
      onderwerp: tekst(f, 'onderwerp'),
      vraag: tekst(f, 'vraag'),
      openbaar: vinkje(f, 'openbaar'),
    };
    try {
      if (!(inlichtingAanSoorten as readonly string[]).includes(aan))
        throw new DomeinFout('ongeldig', { veld: 'aan', data: { tekst: 'Kies aan wie de vraag gaat.' } });
      const vid = await stelVraag(
        db,
        actorVan(g),
        id,
        {
          organisatieId,
          aan: aan as InlichtingAan,
          onderwerp: waarden.onderwerp ?? '',
          vraag: waarden.vraag ?? '',
          openbaar: waarden.openbaar,
          gesteldOp: vandaag(),
        },
        omgeving(),
      );
      return c.redirect(`/regelingen/${id}/inlichtingen?gelukt=1#inlichting-${vid}`, 303);
    } catch (e) {
      const ft = fouttekst(e);
      if (!ft) throw e;
      return toon(c, id, { bij: 'vraag', fouten: { [ft.veld]: ft.tekst }, waarden, status: ft.status });
    }
  });

  /** A step on one question: load it, authorise, run, and show the regeling page again. */
  async function stap(
    c: C,
    uitvoeren: (g: Gebruiker, f: FormData, v: InlichtingMetNamen) => Promise<unknown>,
    mogen: (g: Gebruiker, v: InlichtingMetNamen, deelnemers: string[]) => boolean,
  ) {
    const id = c.req.param('id') ?? '';
    const v = isUuid(id) ? await inlichtingRij(db, id) : null;
    const g = c.get('gebruiker');
    const deelnemers = v ? await deelnemerIds(db, v.regelingId, vandaag()) : [];
    // An internal question does not exist for those who may not read it.
    if (!v || (!v.openbaar && !mag(g, 'inlichting.lezen', { regelingId: v.regelingId, deelnemers })))
      return foutPagina(c, s, 404, 'Vraag niet gevonden', 'Deze vraag bestaat niet of is niet openbaar.');
    if (!g) return c.redirect(`/inloggen?terug=/regelingen/${v.regelingId}/inlichtingen`, 303);
    if (!mogen(g, v, deelnemers))
      return foutPagina(c, s, 403, 'Geen toegang', 'U mag deze stap voor deze vraag niet zetten.');
    const f = await leesFormulier(c);
    try {
      await uitvoeren(g, f, v);
      return c.redirect(`/regelingen/${v.regelingId}/inlichtingen?gelukt=1#inlichting-${v.id}`, 303);
    } catch (e) {
      const ft = fouttekst(e);
      if (!ft) throw e;
      const veld = ft.veld === 'formulier' ? 'formulier' : `${ft.veld}-${v.id}`;
      return toon(c, v.regelingId, {
        bij: v.id,
        fouten: { [veld]: ft.tekst },
        waarden: Object.fromEntries(
          Object.entries(f).map(([k, x]) => [k, Array.isArray(x) ? (x[0] ?? null) : x]),
        ),
        status: ft.status,
      });
    }
  }

  app.post('/inlichtingen/:id/antwoord', (c) =>
    stap(
      c,
      (g, f, v) => {
        const namens = tekst(f, `namens-${v.id}`) ?? '';
        if (!(antwoordDoorSoorten as readonly string[]).includes(namens))
          throw new DomeinFout('ongeldig', { veld: 'namens', data: { tekst: 'Kies wie het antwoord gaf.' } });
        const d = tekst(f, `datum-${v.id}`) ?? vandaag();
        if (!/^\d{4}-\d{2}-\d{2}$/.test(d) || d > vandaag())
          throw new DomeinFout('ongeldig', {
            veld: 'datum',
            data: { tekst: 'Vul de datum van het antwoord in als JJJJ-MM-DD, niet in de toekomst.' },
          });
        return beantwoordVraag(
          db,
          actorVan(g),
          v.id,
          { antwoord: tekst(f, `antwoord-${v.id}`) ?? '', datum: d, namens: namens as AntwoordDoor },
          omgeving(),
        );
      },
      (g, v, deelnemers) =>
        mag(g, 'inlichting.beantwoorden', {
          regelingId: v.regelingId,
          organisatieId: v.organisatieId,
          deelnemers,
        }),
    ),
  );

  app.post('/inlichtingen/:id/intrekking', (c) =>
    stap(
      c,
      (g, _f, v) => trekVraagIn(db, actorVan(g), v.id, vandaag()),
      (g, v, deelnemers) => magIntrekken(g, v, deelnemers),
    ),
  );

  app.get('/inlichtingen', async (c) => {
    const g = c.get('gebruiker');
    if (!g) return c.redirect('/inloggen?terug=/inlichtingen', 303);
    const organisatieIds = [
      ...new Set(g.rollen.map((r) => r.organisatieId).filter((x): x is string => x !== null)),
    ];
    const regelingIds = [
      ...new Set(
        g.rollen
          .filter((r) => r.rol === 'secretariaat' && r.regelingId !== null)
          .map((r) => r.regelingId as string),
      ),
    ];
    if (organisatieIds.length === 0 && regelingIds.length === 0)
      return foutPagina(
        c,
        s,
        403,
        'Geen toegang',
        'Dit overzicht is er voor wie voor een organisatie of het secretariaat van een regeling werkt.',
      );
    const peildatum = vandaag();
    const vragen = await openInlichtingen(db, { organisatieIds, regelingIds });
    const teLaat = vragen.filter((v) => isVerlopen(v, peildatum));
    return render(
      c,
      s,
      'Open vragen (inlichtingen)',
      <>
        <Heading level={1}>Open vragen (inlichtingen)</Heading>
        <P lead>
          De vragen van uw organisaties aan hun leden in het bestuur en aan de besturen van de regelingen die
          nog geen antwoord hebben, de eerstvolgende termijn bovenaan.
        </P>
        {teLaat.length > 0 ? (
          <Alert type="warning">
            <P>
              {teLaat.length === 1
                ? 'Eén vraag is over de termijn.'
                : `${teLaat.length} vragen zijn over de termijn.`}
            </P>
          </Alert>
        ) : null}
        <Tabel
          bijschrift="Open vragen, op termijn"
          rijen={vragen}
          leeg="Er zijn geen open vragen."
          kolommen={[
            { kop: 'Uiterlijk', cel: (v) => <TermijnTekst v={v} peildatum={peildatum} /> },
            {
              kop: 'Vraag',
              cel: (v) => (
                <Link href={`/regelingen/${v.regelingId}/inlichtingen#inlichting-${v.id}`}>
                  {v.onderwerp}
                </Link>
              ),
            },
            { kop: 'Regeling', cel: (v) => v.regeling.korteNaam ?? v.regeling.naam },
            { kop: 'Namens', cel: (v) => v.organisatie.naam },
            { kop: 'Aan', cel: (v) => v.geadresseerde },
            { kop: 'Gesteld op', cel: (v) => datum(v.gesteldOp) },
          ]}
        />
      </>,
      { huidig: '/inlichtingen' },
    );
  });
}

/** The asker, or the griffie of the asking organisation (or whoever may record an answer), withdraws. */
function magIntrekken(g: Gebruiker | null, v: InlichtingMetNamen, deelnemers: string[]) {
  if (!g) return false;
  if (v.gesteldDoor === g.gebruikerId) return true;
  return mag(g, 'inlichting.beantwoorden', {
    regelingId: v.regelingId,
    organisatieId: v.organisatieId,
    deelnemers,
  });
}

function Vraag({
  v,
  g,
  deelnemers,
  peildatum,
  csrf,
  fouten,
  waarden,
}: {
  v: InlichtingMetNamen;
  g: Gebruiker | null;
  deelnemers: string[];
  peildatum: string;
  csrf: string;
  fouten: Fouten;
  waarden: Record<string, string | boolean | null>;
}) {
  const magAntwoorden =
    v.status === 'open' &&
    mag(g, 'inlichting.beantwoorden', {
      regelingId: v.regelingId,
      organisatieId: v.organisatieId,
      deelnemers,
    });
  const waarde = (k: string) => (typeof waarden[k] === 'string' ? waarden[k] : null);
  return (
    <article class="grip-inlichting" id={`inlichting-${v.id}`} aria-labelledby={`inlichting-kop-${v.id}`}>
      <Heading level={3} id={`inlichting-kop-${v.id}`}>
        {v.onderwerp}
      </Heading>
      <DataList
        items={[
          ['Gesteld door', `${v.gesteldDoorNaam} (${v.organisatie.naam})`],
          ['Aan', `${v.geadresseerde} — ${v.artikel}`],
          ['Gesteld op', datum(v.gesteldOp)],
          ['Antwoord uiterlijk', <TermijnTekst v={v} peildatum={peildatum} />],
          ['Status', statusLabels[v.status]],
          ['Zichtbaar', v.openbaar ? 'Openbaar' : 'Intern'],
        ]}
      />
      <p class="utrecht-paragraph">
        <strong>Vraag</strong>
      </p>
      <Opgemaakt tekst={v.vraag} />
      {v.status === 'beantwoord' && v.antwoord ? (
        <>
          <p class="utrecht-paragraph">
            <strong>
              Antwoord van {v.beantwoordOp ? datum(v.beantwoordOp) : ''}
              {v.antwoordNamens ? ` (vastgelegd door ${namensLabels[v.antwoordNamens].toLowerCase()})` : ''}
            </strong>
          </p>
          <Opgemaakt tekst={v.antwoord} />
        </>
      ) : null}
      {magAntwoorden ? (
        <>
          <ErrorSummary fouten={fouten} />
          <Form
            action={`/inlichtingen/${v.id}/antwoord`}
            csrf={csrf}
            label={`Antwoord vastleggen: ${v.onderwerp}`}
          >
            <TextArea
              naam={`antwoord-${v.id}`}
              label="Antwoord"
              hulp="Opmaak met Markdown."
              rijen={6}
              waarde={waarde(`antwoord-${v.id}`)}
              fout={fouten[`antwoord-${v.id}`]}
            />
            <TextField
              naam={`datum-${v.id}`}
              label="Datum van het antwoord"
              hulp="JJJJ-MM-DD"
              type="date"
              waarde={waarde(`datum-${v.id}`) ?? peildatum}
              fout={fouten[`datum-${v.id}`]}
            />
            <Select
              naam={`namens-${v.id}`}
              label="Het antwoord komt van"
              opties={antwoordDoorSoorten.map((n) => [n, namensLabels[n]])}
              waarde={waarde(`namens-${v.id}`)}
              fout={fouten[`namens-${v.id}`]}
            />
            <Button>Antwoord vastleggen</Button>
          </Form>
        </>
      ) : v.status === 'open' && fouten.formulier ? (
        <ErrorSummary fouten={fouten} />
      ) : null}
      {v.status === 'open' && magIntrekken(g, v, deelnemers) ? (
        <Form
          action={`/inlichtingen/${v.id}/intrekking`}
          csrf={csrf}
          label={`Vraag intrekken: ${v.onderwerp}`}
        >
          <Button soort="secondary">Vraag intrekken</Button>
        </Form>
      ) : null}
    </article>
  );
}
