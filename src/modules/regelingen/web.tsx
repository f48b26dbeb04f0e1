/** Pages of the register: home, list with filters, regeling page, and the forms to edit it. */
import { datum as datumVeld, isUuid } from '../../platform/validation';
import type { Context, Hono } from 'hono';
import type { Child } from 'hono/jsx';
import { BegrotingscyclusSectie } from '../begrotingscyclus/web';
import { ProceduresSectie } from '../procedures/web';
import { InstrumentenSectie } from '../raadswerkplaats/web';
import { bronFilterLabel, bronFilters, type BronFilter, isImportBron } from '../landschap/bron-info';
import { bronOverzicht } from '../landschap/store';
import { BronRegel, BronSectie } from '../landschap/web';
import { deelnemerIds, proceduresVanRegeling } from '../procedures/store';
import { vergaderingenVan } from '../begrotingscyclus/service';
import { cycli } from '../begrotingscyclus/store';
import type { EigenAfspraak } from '../begrotingscyclus/domain';
import { vandaag } from '../../platform/clock';
import { mag } from '../../platform/auth/policy';
import type { AppEnv } from '../../platform/http/env';
import type { Services } from '../../platform/http/app';
import { formulierStroom, foutPagina, render } from '../../platform/http/pages';
import {
  type FormData,
  getal,
  leesFormulier,
  lijst,
  regels,
  tekst,
  veldFouten,
  vinkje,
} from '../../platform/http/forms';
import { DomeinFout } from '../../platform/errors';
import {
  Alert,
  Breadcrumbs,
  Button,
  ButtonLink,
  Checkbox,
  CheckboxGroep,
  DataList,
  ErrorSummary,
  Form,
  type Fouten,
  Heading,
  Link,
  Onbekend,
  P,
  Pagination,
  Select,
  Tabel,
  TextArea,
  TextField,
  datum,
  getal as fmtGetal,
  procent,
  tijdstip,
} from '../../platform/views/components';
import { actorVan } from '../accounts/actor';
import { zoekOrganisaties } from '../organisaties/store';
import { dubbelQuorum, quorum } from './domain/stemmen';
import { zittingHebbend } from './domain/bestuur';
import {
  alleVormen,
  bestuursorganen,
  deelnemendeOrganen,
  functies,
  regelingTypen,
  vormen,
} from './domain/types';
import { BestuurslidInputSchema, DeelnameInputSchema, RegelingInputSchema } from './model';
import * as service from './service';
import { beleidsterreinen, historieVan, sorteringen, zoekRegelingen, type Sortering } from './store';
import {
  bestuursorgaanLabel,
  bevindingTekst,
  ernstLabel,
  functieLabel,
  orgaanLabel,
  typeLabel,
  vormLabel,
} from './teksten';

const PER_PAGINA = 25;
const opties = <K extends string>(keys: readonly K[], labels: Record<K, string>): [string, string][] =>
  keys.map((k) => [k, labels[k]]);

const sorteerLabel: Record<Sortering, string> = {
  naam: 'Naam (A–Z)',
  '-naam': 'Naam (Z–A)',
  deelnemers: 'Minste deelnemers',
  '-deelnemers': 'Meeste deelnemers',
  inwerkingtreding: 'Oudste eerst',
  '-inwerkingtreding': 'Nieuwste eerst',
};

type C = Context<AppEnv>;

/** Dutch text for a domain error on a form. */
function formFout(e: unknown): Fouten | null {
  if (!(e instanceof DomeinFout)) return null;
  const veld = e.opties.veld ?? 'formulier';
  const tekstVan: Record<string, string> = {
    organisatie_onbekend: 'Onbekende organisatie: vul een CBS-code in zoals GM0363 of de exacte naam',
    deelname_bestaat: 'Deze organisatie neemt al deel aan de regeling',
    deelname_onbekend: 'Kies een deelnemer van deze regeling',
    versie_conflict: 'Iemand anders heeft dit intussen gewijzigd. Laad de pagina opnieuw.',
  };
  const t = tekstVan[e.code];
  return t ? { [veld]: t } : null;
}

// ---------- form ↔ input ----------

/** The P&C agreements the regeling form manages; the API can set the others. */
const formulierStappen: string[] = ['kaders_voorlopige_jaarrekening', 'ontwerpbegroting_naar_raden'];

function pcAfsprakenUitFormulier(f: FormData): EigenAfspraak[] | null {
  const uit: EigenAfspraak[] = [];
  const kaders = tekst(f, 'pc_kaders_uiterlijk');
  if (kaders)
    uit.push({
      stap: 'kaders_voorlopige_jaarrekening',
      uiterlijk: kaders,
      omschrijving: `Kaderbrief uiterlijk ${kaders}`,
    });
  const weken = tekst(f, 'pc_ontwerp_weken');
  if (weken) {
    uit.push({
      stap: 'ontwerpbegroting_naar_raden',
      wekenVoorVergadering: getal(f, 'pc_ontwerp_weken') ?? Number.NaN,
      omschrijving: `Ontwerpbegroting ${weken} weken vóór de vergadering`,
    });
  }
  return uit.length ? uit : null;
}

const pcWaarde = (
  w: {
    afspraken: {
      pcAfspraken?:
        { stap: string; uiterlijk?: string | null; wekenVoorVergadering?: number | null }[] | null;
    };
  } | null,
  stap: string,
) => w?.afspraken.pcAfspraken?.find((a) => a.stap === stap);

function regelingUitFormulier(f: FormData) {
  const besluiten = regels(f, 'afspraken_zienswijzeBesluiten').map((r) => {
    const m = /^(.*?)(?:\s*[|;]\s*(\d+)\s*weken?)?$/i.exec(r);
    return {
      besluit: m?.[1]?.trim() ?? r,
      termijnWeken: m?.[2] ? Number(m[2]) : null,
      atwVanToepassing: null,
    };
  });
  return {
    naam: tekst(f, 'naam') ?? '',
    korteNaam: tekst(f, 'korteNaam'),
    belang: tekst(f, 'belang'),
    vorm: tekst(f, 'vorm') ?? '',
    vestiging: tekst(f, 'vestiging'),
    vestigingsplaats: tekst(f, 'vestigingsplaats'),
    beleidsterreinen: (tekst(f, 'beleidsterreinen') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    taken: tekst(f, 'taken'),
    bevoegdheden: regels(f, 'bevoegdheden').map((r) => {
      const [omschrijving, grondslag] = r.split('|').map((x) => x.trim());
      return { omschrijving: omschrijving ?? '', grondslag: grondslag || null };
    }),
    datumInwerkingtreding: tekst(f, 'datumInwerkingtreding'),
    datumUitwerkingtreding: tekst(f, 'datumUitwerkingtreding'),
    referenties: {
      rooId: tekst(f, 'referenties_rooId'),
      tooiUri: tekst(f, 'referenties_tooiUri'),
      cvdrId: tekst(f, 'referenties_cvdrId'),
      publicaties: (tekst(f, 'referenties_publicaties') ?? '').split(/[\s,]+/).filter(Boolean),
    },
    afspraken: {
      zienswijzeBesluiten: besluiten.length ? besluiten : null,
      zienswijzeWijze: tekst(f, 'afspraken_zienswijzeWijze'),
      participatie: tekst(f, 'afspraken_participatie'),
      informatievoorziening: tekst(f, 'afspraken_informatievoorziening'),
      inlichtingenTermijnDagen: getal(f, 'afspraken_inlichtingenTermijnDagen'),
      evaluatieWijze: tekst(f, 'afspraken_evaluatieWijze'),
      evaluatieIntervalJaren: getal(f, 'afspraken_evaluatieIntervalJaren'),
      uittredingVoorwaarden: tekst(f, 'afspraken_uittredingVoorwaarden'),
      opzegtermijnMaanden: getal(f, 'afspraken_opzegtermijnMaanden'),
      uittredingKosten: tekst(f, 'afspraken_uittredingKosten'),
      pcAfspraken: pcAfsprakenUitFormulier(f),
    },
    gekwalificeerdeMeerderheid: getal(f, 'gekwalificeerdeMeerderheid'),
  };
}

function deelnameUitFormulier(f: FormData) {
  const soort = tekst(f, 'kostenverdeling_soort');
  return {
    organisatie: tekst(f, 'organisatie') ?? '',
    organen: lijst(f, 'organen'),
    datumToetreding: tekst(f, 'datumToetreding'),
    datumUittreding: tekst(f, 'datumUittreding'),
    kostenverdeling:
      soort === 'percentage'
        ? { soort, percentage: getal(f, 'kostenverdeling_percentage') }
        : soort === 'per_inwoner'
          ? { soort, peildatum: tekst(f, 'kostenverdeling_peildatum') }
          : soort === 'anders'
            ? { soort, omschrijving: tekst(f, 'kostenverdeling_omschrijving') ?? '' }
            : null,
    stemmen: getal(f, 'stemmen'),
    dienstverlenend: vinkje(f, 'dienstverlenend'),
  };
}

function bestuurslidUitFormulier(f: FormData) {
  return {
    orgaan: tekst(f, 'orgaan') ?? '',
    naam: tekst(f, 'naam') ?? '',
    deelname: tekst(f, 'deelname'),
    functie: tekst(f, 'functie') ?? '',
    aangewezenDoor: tekst(f, 'aangewezenDoor'),
    plaatsvervanger: tekst(f, 'plaatsvervanger'),
    vanBuitenAb: vinkje(f, 'vanBuitenAb'),
    vanaf: tekst(f, 'vanaf'),
    tot: tekst(f, 'tot'),
    mandaatTot: tekst(f, 'mandaatTot'),
    stemgewicht: getal(f, 'stemgewicht'),
  };
}

// ---------- views ----------

const Bevindingen = ({ o }: { o: service.RegelingOverzicht }) =>
  o.bevindingen.length === 0 ? (
    <P>Geen bevindingen: de geregistreerde samenstelling past binnen de regels van de Wgr.</P>
  ) : (
    <>
      {o.bevindingen.map((b) => (
        <div class="grip-bevinding">
          <Alert
            type={b.ernst === 'fout' ? 'error' : b.ernst === 'waarschuwing' ? 'warning' : 'info'}
            title={`${ernstLabel[b.ernst]} · ${b.artikel}`}
          >
            <P>{bevindingTekst(b)}</P>
          </Alert>
        </div>
      ))}
    </>
  );

function RegelingPagina({
  o,
  c,
  kanWijzigen,
  historie,
  cyclus,
  procedures,
  instrumenten,
  herkomst,
}: {
  o: service.RegelingOverzicht;
  c: C;
  kanWijzigen: boolean;
  historie: Awaited<ReturnType<typeof historieVan>> | null;
  /** The begrotingscyclus section, rendered by that module. */
  cyclus: Child;
  /** The procedures section, rendered by that module. */
  procedures: Child;
  /** "Onze instrumenten" for a raadslid or griffie of a participant, rendered by the raadswerkplaats. */
  instrumenten: Child;
  /** Source, vintage and source rows of an imported regeling (landschap); null for one made in Grip. */
  herkomst: Awaited<ReturnType<typeof bronOverzicht>>;
}) {
  const r = o.regeling;
  const a = r.afspraken;
  const peildatum = vandaag();
  const naam = new Map(o.deelnames.map((d) => [d.id, d.organisatie.naam]));
  const ab = zittingHebbend(
    o.bestuur.filter((b) => b.orgaan === 'ab' || b.orgaan === 'voorzitter' || b.orgaan === 'bestuur'),
    peildatum,
  );
  const metGewicht = ab.filter((b) => b.stemgewicht !== null);
  const q = ab.length ? quorum({ zittingHebbend: ab.length, aanwezig: 0 }) : null;
  const dq = metGewicht.length
    ? dubbelQuorum({ leden: metGewicht.map((b) => ({ gewicht: b.stemgewicht ?? 0, aanwezig: false })) })
    : null;
  const opgeslagen = c.req.query('opgeslagen') === '1';
  return (
    <>
      <Breadcrumbs
        items={[
          ['/', 'Home'],
          ['/regelingen', 'Register'],
        ]}
      />
      {opgeslagen ? <Alert type="ok">De wijziging is opgeslagen.</Alert> : null}
      <Heading level={1}>{r.naam}</Heading>
      {r.korteNaam ? <P lead>{r.korteNaam}</P> : null}
      {herkomst ? <BronRegel b={herkomst} /> : null}
      {kanWijzigen ? (
        <div class="grip-actions">
          <ButtonLink href={`/regelingen/${r.id}/bewerken`}>Gegevens wijzigen</ButtonLink>
          <ButtonLink href={`/regelingen/${r.id}/deelnemers/nieuw`}>Deelnemer toevoegen</ButtonLink>
          <ButtonLink href={`/regelingen/${r.id}/bestuur/nieuw`}>Bestuurslid toevoegen</ButtonLink>
        </div>
      ) : null}
      <section aria-labelledby="feiten">
        <Heading level={2} id="feiten">
          Feiten
        </Heading>
        <DataList
          items={[
            ['Belang', r.belang],
            ['Vorm', vormLabel[r.vorm]],
            ['Type (afgeleid uit de deelnemende organen, Wgr art. 1)', typeLabel[r.type]],
            [
              'Vestiging',
              r.vestigingsplaats ??
                (r.vestigingOrganisatieId
                  ? o.deelnames.find((d) => d.organisatieId === r.vestigingOrganisatieId)?.organisatie.naam
                  : null),
            ],
            ['Beleidsterreinen', r.beleidsterreinen.length ? r.beleidsterreinen.join(', ') : null],
            ['Taken', r.taken],
            ['In werking', datum(r.datumInwerkingtreding)],
            ['Vervallen', r.datumUitwerkingtreding ? datum(r.datumUitwerkingtreding) : 'Nee, van kracht'],
            [
              'Gekwalificeerde meerderheid (art. 13 lid 4)',
              r.gekwalificeerdeMeerderheid ? procent(Number(r.gekwalificeerdeMeerderheid)) : null,
            ],
          ]}
        />
        {r.bevoegdheden.length ? (
          <>
            <Heading level={3}>Overgedragen bevoegdheden (Wgr art. 10 lid 2)</Heading>
            <ul class="utrecht-unordered-list">
              {r.bevoegdheden.map((b) => (
                <li class="utrecht-unordered-list__item">
                  {b.omschrijving}
                  {b.grondslag ? ` — grondslag: ${b.grondslag}` : ''}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <section aria-labelledby="deelnemers">
        <Heading level={2} id="deelnemers">
          Deelnemers en hun zeggenschap
        </Heading>
        <P>
          Aandeel in de stemmen en in de kosten naast het aandeel in de bevolking van de deelnemers: zo ziet u
          in één oogopslag hoeveel zeggenschap elke deelnemer heeft.
        </P>
        <Tabel
          bijschrift={`Deelnemers van ${r.naam}`}
          rijen={o.deelnames}
          leeg="Er zijn nog geen deelnemers geregistreerd."
          kolommen={[
            {
              kop: 'Deelnemer',
              cel: (d) => (
                <Link href={`/organisaties/${d.organisatie.code ?? d.organisatie.id}`}>
                  {d.organisatie.naam}
                </Link>
              ),
            },
            { kop: 'Organen', cel: (d) => d.organen.map((x) => orgaanLabel[x]).join(', ') },
            { kop: 'Toegetreden', cel: (d) => datum(d.datumToetreding) ?? <Onbekend /> },
            { kop: 'Uitgetreden', cel: (d) => datum(d.datumUittreding) ?? '—' },
            { kop: 'Stemmen', numeriek: true, cel: (d) => fmtGetal(d.stemmen) ?? <Onbekend /> },
            {
              kop: 'Stemaandeel',
              numeriek: true,
              cel: (d) =>
                procent(o.aandelen.find((x) => x.organisatieId === d.organisatieId)?.stemaandeel) ?? (
                  <Onbekend />
                ),
            },
            {
              kop: 'Kostenverdeling',
              cel: (d) =>
                !d.kostenverdeling ? (
                  <Onbekend />
                ) : d.kostenverdeling.soort === 'percentage' ? (
                  `${fmtGetal(d.kostenverdeling.percentage)}%`
                ) : d.kostenverdeling.soort === 'per_inwoner' ? (
                  `Per inwoner${d.kostenverdeling.peildatum ? ` (${datum(d.kostenverdeling.peildatum)})` : ''}`
                ) : (
                  d.kostenverdeling.omschrijving
                ),
            },
            {
              kop: 'Kostenaandeel',
              numeriek: true,
              cel: (d) =>
                procent(o.aandelen.find((x) => x.organisatieId === d.organisatieId)?.kostenaandeel) ?? (
                  <Onbekend />
                ),
            },
            { kop: 'Inwoners', numeriek: true, cel: (d) => fmtGetal(d.inwoners) ?? <Onbekend /> },
            {
              kop: 'Bevolkingsaandeel',
              numeriek: true,
              cel: (d) =>
                procent(o.aandelen.find((x) => x.organisatieId === d.organisatieId)?.bevolkingsaandeel) ?? (
                  <Onbekend />
                ),
            },
            ...(kanWijzigen
              ? [
                  {
                    kop: 'Actie',
                    cel: (d: (typeof o.deelnames)[number]) => (
                      <Link href={`/regelingen/${r.id}/deelnemers/${d.id}`}>
                        Wijzig<span class="grip-visually-hidden"> {d.organisatie.naam}</span>
                      </Link>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </section>

      <section aria-labelledby="bestuur">
        <Heading level={2} id="bestuur">
          Bestuur
        </Heading>
        <Tabel
          bijschrift={`Bestuursleden van ${r.naam}`}
          rijen={o.bestuur}
          leeg="Er zijn nog geen bestuursleden geregistreerd."
          kolommen={[
            { kop: 'Orgaan', cel: (b) => bestuursorgaanLabel[b.orgaan] },
            { kop: 'Naam', cel: (b) => b.naam },
            { kop: 'Functie', cel: (b) => functieLabel[b.functie] },
            {
              kop: 'Namens',
              cel: (b) =>
                b.deelnameId ? naam.get(b.deelnameId) : b.vanBuitenAb ? 'Van buiten het AB' : <Onbekend />,
            },
            { kop: 'Aangewezen door', cel: (b) => b.aangewezenDoor ?? <Onbekend /> },
            { kop: 'Plaatsvervanger', cel: (b) => b.plaatsvervanger ?? '—' },
            { kop: 'Vanaf', cel: (b) => datum(b.vanaf) ?? <Onbekend /> },
            { kop: 'Tot', cel: (b) => datum(b.tot) ?? '—' },
            { kop: 'Stemgewicht', numeriek: true, cel: (b) => fmtGetal(b.stemgewicht) ?? '—' },
            ...(kanWijzigen
              ? [
                  {
                    kop: 'Actie',
                    cel: (b: (typeof o.bestuur)[number]) => (
                      <Link href={`/regelingen/${r.id}/bestuur/${b.id}`}>
                        Wijzig<span class="grip-visually-hidden"> {b.naam}</span>
                      </Link>
                    ),
                  },
                ]
              : []),
          ]}
        />
        {q ? (
          <P>
            Quorum (Gemeentewet art. 20 via Wgr art. 22): meer dan de helft van de {ab.length} zitting
            hebbende leden, dus ten minste {q.vereist} aanwezig.
            {dq
              ? ` Bij gewogen stemmen (Wgr art. 23 lid 3–4) moeten de aanwezigen ook samen meer dan de helft van de ${fmtGetal(dq.totaalStemmen)} stemmen hebben.`
              : ''}
          </P>
        ) : null}
        <Heading level={3}>Toets aan de regels van de Wgr</Heading>
        <Bevindingen o={o} />
      </section>

      {instrumenten}
      {cyclus}
      {procedures}

      <section aria-labelledby="afspraken">
        <Heading level={2} id="afspraken">
          Eigen afspraken van de regeling
        </Heading>
        <DataList
          items={[
            [
              'Besluiten met een zienswijze van de raden (art. 10 lid 5)',
              a.zienswijzeBesluiten?.length ? (
                <ul class="utrecht-unordered-list">
                  {a.zienswijzeBesluiten.map((z) => (
                    <li class="utrecht-unordered-list__item">
                      {z.besluit}
                      {z.termijnWeken ? ` — ${z.termijnWeken} weken` : ''}
                    </li>
                  ))}
                </ul>
              ) : null,
            ],
            ['Wijze van de zienswijze', a.zienswijzeWijze],
            ['Betrokkenheid van inwoners (art. 10 lid 7–8)', a.participatie],
            ['Informatievoorziening aan de raden (art. 17 lid 3)', a.informatievoorziening],
            [
              'Antwoord op vragen van raadsleden binnen',
              a.inlichtingenTermijnDagen ? `${a.inlichtingenTermijnDagen} dagen` : null,
            ],
            ['Evaluatie (art. 11a)', a.evaluatieWijze],
            ['Evaluatie elke', a.evaluatieIntervalJaren ? `${a.evaluatieIntervalJaren} jaar` : null],
            ['Voorwaarden voor uittreding (art. 9 lid 1)', a.uittredingVoorwaarden],
            [
              'Opzegtermijn',
              a.opzegtermijnMaanden !== null && a.opzegtermijnMaanden !== undefined
                ? `${a.opzegtermijnMaanden} maanden`
                : null,
            ],
            ['Berekening uittreedkosten', a.uittredingKosten],
          ]}
        />
      </section>

      {herkomst ? <BronSectie b={herkomst} /> : null}

      <section aria-labelledby="bronnen">
        <Heading level={2} id="bronnen">
          Bronnen en verwijzingen
        </Heading>
        <DataList
          items={[
            ['ROO-id', r.referenties.rooId],
            ['TOOI-URI', r.referenties.tooiUri],
            [
              'CVDR',
              r.referenties.cvdrId ? (
                <Link href={`https://lokaleregelgeving.overheid.nl/${r.referenties.cvdrId}`}>
                  {r.referenties.cvdrId}
                </Link>
              ) : null,
            ],
            ['Publicaties', r.referenties.publicaties?.length ? r.referenties.publicaties.join(', ') : null],
            ['Laatst gewijzigd in Grip', tijdstip(r.gewijzigd)],
            [
              'Herkomst',
              r.isVoorbeeld
                ? 'Voorbeeldgegevens (verzonnen)'
                : r.bronnen.length
                  ? r.bronnen
                      .map((b) => `${b.omschrijving}${b.datum ? ` (${datum(b.datum)})` : ''}`)
                      .join('; ')
                  : 'Ingevoerd in Grip',
            ],
          ]}
        />
      </section>

      <section aria-labelledby="historie">
        <Heading level={2} id="historie">
          Historie
        </Heading>
        {historie === null ? (
          <P>
            <Link href={`/inloggen?terug=/regelingen/${r.id}`}>Log in</Link> om de historie van wijzigingen te
            zien.
          </P>
        ) : (
          <Tabel
            bijschrift="Wijzigingen, nieuwste eerst"
            rijen={historie}
            leeg="Nog geen wijzigingen."
            kolommen={[
              { kop: 'Wanneer', cel: (h) => tijdstip(h.tijdstip) },
              { kop: 'Wie', cel: (h) => h.actor },
              { kop: 'Wat', cel: (h) => `${h.entiteit} ${h.actie}` },
              {
                kop: 'Velden (oud → nieuw)',
                cel: (h) => (
                  <ul class="utrecht-unordered-list">
                    {h.wijzigingen.slice(0, 12).map((w) => (
                      <li class="utrecht-unordered-list__item">
                        {w.veld}: {kort(w.oud)} → {kort(w.nieuw)}
                      </li>
                    ))}
                  </ul>
                ),
              },
            ]}
          />
        )}
      </section>
    </>
  );
}

function kort(v: unknown): string {
  if (v === null || v === undefined) return '—';
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

function RegelingFormulier({
  c,
  actie,
  waarden,
  fouten,
  titel,
}: {
  c: C;
  actie: string;
  waarden: ReturnType<typeof regelingUitFormulier> | null;
  fouten: Fouten;
  titel: string;
}) {
  const w = waarden;
  return (
    <>
      <Heading level={1}>{titel}</Heading>
      <ErrorSummary fouten={fouten} />
      <Form action={actie} csrf={c.get('csrf')} label={titel}>
        <TextField naam="naam" label="Naam" waarde={w?.naam} fout={fouten.naam} />
        <TextField
          naam="korteNaam"
          label="Korte naam (optioneel)"
          waarde={w?.korteNaam}
          fout={fouten.korteNaam}
        />
        <TextArea
          naam="belang"
          label="Belang (doel) van de regeling"
          hulp="Wgr art. 10 lid 1"
          waarde={w?.belang}
          fout={fouten.belang}
        />
        <Select
          naam="vorm"
          label="Samenwerkingsvorm"
          leeg="Kies een vorm"
          opties={opties(vormen, vormLabel)}
          waarde={w?.vorm}
          fout={fouten.vorm}
          hulp="Wgr art. 8"
        />
        <TextField
          naam="vestiging"
          label="Vestigingsorganisatie (CBS-code)"
          hulp="Bijvoorbeeld GM0363. Bij een centrumgemeente: de dienstverlenende gemeente."
          waarde={w?.vestiging}
          fout={fouten.vestiging}
        />
        <TextField
          naam="vestigingsplaats"
          label="Vestigingsplaats"
          waarde={w?.vestigingsplaats}
          fout={fouten.vestigingsplaats}
        />
        <TextField
          naam="beleidsterreinen"
          label="Beleidsterreinen"
          hulp="Gescheiden door komma’s"
          waarde={w?.beleidsterreinen.join(', ')}
          fout={fouten.beleidsterreinen}
        />
        <TextArea naam="taken" label="Taken" waarde={w?.taken} fout={fouten.taken} />
        <TextArea
          naam="bevoegdheden"
          label="Overgedragen bevoegdheden"
          hulp="Eén per regel, eventueel met grondslag na een |, bijvoorbeeld: Heffen van rioolheffing | Gemeentewet art. 228a"
          waarde={w?.bevoegdheden
            .map((b) => (b.grondslag ? `${b.omschrijving} | ${b.grondslag}` : b.omschrijving))
            .join('\n')}
          fout={fouten.bevoegdheden}
        />
        <TextField
          naam="datumInwerkingtreding"
          label="Datum inwerkingtreding"
          hulp="JJJJ-MM-DD"
          waarde={w?.datumInwerkingtreding}
          fout={fouten.datumInwerkingtreding}
        />
        <TextField
          naam="datumUitwerkingtreding"
          label="Datum uitwerkingtreding (leeg als van kracht)"
          hulp="JJJJ-MM-DD"
          waarde={w?.datumUitwerkingtreding}
          fout={fouten.datumUitwerkingtreding}
        />
        <TextField
          naam="gekwalificeerdeMeerderheid"
          label="Gekwalificeerde meerderheid voor aangewezen besluiten (fractie)"
          hulp="Bijvoorbeeld 0,6667 voor twee derde (art. 13 lid 4 c); leeg als niet van toepassing"
          waarde={
            w?.gekwalificeerdeMeerderheid === null || w?.gekwalificeerdeMeerderheid === undefined
              ? ''
              : String(w.gekwalificeerdeMeerderheid).replace('.', ',')
          }
          fout={fouten.gekwalificeerdeMeerderheid}
          inputmode="decimal"
        />
        <Heading level={2}>Verwijzingen</Heading>
        <TextField
          naam="referenties_rooId"
          label="ROO-id"
          waarde={w?.referenties.rooId}
          fout={fouten.referenties_rooId}
        />
        <TextField
          naam="referenties_tooiUri"
          label="TOOI-URI"
          waarde={w?.referenties.tooiUri}
          fout={fouten.referenties_tooiUri}
        />
        <TextField
          naam="referenties_cvdrId"
          label="CVDR-id van de tekst"
          hulp="Bijvoorbeeld CVDR723690"
          waarde={w?.referenties.cvdrId}
          fout={fouten.referenties_cvdrId}
        />
        <TextField
          naam="referenties_publicaties"
          label="Publicaties"
          hulp="Bijvoorbeeld bgr-2026-123, gescheiden door spaties"
          waarde={w?.referenties.publicaties.join(' ')}
          fout={fouten.referenties_publicaties_0 ?? fouten.referenties_publicaties}
        />
        <Heading level={2}>Eigen afspraken (verplicht sinds de Wgr-wijziging van 2022)</Heading>
        <TextArea
          naam="afspraken_zienswijzeBesluiten"
          label="Besluiten waarover de raden een zienswijze geven (art. 10 lid 5)"
          hulp="Eén per regel, eventueel met termijn: Meerjarenbeleidsplan | 8 weken"
          waarde={w?.afspraken.zienswijzeBesluiten
            ?.map((z) => (z.termijnWeken ? `${z.besluit} | ${z.termijnWeken} weken` : z.besluit))
            .join('\n')}
          fout={fouten.afspraken_zienswijzeBesluiten}
        />
        <TextArea
          naam="afspraken_zienswijzeWijze"
          label="Wijze waarop de zienswijze wordt gegeven"
          waarde={w?.afspraken.zienswijzeWijze}
          fout={fouten.afspraken_zienswijzeWijze}
        />
        <TextArea
          naam="afspraken_participatie"
          label="Betrokkenheid van inwoners (art. 10 lid 7–8)"
          waarde={w?.afspraken.participatie}
          fout={fouten.afspraken_participatie}
        />
        <TextArea
          naam="afspraken_informatievoorziening"
          label="Informatievoorziening aan de raden (art. 17 lid 3)"
          waarde={w?.afspraken.informatievoorziening}
          fout={fouten.afspraken_informatievoorziening}
        />
        <TextField
          naam="afspraken_inlichtingenTermijnDagen"
          label="Antwoord op vragen van raadsleden binnen … dagen (art. 16 lid 2, 17)"
          hulp="Leeg als de regeling geen termijn noemt; Grip rekent dan met de standaardtermijn"
          waarde={w?.afspraken.inlichtingenTermijnDagen}
          fout={fouten.afspraken_inlichtingenTermijnDagen}
          inputmode="numeric"
        />
        <TextArea
          naam="afspraken_evaluatieWijze"
          label="Evaluatie (art. 11a)"
          waarde={w?.afspraken.evaluatieWijze}
          fout={fouten.afspraken_evaluatieWijze}
        />
        <TextField
          naam="afspraken_evaluatieIntervalJaren"
          label="Evaluatie elke … jaar"
          hulp="Leeg als de regeling geen termijn noemt"
          waarde={w?.afspraken.evaluatieIntervalJaren}
          fout={fouten.afspraken_evaluatieIntervalJaren}
          inputmode="numeric"
        />
        <TextArea
          naam="afspraken_uittredingVoorwaarden"
          label="Voorwaarden voor uittreding (art. 9 lid 1)"
          waarde={w?.afspraken.uittredingVoorwaarden}
          fout={fouten.afspraken_uittredingVoorwaarden}
        />
        <TextField
          naam="afspraken_opzegtermijnMaanden"
          label="Opzegtermijn in maanden"
          waarde={w?.afspraken.opzegtermijnMaanden}
          fout={fouten.afspraken_opzegtermijnMaanden}
          inputmode="numeric"
        />
        <TextArea
          naam="afspraken_uittredingKosten"
          label="Hoe de uittreedkosten worden berekend"
          waarde={w?.afspraken.uittredingKosten}
          fout={fouten.afspraken_uittredingKosten}
        />
        <Heading level={2}>Eigen afspraken over de begrotingscyclus</Heading>
        <P>Grip toont deze naast de wettelijke termijnen; de wettelijke termijn gaat altijd voor.</P>
        <TextField
          naam="pc_kaders_uiterlijk"
          label="Kaderbrief en voorlopige jaarrekening uiterlijk (MM-DD)"
          hulp="Bijvoorbeeld 02-01 voor 1 februari; de wet zegt: vóór 30 april (Wgr art. 34b)"
          waarde={pcWaarde(w, 'kaders_voorlopige_jaarrekening')?.uiterlijk}
          fout={fouten.afspraken_pcAfspraken_0_uiterlijk ?? fouten.afspraken_pcAfspraken_0}
        />
        <TextField
          naam="pc_ontwerp_weken"
          label="Ontwerpbegroting naar de raden: aantal weken vóór de vergadering"
          hulp="De wet zegt: twaalf weken (Wgr art. 35 lid 1)"
          waarde={pcWaarde(w, 'ontwerpbegroting_naar_raden')?.wekenVoorVergadering}
          fout={
            fouten.afspraken_pcAfspraken_1_wekenVoorVergadering ??
            fouten.afspraken_pcAfspraken_0_wekenVoorVergadering
          }
          inputmode="numeric"
        />
        <Button>Opslaan</Button>
      </Form>
    </>
  );
}

function DeelnameFormulier({
  c,
  actie,
  titel,
  waarden,
  fouten,
  regelingId,
  verwijderActie,
}: {
  c: C;
  actie: string;
  titel: string;
  waarden: ReturnType<typeof deelnameUitFormulier> | null;
  fouten: Fouten;
  regelingId: string;
  verwijderActie?: string;
}) {
  const w = waarden;
  const k = w?.kostenverdeling as
    | { soort?: string; percentage?: number | null; peildatum?: string | null; omschrijving?: string }
    | null
    | undefined;
  return (
    <>
      <Breadcrumbs
        items={[
          ['/regelingen', 'Register'],
          [`/regelingen/${regelingId}`, 'Regeling'],
        ]}
      />
      <Heading level={1}>{titel}</Heading>
      <ErrorSummary fouten={fouten} />
      <Form action={actie} csrf={c.get('csrf')} label={titel}>
        <TextField
          naam="organisatie"
          label="Organisatie (CBS-code of naam)"
          hulp="Bijvoorbeeld GM0363 of PV27; voor een deelnemer zonder code de exacte naam"
          waarde={w?.organisatie}
          fout={fouten.organisatie}
        />
        <CheckboxGroep
          naam="organen"
          label="Organen die deelnemen"
          hulp="Hieruit volgt het type regeling (Wgr art. 1)"
          opties={opties(deelnemendeOrganen, orgaanLabel)}
          waarden={w?.organen ?? []}
          fout={fouten.organen}
        />
        <TextField
          naam="datumToetreding"
          label="Datum toetreding"
          hulp="JJJJ-MM-DD"
          waarde={w?.datumToetreding}
          fout={fouten.datumToetreding}
        />
        <TextField
          naam="datumUittreding"
          label="Datum uittreding"
          hulp="JJJJ-MM-DD; leeg zolang de deelnemer deelneemt"
          waarde={w?.datumUittreding}
          fout={fouten.datumUittreding}
        />
        <Select
          naam="kostenverdeling_soort"
          label="Kostenverdeelsleutel"
          leeg="Onbekend"
          opties={[
            ['percentage', 'Vast percentage'],
            ['per_inwoner', 'Per inwoner op een peildatum'],
            ['anders', 'Anders (omschrijving)'],
          ]}
          waarde={k?.soort ?? null}
          fout={fouten.kostenverdeling_soort ?? fouten.kostenverdeling}
        />
        <TextField
          naam="kostenverdeling_percentage"
          label="Percentage van de kosten"
          hulp="Alleen bij een vast percentage, bijvoorbeeld 12,5"
          waarde={
            k?.percentage === null || k?.percentage === undefined || Number.isNaN(k.percentage)
              ? ''
              : String(k.percentage).replace('.', ',')
          }
          fout={fouten.kostenverdeling_percentage}
          inputmode="decimal"
        />
        <TextField
          naam="kostenverdeling_peildatum"
          label="Peildatum inwonertal"
          hulp="Alleen bij verdeling per inwoner; JJJJ-MM-DD"
          waarde={k?.peildatum}
          fout={fouten.kostenverdeling_peildatum}
        />
        <TextField
          naam="kostenverdeling_omschrijving"
          label="Omschrijving van de verdeelsleutel"
          waarde={k?.omschrijving}
          fout={fouten.kostenverdeling_omschrijving}
        />
        <TextField
          naam="stemmen"
          label="Aantal stemmen"
          hulp="Meervoudig stemrecht, Wgr art. 13 lid 4; leeg als onbekend"
          waarde={w?.stemmen === null || w?.stemmen === undefined || Number.isNaN(w.stemmen) ? '' : w.stemmen}
          fout={fouten.stemmen}
          inputmode="numeric"
        />
        <Checkbox
          naam="dienstverlenend"
          label="Dienstverlenende gemeente (centrumgemeente, Wgr art. 8 lid 4)"
          aan={w?.dienstverlenend ?? false}
        />
        <Button>Opslaan</Button>
      </Form>
      {verwijderActie ? (
        <Form action={verwijderActie} csrf={c.get('csrf')} label="Deelname verwijderen">
          <P>
            Is deze deelname per vergissing geregistreerd? Een echte uittreding legt u vast met de datum van
            uittreding.
          </P>
          <Button soort="secondary">Deelname verwijderen</Button>
        </Form>
      ) : null}
    </>
  );
}

function BestuurslidFormulier({
  c,
  actie,
  titel,
  waarden,
  fouten,
  o,
  verwijderActie,
}: {
  c: C;
  actie: string;
  titel: string;
  waarden: ReturnType<typeof bestuurslidUitFormulier> | null;
  fouten: Fouten;
  o: service.RegelingOverzicht;
  verwijderActie?: string;
}) {
  const w = waarden;
  return (
    <>
      <Breadcrumbs
        items={[
          ['/regelingen', 'Register'],
          [`/regelingen/${o.regeling.id}`, o.regeling.naam],
        ]}
      />
      <Heading level={1}>{titel}</Heading>
      <ErrorSummary fouten={fouten} />
      <Form action={actie} csrf={c.get('csrf')} label={titel}>
        <Select
          naam="orgaan"
          label="Orgaan"
          leeg="Kies het orgaan"
          opties={opties(bestuursorganen, bestuursorgaanLabel)}
          waarde={w?.orgaan}
          fout={fouten.orgaan}
        />
        <TextField naam="naam" label="Naam" waarde={w?.naam} fout={fouten.naam} />
        <Select
          naam="deelname"
          label="Namens deelnemer"
          leeg="Geen (lid van buiten)"
          opties={o.deelnames.map((d) => [d.id, d.organisatie.naam])}
          waarde={w?.deelname}
          fout={fouten.deelname}
        />
        <Select
          naam="functie"
          label="Functie in de eigen organisatie"
          leeg="Kies de functie"
          opties={opties(functies, functieLabel)}
          waarde={w?.functie}
          fout={fouten.functie}
        />
        <TextField
          naam="aangewezenDoor"
          label="Aangewezen door"
          hulp="Bijvoorbeeld raad, college of algemeen bestuur"
          waarde={w?.aangewezenDoor}
          fout={fouten.aangewezenDoor}
        />
        <TextField
          naam="plaatsvervanger"
          label="Plaatsvervanger"
          waarde={w?.plaatsvervanger}
          fout={fouten.plaatsvervanger}
        />
        <Checkbox
          naam="vanBuitenAb"
          label="Lid van het dagelijks bestuur van buiten het algemeen bestuur (Wgr art. 14 lid 2)"
          aan={w?.vanBuitenAb ?? false}
        />
        <TextField naam="vanaf" label="Lid vanaf" hulp="JJJJ-MM-DD" waarde={w?.vanaf} fout={fouten.vanaf} />
        <TextField
          naam="tot"
          label="Lid tot"
          hulp="JJJJ-MM-DD; leeg als het lid nog zitting heeft"
          waarde={w?.tot}
          fout={fouten.tot}
        />
        <TextField
          naam="mandaatTot"
          label="Einde van het eigen mandaat"
          hulp="Bijvoorbeeld het einde van de raadsperiode; het lidmaatschap eindigt dan van rechtswege (art. 13 lid 2)"
          waarde={w?.mandaatTot}
          fout={fouten.mandaatTot}
        />
        <TextField
          naam="stemgewicht"
          label="Stemgewicht van dit lid"
          hulp="Alleen als de regeling gewichten per lid kent"
          waarde={
            w?.stemgewicht === null || w?.stemgewicht === undefined || Number.isNaN(w.stemgewicht)
              ? ''
              : w.stemgewicht
          }
          fout={fouten.stemgewicht}
          inputmode="numeric"
        />
        <Button>Opslaan</Button>
      </Form>
      {verwijderActie ? (
        <Form action={verwijderActie} csrf={c.get('csrf')} label="Bestuurslid verwijderen">
          <Button soort="secondary">Bestuurslid verwijderen</Button>
        </Form>
      ) : null}
    </>
  );
}

// ---------- routes ----------

export function regelingenWeb(app: Hono<AppEnv>, s: Services) {
  const db = s.database.db;
  const geweigerd = (c: C) =>
    c.get('gebruiker')
      ? foutPagina(
          c,
          s,
          403,
          'Geen toestemming',
          'Uw rol staat deze wijziging niet toe. Alleen het secretariaat van de regeling of een beheerder mag hem wijzigen.',
        )
      : c.redirect(`/inloggen?terug=${encodeURIComponent(c.req.path)}`, 303);
  const overzicht = (id: string) => service.regelingOverzicht(db, id, vandaag());
  const geldigId = isUuid;

  app.get('/', async (c) => {
    const [{ totaal }, org] = await Promise.all([
      zoekRegelingen(db, { sortering: 'naam', pagina: 1, perPagina: 1 }),
      zoekOrganisaties(db, { pagina: 1, perPagina: 1 }),
    ]);
    return render(
      c,
      s,
      'Grip op gemeenschappelijke regelingen',
      <>
        <Heading level={1}>Grip op gemeenschappelijke regelingen</Heading>
        <P lead>
          Gemeenten, provincies en waterschappen werken samen in gemeenschappelijke regelingen:
          veiligheidsregio’s, GGD’en, omgevingsdiensten, sociale diensten en nog veel meer. De raden blijven
          verantwoordelijk. Grip laat zien wie er deelneemt, wie er bestuurt, wie hoeveel te zeggen heeft en
          wat de regeling zelf heeft afgesproken.
        </P>
        <form
          class="utrecht-form"
          method="get"
          action="/regelingen"
          role="search"
          aria-label="Regelingen zoeken"
        >
          <TextField naam="q" label="Zoek een regeling op naam of doel" />
          <Button>Zoeken</Button>
        </form>
        <P>
          Het register bevat {fmtGetal(totaal)} regelingen en {fmtGetal(org.totaal)} organisaties.{' '}
          <Link href="/regelingen">Bekijk het hele register</Link> of{' '}
          <Link href="/organisaties">zoek uw gemeente</Link>.
        </P>
      </>,
      { huidig: '/' },
    );
  });

  app.get('/regelingen', async (c) => {
    const q = c.req.query();
    const pagina = Math.max(1, Math.min(10000, Number.parseInt(q.pagina ?? '1', 10) || 1));
    const sortering = (sorteringen as readonly string[]).includes(q.sortering ?? '')
      ? (q.sortering as Sortering)
      : 'naam';
    const filters = {
      q: q.q?.trim() || undefined,
      vorm: (alleVormen as readonly string[]).includes(q.vorm ?? '') ? q.vorm : undefined,
      type: (regelingTypen as readonly string[]).includes(q.type ?? '') ? q.type : undefined,
      deelnemer: /^(GM|PV|WS)\d{2,4}$/i.test(q.deelnemer ?? '') ? q.deelnemer : undefined,
      provincie: /^PV\d{2}$/i.test(q.provincie ?? '') ? q.provincie : undefined,
      beleidsterrein: q.beleidsterrein || undefined,
      peildatum: datumVeld.safeParse(q.peildatum).success ? q.peildatum : undefined,
      bron: (bronFilters as readonly string[]).includes(q.bron ?? '') ? (q.bron as BronFilter) : undefined,
    };
    const [res, terreinen, provincies] = await Promise.all([
      zoekRegelingen(db, { ...filters, sortering, pagina, perPagina: PER_PAGINA }),
      beleidsterreinen(db),
      zoekOrganisaties(db, { soort: 'provincie', pagina: 1, perPagina: 100 }),
    ]);
    const paginas = Math.max(1, Math.ceil(res.totaal / PER_PAGINA));
    const params = (p: number) => {
      const u = new URLSearchParams(
        Object.entries({ ...filters, sortering }).filter((e): e is [string, string] => Boolean(e[1])),
      );
      u.set('pagina', String(p));
      return `/regelingen?${u.toString()}`;
    };
    const ongeldigeDeelnemer = q.deelnemer && !filters.deelnemer;
    const ongeldigePeildatum = q.peildatum && !filters.peildatum;
    return render(
      c,
      s,
      'Register van gemeenschappelijke regelingen',
      <>
        <Heading level={1}>Register van gemeenschappelijke regelingen</Heading>
        {c.get('gebruiker') && mag(c.get('gebruiker'), 'regeling.maken') ? (
          <div class="grip-actions">
            <ButtonLink href="/regelingen/nieuw" soort="primary">
              Nieuwe regeling registreren
            </ButtonLink>
          </div>
        ) : null}
        <form
          class="utrecht-form"
          method="get"
          action="/regelingen"
          role="search"
          aria-label="Filter het register"
        >
          <div class="grip-filters">
            <TextField naam="q" label="Zoek op naam of doel" waarde={filters.q} />
            <Select
              naam="vorm"
              label="Vorm"
              leeg="Alle vormen"
              opties={opties(vormen, vormLabel)}
              waarde={filters.vorm}
            />
            <Select
              naam="type"
              label="Type"
              leeg="Alle typen"
              opties={opties(regelingTypen, typeLabel)}
              waarde={filters.type}
            />
            <TextField
              naam="deelnemer"
              label="Deelnemer (CBS-code)"
              hulp="Bijvoorbeeld GM0363"
              waarde={q.deelnemer}
              fout={ongeldigeDeelnemer ? 'Een organisatiecode ziet eruit als GM0363' : undefined}
            />
            <Select
              naam="provincie"
              label="Provincie"
              leeg="Alle provincies"
              opties={provincies.rows.map((p) => [p.code ?? '', p.naam])}
              waarde={filters.provincie?.toUpperCase()}
            />
            <Select
              naam="beleidsterrein"
              label="Beleidsterrein"
              leeg="Alle beleidsterreinen"
              opties={terreinen.map((t) => [t, t])}
              waarde={filters.beleidsterrein}
            />
            <TextField
              naam="peildatum"
              label="In werking op"
              type="date"
              hulp="Alleen regelingen die op deze datum golden"
              waarde={filters.peildatum}
              fout={ongeldigePeildatum ? 'Geef een datum als JJJJ-MM-DD' : undefined}
            />
            <Select
              naam="bron"
              label="Bron"
              leeg="Het register (ingevoerd in Grip en het landelijk GR-register)"
              opties={opties(bronFilters, bronFilterLabel)}
              waarde={filters.bron}
            />
            <Select
              naam="sortering"
              label="Sorteer op"
              opties={opties(sorteringen, sorteerLabel)}
              waarde={sortering}
            />
          </div>
          <Button>Toon regelingen</Button>
        </form>
        <p class="utrecht-paragraph" role="status">
          {fmtGetal(res.totaal)} {res.totaal === 1 ? 'regeling' : 'regelingen'} gevonden.
          {isImportBron(filters.bron) && bronFilterLabel[filters.bron]
            ? ` Bron: ${bronFilterLabel[filters.bron]}${filters.bron === 'opengr' ? ', een momentopname die niet bij het register hoort' : ''}.`
            : ''}
        </p>
        <Tabel
          bijschrift="Regelingen"
          rijen={res.rows}
          leeg="Geen regelingen gevonden met deze filters."
          kolommen={[
            { kop: 'Naam', cel: (r) => <Link href={`/regelingen/${r.id}`}>{r.naam}</Link> },
            { kop: 'Vorm', cel: (r) => vormLabel[r.vorm] },
            { kop: 'Type', cel: (r) => typeLabel[r.type] },
            { kop: 'Deelnemers', numeriek: true, cel: (r) => fmtGetal(r.deelnemers) },
            { kop: 'In werking', cel: (r) => datum(r.datumInwerkingtreding) ?? <Onbekend /> },
            { kop: 'Beleidsterreinen', cel: (r) => r.beleidsterreinen.join(', ') || '—' },
          ]}
        />
        <Pagination pagina={Math.min(pagina, paginas)} paginas={paginas} href={params} />
      </>,
      { huidig: '/regelingen' },
    );
  });

  // Create
  app.get('/regelingen/nieuw', (c) => {
    if (!mag(c.get('gebruiker'), 'regeling.maken')) return geweigerd(c);
    return render(
      c,
      s,
      'Nieuwe regeling',
      <RegelingFormulier
        c={c}
        actie="/regelingen"
        titel="Nieuwe regeling registreren"
        waarden={null}
        fouten={{}}
      />,
    );
  });
  app.post('/regelingen', async (c) => {
    const g = c.get('gebruiker');
    if (!g || !mag(g, 'regeling.maken')) return geweigerd(c);
    const waarden = regelingUitFormulier(await leesFormulier(c));
    const parsed = RegelingInputSchema.safeParse(waarden);
    const toon = (fouten: Fouten) =>
      render(
        c,
        s,
        'Nieuwe regeling',
        <RegelingFormulier
          c={c}
          actie="/regelingen"
          titel="Nieuwe regeling registreren"
          waarden={waarden}
          fouten={fouten}
        />,
        { status: 400 },
      );
    if (!parsed.success) return toon(veldFouten(parsed.error.issues));
    try {
      const beheerder = g.rollen.some((r) => r.rol === 'beheerder');
      const id = await service.maakRegeling(db, actorVan(g), parsed.data, {
        secretariaatVoor: beheerder ? undefined : g.gebruikerId,
      });
      return c.redirect(`/regelingen/${id}?opgeslagen=1`, 303);
    } catch (e) {
      const f = formFout(e);
      if (f) return toon(f);
      throw e;
    }
  });

  app.get('/regelingen/:id', async (c) => {
    const id = c.req.param('id');
    const o = geldigId(id) ? await overzicht(id) : null;
    if (!o)
      return foutPagina(c, s, 404, 'Regeling niet gevonden', 'Deze regeling staat niet in het register.');
    const g = c.get('gebruiker');
    const historie = mag(g, 'historie.lezen', { regelingId: id }) ? await historieVan(db, id) : null;
    const vandaagDatum = vandaag();
    const gevraagd = Number.parseInt(c.req.query('jaar') ?? '', 10);
    const jaar = gevraagd >= 1985 && gevraagd <= 2100 ? gevraagd : Number(vandaagDatum.slice(0, 4)) + 1;
    const [items, vergaderingen, procedures, deelnemers, herkomst] = await Promise.all([
      cycli(db, [id], [jaar], await s.kalender(), vandaagDatum),
      vergaderingenVan(db, id),
      proceduresVanRegeling(db, id),
      g ? deelnemerIds(db, id, vandaagDatum) : [],
      bronOverzicht(db, o.regeling),
    ]);
    const alleProcedures = mag(g, 'procedure.lezen', { regelingId: id, deelnemers });
    return render(
      c,
      s,
      o.regeling.naam,
      <RegelingPagina
        o={o}
        c={c}
        kanWijzigen={mag(g, 'regeling.wijzigen', { regelingId: id })}
        historie={historie}
        cyclus={
          <BegrotingscyclusSectie
            regelingId={id}
            jaar={jaar}
            items={items}
            vergaderingen={vergaderingen}
            kanWijzigen={mag(g, 'vergaderingen.wijzigen', { regelingId: id })}
          />
        }
        procedures={
          <ProceduresSectie
            regelingId={id}
            items={procedures.filter((p) => alleProcedures || p.status !== 'concept')}
            kanBeheren={mag(g, 'procedure.beheren', { regelingId: id })}
          />
        }
        instrumenten={<InstrumentenSectie o={o} gebruiker={g} peildatum={vandaagDatum} />}
        herkomst={herkomst}
      />,
    );
  });

  // Edit regeling
  const regelingNaarFormulier = (o: service.RegelingOverzicht): ReturnType<typeof regelingUitFormulier> => {
    const r = o.regeling;
    const vestiging =
      o.deelnames.find((d) => d.organisatieId === r.vestigingOrganisatieId)?.organisatie.code ?? null;
    return {
      naam: r.naam,
      korteNaam: r.korteNaam,
      belang: r.belang,
      vorm: r.vorm,
      vestiging,
      vestigingsplaats: r.vestigingsplaats,
      beleidsterreinen: r.beleidsterreinen,
      taken: r.taken,
      bevoegdheden: r.bevoegdheden,
      datumInwerkingtreding: r.datumInwerkingtreding,
      datumUitwerkingtreding: r.datumUitwerkingtreding,
      referenties: {
        rooId: r.referenties.rooId ?? null,
        tooiUri: r.referenties.tooiUri ?? null,
        cvdrId: r.referenties.cvdrId ?? null,
        publicaties: r.referenties.publicaties ?? [],
      },
      afspraken: {
        zienswijzeBesluiten:
          r.afspraken.zienswijzeBesluiten?.map((z) => ({
            besluit: z.besluit,
            termijnWeken: z.termijnWeken ?? null,
            atwVanToepassing: null,
          })) ?? null,
        zienswijzeWijze: r.afspraken.zienswijzeWijze ?? null,
        participatie: r.afspraken.participatie ?? null,
        informatievoorziening: r.afspraken.informatievoorziening ?? null,
        inlichtingenTermijnDagen: r.afspraken.inlichtingenTermijnDagen ?? null,
        evaluatieWijze: r.afspraken.evaluatieWijze ?? null,
        evaluatieIntervalJaren: r.afspraken.evaluatieIntervalJaren ?? null,
        uittredingVoorwaarden: r.afspraken.uittredingVoorwaarden ?? null,
        opzegtermijnMaanden: r.afspraken.opzegtermijnMaanden ?? null,
        uittredingKosten: r.afspraken.uittredingKosten ?? null,
        pcAfspraken: r.afspraken.pcAfspraken ?? null,
      },
      gekwalificeerdeMeerderheid:
        r.gekwalificeerdeMeerderheid === null ? null : Number(r.gekwalificeerdeMeerderheid),
    };
  };

  app.get('/regelingen/:id/bewerken', async (c) => {
    const id = c.req.param('id');
    if (!mag(c.get('gebruiker'), 'regeling.wijzigen', { regelingId: id })) return geweigerd(c);
    const o = geldigId(id) ? await overzicht(id) : null;
    if (!o)
      return foutPagina(c, s, 404, 'Regeling niet gevonden', 'Deze regeling staat niet in het register.');
    return render(
      c,
      s,
      `Wijzig ${o.regeling.naam}`,
      <RegelingFormulier
        c={c}
        actie={`/regelingen/${id}`}
        titel={`Wijzig ${o.regeling.naam}`}
        waarden={regelingNaarFormulier(o)}
        fouten={{}}
      />,
    );
  });
  app.post('/regelingen/:id', async (c) => {
    const id = c.req.param('id');
    const g = c.get('gebruiker');
    if (!g || !mag(g, 'regeling.wijzigen', { regelingId: id })) return geweigerd(c);
    const waarden = regelingUitFormulier(await leesFormulier(c));
    const toon = (fouten: Fouten) =>
      render(
        c,
        s,
        'Regeling wijzigen',
        <RegelingFormulier
          c={c}
          actie={`/regelingen/${id}`}
          titel="Regeling wijzigen"
          waarden={waarden}
          fouten={fouten}
        />,
        { status: 400 },
      );
    const parsed = RegelingInputSchema.safeParse(waarden);
    if (!parsed.success) return toon(veldFouten(parsed.error.issues));
    try {
      // The form manages two P&C agreements; others (set through the API) are kept.
      const bestaand = (await overzicht(id))?.regeling.afspraken.pcAfspraken ?? [];
      const eigen = parsed.data.afspraken?.pcAfspraken ?? [];
      const pcAfspraken = [...bestaand.filter((a) => !formulierStappen.includes(a.stap)), ...eigen];
      await service.wijzigRegeling(db, actorVan(g), id, {
        ...parsed.data,
        afspraken: { ...parsed.data.afspraken, pcAfspraken: pcAfspraken.length ? pcAfspraken : null },
      });
      return c.redirect(`/regelingen/${id}?opgeslagen=1`, 303);
    } catch (e) {
      const f = formFout(e);
      if (f) return toon(f);
      if (e instanceof DomeinFout && e.code === 'niet_gevonden') return c.notFound();
      throw e;
    }
  });

  // Participants
  const deelnameNaarFormulier = (
    d: service.RegelingOverzicht['deelnames'][number],
  ): ReturnType<typeof deelnameUitFormulier> => ({
    organisatie: d.organisatie.code ?? d.organisatie.id,
    organen: d.organen,
    datumToetreding: d.datumToetreding,
    datumUittreding: d.datumUittreding,
    kostenverdeling: d.kostenverdeling,
    stemmen: d.stemmen,
    dienstverlenend: d.dienstverlenend,
  });

  const deelnameRoute = async (c: C, deelnameId: string | null) => {
    const id = c.req.param('id') ?? '';
    const g = c.get('gebruiker');
    if (!g || !mag(g, 'deelnemers.wijzigen', { regelingId: id })) return geweigerd(c);
    const o = geldigId(id) ? await overzicht(id) : null;
    const d = deelnameId ? o?.deelnames.find((x) => x.id === deelnameId) : null;
    if (!o || (deelnameId && !d))
      return foutPagina(c, s, 404, 'Niet gevonden', 'Deze regeling of deelname bestaat niet.');
    const actie = d ? `/regelingen/${id}/deelnemers/${d.id}` : `/regelingen/${id}/deelnemers`;
    const titel = d
      ? `Deelname van ${d.organisatie.naam} wijzigen`
      : `Deelnemer toevoegen aan ${o.regeling.naam}`;
    const verwijderActie = d ? `${actie}/verwijderen` : undefined;
    return formulierStroom(c, s, {
      titel,
      beginwaarden: d ? deelnameNaarFormulier(d) : null,
      lees: deelnameUitFormulier,
      schema: DeelnameInputSchema,
      formulier: (waarden, fouten) => (
        <DeelnameFormulier
          c={c}
          actie={actie}
          titel={titel}
          waarden={waarden}
          fouten={fouten}
          regelingId={id}
          verwijderActie={verwijderActie}
        />
      ),
      bewaar: async (input) => {
        if (d) await service.wijzigDeelname(db, actorVan(g), id, d.id, input);
        else await service.voegDeelnameToe(db, actorVan(g), id, input);
        return `/regelingen/${id}?opgeslagen=1#deelnemers`;
      },
      domeinFout: formFout,
    });
  };
  app.get('/regelingen/:id/deelnemers/nieuw', (c) => deelnameRoute(c, null));
  app.post('/regelingen/:id/deelnemers', (c) => deelnameRoute(c, null));
  app.get('/regelingen/:id/deelnemers/:did', (c) => deelnameRoute(c, c.req.param('did')));
  app.post('/regelingen/:id/deelnemers/:did', (c) => deelnameRoute(c, c.req.param('did')));
  app.post('/regelingen/:id/deelnemers/:did/verwijderen', async (c) => {
    const { id, did } = c.req.param();
    const g = c.get('gebruiker');
    if (!g || !mag(g, 'deelnemers.wijzigen', { regelingId: id })) return geweigerd(c);
    if (!geldigId(id) || !geldigId(did)) return c.notFound();
    await service.verwijderDeelname(db, actorVan(g), id, did).catch((e) => {
      if (!(e instanceof DomeinFout)) throw e;
    });
    return c.redirect(`/regelingen/${id}?opgeslagen=1#deelnemers`, 303);
  });

  // Board
  const lidNaarFormulier = (
    b: service.RegelingOverzicht['bestuur'][number],
  ): ReturnType<typeof bestuurslidUitFormulier> => ({
    orgaan: b.orgaan,
    naam: b.naam,
    deelname: b.deelnameId,
    functie: b.functie,
    aangewezenDoor: b.aangewezenDoor,
    plaatsvervanger: b.plaatsvervanger,
    vanBuitenAb: b.vanBuitenAb,
    vanaf: b.vanaf,
    tot: b.tot,
    mandaatTot: b.mandaatTot,
    stemgewicht: b.stemgewicht,
  });
  const lidRoute = async (c: C, lidId: string | null) => {
    const id = c.req.param('id') ?? '';
    const g = c.get('gebruiker');
    if (!g || !mag(g, 'bestuur.wijzigen', { regelingId: id })) return geweigerd(c);
    const o = geldigId(id) ? await overzicht(id) : null;
    const b = lidId ? o?.bestuur.find((x) => x.id === lidId) : null;
    if (!o || (lidId && !b))
      return foutPagina(c, s, 404, 'Niet gevonden', 'Deze regeling of dit bestuurslid bestaat niet.');
    const actie = b ? `/regelingen/${id}/bestuur/${b.id}` : `/regelingen/${id}/bestuur`;
    const titel = b ? `Bestuurslid ${b.naam} wijzigen` : `Bestuurslid toevoegen aan ${o.regeling.naam}`;
    const verwijderActie = b ? `${actie}/verwijderen` : undefined;
    return formulierStroom(c, s, {
      titel,
      beginwaarden: b ? lidNaarFormulier(b) : null,
      lees: bestuurslidUitFormulier,
      schema: BestuurslidInputSchema,
      formulier: (waarden, fouten) => (
        <BestuurslidFormulier
          c={c}
          actie={actie}
          titel={titel}
          waarden={waarden}
          fouten={fouten}
          o={o}
          verwijderActie={verwijderActie}
        />
      ),
      bewaar: async (input) => {
        if (b) await service.wijzigBestuurslid(db, actorVan(g), id, b.id, input);
        else await service.voegBestuurslidToe(db, actorVan(g), id, input);
        return `/regelingen/${id}?opgeslagen=1#bestuur`;
      },
      domeinFout: formFout,
    });
  };
  app.get('/regelingen/:id/bestuur/nieuw', (c) => lidRoute(c, null));
  app.post('/regelingen/:id/bestuur', (c) => lidRoute(c, null));
  app.get('/regelingen/:id/bestuur/:lid', (c) => lidRoute(c, c.req.param('lid')));
  app.post('/regelingen/:id/bestuur/:lid', (c) => lidRoute(c, c.req.param('lid')));
  app.post('/regelingen/:id/bestuur/:lid/verwijderen', async (c) => {
    const { id, lid } = c.req.param();
    const g = c.get('gebruiker');
    if (!g || !mag(g, 'bestuur.wijzigen', { regelingId: id })) return geweigerd(c);
    if (!geldigId(id) || !geldigId(lid)) return c.notFound();
    await service.verwijderBestuurslid(db, actorVan(g), id, lid).catch((e) => {
      if (!(e instanceof DomeinFout)) throw e;
    });
    return c.redirect(`/regelingen/${id}?opgeslagen=1#bestuur`, 303);
  });
}
