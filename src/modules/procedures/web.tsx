/**
 * Pages of procedures: a new procedure, the procedure page (the matrix of participants × status,
 * the zienswijzen beside the board's response to each, documents, and the steps each reader may
 * take), exports (CSV, XLSX), DOCX drafts for a griffie, a griffie's open requests across all
 * regelingen, letter templates, notifications and following a regeling.
 */
import { adviezenSectie } from '../raadswerkplaats/adviescommissie-sectie';
import type { Context, Hono } from 'hono';
import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { mag } from '../../platform/auth/policy';
import { vandaag } from '../../platform/clock';
import type { Kolom as ExportKolom } from '../../platform/documenten/export';
import { DomeinFout } from '../../platform/errors';
import type { Services } from '../../platform/http/app';
import type { AppEnv, Gebruiker } from '../../platform/http/env';
import { type FormData, getal, leesFormulier, regels, tekst, vinkje } from '../../platform/http/forms';
import { formulierStroom, foutPagina, render } from '../../platform/http/pages';
import { isUuid } from '../../platform/validation';
import {
  Alert,
  Breadcrumbs,
  Button,
  ButtonLink,
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
  tijdstip,
} from '../../platform/views/components';
import { langeDatum } from '../../platform/views/datumtekst';
import { Opgemaakt } from '../../platform/views/markdown';
import { actorVan } from '../accounts/actor';
import { vindOrganisatie } from '../organisaties/store';
import { regelingRij } from '../regelingen/store';
import type { BriefGegevens, Briefsjabloon } from './brieven';
import { dagenTot, strekkingen, weigeringsgronden, type ProcedureStatus } from './domain/levenscyclus';
import { procedureSoorten, regelsVoor } from './domain/soorten';
import {
  documentSoorten,
  documentSoortLabels,
  naarVerzoekInvoer,
  ProcedureInputSchema,
  VerzoekStapSchema,
} from './model';
import {
  betrokkenOrganisatie,
  bewaarBriefsjabloon,
  legBesluitVast,
  maakProcedure,
  reageerOpZienswijze,
  rondReactieAf,
  sluitProcedureAf,
  trekProcedureIn,
  verzendProcedure,
  verzoekActie,
  voegDocumentToe,
  volg,
  wijzigProcedure,
} from './service';
import { tafelDigestAan, zetTafelDigest } from '../meldingen/voorkeur';
import { melding } from './schema';
import type { proceduresVanRegeling } from './store';
import {
  briefsjabloonVan,
  deelnemerIds,
  meldingenVan,
  procedureRij,
  verzoekenAanOrganisatie,
  verzoekIdVan,
  volgt,
} from './store';
import {
  procedureStatusLabels,
  soortLabels,
  strekkingLabels,
  termijnWaarschuwingTekst,
  vertegenwoordigerLabels,
  verzoekStatusLabels,
  vraagLabels,
  weigeringsgrondLabels,
} from './teksten';
import { downloadAntwoord, leesbaarDocument } from './download';
import { procedureWeergave, type ProcedureWeergave, type VerzoekWeergave } from './weergave';
import { and, eq, isNull } from 'drizzle-orm';

type C = Context<AppEnv>;

/** exceljs (30 MB) and docx (10 MB) are loaded on the first export or letter, not at start. */
const laadExport = () => import('../../platform/documenten/export');

const STAPPEN: ProcedureStatus[] = [
  'concept',
  'verzonden',
  'in_behandeling',
  'reactie_bestuur',
  'besloten',
  'afgesloten',
];

/** Days left, in words; overdue marked. */
function Dagen({ v }: { v: Pick<VerzoekWeergave, 'dagenTotUiterlijk' | 'verlopen'> }) {
  if (v.dagenTotUiterlijk === null) return <>—</>;
  if (v.verlopen)
    return (
      <strong class="grip-verlopen">
        {`${-v.dagenTotUiterlijk} ${v.dagenTotUiterlijk === -1 ? 'dag' : 'dagen'} verlopen`}
      </strong>
    );
  if (v.dagenTotUiterlijk === 0) return <strong>vandaag</strong>;
  return <>{`nog ${v.dagenTotUiterlijk} ${v.dagenTotUiterlijk === 1 ? 'dag' : 'dagen'}`}</>;
}

const Statuslijn = ({ status }: { status: ProcedureStatus }) => {
  if (status === 'ingetrokken') return <Alert type="warning">Deze procedure is ingetrokken.</Alert>;
  const huidig = STAPPEN.indexOf(status);
  return (
    <ol class="grip-stappen" aria-label="Voortgang van de procedure">
      {STAPPEN.map((s, i) => (
        <li
          class={
            i < huidig ? 'grip-stap grip-stap--klaar' : i === huidig ? 'grip-stap grip-stap--nu' : 'grip-stap'
          }
          aria-current={i === huidig ? 'step' : undefined}
        >
          {procedureStatusLabels[s]}
          {i < huidig ? <span class="grip-visually-hidden"> (gedaan)</span> : null}
        </li>
      ))}
    </ol>
  );
};

interface Rechten {
  beheren: boolean;
  lezen: boolean;
  /** Organisation ids whose request this user may handle (their griffie). */
  eigen: string[];
}

function rechtenVan(g: Gebruiker | null, regelingId: string, deelnemers: string[]): Rechten {
  return {
    beheren: mag(g, 'procedure.beheren', { regelingId }),
    lezen: mag(g, 'procedure.lezen', { regelingId, deelnemers }),
    eigen: deelnemers.filter((o) => mag(g, 'verzoek.behandelen', { regelingId, organisatieId: o })),
  };
}

const Matrix = ({ p, rechten }: { p: ProcedureWeergave; rechten: Rechten }) => (
  <Tabel
    bijschrift="Per deelnemer: wat gevraagd is, de termijn en de stand"
    leeg="Er zijn nog geen verzoeken: die ontstaan bij het verzenden."
    rijen={p.verzoeken}
    kolommen={[
      {
        kop: 'Deelnemer',
        cel: (v) => (
          <>
            {v.organisatie.naam}
            {v.regelStatus === 'onbevestigd' ? <span class="grip-onbekend"> (regel onbevestigd)</span> : null}
          </>
        ),
      },
      {
        kop: 'Gevraagd',
        cel: (v) => `${vraagLabels[v.vraag as keyof typeof vraagLabels] ?? v.vraag} (${v.artikel})`,
      },
      { kop: 'Uiterlijk', cel: (v) => (v.uiterlijk ? langeDatum(v.uiterlijk) : '—') },
      { kop: 'Resterend', cel: (v) => <Dagen v={v} /> },
      {
        kop: 'Stand',
        cel: (v) => (
          <>
            {verzoekStatusLabels[v.status]}
            {v.zienswijze?.teLaat ? ' (na de termijn)' : ''}
            {v.toestemming ? `; toestemming ${v.toestemming}` : ''}
          </>
        ),
      },
      {
        kop: 'Behandeling in de raad',
        cel: (v) =>
          v.intern ? (
            <>
              {v.intern.commissieDatum ? `commissie ${datum(v.intern.commissieDatum)}` : ''}
              {v.intern.raadsDatum
                ? `${v.intern.commissieDatum ? ', ' : ''}raad ${datum(v.intern.raadsDatum)}`
                : ''}
              {v.intern.stemmenVoor !== null
                ? ` (${v.intern.stemmenVoor} voor, ${v.intern.stemmenTegen ?? 0} tegen)`
                : ''}
              {!v.intern.commissieDatum && !v.intern.raadsDatum ? '—' : ''}
            </>
          ) : (
            '—'
          ),
      },
      ...(rechten.eigen.length > 0
        ? [
            {
              kop: <span class="grip-visually-hidden">Acties</span>,
              cel: (v: VerzoekWeergave) =>
                rechten.eigen.includes(v.organisatie.id) ? (
                  <Link href={`#verzoek-${v.organisatie.id}`}>Vastleggen</Link>
                ) : null,
            },
          ]
        : []),
    ]}
  />
);

/** What everyone said, and what the board did with it. */
const Zienswijzen = ({ p, rechten, csrf }: { p: ProcedureWeergave; rechten: Rechten; csrf: string }) => {
  const met = p.verzoeken.filter((v) => v.zienswijze);
  if (met.length === 0) return <P>Er zijn nog geen zienswijzen verzonden.</P>;
  return (
    <div class="grip-zienswijzen">
      {met.map((v) => (
        <section class="grip-zienswijze" aria-labelledby={`zw-${v.organisatie.id}`}>
          <Heading level={3} id={`zw-${v.organisatie.id}`}>
            {v.organisatie.naam}
            {v.zienswijze?.strekking ? ` — ${strekkingLabels[v.zienswijze.strekking]}` : ''}
          </Heading>
          <div class="grip-twocol">
            <div>
              <p class="utrecht-paragraph">
                <strong>Zienswijze</strong>
                {v.zienswijze?.verzondenOp ? `, verzonden ${datum(v.zienswijze.verzondenOp)}` : ''}
                {v.zienswijze?.teLaat ? ' (na de termijn)' : ''}
              </p>
              {v.zienswijze?.tekst ? (
                <Opgemaakt tekst={v.zienswijze.tekst} />
              ) : (
                <P>Zie de bijgevoegde brief.</P>
              )}
              {p.documenten
                .filter((d) => d.verzoekOrganisatieId === v.organisatie.id)
                .map((d) => (
                  <p class="utrecht-paragraph">
                    <Link href={`/documenten/${d.id}`}>{`${d.titel} (${d.bestandsnaam})`}</Link>
                  </p>
                ))}
            </div>
            <div>
              <p class="utrecht-paragraph">
                <strong>Reactie van het bestuur</strong>
                {v.reactieBestuur?.datum ? `, ${datum(v.reactieBestuur.datum)}` : ''}
              </p>
              {v.reactieBestuur ? (
                <Opgemaakt tekst={v.reactieBestuur.tekst} />
              ) : (
                <P>
                  {p.reactieBestuurVerplicht
                    ? `Nog geen reactie (verplicht, ${p.reactieBestuurVerplicht}).`
                    : 'Geen reactie vastgelegd.'}
                </P>
              )}
              {rechten.beheren && ['verzonden', 'in_behandeling', 'reactie_bestuur'].includes(p.status) ? (
                <Form
                  action={`/procedures/${p.id}/verzoeken/${v.organisatie.id}/reactie`}
                  csrf={csrf}
                  label={`Reactie op ${v.organisatie.naam}`}
                >
                  <TextArea
                    naam="tekst"
                    label="Reactie van het bestuur (schriftelijk en gemotiveerd)"
                    waarde={v.reactieBestuur?.tekst ?? ''}
                    rijen={4}
                    hulp="Opmaak met Markdown kan: *nadruk*, lijstjes met -."
                  />
                  <TextField
                    naam="datum"
                    label="Datum"
                    type="date"
                    waarde={v.reactieBestuur?.datum ?? vandaag()}
                  />
                  <Button soort="secondary">Reactie opslaan</Button>
                </Form>
              ) : null}
            </div>
          </div>
        </section>
      ))}
    </div>
  );
};

const Documenten = ({
  p,
  rechten,
  csrf,
  fout,
}: {
  p: ProcedureWeergave;
  rechten: Rechten;
  csrf: string;
  fout?: string;
}) => (
  <>
    <Tabel
      bijschrift="Stukken bij deze procedure"
      leeg="Er zijn nog geen stukken."
      rijen={p.documenten}
      kolommen={[
        { kop: 'Document', cel: (d) => <Link href={`/documenten/${d.id}`}>{d.titel}</Link> },
        {
          kop: 'Soort',
          cel: (d) => documentSoortLabels[d.soort as keyof typeof documentSoortLabels] ?? d.soort,
        },
        { kop: 'Datum', cel: (d) => datum(d.datum) },
        { kop: 'Bestand', cel: (d) => `${d.bestandsnaam} (${Math.max(1, Math.round(d.grootte / 1024))} kB)` },
        { kop: 'Openbaar', cel: (d) => (d.openbaar ? 'ja' : 'nee') },
      ]}
    />
    {rechten.beheren || rechten.eigen.length > 0 ? (
      <form
        class="utrecht-form"
        method="post"
        action={`/procedures/${p.id}/documenten`}
        enctype="multipart/form-data"
        aria-label="Document toevoegen"
      >
        <input type="hidden" name="_csrf" value={csrf} />
        <Heading level={3}>Document toevoegen</Heading>
        {fout ? (
          <Alert type="error" title="Het document is niet toegevoegd">
            {fout}
          </Alert>
        ) : null}
        <div class="utrecht-form-field">
          <div class="utrecht-form-field__label">
            <label class="utrecht-form-label" for="veld-bestand">
              Bestand (PDF, DOCX of ODT)
            </label>
          </div>
          <div class="utrecht-form-field__input">
            <input
              class="utrecht-textbox utrecht-textbox--html-input"
              id="veld-bestand"
              name="bestand"
              type="file"
              accept=".pdf,.docx,.odt,application/pdf"
            />
          </div>
        </div>
        <TextField naam="titel" label="Titel" />
        <Select
          naam="soort"
          label="Soort"
          waarde="ontwerp"
          opties={documentSoorten.map((s) => [s, documentSoortLabels[s]])}
        />
        <TextField naam="datum" label="Datum van het document" type="date" waarde={vandaag()} />
        {rechten.eigen.length > 0 && !rechten.beheren ? (
          <input type="hidden" name="organisatie" value={rechten.eigen[0]} />
        ) : null}
        <Checkbox naam="openbaar" label="Openbaar (iedereen kan het lezen)" aan={true} />
        <Button soort="secondary">Toevoegen</Button>
      </form>
    ) : null}
  </>
);

/** The steps a griffie records for its own council. */
const VerzoekFormulier = ({ p, v, csrf }: { p: ProcedureWeergave; v: VerzoekWeergave; csrf: string }) => {
  const actie = `/procedures/${p.id}/verzoeken/${v.organisatie.id}/stap`;
  const afgerond = ['verzonden', 'geen_zienswijze'].includes(v.status);
  const zienswijzeGevraagd = !['kennisname', 'eigen_besluit'].includes(v.vraag);
  return (
    <section id={`verzoek-${v.organisatie.id}`} aria-labelledby={`vk-${v.organisatie.id}`} class="grip-kader">
      <Heading level={3} id={`vk-${v.organisatie.id}`}>{`Behandeling door ${v.organisatie.naam}`}</Heading>
      <P>
        {`Gevraagd aan ${vertegenwoordigerLabels[v.aan as keyof typeof vertegenwoordigerLabels] ?? v.aan}: ${(vraagLabels[v.vraag as keyof typeof vraagLabels] ?? v.vraag).toLowerCase()}`}
        {v.uiterlijk ? `, uiterlijk ${langeDatum(v.uiterlijk)}` : ''}. Stand: {verzoekStatusLabels[v.status]}.
      </P>
      {v.intern?.termijn.waarschuwingen.map((w) => (
        <Alert type="warning">{termijnWaarschuwingTekst(w)}</Alert>
      ))}
      <p class="utrecht-paragraph">
        <Link href={`/procedures/${p.id}/verzoeken/${v.organisatie.id}/zienswijzebrief.docx`}>
          Concept-zienswijzebrief (Word)
        </Link>
        {' · '}
        <Link href={`/procedures/${p.id}/verzoeken/${v.organisatie.id}/raadsvoorstel.docx`}>
          Concept-raadsvoorstel (Word)
        </Link>
        {' · '}
        <Link href="/account/briefsjabloon">Briefsjabloon</Link>
      </p>
      {!afgerond ? (
        <div class="grip-twocol">
          <Form action={actie} csrf={csrf} label="Ontvangst en agendering">
            <input type="hidden" name="soort" value="agenderen" />
            <TextField
              naam="commissieDatum"
              label="Commissievergadering"
              type="date"
              waarde={v.intern?.commissieDatum ?? ''}
            />
            <TextField
              naam="raadsDatum"
              label="Raadsvergadering"
              type="date"
              waarde={v.intern?.raadsDatum ?? ''}
            />
            <Button soort="secondary">Agendering opslaan</Button>
          </Form>
          <Form action={actie} csrf={csrf} label="Besluit van de raad">
            <input type="hidden" name="soort" value="raadsbesluit" />
            <TextField
              naam="datum"
              label="Datum raadsbesluit"
              type="date"
              waarde={v.intern?.raadsbesluitDatum ?? ''}
            />
            <TextField naam="stemmenVoor" label="Stemmen voor (optioneel)" inputmode="numeric" />
            <TextField naam="stemmenTegen" label="Stemmen tegen (optioneel)" inputmode="numeric" />
            <Button soort="secondary">Raadsbesluit opslaan</Button>
          </Form>
        </div>
      ) : null}
      {!afgerond && v.status === 'open' ? (
        <Form action={actie} csrf={csrf} label="Ontvangst">
          <input type="hidden" name="soort" value="ontvangen" />
          <TextField naam="datum" label="Ontvangen op" type="date" waarde={vandaag()} />
          <Button soort="secondary">Ontvangst opslaan</Button>
        </Form>
      ) : null}
      {!afgerond && zienswijzeGevraagd ? (
        <>
          <Form action={actie} csrf={csrf} label="Zienswijze verzenden">
            <input type="hidden" name="soort" value="zienswijze" />
            <Select
              naam="strekking"
              label="Strekking"
              opties={strekkingen.map((s) => [s, strekkingLabels[s]])}
              leeg="Kies…"
            />
            <TextArea
              naam="tekst"
              label="Zienswijze"
              rijen={8}
              hulp="Zoals de raad haar vaststelde. Of voeg de brief toe bij de documenten en laat dit leeg. Opmaak met Markdown kan."
            />
            <TextField naam="datum" label="Verzonden op" type="date" waarde={vandaag()} />
            <Button>Zienswijze vastleggen</Button>
          </Form>
          <Form action={actie} csrf={csrf} label="Geen zienswijze">
            <input type="hidden" name="soort" value="geen_zienswijze" />
            <TextField naam="datum" label="Datum" type="date" waarde={vandaag()} />
            <Button soort="secondary">De raad geeft geen zienswijze</Button>
          </Form>
        </>
      ) : null}
      {afgerond && v.vraag === 'zienswijze_en_toestemming' ? (
        <Form action={actie} csrf={csrf} label="Toestemming van de raad">
          <input type="hidden" name="soort" value="toestemming" />
          <Select
            naam="besluit"
            label="Toestemming (Wgr art. 1 lid 4)"
            waarde={v.toestemming}
            opties={[
              ['verleend', 'Verleend'],
              ['geweigerd', 'Geweigerd'],
            ]}
            leeg="Kies…"
          />
          <Select
            naam="grond"
            label="Grond bij weigering"
            opties={weigeringsgronden.map((w) => [w, weigeringsgrondLabels[w]])}
            leeg="—"
            hulp="Weigeren mag alleen wegens strijd met het recht of het algemeen belang."
          />
          <Button soort="secondary">Toestemming opslaan</Button>
        </Form>
      ) : null}
    </section>
  );
};

/** The secretariaat's steps on the procedure as a whole. */
const Beheer = ({ p, csrf }: { p: ProcedureWeergave; csrf: string }) => (
  <section aria-labelledby="beheer" class="grip-kader">
    <Heading level={2} id="beheer">
      Volgende stap
    </Heading>
    {p.status === 'concept' ? (
      <P>
        <Link href={`/procedures/${p.id}/wijzigen`}>Concept wijzigen</Link>
      </P>
    ) : null}
    {p.status === 'concept' ? (
      <Form action={`/procedures/${p.id}/verzending`} csrf={csrf} label="Verzenden">
        <P>
          Bij verzenden krijgt elke deelnemer een verzoek met zijn termijn, en worden de griffies bericht.
        </P>
        <TextField naam="verzondenOp" label="Verzonden op" type="date" waarde={vandaag()} />
        <Button>Verzenden aan de raden</Button>
      </Form>
    ) : null}
    {['verzonden', 'in_behandeling'].includes(p.status) && p.verzoeken.some((v) => v.zienswijze) ? (
      <Form action={`/procedures/${p.id}/reactie-afronding`} csrf={csrf} label="Reactie afronden">
        <P>Als het bestuur op elke zienswijze heeft gereageerd, worden de deelnemers en volgers bericht.</P>
        <Button soort="secondary">Reactie bestuur afgerond</Button>
      </Form>
    ) : null}
    {['verzonden', 'in_behandeling', 'reactie_bestuur'].includes(p.status) &&
    p.reactievorm !== 'kennisname' ? (
      <Form action={`/procedures/${p.id}/besluit`} csrf={csrf} label="Besluit vastleggen">
        <TextField
          naam="datum"
          label="Datum van het besluit"
          type="date"
          waarde={p.geplandeBesluitdatum ?? ''}
        />
        <TextField naam="referentie" label="Publicatie (bijvoorbeeld bgr-2026-123)" />
        <TextArea naam="toelichting" label="Toelichting (optioneel)" rijen={3} />
        <Button>Besluit vastleggen</Button>
      </Form>
    ) : null}
    {p.status === 'besloten' ||
    (p.reactievorm === 'kennisname' && ['verzonden', 'in_behandeling'].includes(p.status)) ? (
      <Form action={`/procedures/${p.id}/afsluiting`} csrf={csrf} label="Afsluiten">
        <input type="hidden" name="datum" value={vandaag()} />
        <Button soort="secondary">Procedure afsluiten</Button>
      </Form>
    ) : null}
    {!['besloten', 'afgesloten', 'ingetrokken'].includes(p.status) ? (
      <Form action={`/procedures/${p.id}/intrekking`} csrf={csrf} label="Intrekken">
        <input type="hidden" name="datum" value={vandaag()} />
        <TextField naam="reden" label="Reden van intrekking" />
        <Button soort="secondary">Procedure intrekken</Button>
      </Form>
    ) : null}
  </section>
);

function ProcedurePagina({
  p,
  rechten,
  c,
  fout,
  uploadFout,
  volgend,
}: {
  p: ProcedureWeergave;
  rechten: Rechten;
  c: C;
  fout?: string | undefined;
  uploadFout?: string | undefined;
  volgend: boolean | null;
}) {
  const csrf = c.get('csrf');
  const gelukt = c.req.query('gelukt');
  const eerste = p.verzoeken.find((v) => v.uiterlijk);
  return (
    <>
      <Breadcrumbs
        items={[
          ['/', 'Home'],
          ['/regelingen', 'Register'],
          [`/regelingen/${p.regeling.id}`, p.regeling.naam],
        ]}
      />
      <Heading level={1}>{p.titel}</Heading>
      <P lead>{`${soortLabels[p.soort]} · ${p.regeling.naam} · ${procedureStatusLabels[p.status]}`}</P>
      {fout ? (
        <Alert type="error" title="Deze stap kon niet">
          {fout}
        </Alert>
      ) : null}
      {gelukt ? <Alert type="ok">Opgeslagen.</Alert> : null}
      <Statuslijn status={p.status} />
      <DataList
        items={[
          ['Grondslag', p.artikel],
          [
            'Gevraagd van de raden',
            p.reactievorm === 'kennisname'
              ? 'Ter kennisname, geen zienswijze'
              : p.reactievorm === 'zienswijze'
                ? 'Zienswijze'
                : 'Wensen en bedenkingen',
          ],
          ['Verzonden', p.verzondenOp ? langeDatum(p.verzondenOp) : 'nog niet'],
          [
            'Termijn voor de raden',
            eerste?.uiterlijk
              ? `tot en met ${langeDatum(eerste.uiterlijk)}`
              : p.reactievorm === 'kennisname'
                ? 'geen'
                : 'ontstaat bij verzenden',
          ],
          ['Gepland besluit', p.geplandeBesluitdatum ? langeDatum(p.geplandeBesluitdatum) : 'niet gepland'],
          [
            'Reactie van het bestuur',
            p.reactieBestuurVerplicht
              ? `verplicht vóór het besluit (${p.reactieBestuurVerplicht})`
              : 'geen wettelijke plicht',
          ],
          ...(p.toestemmingVereist
            ? ([['Toestemming van de raad', `nodig (${p.toestemmingVereist})`]] as [string, Child][])
            : []),
          ...(p.besluit
            ? ([
                [
                  'Besluit',
                  `${langeDatum(p.besluit.datum)}${p.besluit.referentie ? ` (${p.besluit.referentie})` : ''}`,
                ],
              ] as [string, Child][])
            : []),
          ...(p.intrekkingReden ? ([['Ingetrokken', p.intrekkingReden]] as [string, Child][]) : []),
        ]}
      />
      {p.omschrijving ? <Opgemaakt tekst={p.omschrijving} /> : null}
      {volgend !== null ? (
        <Form action={`/regelingen/${p.regeling.id}/volgen`} csrf={csrf} label="Volgen">
          <input type="hidden" name="aan" value={volgend ? '0' : '1'} />
          <input type="hidden" name="terug" value={`/procedures/${p.id}`} />
          <Button soort="secondary">
            {volgend ? 'Regeling niet meer volgen' : 'Regeling volgen (bericht bij reactie en besluit)'}
          </Button>
        </Form>
      ) : null}
      {rechten.beheren ? <Beheer p={p} csrf={csrf} /> : null}
      <Heading level={2}>Deelnemers</Heading>
      <Matrix p={p} rechten={rechten} />
      {p.verzoeken.length > 0 ? (
        <P>
          Downloaden: <Link href={`/procedures/${p.id}/zienswijzen.csv`}>CSV</Link> ·{' '}
          <Link href={`/procedures/${p.id}/zienswijzen.xlsx`}>Excel (XLSX)</Link>
        </P>
      ) : null}
      {p.verzoeken
        .filter((v) => rechten.eigen.includes(v.organisatie.id))
        .map((v) => (
          <VerzoekFormulier p={p} v={v} csrf={csrf} />
        ))}
      <Heading level={2}>Zienswijzen en reacties van het bestuur</Heading>
      <Zienswijzen p={p} rechten={rechten} csrf={csrf} />
      <Heading level={2}>Stukken</Heading>
      <Documenten p={p} rechten={rechten} csrf={csrf} fout={uploadFout} />
    </>
  );
}

/** The procedures section on a regeling page. */
export const ProceduresSectie = ({
  regelingId,
  items,
  kanBeheren,
}: {
  regelingId: string;
  items: Awaited<ReturnType<typeof proceduresVanRegeling>>;
  kanBeheren: boolean;
}) => (
  <section aria-labelledby="procedures">
    <Heading level={2} id="procedures">
      Procedures en zienswijzen
    </Heading>
    <Tabel
      bijschrift="Besluiten waarover de raden worden gevraagd of geïnformeerd"
      leeg="Er zijn nog geen procedures."
      rijen={items}
      kolommen={[
        { kop: 'Procedure', cel: (p) => <Link href={`/procedures/${p.id}`}>{p.titel}</Link> },
        { kop: 'Soort', cel: (p) => soortLabels[p.soort] },
        { kop: 'Stand', cel: (p) => procedureStatusLabels[p.status] },
        { kop: 'Verzonden', cel: (p) => datum(p.verzondenOp) ?? '—' },
        { kop: 'Termijn raden', cel: (p) => datum(p.uiterlijk) ?? '—' },
      ]}
    />
    {kanBeheren ? (
      <ButtonLink href={`/regelingen/${regelingId}/procedures/nieuw`}>Nieuwe procedure</ButtonLink>
    ) : null}
  </section>
);

function fouttekst(e: unknown): { status: ContentfulStatusCode; tekst: string } | null {
  if (!(e instanceof DomeinFout)) return null;
  const t = typeof e.opties.data?.tekst === 'string' ? e.opties.data.tekst : null;
  if (e.code === 'stap_geweigerd' && t) return { status: 409, tekst: t };
  if ((e.code === 'ongeldig' || e.code === 'te_groot') && t)
    return { status: e.code === 'te_groot' ? 413 : 400, tekst: t };
  if (e.code === 'niet_gevonden') return { status: 404, tekst: 'Deze deelnemer of procedure bestaat niet.' };
  if (e.code === 'geen_toegang') return { status: 403, tekst: 'Dit mag u hier niet vastleggen.' };
  if (e.code === 'versie_conflict')
    return { status: 409, tekst: 'De procedure is intussen gewijzigd; bekijk haar opnieuw.' };
  return null;
}

/** A domain error shown at its field in the procedure form. */
function procedureFormFout(e: unknown): Fouten | null {
  if (e instanceof DomeinFout && e.code === 'organisatie_onbekend')
    return { betrokkenOrganisatie: 'Onbekende organisatie' };
  if (
    e instanceof DomeinFout &&
    (e.code === 'ongeldig' || e.code === 'stap_geweigerd') &&
    typeof e.opties.data?.tekst === 'string'
  )
    return { [e.opties.veld ?? 'formulier']: e.opties.data.tekst };
  return null;
}

type NieuwWaarden = Record<string, string | boolean | number | null>;

export function proceduresWeb(app: Hono<AppEnv>, s: Services) {
  const db = s.database.db;
  const omgeving = async () => ({
    kalender: await s.kalender(),
    baseUrl: s.config.baseUrl,
    wachtrij: s.mail.wachtrij,
  });

  async function laad(c: C, id: string) {
    if (!isUuid(id)) return null;
    const p = await procedureRij(db, id);
    if (!p) return null;
    const deelnemers = await deelnemerIds(db, p.regelingId, vandaag());
    const rechten = rechtenVan(c.get('gebruiker'), p.regelingId, deelnemers);
    const w = await procedureWeergave(db, id, rechten.lezen, vandaag());
    return w ? { w, rechten, rij: p } : null;
  }

  async function toon(
    c: C,
    id: string,
    opties: { fout?: string; uploadFout?: string; status?: ContentfulStatusCode } = {},
  ) {
    const l = await laad(c, id);
    if (!l)
      return foutPagina(
        c,
        s,
        404,
        'Procedure niet gevonden',
        'Deze procedure bestaat niet of is niet openbaar.',
      );
    const g = c.get('gebruiker');
    const volgend = g ? await volgt(db, g.gebruikerId, l.w.regeling.id) : null;
    return render(
      c,
      s,
      l.w.titel,
      <>
        <ProcedurePagina
          p={l.w}
          rechten={l.rechten}
          c={c}
          fout={opties.fout}
          uploadFout={opties.uploadFout}
          volgend={volgend}
        />
        {await adviezenSectie(db, l.w.id)}
      </>,
      {
        status: opties.status ?? 200,
      },
    );
  }

  app.get('/procedures/:id', (c) => toon(c, c.req.param('id')));

  /** Runs a step; a refusal shows the page again with the reason. */
  async function stap(
    c: C,
    id: string,
    vereist: 'beheren' | 'eigen',
    uitvoeren: (
      g: Gebruiker,
      f: FormData,
      l: NonNullable<Awaited<ReturnType<typeof laad>>>,
    ) => Promise<unknown>,
    anker = '',
  ) {
    const l = await laad(c, id);
    if (!l) return foutPagina(c, s, 404, 'Procedure niet gevonden', 'Deze procedure bestaat niet.');
    const g = c.get('gebruiker');
    if (!g) return c.redirect(`/inloggen?terug=/procedures/${id}`, 303);
    if (vereist === 'beheren' && !l.rechten.beheren)
      return foutPagina(c, s, 403, 'Geen toegang', 'Alleen het secretariaat van de regeling zet deze stap.');
    try {
      await uitvoeren(g, await leesFormulier(c), l);
      return c.redirect(`/procedures/${id}?gelukt=1${anker}`, 303);
    } catch (e) {
      const f = fouttekst(e);
      if (!f) throw e;
      return toon(c, id, { fout: f.tekst, status: f.status });
    }
  }

  app.post('/procedures/:id/verzending', (c) =>
    stap(c, c.req.param('id'), 'beheren', async (g, f) =>
      verzendProcedure(db, actorVan(g), c.req.param('id'), tekst(f, 'verzondenOp') ?? '', await omgeving()),
    ),
  );
  app.post('/procedures/:id/reactie-afronding', (c) =>
    stap(c, c.req.param('id'), 'beheren', async (g) =>
      rondReactieAf(db, actorVan(g), c.req.param('id'), await omgeving()),
    ),
  );
  app.post('/procedures/:id/besluit', (c) =>
    stap(c, c.req.param('id'), 'beheren', async (g, f) => {
      const d = tekst(f, 'datum');
      if (!d)
        throw new DomeinFout('ongeldig', {
          veld: 'datum',
          data: { tekst: 'Vul de datum van het besluit in.' },
        });
      const ref = tekst(f, 'referentie');
      if (ref && !/^[a-z]{2,6}-\d{4}-\d{1,7}$/.test(ref))
        throw new DomeinFout('ongeldig', {
          veld: 'referentie',
          data: { tekst: 'Gebruik de publicatiecode, bijvoorbeeld bgr-2026-123.' },
        });
      return legBesluitVast(
        db,
        actorVan(g),
        c.req.param('id'),
        { datum: d, referentie: ref, toelichting: tekst(f, 'toelichting') },
        await omgeving(),
      );
    }),
  );
  app.post('/procedures/:id/afsluiting', (c) =>
    stap(c, c.req.param('id'), 'beheren', (g, f) =>
      sluitProcedureAf(db, actorVan(g), c.req.param('id'), tekst(f, 'datum') ?? vandaag()),
    ),
  );
  app.post('/procedures/:id/intrekking', (c) =>
    stap(c, c.req.param('id'), 'beheren', (g, f) =>
      trekProcedureIn(
        db,
        actorVan(g),
        c.req.param('id'),
        tekst(f, 'datum') ?? vandaag(),
        tekst(f, 'reden') ?? '',
      ),
    ),
  );
  app.post('/procedures/:id/verzoeken/:org/reactie', (c) =>
    stap(c, c.req.param('id'), 'beheren', (g, f, l) => {
      if (!l.w.verzoeken.some((v) => v.organisatie.id === c.req.param('org')))
        throw new DomeinFout('niet_gevonden');
      return reageerOpZienswijze(db, actorVan(g), c.req.param('id'), c.req.param('org'), {
        tekst: tekst(f, 'tekst') ?? '',
        datum: tekst(f, 'datum') ?? vandaag(),
      });
    }),
  );
  app.post('/procedures/:id/verzoeken/:org/stap', (c) =>
    stap(
      c,
      c.req.param('id'),
      'eigen',
      async (g, f, l) => {
        const org = c.req.param('org');
        if (!l.rechten.eigen.includes(org)) throw new DomeinFout('geen_toegang');
        // The same schema as the API validates the step; empty fields are absent.
        const velden = [
          'soort',
          'datum',
          'commissieDatum',
          'raadsDatum',
          'strekking',
          'tekst',
          'besluit',
          'grond',
        ];
        const ruw: Record<string, unknown> = Object.fromEntries(
          velden.map((k) => [k, tekst(f, k) ?? undefined]),
        );
        for (const k of ['stemmenVoor', 'stemmenTegen']) ruw[k] = getal(f, k) ?? undefined;
        const parsed = VerzoekStapSchema.safeParse(ruw);
        if (!parsed.success) {
          const issue = parsed.error.issues[0]!;
          throw new DomeinFout('ongeldig', {
            veld: String(issue.path[0] ?? 'soort'),
            data: { tekst: issue.path.length ? issue.message : 'Onbekende stap.' },
          });
        }
        const invoer = naarVerzoekInvoer(parsed.data);
        return verzoekActie(db, actorVan(g), c.req.param('id'), org, invoer, await omgeving());
      },
      `#verzoek-${c.req.param('org')}`,
    ),
  );

  app.post('/procedures/:id/documenten', async (c) => {
    const id = c.req.param('id');
    const l = await laad(c, id);
    if (!l) return foutPagina(c, s, 404, 'Procedure niet gevonden', 'Deze procedure bestaat niet.');
    const g = c.get('gebruiker');
    if (!g) return c.redirect(`/inloggen?terug=/procedures/${id}`, 303);
    const lengte = Number(c.req.header('content-length') ?? 0);
    if (lengte > s.config.maxUploadBytes + 64 * 1024)
      return toon(c, id, {
        uploadFout: `Het bestand is groter dan ${Math.round(s.config.maxUploadBytes / 1024 / 1024)} MB.`,
        status: 413,
      });
    const body = await c.req.parseBody();
    const bestand = body.bestand;
    const organisatie = typeof body.organisatie === 'string' && body.organisatie ? body.organisatie : null;
    if (organisatie ? !l.rechten.eigen.includes(organisatie) : !l.rechten.beheren)
      return foutPagina(c, s, 403, 'Geen toegang', 'U kunt hier geen documenten toevoegen.');
    if (!(bestand instanceof File) || bestand.size === 0)
      return toon(c, id, { uploadFout: 'Kies een bestand.', status: 400 });
    const veld = (k: string) => (typeof body[k] === 'string' ? body[k] : '');
    const d = veld('datum');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d))
      return toon(c, id, { uploadFout: 'Vul de datum van het document in.', status: 400 });
    const soort = documentSoorten.includes(veld('soort') as never) ? veld('soort') : 'bijlage';
    try {
      const o = organisatie ? await vindOrganisatie(db, organisatie) : null;
      await voegDocumentToe(
        db,
        actorVan(g),
        id,
        {
          soort,
          titel: veld('titel'),
          bestandsnaam: bestand.name || 'document',
          bytes: new Uint8Array(await bestand.arrayBuffer()),
          datum: d,
          openbaar: veld('openbaar') === '1',
          uitgever: o?.tooiUri ?? null,
        },
        {
          maxBytes: s.config.maxUploadBytes,
          verzoekId: organisatie ? await verzoekIdVan(db, id, organisatie) : null,
        },
      );
      return c.redirect(`/procedures/${id}?gelukt=1`, 303);
    } catch (e) {
      const f = fouttekst(e);
      if (!f) throw e;
      return toon(c, id, { uploadFout: f.tekst, status: f.status });
    }
  });

  app.get('/documenten/:id', async (c) => {
    const id = c.req.param('id');
    const d = isUuid(id) ? await leesbaarDocument(db, id, c.get('gebruiker')) : null;
    if (!d)
      return foutPagina(
        c,
        s,
        404,
        'Document niet gevonden',
        'Dit document bestaat niet of is niet openbaar.',
      );
    const [inhoud, headers] = downloadAntwoord(d);
    return c.body(inhoud, 200, headers);
  });

  // Exports: the matrix and the zienswijzen with the board's responses.
  const exportKolommen: ExportKolom[] = [
    { sleutel: 'deelnemer', titel: 'Deelnemer', breedte: 28 },
    { sleutel: 'code', titel: 'Code' },
    { sleutel: 'gevraagd', titel: 'Gevraagd' },
    { sleutel: 'uiterlijk', titel: 'Uiterlijk' },
    { sleutel: 'stand', titel: 'Stand' },
    { sleutel: 'strekking', titel: 'Strekking' },
    { sleutel: 'zienswijzeVerzonden', titel: 'Zienswijze verzonden' },
    { sleutel: 'zienswijze', titel: 'Zienswijze', breedte: 60 },
    { sleutel: 'reactieDatum', titel: 'Reactie bestuur op' },
    { sleutel: 'reactie', titel: 'Reactie van het bestuur', breedte: 60 },
    { sleutel: 'toestemming', titel: 'Toestemming' },
  ];
  const exportRijen = (p: ProcedureWeergave) =>
    p.verzoeken.map((v) => ({
      deelnemer: v.organisatie.naam,
      code: v.organisatie.code,
      gevraagd: vraagLabels[v.vraag as keyof typeof vraagLabels] ?? v.vraag,
      uiterlijk: v.uiterlijk,
      stand: verzoekStatusLabels[v.status],
      strekking: v.zienswijze?.strekking ? strekkingLabels[v.zienswijze.strekking] : null,
      zienswijzeVerzonden: v.zienswijze?.verzondenOp ?? null,
      zienswijze: v.zienswijze?.tekst ?? null,
      reactieDatum: v.reactieBestuur?.datum ?? null,
      reactie: v.reactieBestuur?.tekst ?? null,
      toestemming: v.toestemming,
    }));
  const bestandsnaam = (p: ProcedureWeergave, ext: string) =>
    `zienswijzen-${p.titel
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')}.${ext}`;

  app.get('/procedures/:id/zienswijzen.csv', async (c) => {
    const l = await laad(c, c.req.param('id'));
    if (!l)
      return foutPagina(
        c,
        s,
        404,
        'Procedure niet gevonden',
        'Deze procedure bestaat niet of is niet openbaar.',
      );
    const { naarCsv } = await laadExport();
    return c.body(naarCsv(exportKolommen, exportRijen(l.w)), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${bestandsnaam(l.w, 'csv')}"`,
    });
  });
  app.get('/procedures/:id/zienswijzen.xlsx', async (c) => {
    const l = await laad(c, c.req.param('id'));
    if (!l)
      return foutPagina(
        c,
        s,
        404,
        'Procedure niet gevonden',
        'Deze procedure bestaat niet of is niet openbaar.',
      );
    const { naarXlsx } = await laadExport();
    const xlsx = await naarXlsx('Zienswijzen', exportKolommen, exportRijen(l.w));
    return c.body(new Uint8Array(xlsx), 200, {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="${bestandsnaam(l.w, 'xlsx')}"`,
    });
  });

  // DOCX drafts for the griffie of a participant.
  const brief = (soort: 'zienswijzebrief' | 'raadsvoorstel') => async (c: C) => {
    const l = await laad(c, c.req.param('id') ?? '');
    const org = c.req.param('org') ?? '';
    if (!l) return foutPagina(c, s, 404, 'Procedure niet gevonden', 'Deze procedure bestaat niet.');
    if (!l.rechten.eigen.includes(org))
      return foutPagina(
        c,
        s,
        403,
        'Geen toegang',
        'Alleen de griffie van deze deelnemer maakt deze conceptstukken.',
      );
    const v = l.w.verzoeken.find((x) => x.organisatie.id === org);
    if (!v)
      return foutPagina(
        c,
        s,
        404,
        'Verzoek niet gevonden',
        'Deze deelnemer heeft geen verzoek in deze procedure.',
      );
    const r = await regelingRij(db, l.w.regeling.id);
    const sjabloon = (await briefsjabloonVan(db, org)) ?? standaardSjabloon(v.organisatie.naam);
    const g: BriefGegevens = {
      organisatieNaam: v.organisatie.naam,
      regelingNaam: r?.naam ?? l.w.regeling.naam,
      ontvanger: {
        naam: `Het dagelijks bestuur van ${r?.korteNaam ?? r?.naam ?? ''}`,
        adresregels: r?.vestigingsplaats ? [r.vestigingsplaats] : [],
      },
      procedureTitel: l.w.titel,
      procedureSoortLabel: soortLabels[l.w.soort].toLowerCase(),
      artikel: v.artikel,
      verzondenOp: l.w.verzondenOp,
      uiterlijk: v.uiterlijk,
      datumBrief: vandaag(),
      kenmerk: null,
      strekking: (v.zienswijze?.strekking as BriefGegevens['strekking']) ?? null,
      zienswijzeTekst: v.zienswijze?.tekst ?? null,
      raadsvergadering: v.intern?.raadsDatum ?? null,
      commissievergadering: v.intern?.commissieDatum ?? null,
      documenten: l.w.documenten.filter((d) => !d.verzoekOrganisatieId).map((d) => ({ titel: d.titel })),
    };
    const { zienswijzeBrief, raadsvoorstel } = await import('./brieven');
    const bytes =
      soort === 'zienswijzebrief' ? await zienswijzeBrief(g, sjabloon) : await raadsvoorstel(g, sjabloon);
    return c.body(new Uint8Array(bytes), 200, {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'Content-Disposition': `attachment; filename="${soort}-${(v.organisatie.code ?? 'deelnemer').toLowerCase()}.docx"`,
      'Cache-Control': 'private, no-store',
    });
  };
  app.get('/procedures/:id/verzoeken/:org/zienswijzebrief.docx', brief('zienswijzebrief'));
  app.get('/procedures/:id/verzoeken/:org/raadsvoorstel.docx', brief('raadsvoorstel'));

  // New procedure
  const nieuwLees = (f: FormData): NieuwWaarden => ({
    soort: tekst(f, 'soort'),
    titel: tekst(f, 'titel') ?? '',
    omschrijving: tekst(f, 'omschrijving'),
    begrotingsjaar: getal(f, 'begrotingsjaar'),
    betrokkenOrganisatie: tekst(f, 'betrokkenOrganisatie'),
    vrijgesteldeCategorie: vinkje(f, 'vrijgesteldeCategorie'),
    geplandeBesluitdatum: tekst(f, 'geplandeBesluitdatum'),
    termijnDuur: tekst(f, 'termijnDuur'),
    atwVanToepassing: vinkje(f, 'atwVanToepassing'),
    afgesprokenUiterlijk: tekst(f, 'afgesprokenUiterlijk'),
  });
  /** The form of a new procedure, or of a concept being changed (`wijzig`: its id; the kind stays). */
  const nieuwFormulier =
    (regelingId: string, naam: string, csrf: string, wijzig?: string) =>
    (w: NieuwWaarden | null, fouten: Fouten) => (
      <>
        <Breadcrumbs
          items={[
            ['/', 'Home'],
            ['/regelingen', 'Register'],
            [`/regelingen/${regelingId}`, naam],
          ]}
        />
        <Heading level={1}>{wijzig ? 'Concept wijzigen' : 'Nieuwe procedure'}</Heading>
        <P>
          {wijzig
            ? 'Een concept kan worden gewijzigd tot het is verzonden.'
            : 'De procedure begint als concept. Voeg daarna de stukken toe en verzend haar aan de raden.'}
        </P>
        <ErrorSummary fouten={fouten} />
        <Form
          action={wijzig ? `/procedures/${wijzig}/wijzigen` : `/regelingen/${regelingId}/procedures/nieuw`}
          csrf={csrf}
          label={wijzig ? 'Concept wijzigen' : 'Nieuwe procedure'}
        >
          {wijzig ? (
            <input type="hidden" name="soort" value={(w?.soort as string) ?? ''} />
          ) : (
            <Select
              naam="soort"
              label="Soort"
              waarde={(w?.soort as string) ?? 'ontwerpbegroting'}
              fout={fouten.soort}
              opties={procedureSoorten.map((p) => [
                p,
                `${soortLabels[p]} (${regelsVoor(p, vandaag()).artikel})`,
              ])}
            />
          )}
          <TextField
            naam="titel"
            label="Titel"
            waarde={(w?.titel as string) ?? ''}
            fout={fouten.titel}
            verplicht
          />
          <TextArea
            naam="omschrijving"
            label="Omschrijving (optioneel)"
            waarde={(w?.omschrijving as string) ?? ''}
          />
          <TextField
            naam="begrotingsjaar"
            label="Begrotingsjaar (bij begroting en jaarrekening)"
            waarde={(w?.begrotingsjaar as number) ?? ''}
            fout={fouten.begrotingsjaar}
            inputmode="numeric"
          />
          <TextField
            naam="geplandeBesluitdatum"
            label="Gepland besluit (bij de ontwerpbegroting: de AB-vergadering)"
            type="date"
            waarde={(w?.geplandeBesluitdatum as string) ?? ''}
            fout={fouten.geplandeBesluitdatum}
          />
          <TextField
            naam="termijnDuur"
            label="Termijn voor de raden, als de regeling die stelt (bijvoorbeeld P6W)"
            waarde={(w?.termijnDuur as string) ?? ''}
            fout={fouten.termijnDuur}
            hulp="Alleen nodig waar de wet geen termijn geeft: besluiten die de regeling aanwijst (art. 10 lid 5), art. 25 en art. 31a."
          />
          <Checkbox
            naam="atwVanToepassing"
            label="De regeling verklaart de Algemene termijnenwet van toepassing"
            aan={w?.atwVanToepassing === true}
          />
          <TextField
            naam="afgesprokenUiterlijk"
            label="Afgesproken reactiedatum (optioneel)"
            type="date"
            waarde={(w?.afgesprokenUiterlijk as string) ?? ''}
            fout={fouten.afgesprokenUiterlijk}
          />
          <TextField
            naam="betrokkenOrganisatie"
            label="Organisatie die toetreedt of uittreedt (code, bijvoorbeeld GM0363)"
            waarde={(w?.betrokkenOrganisatie as string) ?? ''}
            fout={fouten.betrokkenOrganisatie}
          />
          <Checkbox
            naam="vrijgesteldeCategorie"
            label="Begrotingswijziging in een categorie die de regeling uitzondert (art. 35 lid 6)"
            aan={w?.vrijgesteldeCategorie === true}
          />
          <Button>{wijzig ? 'Opslaan' : 'Procedure aanmaken'}</Button>
        </Form>
      </>
    );
  app.on(['GET', 'POST'], '/regelingen/:id/procedures/nieuw', async (c) => {
    const regelingId = c.req.param('id');
    const r = isUuid(regelingId) ? await regelingRij(db, regelingId) : null;
    if (!r)
      return foutPagina(c, s, 404, 'Regeling niet gevonden', 'Deze regeling staat niet in het register.');
    const g = c.get('gebruiker');
    if (!g) return c.redirect(`/inloggen?terug=/regelingen/${regelingId}/procedures/nieuw`, 303);
    if (!mag(g, 'procedure.beheren', { regelingId }))
      return foutPagina(
        c,
        s,
        403,
        'Geen toegang',
        'Alleen het secretariaat van de regeling maakt procedures.',
      );
    return formulierStroom(c, s, {
      titel: 'Nieuwe procedure',
      beginwaarden: null,
      lees: nieuwLees,
      schema: ProcedureInputSchema,
      formulier: nieuwFormulier(regelingId, r.naam, c.get('csrf')),
      bewaar: async (input) => {
        const betrokkenOrganisatieId = await betrokkenOrganisatie(db, input.betrokkenOrganisatie);
        const { betrokkenOrganisatie: _b, ...rest } = input;
        return `/procedures/${await maakProcedure(db, actorVan(g), regelingId, { ...rest, betrokkenOrganisatieId })}`;
      },
      domeinFout: procedureFormFout,
    });
  });

  app.on(['GET', 'POST'], '/procedures/:id/wijzigen', async (c) => {
    const id = c.req.param('id');
    const l = await laad(c, id);
    if (!l) return foutPagina(c, s, 404, 'Procedure niet gevonden', 'Deze procedure bestaat niet.');
    const g = c.get('gebruiker');
    if (!g) return c.redirect(`/inloggen?terug=/procedures/${id}`, 303);
    if (!l.rechten.beheren)
      return foutPagina(
        c,
        s,
        403,
        'Geen toegang',
        'Alleen het secretariaat van de regeling wijzigt procedures.',
      );
    if (l.rij.status !== 'concept')
      return toon(c, id, { fout: 'Alleen een concept kan worden gewijzigd.', status: 409 });
    const p = l.rij;
    return formulierStroom(c, s, {
      titel: 'Concept wijzigen',
      beginwaarden: {
        soort: p.soort,
        titel: p.titel,
        omschrijving: p.omschrijving,
        begrotingsjaar: p.begrotingsjaar,
        betrokkenOrganisatie: p.betrokkenOrganisatieId,
        vrijgesteldeCategorie: p.vrijgesteldeCategorie,
        geplandeBesluitdatum: p.geplandeBesluitdatum,
        termijnDuur: p.termijnDuur,
        atwVanToepassing: p.atwVanToepassing,
        afgesprokenUiterlijk: p.afgesprokenUiterlijk,
      },
      lees: (f) => ({ ...nieuwLees(f), soort: p.soort }),
      schema: ProcedureInputSchema,
      formulier: nieuwFormulier(p.regelingId, l.w.regeling.naam, c.get('csrf'), id),
      bewaar: async (input) => {
        const betrokkenOrganisatieId = await betrokkenOrganisatie(db, input.betrokkenOrganisatie);
        const { betrokkenOrganisatie: _b, soort: _s, ...rest } = input;
        await wijzigProcedure(db, actorVan(g), id, { ...rest, betrokkenOrganisatieId });
        return `/procedures/${id}?gelukt=1`;
      },
      domeinFout: procedureFormFout,
    });
  });

  // A griffie's (or raadslid's) open requests across all regelingen.
  app.get('/verzoeken', async (c) => {
    const g = c.get('gebruiker');
    if (!g) return c.redirect('/inloggen?terug=/verzoeken', 303);
    const orgIds = [...new Set(g.rollen.map((r) => r.organisatieId).filter((x): x is string => x !== null))];
    const nu = vandaag();
    const blokken = await Promise.all(
      orgIds.map(async (id) => ({
        organisatie: await vindOrganisatie(db, id),
        items: await verzoekenAanOrganisatie(db, id),
      })),
    );
    return render(
      c,
      s,
      'Verzoeken aan onze raad',
      <>
        <Heading level={1}>Verzoeken aan onze raad</Heading>
        <P lead>
          Alle open verzoeken van gemeenschappelijke regelingen, over alle regelingen, op termijn gesorteerd.
        </P>
        {orgIds.length === 0 ? <P>Uw account hoort niet bij een organisatie.</P> : null}
        {blokken.map((b) => (
          <section aria-labelledby={`org-${b.organisatie?.id ?? ''}`}>
            <Heading level={2} id={`org-${b.organisatie?.id ?? ''}`}>
              {b.organisatie?.naam ?? 'Organisatie'}
            </Heading>
            <Tabel
              bijschrift={`Open verzoeken aan ${b.organisatie?.naam ?? 'de organisatie'}`}
              leeg="Geen open verzoeken."
              rijen={b.items.map((v) => {
                const dagen = dagenTot(v.uiterlijk, nu);
                return { ...v, dagenTotUiterlijk: dagen, verlopen: dagen !== null && dagen < 0 };
              })}
              kolommen={[
                { kop: 'Uiterlijk', cel: (v) => (v.uiterlijk ? langeDatum(v.uiterlijk) : '—') },
                { kop: 'Resterend', cel: (v) => <Dagen v={v} /> },
                {
                  kop: 'Procedure',
                  cel: (v) => <Link href={`/procedures/${v.procedureId}`}>{v.titel}</Link>,
                },
                { kop: 'Regeling', cel: (v) => v.regelingNaam },
                { kop: 'Soort', cel: (v) => soortLabels[v.soort] },
                { kop: 'Stand', cel: (v) => verzoekStatusLabels[v.status] },
                { kop: 'Raad', cel: (v) => datum(v.raadsDatum) ?? '—' },
              ]}
            />
          </section>
        ))}
      </>,
      { huidig: '/verzoeken' },
    );
  });

  // Letter template of the griffie's organisation.
  app.on(['GET', 'POST'], '/account/briefsjabloon', async (c) => {
    const g = c.get('gebruiker');
    if (!g) return c.redirect('/inloggen?terug=/account/briefsjabloon', 303);
    const orgId = g.rollen.find((r) => r.rol === 'griffie' && r.organisatieId)?.organisatieId ?? null;
    if (!orgId || !mag(g, 'briefsjabloon.wijzigen', { organisatieId: orgId }))
      return foutPagina(
        c,
        s,
        403,
        'Geen toegang',
        'Alleen een griffie stelt het briefsjabloon van haar organisatie in.',
      );
    const o = await vindOrganisatie(db, orgId);
    const huidig = (await briefsjabloonVan(db, orgId)) ?? standaardSjabloon(o?.naam ?? '');
    type W = {
      afzender: string;
      adresregels: string[];
      plaats: string;
      ondertekening: string[];
      aanhef: string;
      slot: string;
      voettekst: string | null;
    };
    const naarW = (b: Briefsjabloon): W => ({
      ...b,
      ondertekening: b.ondertekening.map((x) => `${x.naam} | ${x.functie}`),
    });
    return formulierStroom<W, W>(c, s, {
      titel: 'Briefsjabloon',
      beginwaarden: naarW(huidig),
      lees: (f) => ({
        afzender: tekst(f, 'afzender') ?? '',
        adresregels: regels(f, 'adresregels'),
        plaats: tekst(f, 'plaats') ?? '',
        ondertekening: regels(f, 'ondertekening'),
        aanhef: tekst(f, 'aanhef') ?? '',
        slot: tekst(f, 'slot') ?? '',
        voettekst: tekst(f, 'voettekst'),
      }),
      schema: {
        safeParse: (w: unknown) => {
          const v = w as W;
          const issues = (['afzender', 'plaats', 'aanhef', 'slot'] as const)
            .filter((k) => !v[k])
            .map((k) => ({ path: [k], message: 'Vul dit veld in.' }));
          return issues.length ? { success: false, error: { issues } } : { success: true, data: v };
        },
      },
      formulier: (w, fouten) => (
        <>
          <Heading level={1}>Briefsjabloon van {o?.naam ?? 'uw organisatie'}</Heading>
          <P>Grip gebruikt dit voor de concept-zienswijzebrief en het concept-raadsvoorstel (Word).</P>
          <ErrorSummary fouten={fouten} />
          <Form action="/account/briefsjabloon" csrf={c.get('csrf')} label="Briefsjabloon">
            <TextField naam="afzender" label="Afzender" waarde={w?.afzender} fout={fouten.afzender} />
            <TextArea
              naam="adresregels"
              label="Adres (één regel per regel)"
              waarde={w?.adresregels.join('\n')}
              rijen={3}
            />
            <TextField
              naam="plaats"
              label="Plaats (voor de datumregel)"
              waarde={w?.plaats}
              fout={fouten.plaats}
            />
            <TextArea
              naam="ondertekening"
              label="Ondertekening (per regel: naam | functie)"
              waarde={w?.ondertekening.join('\n')}
              rijen={3}
            />
            <TextField naam="aanhef" label="Aanhef" waarde={w?.aanhef} fout={fouten.aanhef} />
            <TextField naam="slot" label="Slot" waarde={w?.slot} fout={fouten.slot} />
            <TextField naam="voettekst" label="Voettekst (optioneel)" waarde={w?.voettekst} />
            <Button>Opslaan</Button>
          </Form>
        </>
      ),
      bewaar: async (w) => {
        await bewaarBriefsjabloon(db, actorVan(g), orgId, {
          ...w,
          ondertekening: w.ondertekening.map((r) => {
            const [naam = '', functie = ''] = r.split('|').map((x) => x.trim());
            return { naam, functie };
          }),
        });
        return '/account/briefsjabloon?opgeslagen=1';
      },
    });
  });

  // Notifications
  app.get('/meldingen', async (c) => {
    const g = c.get('gebruiker');
    if (!g) return c.redirect('/inloggen?terug=/meldingen', 303);
    const [lijst, digest] = await Promise.all([
      meldingenVan(db, g.gebruikerId),
      tafelDigestAan(db, g.gebruikerId),
    ]);
    return render(
      c,
      s,
      'Meldingen',
      <>
        <Heading level={1}>Meldingen</Heading>
        <Tabel
          bijschrift="Uw meldingen, nieuwste eerst"
          leeg="Geen meldingen."
          rijen={lijst}
          kolommen={[
            { kop: 'Wanneer', cel: (m) => tijdstip(m.aangemaakt) },
            {
              kop: 'Melding',
              cel: (m) =>
                m.gelezen ? (
                  <Link href={m.link}>{m.tekst}</Link>
                ) : (
                  <strong>
                    <Link href={m.link}>{m.tekst}</Link>
                  </strong>
                ),
            },
            { kop: 'Gelezen', cel: (m) => (m.gelezen ? 'ja' : 'nee') },
          ]}
        />
        {lijst.some((m) => !m.gelezen) ? (
          <Form action="/meldingen/gelezen" csrf={c.get('csrf')} label="Alles gelezen">
            <Button soort="secondary">Alles als gelezen markeren</Button>
          </Form>
        ) : null}
        <Heading level={2}>Mail</Heading>
        <Form action="/meldingen/mail" csrf={c.get('csrf')} label="Dagelijks overzicht per mail">
          <input type="hidden" name="tafelDigest" value={digest ? '0' : '1'} />
          <P>
            {digest
              ? 'Nieuwe berichten aan de gedeelde tafel in onderwerpen die u volgt, krijgt u één keer per dag in een overzicht per mail.'
              : 'U krijgt geen dagelijks overzicht per mail van de gedeelde tafel; de meldingen staan wel hierboven.'}
          </P>
          <Button soort="secondary">
            {digest ? 'Geen dagelijks overzicht meer' : 'Dagelijks overzicht weer aan'}
          </Button>
        </Form>
      </>,
      { huidig: '/meldingen' },
    );
  });
  app.post('/meldingen/mail', async (c) => {
    const g = c.get('gebruiker');
    if (!g) return c.redirect('/inloggen', 303);
    const f = await leesFormulier(c);
    await zetTafelDigest(db, actorVan(g), g.gebruikerId, tekst(f, 'tafelDigest') === '1');
    return c.redirect('/meldingen', 303);
  });
  app.post('/meldingen/gelezen', async (c) => {
    const g = c.get('gebruiker');
    if (!g) return c.redirect('/inloggen', 303);
    await db
      .update(melding)
      .set({ gelezen: new Date() })
      .where(and(eq(melding.gebruikerId, g.gebruikerId), isNull(melding.gelezen)));
    return c.redirect('/meldingen', 303);
  });

  app.post('/regelingen/:id/volgen', async (c) => {
    const g = c.get('gebruiker');
    const id = c.req.param('id');
    if (!g) return c.redirect(`/inloggen?terug=/regelingen/${id}`, 303);
    if (!isUuid(id) || !(await regelingRij(db, id)))
      return foutPagina(c, s, 404, 'Regeling niet gevonden', 'Deze regeling staat niet in het register.');
    const f = await leesFormulier(c);
    await volg(db, g.gebruikerId, id, tekst(f, 'aan') === '1');
    const terug = tekst(f, 'terug');
    return c.redirect(terug?.startsWith('/') && !terug.startsWith('//') ? terug : `/regelingen/${id}`, 303);
  });
}

export function standaardSjabloon(organisatieNaam: string): Briefsjabloon {
  const plaats = organisatieNaam.replace(/^(Gemeente|Provincie|Waterschap)\s+/i, '');
  return {
    afzender: `De raad van ${organisatieNaam.replace(/^Gemeente /, 'de gemeente ')}`,
    adresregels: [],
    plaats,
    ondertekening: [
      { naam: '[naam]', functie: 'voorzitter' },
      { naam: '[naam]', functie: 'griffier' },
    ],
    aanhef: 'Geacht bestuur,',
    slot: 'Hoogachtend,',
    voettekst: null,
  };
}
