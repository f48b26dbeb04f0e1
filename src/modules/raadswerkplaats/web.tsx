/**
 * Pages of the raadswerkplaats: "Mijn regelingen" for the raadsleden and griffie of an organisation,
 * and "Onze instrumenten" per regeling and participant (public: it is public law), also as a section
 * on the regeling page for the raadsleden and griffie of a participant.
 */
import type { Context, Hono } from 'hono';
import type { Child } from 'hono/jsx';
import { vandaag } from '../../platform/clock';
import { mag } from '../../platform/auth/policy';
import type { AppEnv, Gebruiker } from '../../platform/http/env';
import type { Services } from '../../platform/http/app';
import { foutPagina, render } from '../../platform/http/pages';
import { isUuid } from '../../platform/validation';
import {
  Alert,
  Breadcrumbs,
  DataList,
  Heading,
  Link,
  Onbekend,
  P,
  Tabel,
  datum,
  getal,
  procent,
  tijdstip,
} from '../../platform/views/components';
import { itemLabel } from '../begrotingscyclus/teksten';
import {
  procedureStatusLabels,
  soortLabels,
  strekkingLabels,
  verzoekStatusLabels,
} from '../procedures/teksten';
import { regelingOverzicht, type RegelingOverzicht } from '../regelingen/service';
import { bestuursorgaanLabel, functieLabel, orgaanLabel, typeLabel, vormLabel } from '../regelingen/teksten';
import type { DeelnemendOrgaan } from '../regelingen/domain/types';
import { TERUGBLIK_DAGEN } from './bezoek';
import { commissieOverzicht } from './adviescommissie-service';
import { statusLabels } from './domain/adviescommissie';
import type { DbOrTx } from '../../platform/db/client';
import { registreerBezoek } from './bezoek-store';
import { type Instrument, type InstrumentCode } from './domain/instrumenten';
import { actieveDeelnemers } from './domain/tafel';
import { neemtDeel } from '../regelingen/domain/deelname';
import { heeftInstrumenten, instrumentenVan, type OnzeInstrumenten } from './invoer';
import { type MijnOrganisatie, type MijnRegeling, mijnRegelingen, type Termijn } from './service';
import { exportKolommen, exportRijen } from './mijn-regelingen-export';

// ---------- texts ----------

/** How the council of a participant is named in a sentence. */
const raadVan = (o: { soort: string; naam: string }) =>
  o.soort === 'provincie'
    ? `provinciale staten van ${o.naam}`
    : o.soort === 'waterschap'
      ? `het algemeen bestuur van ${o.naam}`
      : `de raad van ${o.naam}`;

const entiteitLabel: Record<string, string> = {
  regeling: 'gegevens van de regeling',
  deelname: 'deelnemers',
  bestuurslid: 'bestuur',
  vergadering: 'vergaderingen',
  procedure: 'procedures',
  verzoek: 'verzoeken en zienswijzen',
  document: 'documenten',
};

/** Who designated a board member: the usual codes in words, anything else as typed. */
const aanwijzer = (door: string) =>
  ({ ab: 'het algemeen bestuur', db: 'het dagelijks bestuur', raad: 'de raad', college: 'het college' })[
    door.trim().toLowerCase()
  ] ?? door;

/** The instruments that go through a procedure in Grip: the procedures list is where to act on them. */
const viaProcedure: ReadonlySet<InstrumentCode> = new Set<InstrumentCode>([
  'zienswijze_ontwerpbegroting',
  'zienswijze_begrotingswijziging',
  'zienswijze_besluiten',
  'zienswijze_ontwerp_regeling',
  'wensen_bedenkingen_deelneming',
  'wensen_bedenkingen_bestuurscommissie',
]);

const ONBEVESTIGD_UITLEG =
  'Onbevestigd betekent: de regel, het artikel of de toepassing ervan op deze regeling is nog niet bevestigd door de juridische bronnen waarop Grip rust. Controleer het artikel in de wet voordat u erop steunt.';

const Onbevestigd = () => <span class="grip-label">onbevestigd</span>;

const instrumentenPad = (regelingId: string, org: { code: string | null; id: string }) =>
  `/regelingen/${regelingId}/instrumenten?organisatie=${encodeURIComponent(org.code ?? org.id)}`;

const organenTekst = (organen: readonly DeelnemendOrgaan[]) =>
  organen.length ? organen.map((o) => orgaanLabel[o]).join(', ') : null;

// ---------- Onze instrumenten ----------

const Status = ({ i }: { i: Instrument }) => (i.status === 'onbevestigd' ? <Onbevestigd /> : <>Bevestigd</>);

const ProceduresLink = ({ regelingId, i }: { regelingId: string; i: Instrument }) =>
  viaProcedure.has(i.code) ? (
    <>
      {' '}
      <Link href={`/regelingen/${regelingId}#procedures`}>
        Procedures van deze regeling<span class="grip-visually-hidden"> ({i.naam})</span>
      </Link>
    </>
  ) : null;

/** The link to the commission's page, with where it stands. */
const CommissieLink = ({ regelingId, status }: { regelingId: string; status: string | null }) => (
  <>
    {' '}
    <Link href={`/regelingen/${regelingId}/adviescommissie`}>
      De adviescommissie van deze regeling{status ? `: ${status.toLowerCase()}` : ''}
    </Link>
  </>
);

/** Where the commission of a regeling stands, in words ("Geen voorstel" when there is none). */
async function commissieStatusTekst(db: DbOrTx, regelingId: string, peildatum: string) {
  const o = await commissieOverzicht(db, regelingId, peildatum);
  return o?.huidig ? statusLabels[o.huidig.stand.status] : 'Geen voorstel';
}

const NietAfgeleid = ({ oi }: { oi: OnzeInstrumenten }) => (
  <P>
    Grip leidt de instrumenten af voor de raad van een gemeente, provinciale staten en het algemeen bestuur
    van een waterschap. {oi.organisatie.naam} is geen van deze, of de vorm van de regeling is nog onbekend.
  </P>
);

/**
 * The section on the regeling page: for each organisation the user is raadslid or griffie of that takes
 * part, what its council can do here, with the article. Null for everyone else.
 */
export function InstrumentenSectie({
  o,
  gebruiker,
  peildatum,
}: {
  o: RegelingOverzicht;
  gebruiker: Gebruiker | null;
  peildatum: string;
}): Child {
  if (!gebruiker) return null;
  const orgIds = [
    ...new Set(
      gebruiker.rollen
        .map((r) => r.organisatieId)
        .filter(
          (id): id is string =>
            id !== null && mag(gebruiker, 'raadswerkplaats.gebruiken', { organisatieId: id }),
        ),
    ),
  ];
  const blokken = orgIds
    .map((id) => instrumentenVan(o, id, peildatum))
    .filter((b): b is OnzeInstrumenten => b !== null);
  if (blokken.length === 0) return null;
  const r = o.regeling;
  const aanTafel = mag(gebruiker, 'tafel.lezen', {
    regelingId: r.id,
    deelnemers: actieveDeelnemers(o.deelnames, peildatum),
  });
  return (
    <section aria-labelledby="instrumenten">
      <Heading level={2} id="instrumenten">
        Onze instrumenten
      </Heading>
      {blokken.map((b) => {
        const beschikbaar = b.lijst?.filter((i) => i.beschikbaar) ?? [];
        const niet = (b.lijst?.length ?? 0) - beschikbaar.length;
        return (
          <>
            {blokken.length > 1 ? <Heading level={3}>{b.organisatie.naam}</Heading> : null}
            {b.lijst === null ? (
              <NietAfgeleid oi={b} />
            ) : (
              <>
                <P>
                  Wat {raadVan(b.organisatie)} in deze regeling kan, met het artikel waarop het rust.{' '}
                  {niet > 0 ? `${niet} andere instrumenten gelden hier niet. ` : ''}
                  <Link href={instrumentenPad(r.id, b.organisatie)}>
                    Alle instrumenten met uitleg
                    <span class="grip-visually-hidden"> voor {b.organisatie.naam}</span>
                  </Link>{' '}
                  ·{' '}
                  <Link href={`/regelingen/${r.id}/inlichtingen`}>
                    Vragen (inlichtingen)
                    <span class="grip-visually-hidden"> voor {b.organisatie.naam}</span>
                  </Link>
                  ·{' '}
                  <Link href={`/regelingen/${r.id}/wie-is-wie`}>
                    Wie is wie<span class="grip-visually-hidden"> voor {b.organisatie.naam}</span>
                  </Link>
                  {aanTafel ? (
                    <>
                      {' '}
                      ·{' '}
                      <Link href={`/regelingen/${r.id}/tafel`}>
                        Gedeelde tafel met de raden van de andere deelnemers
                        <span class="grip-visually-hidden"> ({b.organisatie.naam})</span>
                      </Link>
                    </>
                  ) : null}
                </P>
                <ul class="utrecht-unordered-list">
                  {beschikbaar.map((i) => (
                    <li class="utrecht-unordered-list__item">
                      {i.code === 'adviescommissie' ? (
                        <Link href={`/regelingen/${r.id}/adviescommissie`}>
                          {i.naam}
                          <span class="grip-visually-hidden"> van {r.korteNaam ?? r.naam}</span>
                        </Link>
                      ) : (
                        i.naam
                      )}{' '}
                      ({i.artikel})
                      {i.status === 'onbevestigd' ? (
                        <>
                          {' '}
                          — <Onbevestigd />
                        </>
                      ) : null}
                    </li>
                  ))}
                </ul>
                {beschikbaar.some((i) => i.status === 'onbevestigd') ? <P>{ONBEVESTIGD_UITLEG}</P> : null}
              </>
            )}
          </>
        );
      })}
    </section>
  );
}

// ---------- Mijn regelingen ----------

const TermijnRegel = ({ t }: { t: Termijn }) =>
  t.soort === 'verzoek' ? (
    <>
      {datum(t.datum)}:{' '}
      <Link href={`/procedures/${t.procedure.id}`}>Reactie van de raad: {t.procedure.titel}</Link>
      {t.verlopen ? <strong> (termijn verstreken)</strong> : null}
      {t.procedure.verzoek?.artikel ? ` (${t.procedure.verzoek.artikel})` : ''}
    </>
  ) : (
    <>
      {datum(t.datum)}: {itemLabel(t.item)}
      {t.item.bron === 'wet' ? ` (${t.item.artikel})` : ''}
      {t.item.status === 'open' ? ' — onzeker: rust op een open juridisch punt' : ''}
    </>
  );

const Lijst = ({ items, leeg }: { items: Child[]; leeg?: string }) =>
  items.length === 0 ? (
    <>{leeg}</>
  ) : (
    <ul class="utrecht-unordered-list">
      {items.map((i) => (
        <li class="utrecht-unordered-list__item">{i}</li>
      ))}
    </ul>
  );

function kostenTekst(m: MijnRegeling): Child {
  const k = m.deelname.kostenverdeling;
  const aandeel = procent(m.aandeel?.kostenaandeel);
  if (aandeel) return aandeel;
  if (k?.soort === 'per_inwoner')
    return `naar inwonertal${k.peildatum ? ` (peildatum ${datum(k.peildatum)})` : ''}`;
  if (k?.soort === 'anders') return k.omschrijving;
  return <Onbekend />;
}

const nieuwAantal = (m: MijnRegeling) =>
  m.nieuw.procedures.length +
  m.nieuw.zienswijzen.length +
  m.nieuw.wijzigingen.reduce((s, w) => s + w.aantal, 0);

const anker = (org: MijnOrganisatie, m: MijnRegeling) =>
  `regeling-${org.organisatie.code ?? org.organisatie.id}-${m.regeling.id}`;

function Nieuw({ m }: { m: MijnRegeling }) {
  const { procedures, zienswijzen, wijzigingen } = m.nieuw;
  if (procedures.length + zienswijzen.length + wijzigingen.length === 0) return <>Niets nieuws.</>;
  return (
    <ul class="utrecht-unordered-list">
      {procedures.map((p) => (
        <li class="utrecht-unordered-list__item">
          Nieuwe procedure: <Link href={`/procedures/${p.id}`}>{p.titel}</Link> ({soortLabels[p.soort]},{' '}
          {procedureStatusLabels[p.status].toLowerCase()})
        </li>
      ))}
      {zienswijzen.map((z) => (
        <li class="utrecht-unordered-list__item">
          Zienswijze van {z.organisatieNaam} op{' '}
          <Link href={`/procedures/${z.procedureId}`}>{z.procedureTitel}</Link>
          {z.strekking ? ` (${strekkingLabels[z.strekking].toLowerCase()})` : ''}, {tijdstip(z.tijdstip)}
        </li>
      ))}
      {wijzigingen.length ? (
        <li class="utrecht-unordered-list__item">
          Wijzigingen in Grip:{' '}
          {wijzigingen.map((w) => `${w.aantal} in ${entiteitLabel[w.entiteit] ?? w.entiteit}`).join(', ')}.{' '}
          <Link href={`/regelingen/${m.regeling.id}#historie`}>
            Bekijk de historie<span class="grip-visually-hidden"> van {m.regeling.naam}</span>
          </Link>
        </li>
      ) : null}
    </ul>
  );
}

function RegelingBlok({ org, m, peildatum }: { org: MijnOrganisatie; m: MijnRegeling; peildatum: string }) {
  const r = m.regeling;
  // Mijn regelingen lists the regelingen the organisation takes part in: its people sit at their tables.
  const aanTafel = neemtDeel(m.deelname, peildatum);
  const id = anker(org, m);
  return (
    <section aria-labelledby={id} class="grip-kader">
      <Heading level={3} id={id}>
        {r.naam}
      </Heading>
      <DataList
        items={[
          ['Wat de regeling doet', r.belang],
          ['Vorm en type', `${vormLabel[r.vorm]}; ${typeLabel[r.type].toLowerCase()}`],
          [`${org.organisatie.naam} neemt deel met`, organenTekst(m.deelname.organen)],
          [
            'Ons aandeel',
            <ul class="utrecht-unordered-list">
              <li class="utrecht-unordered-list__item">
                In de stemmen: {procent(m.aandeel?.stemaandeel) ?? <Onbekend />}
                {m.deelname.stemmen !== null
                  ? ` (${getal(m.deelname.stemmen)} ${m.deelname.stemmen === 1 ? 'stem' : 'stemmen'})`
                  : ''}
              </li>
              <li class="utrecht-unordered-list__item">In de kosten: {kostenTekst(m)}</li>
              <li class="utrecht-unordered-list__item">
                In de bevolking: {procent(m.aandeel?.bevolkingsaandeel) ?? <Onbekend />}
              </li>
            </ul>,
          ],
          [
            'Onze leden in het bestuur',
            <Lijst
              leeg={`Er zit nu geen lid namens ${org.organisatie.naam} in het bestuur (of het is niet geregistreerd).`}
              items={m.leden.map((l) => (
                <>
                  {bestuursorgaanLabel[l.orgaan]}: {l.naam} ({functieLabel[l.functie].toLowerCase()}
                  {l.aangewezenDoor ? `, aangewezen door ${aanwijzer(l.aangewezenDoor)}` : ''})
                  {l.plaatsvervanger ? `; plaatsvervanger ${l.plaatsvervanger}` : ''}
                </>
              ))}
            />,
          ],
          [
            'Eerstvolgende termijnen',
            <Lijst
              leeg="Geen termijnen bekend."
              items={m.termijnen.map((t) => (
                <TermijnRegel t={t} />
              ))}
            />,
          ],
          // Empty rows are left out: the summary table above already shows the number of open procedures.
          ...(m.openProcedures.length === 0
            ? []
            : ([
                [
                  'Open procedures',
                  <Lijst
                    items={m.openProcedures.map((p) => (
                      <>
                        <Link href={`/procedures/${p.id}`}>{p.titel}</Link> (
                        {procedureStatusLabels[p.status].toLowerCase()}
                        {p.verzoek
                          ? `; onze raad: ${verzoekStatusLabels[p.verzoek.status].toLowerCase()}${p.verzoek.uiterlijk ? `, uiterlijk ${datum(p.verzoek.uiterlijk)}` : ''}`
                          : ''}
                        )
                      </>
                    ))}
                  />,
                ],
              ] as [string, Child][])),
          ...(m.documenten.length === 0
            ? []
            : ([
                [
                  'Laatste documenten',
                  <Lijst
                    items={m.documenten.map((d) => (
                      <>
                        <Link href={`/documenten/${d.id}`}>{d.titel}</Link> ({datum(d.datum)}
                        {d.procedureTitel ? `, ${d.procedureTitel}` : ''}
                        {d.openbaar ? '' : ', niet openbaar'})
                      </>
                    ))}
                  />,
                ],
              ] as [string, Child][])),
          ['Nieuw', <Nieuw m={m} />],
        ]}
      />
      <P>
        <Link href={instrumentenPad(r.id, org.organisatie)}>
          Onze instrumenten<span class="grip-visually-hidden"> in {r.naam}</span>
        </Link>{' '}
        ·{' '}
        <Link href={`/regelingen/${r.id}/inlichtingen`}>
          Vragen (inlichtingen)<span class="grip-visually-hidden"> over {r.naam}</span>
        </Link>{' '}
        ·{' '}
        <Link href={`/regelingen/${r.id}/wie-is-wie`}>
          Wie is wie<span class="grip-visually-hidden"> in {r.naam}</span>
        </Link>{' '}
        ·{' '}
        {aanTafel ? (
          <>
            <Link href={`/regelingen/${r.id}/tafel`}>
              Gedeelde tafel<span class="grip-visually-hidden"> van {r.naam}</span>
            </Link>{' '}
            ·{' '}
          </>
        ) : null}
        <Link href={`/regelingen/${r.id}`}>
          Alles over de regeling<span class="grip-visually-hidden"> {r.naam}</span>
        </Link>
      </P>
    </section>
  );
}

function OrganisatieBlok({ org, peildatum }: { org: MijnOrganisatie; peildatum: string }) {
  const o = org.organisatie;
  const code = o.code ?? o.id;
  const id = `organisatie-${code}`;
  const n = org.regelingen.length;
  return (
    <section aria-labelledby={id}>
      <Heading level={2} id={id}>
        {o.naam}
      </Heading>
      <P>
        {o.naam} neemt deel aan {n} {n === 1 ? 'regeling' : 'regelingen'}.{' '}
        <Link href={`/organisaties/${encodeURIComponent(code)}/kalender`}>Kalender met alle termijnen</Link> ·{' '}
        <Link href="/verzoeken">Verzoeken aan onze raad</Link>
      </P>
      <Tabel
        bijschrift={`Regelingen van ${o.naam}: zeggenschap, termijnen en nieuws`}
        rijen={org.regelingen}
        leeg={`Er zijn geen regelingen geregistreerd waaraan ${o.naam} nu deelneemt.`}
        kolommen={[
          { kop: 'Regeling', cel: (m) => <Link href={`#${anker(org, m)}`}>{m.regeling.naam}</Link> },
          { kop: 'Vorm', cel: (m) => vormLabel[m.regeling.vorm] },
          {
            kop: 'Stemaandeel',
            numeriek: true,
            cel: (m) => procent(m.aandeel?.stemaandeel) ?? <Onbekend />,
          },
          { kop: 'Kostenaandeel', numeriek: true, cel: kostenTekst },
          {
            kop: 'Bevolkingsaandeel',
            numeriek: true,
            cel: (m) => procent(m.aandeel?.bevolkingsaandeel) ?? <Onbekend />,
          },
          { kop: 'Eerstvolgende termijn', cel: (m) => datum(m.termijnen[0]?.datum) ?? '—' },
          { kop: 'Open procedures', numeriek: true, cel: (m) => getal(m.openProcedures.length) },
          { kop: 'Nieuw', numeriek: true, cel: (m) => getal(nieuwAantal(m)) },
        ]}
      />
      {org.regelingen.map((m) => (
        <RegelingBlok org={org} m={m} peildatum={peildatum} />
      ))}
    </section>
  );
}

// ---------- routes ----------

export function raadswerkplaatsWeb(app: Hono<AppEnv>, s: Services) {
  const db = s.database.db;

  /**
   * The organisations whose regelingen this user sees (raadslid or griffie), or the page that says why not;
   * `metBezoek` false: no visit is recorded (the exports).
   */
  async function mijnOrganisaties(c: Context<AppEnv>, pad: string, metBezoek: boolean) {
    const g = c.get('gebruiker');
    if (!g) return { antwoord: c.redirect(`/inloggen?terug=${pad}`, 303) };
    const organisatieIds = [
      ...new Set(
        g.rollen
          .map((r) => r.organisatieId)
          .filter(
            (id): id is string => id !== null && mag(g, 'raadswerkplaats.gebruiken', { organisatieId: id }),
          ),
      ),
    ];
    if (organisatieIds.length === 0)
      return {
        antwoord: foutPagina(
          c,
          s,
          403,
          'Geen toegang',
          'Mijn regelingen is er voor de raadsleden en de griffie van een organisatie. Uw account heeft die rol niet.',
        ),
      };
    const bezoek = metBezoek ? await registreerBezoek(db, g.gebruikerId, new Date()) : null;
    const peildatum = vandaag();
    const organisaties = await mijnRegelingen(db, {
      organisatieIds,
      gebruikerId: g.gebruikerId,
      peildatum,
      sinds: bezoek?.sinds ?? new Date(),
      kalender: await s.kalender(),
      magNietOpenbaarLezen: (regelingId, deelnemers) => mag(g, 'procedure.lezen', { regelingId, deelnemers }),
    });
    return { organisaties, bezoek, peildatum };
  }

  app.get('/mijn-regelingen', async (c) => {
    const m = await mijnOrganisaties(c, '/mijn-regelingen', true);
    if ('antwoord' in m) return m.antwoord;
    const { organisaties, peildatum } = m;
    const bezoek = m.bezoek!;
    return render(
      c,
      s,
      'Mijn regelingen',
      <>
        <Heading level={1}>Mijn regelingen</Heading>
        <P lead>
          Alle gemeenschappelijke regelingen van uw organisatie op één pagina: wat ze doen, hoeveel
          zeggenschap u heeft naast uw aandeel in de bevolking, wie namens u in het bestuur zit, wat eraan
          komt en wat er nieuw is.
        </P>
        <P>
          <Link href="/inlichtingen">Open vragen aan de besturen (inlichtingen)</Link>: de vragen van uw
          organisatie die nog op antwoord wachten, met wat te laat is.
        </P>
        <P>
          Als spreadsheet, bijvoorbeeld voor de paragraaf verbonden partijen:{' '}
          <Link href="/mijn-regelingen.xlsx">Excel (XLSX)</Link> ·{' '}
          <Link href="/mijn-regelingen.csv">CSV</Link>
        </P>
        <P>
          {bezoek.bekend
            ? `Nieuw is wat er sinds uw vorige bezoek (${tijdstip(bezoek.sinds)}) is gebeurd, behalve wat u zelf deed.`
            : `Grip kent geen vorig bezoek van u. Nieuw is daarom wat er de afgelopen ${TERUGBLIK_DAGEN} dagen is gebeurd, behalve wat u zelf deed.`}
        </P>
        {organisaties.map((org) => (
          <OrganisatieBlok org={org} peildatum={peildatum} />
        ))}
      </>,
      { huidig: '/mijn-regelingen' },
    );
  });

  const spreadsheet = (formaat: 'csv' | 'xlsx') => async (c: Context<AppEnv>) => {
    const m = await mijnOrganisaties(c, '/mijn-regelingen', false);
    if ('antwoord' in m) return m.antwoord;
    const rijen = exportRijen(m.organisaties, s.config.baseUrl);
    const { naarCsv, naarXlsx } = await import('../../platform/documenten/export');
    const naam = `mijn-regelingen-${m.peildatum}`;
    if (formaat === 'csv')
      return c.body(naarCsv(exportKolommen, rijen), 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${naam}.csv"`,
      });
    const xlsx = await naarXlsx('Mijn regelingen', exportKolommen, rijen);
    return c.body(new Uint8Array(xlsx), 200, {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="${naam}.xlsx"`,
    });
  };
  app.get('/mijn-regelingen.csv', spreadsheet('csv'));
  app.get('/mijn-regelingen.xlsx', spreadsheet('xlsx'));

  app.get('/regelingen/:id/instrumenten', async (c) => {
    const id = c.req.param('id');
    const peildatum = vandaag();
    const o = isUuid(id) ? await regelingOverzicht(db, id, peildatum) : null;
    if (!o)
      return foutPagina(c, s, 404, 'Regeling niet gevonden', 'Deze regeling staat niet in het register.');
    const r = o.regeling;
    const ref = (c.req.query('organisatie') ?? '').trim();
    const deelnemers = o.deelnames.filter(
      (d) => neemtDeel(d, peildatum) && heeftInstrumenten(d.organisatie.soort),
    );
    const gekozen = ref
      ? o.deelnames.find(
          (d) => d.organisatie.id === ref || (d.organisatie.code ?? '').toUpperCase() === ref.toUpperCase(),
        )
      : undefined;
    const oi = gekozen ? instrumentenVan(o, gekozen.organisatieId, peildatum) : null;
    const kruimels = (
      <Breadcrumbs
        items={[
          ['/', 'Home'],
          ['/regelingen', 'Register'],
          [`/regelingen/${r.id}`, r.korteNaam ?? r.naam],
        ]}
      />
    );
    const andere = (
      <Lijst
        leeg="Deze regeling heeft geen deelnemende gemeenten, provincies of waterschappen."
        items={deelnemers
          .filter((d) => d.organisatieId !== oi?.organisatie.id)
          .map((d) => (
            <Link href={instrumentenPad(r.id, d.organisatie)}>{d.organisatie.naam}</Link>
          ))}
      />
    );
    if (!oi) {
      const titel = `Instrumenten van de deelnemers in ${r.korteNaam ?? r.naam}`;
      return render(
        c,
        s,
        titel,
        <>
          {kruimels}
          <Heading level={1}>{titel}</Heading>
          {ref ? (
            <Alert type="warning">
              <P>
                {gekozen
                  ? `${gekozen.organisatie.naam} neemt niet (meer) deel aan deze regeling.`
                  : `Grip kent geen deelnemer “${ref}” van deze regeling.`}{' '}
                Kies een deelnemer hieronder.
              </P>
            </Alert>
          ) : null}
          <P lead>
            Welke instrumenten de raad van een deelnemer in deze regeling heeft, hangt af van de vorm, het
            type en de organen waarmee de deelnemer deelneemt. Kies een deelnemer.
          </P>
          {andere}
        </>,
        { status: ref ? 404 : 200 },
      );
    }
    const org = oi.organisatie;
    const titel = `Onze instrumenten: ${org.naam} in ${r.korteNaam ?? r.naam}`;
    const commissieStatus = oi.lijst?.some((i) => i.code === 'adviescommissie' && i.beschikbaar)
      ? await commissieStatusTekst(db, r.id, peildatum)
      : null;
    const lijst = oi.lijst ?? [];
    const ja = lijst.filter((i) => i.beschikbaar);
    const nee = lijst.filter((i) => !i.beschikbaar);
    return render(
      c,
      s,
      titel,
      <>
        {kruimels}
        <Heading level={1}>{titel}</Heading>
        <P lead>
          Welke middelen {raadVan(org)} heeft in {r.naam}, met het artikel waarop elk rust.
        </P>
        <DataList
          items={[
            ['Vorm', vormLabel[r.vorm]],
            ['Type (afgeleid uit de deelnemende organen, Wgr art. 1)', typeLabel[r.type]],
            [`${org.naam} neemt deel met`, organenTekst(oi.organen)],
            ['Volgens de wet op', datum(peildatum)],
          ]}
        />
        {oi.lijst === null ? (
          <NietAfgeleid oi={oi} />
        ) : (
          <>
            <P>
              Grip leidt de instrumenten af uit de Wet gemeenschappelijke regelingen en de Gemeentewet, en
              neemt de eigen afspraken van de regeling over waar die bekend zijn. Het is een hulpmiddel, geen
              juridisch advies.
            </P>
            {lijst.some((i) => i.status === 'onbevestigd') ? (
              <Alert type="info" title="Wat betekent onbevestigd?">
                <P>{ONBEVESTIGD_UITLEG}</P>
              </Alert>
            ) : null}
            <section aria-labelledby="beschikbaar">
              <Heading level={2} id="beschikbaar">
                Wat {raadVan(org)} hier kan
              </Heading>
              <Tabel
                bijschrift={`Instrumenten van ${raadVan(org)} in ${r.korteNaam ?? r.naam}`}
                rijen={ja}
                leeg="Geen instrumenten."
                kolommen={[
                  { kop: 'Instrument', cel: (i) => i.naam },
                  {
                    kop: 'Artikel',
                    cel: (i) =>
                      i.bron === 'regeling' ? `${i.artikel}, uitgewerkt in de regeling` : i.artikel,
                  },
                  {
                    kop: 'Uitleg',
                    cel: (i) => (
                      <>
                        {i.uitleg}
                        <ProceduresLink regelingId={r.id} i={i} />
                        {i.code === 'adviescommissie' ? (
                          <CommissieLink regelingId={r.id} status={commissieStatus} />
                        ) : null}
                      </>
                    ),
                  },
                  { kop: 'Status', cel: (i) => <Status i={i} /> },
                ]}
              />
            </section>
            <section aria-labelledby="niet-beschikbaar">
              <Heading level={2} id="niet-beschikbaar">
                Wat hier niet geldt
              </Heading>
              <Tabel
                bijschrift={`Instrumenten die ${raadVan(org)} in ${r.korteNaam ?? r.naam} niet heeft, met de reden`}
                rijen={nee}
                leeg="Alle instrumenten gelden hier."
                kolommen={[
                  { kop: 'Instrument', cel: (i) => i.naam },
                  { kop: 'Artikel', cel: (i) => i.artikel },
                  { kop: 'Wat het is', cel: (i) => i.uitleg },
                  { kop: 'Waarom niet hier', cel: (i) => i.reden ?? <Onbekend /> },
                  { kop: 'Status', cel: (i) => <Status i={i} /> },
                ]}
              />
            </section>
          </>
        )}
        <section aria-labelledby="andere-deelnemers">
          <Heading level={2} id="andere-deelnemers">
            Andere deelnemers
          </Heading>
          {andere}
        </section>
      </>,
    );
  });
}
