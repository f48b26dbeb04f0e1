/**
 * Calendars for people: the iCalendar feeds per organisation and per regeling, and the page with every
 * deadline of an organisation as a list and a month view, with how to subscribe. Public, like the register.
 */
import { isUuid } from '../../platform/validation';
import type { Context, Hono } from 'hono';
import { vandaag } from '../../platform/clock';
import type { AppEnv } from '../../platform/http/env';
import type { Services } from '../../platform/http/app';
import { foutPagina, render } from '../../platform/http/pages';
import {
  Breadcrumbs,
  Button,
  ErrorSummary,
  type Fouten,
  Heading,
  Link,
  P,
  Select,
  Tabel,
  TextField,
} from '../../platform/views/components';
import { pcStappen, type PcStap } from '../begrotingscyclus/domain';
import { actueleBegrotingsjaren, cycli, type KalenderItem, regelingenVan } from '../begrotingscyclus/store';
import { cyclusWaarschuwingTekst, itemLabel, itemUitleg, stapLabel } from '../begrotingscyclus/teksten';
import { vindOrganisatie } from '../organisaties/store';
import { regelingRij } from '../regelingen/store';
import { langeDatum } from '../termijnen/teksten';
import { procedureTermijnen } from '../procedures/store';
import { bouwFeed, feedItems, type FeedOpties, statusTekst, volgnummers } from './feed';
import { isMaand, maandNaam, maandRaster, plusMaanden, verschuifMaand, weekdagen } from './maand';

const ICS_TYPE = 'text/calendar; charset=utf-8';

/** "GM9901.ics" → "GM9901"; null when the name does not end in .ics. */
const zonderIcs = (bestand: string) => (/^[^/]+\.ics$/i.test(bestand) ? bestand.slice(0, -4) : null);

const stapVolgorde = new Map(pcStappen.map((p, i) => [p, i]));
const opDatum = (a: KalenderItem, b: KalenderItem) =>
  (a.datum ?? '9999-99-99').localeCompare(b.datum ?? '9999-99-99') ||
  a.regelingNaam.localeCompare(b.regelingNaam, 'nl') ||
  (stapVolgorde.get(a.stap) ?? 0) - (stapVolgorde.get(b.stap) ?? 0) ||
  a.bron.localeCompare(b.bron);

const stapTekst = itemLabel;

const unieke = (jaren: number[]) => [...new Set(jaren)].sort((a, b) => a - b);

export function kalenderWeb(app: Hono<AppEnv>, s: Services) {
  const db = s.database.db;
  // Read per request: the configuration may be adjusted after start (the browser tests do).
  const basis = () => s.config.baseUrl.replace(/\/+$/, '');

  async function feed(c: Context<AppEnv>, items: KalenderItem[], opties: Omit<FeedOpties, 'baseUrl'>) {
    const teTonen = feedItems(items);
    const nummers = await volgnummers(db, teTonen);
    return c.body(bouwFeed(teTonen, nummers, { ...opties, baseUrl: basis() }), 200, {
      'Content-Type': ICS_TYPE,
      'Cache-Control': 'no-cache',
    });
  }

  const organisatieOnbekend = (c: Context<AppEnv>) =>
    foutPagina(c, s, 404, 'Organisatie niet gevonden', 'Deze organisatie staat niet in Grip.');

  app.get('/kalender/organisaties/:bestand', async (c) => {
    const ref = zonderIcs(c.req.param('bestand'));
    const o = ref ? await vindOrganisatie(db, ref) : null;
    if (!o) return organisatieOnbekend(c);
    const peildatum = vandaag();
    const ids = await regelingenVan(db, o.id, peildatum);
    const items = [
      ...(await cycli(db, ids, actueleBegrotingsjaren(peildatum), await s.kalender(), peildatum)),
      ...(await procedureTermijnen(db, o.id)),
    ];
    return feed(c, items, {
      naam: `Termijnen ${o.naam} (Grip)`,
      beschrijving: `De termijnen van de begrotingscyclus van alle gemeenschappelijke regelingen waaraan ${o.naam} deelneemt, berekend door Grip.`,
      pagina: `${basis()}/organisaties/${encodeURIComponent(o.code ?? o.id)}/kalender`,
    });
  });

  app.get('/kalender/regelingen/:bestand', async (c) => {
    const id = zonderIcs(c.req.param('bestand'));
    const r = id && isUuid(id) ? await regelingRij(db, id) : null;
    if (!r)
      return foutPagina(
        c,
        s,
        404,
        'Regeling niet gevonden',
        'Deze regeling staat niet (meer) in het register.',
      );
    const peildatum = vandaag();
    const items = await cycli(db, [r.id], actueleBegrotingsjaren(peildatum), await s.kalender(), peildatum);
    return feed(c, items, {
      naam: `Termijnen ${r.naam} (Grip)`,
      beschrijving: `De termijnen van de begrotingscyclus van ${r.naam}, berekend door Grip.`,
      pagina: `${basis()}/regelingen/${r.id}`,
    });
  });

  app.get('/organisaties/:ref/kalender', async (c) => {
    const o = await vindOrganisatie(db, c.req.param('ref'));
    if (!o) return organisatieOnbekend(c);
    const code = o.code ?? o.id;
    const pad = `/organisaties/${encodeURIComponent(code)}/kalender`;
    const q = c.req.query();
    const peildatum = vandaag();
    const fouten: Fouten = {};
    let maand = peildatum.slice(0, 7);
    if (q.maand?.trim()) {
      if (isMaand(q.maand.trim())) maand = q.maand.trim();
      else fouten.maand = 'Vul een maand in als JJJJ-MM, bijvoorbeeld 2026-04';
    }
    const stap = (pcStappen as readonly string[]).includes(q.stap ?? '') ? (q.stap as PcStap) : undefined;
    const alles = q.periode === 'alles';

    const actueel = actueleBegrotingsjaren(peildatum);
    const jaren = unieke([...actueel, ...actueleBegrotingsjaren(`${maand}-01`)]);
    const ids = await regelingenVan(db, o.id, peildatum);
    const items = [
      ...(await cycli(db, ids, jaren, await s.kalender(), peildatum)),
      ...(await procedureTermijnen(db, o.id)),
    ].sort(opDatum);

    const regelingen = [...new Map(items.map((i) => [i.regelingId, i.regelingNaam]))].sort((a, b) =>
      a[1].localeCompare(b[1], 'nl'),
    );
    const regeling = regelingen.some(([id]) => id === q.regeling) ? q.regeling : undefined;
    const gefilterd = items.filter(
      (i) => (!regeling || i.regelingId === regeling) && (!stap || i.stap === stap),
    );
    const tot = plusMaanden(peildatum, 12);
    const lijst = gefilterd.filter(
      (i) =>
        i.datum !== null &&
        (alles ? actueel.includes(i.begrotingsjaar) : i.datum >= peildatum && i.datum <= tot),
    );
    const zonderDatum = gefilterd.filter((i) => i.datum === null && actueel.includes(i.begrotingsjaar));
    const inMaand = gefilterd.filter((i) => i.datum?.startsWith(`${maand}-`));
    const perDag = new Map<string, KalenderItem[]>();
    for (const i of inMaand) perDag.set(i.datum!, [...(perDag.get(i.datum!) ?? []), i]);

    const href = (wijzig: Record<string, string | undefined>, anker = '') => {
      const u = new URLSearchParams(
        Object.entries({
          regeling,
          stap,
          periode: alles ? 'alles' : undefined,
          maand: q.maand?.trim() && !fouten.maand ? maand : undefined,
          ...wijzig,
        }).filter((e): e is [string, string] => Boolean(e[1])),
      );
      const query = u.toString();
      return `${pad}${query ? `?${query}` : ''}${anker}`;
    };
    const feedUrl = `${basis()}/kalender/organisaties/${encodeURIComponent(code)}.ics`;
    const periodeTekst = alles
      ? `alle berekende termijnen van de begrotingsjaren ${actueel[0]} tot en met ${actueel[actueel.length - 1]}`
      : `van ${langeDatum(peildatum)} tot en met ${langeDatum(tot)}`;
    const vorige = verschuifMaand(maand, -1);
    const volgende = verschuifMaand(maand, 1);

    return render(
      c,
      s,
      `Termijnen van ${o.naam}`,
      <>
        <Breadcrumbs
          items={[
            ['/', 'Home'],
            ['/organisaties', 'Organisaties'],
            [`/organisaties/${encodeURIComponent(code)}`, o.naam],
          ]}
        />
        <Heading level={1}>Termijnen van {o.naam}</Heading>
        <P lead>
          Alle termijnen uit de begrotingscyclus van de gemeenschappelijke regelingen waaraan {o.naam}{' '}
          deelneemt: wanneer de kaders, de ontwerpbegroting, de begroting en de jaarrekening uiterlijk naar de
          raden of de toezichthouder moeten, en wanneer het bestuur ze vaststelt.
        </P>
        <P>
          Grip berekent elke datum uit de Wet gemeenschappelijke regelingen, de eigen afspraken van de
          regeling en de geplande vergaderingen van het bestuur. Zet de termijnen in uw eigen agenda:{' '}
          <Link href="#abonneren">abonneren in uw agenda</Link>.
        </P>
        <ErrorSummary fouten={fouten} />
        <form class="utrecht-form" method="get" action={pad} aria-label="Termijnen filteren" novalidate>
          <div class="grip-filters">
            <Select
              naam="regeling"
              label="Regeling"
              leeg="Alle regelingen"
              opties={regelingen}
              waarde={regeling}
            />
            <Select
              naam="stap"
              label="Soort termijn"
              leeg="Alle soorten"
              opties={pcStappen.map((p) => [p, stapLabel[p]])}
              waarde={stap}
            />
            <Select
              naam="periode"
              label="Periode van de lijst"
              opties={[
                ['', 'De komende twaalf maanden'],
                ['alles', 'Alle berekende termijnen'],
              ]}
              waarde={alles ? 'alles' : ''}
            />
            <TextField
              naam="maand"
              label="Maand in het maandoverzicht"
              hulp="JJJJ-MM, bijvoorbeeld 2026-04"
              waarde={q.maand?.trim() ? q.maand.trim() : maand}
              fout={fouten.maand}
            />
          </div>
          <Button>Filteren</Button>
        </form>

        <section aria-labelledby="lijst">
          <Heading level={2} id="lijst">
            Lijst
          </Heading>
          <p class="utrecht-paragraph" role="status">
            {lijst.length === 1 ? '1 termijn' : `${lijst.length} termijnen`}: {periodeTekst}.
          </p>
          <Tabel
            bijschrift={`Termijnen van ${o.naam}, ${periodeTekst}`}
            rijen={lijst}
            leeg="Geen termijnen in deze periode met deze filters."
            kolommen={[
              { kop: 'Uiterlijk', cel: (i) => <time datetime={i.datum!}>{langeDatum(i.datum)}</time> },
              { kop: 'Stap', cel: stapTekst },
              {
                kop: 'Regeling',
                cel: (i) => <Link href={`/regelingen/${i.regelingId}`}>{i.regelingNaam}</Link>,
              },
              { kop: 'Grondslag', cel: (i) => i.artikel },
              { kop: 'Status', cel: statusTekst },
              { kop: 'Toelichting', cel: (i) => <Toelichting item={i} /> },
            ]}
          />
          {zonderDatum.length > 0 ? (
            <>
              <Heading level={3}>Nog zonder datum</Heading>
              <P>
                Deze termijnen hangen af van een vergadering van het bestuur die nog niet is gepland. Zodra
                het secretariaat de vergadering plant, berekent Grip de datum.
              </P>
              <ul class="utrecht-unordered-list">
                {zonderDatum.map((i) => (
                  <li class="utrecht-unordered-list__item">
                    {stapTekst(i)}, begrotingsjaar {i.begrotingsjaar}:{' '}
                    <Link href={`/regelingen/${i.regelingId}`}>{i.regelingNaam}</Link>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>

        <section aria-labelledby="maandoverzicht">
          <Heading level={2} id="maandoverzicht">
            Maandoverzicht {maandNaam(maand)}
          </Heading>
          <nav class="grip-actions" aria-label="Andere maand">
            <Link href={href({ maand: vorige }, '#maandoverzicht')}>Vorige maand ({maandNaam(vorige)})</Link>
            <Link href={href({ maand: volgende }, '#maandoverzicht')}>
              Volgende maand ({maandNaam(volgende)})
            </Link>
          </nav>
          <P>
            {inMaand.length === 0
              ? `In ${maandNaam(maand)} valt geen termijn.`
              : `In ${maandNaam(maand)} ${inMaand.length === 1 ? 'valt 1 termijn' : `vallen ${inMaand.length} termijnen`}.`}
          </P>
          <Maand maand={maand} perDag={perDag} vandaag={peildatum} />
        </section>

        <section aria-labelledby="abonneren">
          <Heading level={2} id="abonneren">
            Abonneren in uw agenda
          </Heading>
          <Abonneren
            feedUrl={feedUrl}
            regelingen={regelingen.map(([id, naam]) => [`${basis()}/kalender/regelingen/${id}.ics`, naam])}
          />
        </section>
      </>,
    );
  });
}

function Toelichting({ item }: { item: KalenderItem }) {
  return (
    <>
      {itemUitleg(item)}
      {item.waarschuwingen.length ? (
        <ul class="utrecht-unordered-list">
          {item.waarschuwingen.map((w) => (
            <li class="utrecht-unordered-list__item">{cyclusWaarschuwingTekst(w)}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/** One month as a table: weeks as rows (with the week number as row header), Monday to Sunday as columns. */
function Maand({
  maand,
  perDag,
  vandaag: nu,
}: {
  maand: string;
  perDag: Map<string, KalenderItem[]>;
  vandaag: string;
}) {
  return (
    <div class="grip-table-scroll">
      <table class="utrecht-table utrecht-table--html-table grip-maand">
        <caption class="utrecht-table__caption">Termijnen in {maandNaam(maand)}, per week</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th scope="col" class="utrecht-table__header-cell">
              Week
            </th>
            {weekdagen.map((d) => (
              <th scope="col" class="utrecht-table__header-cell">
                <span aria-hidden="true">{d.slice(0, 2)}</span>
                <span class="grip-visually-hidden">{d}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {maandRaster(maand).map((w) => (
            <tr class="utrecht-table__row">
              <th scope="row" class="utrecht-table__header-cell">
                {w.nummer}
              </th>
              {w.dagen.map((d) => {
                if (!d) return <td class="utrecht-table__cell"></td>;
                const items = perDag.get(d) ?? [];
                return (
                  <td class="utrecht-table__cell" aria-current={d === nu ? 'date' : undefined}>
                    <time datetime={d}>{Number(d.slice(8))}</time>
                    {d === nu ? <span class="grip-visually-hidden"> (vandaag)</span> : null}
                    {items.length ? (
                      <ul class="utrecht-unordered-list">
                        {items.map((i) => (
                          <li class="utrecht-unordered-list__item">
                            <Link href={`/regelingen/${i.regelingId}`}>
                              {stapTekst(i)} ({i.regelingNaam})
                            </Link>
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** How to subscribe, in plain Dutch, for the calendars most used at councils. */
function Abonneren({ feedUrl, regelingen }: { feedUrl: string; regelingen: [string, string][] }) {
  const webcal = feedUrl.replace(/^https?:/, 'webcal:');
  const stap = (tekst: string) => <li class="utrecht-ordered-list__item">{tekst}</li>;
  return (
    <>
      <P>
        U kunt deze termijnen in uw eigen agenda zetten met een abonnement. Uw agenda haalt de termijnen dan
        zelf bij Grip op en houdt ze bij: verschuift een termijn, bijvoorbeeld omdat een vergadering is
        verplaatst, dan verschuift hij ook in uw agenda. Dat kan enkele uren duren. U kunt de termijnen in uw
        agenda lezen, maar niet wijzigen.
      </P>
      <P>Het adres van deze agenda is:</P>
      <p class="utrecht-paragraph">
        <code class="utrecht-code">{feedUrl}</code>
      </p>
      <P>
        Kopieer dit adres en volg de stappen voor uw agenda hieronder. Werkt u op een computer met een
        agenda-app? Dan kunt u ook <Link href={webcal}>deze agenda direct openen in uw agenda-app</Link>.
      </P>

      <Heading level={3}>Outlook op het web (Microsoft 365 of Outlook.com)</Heading>
      <ol class="utrecht-ordered-list">
        {stap('Open Outlook in uw browser en ga naar Agenda.')}
        {stap('Kies links Agenda toevoegen.')}
        {stap('Kies Abonneren via internet.')}
        {stap('Plak het adres, geef de agenda een naam, bijvoorbeeld “Termijnen GR”, en kies Importeren.')}
      </ol>
      <P>De nieuwe Outlook voor Windows werkt op dezelfde manier.</P>

      <Heading level={3}>Outlook op de computer (klassieke Outlook voor Windows)</Heading>
      <ol class="utrecht-ordered-list">
        {stap('Ga naar Agenda.')}
        {stap('Kies op het tabblad Start: Agenda toevoegen en dan Van internet.')}
        {stap('Plak het adres en kies OK.')}
        {stap('Outlook vraagt of u de agenda wilt toevoegen en bijwerken. Kies Ja.')}
      </ol>

      <Heading level={3}>Google Agenda</Heading>
      <ol class="utrecht-ordered-list">
        {stap('Open Google Agenda op een computer.')}
        {stap('Kies links, naast Andere agenda’s, het plusteken en dan Via URL.')}
        {stap('Plak het adres en kies Agenda toevoegen.')}
      </ol>
      <P>
        De agenda verschijnt daarna ook in Google Agenda op uw telefoon. Google haalt wijzigingen zelf op; dat
        kan tot een dag duren.
      </P>

      <Heading level={3}>Apple Agenda (Mac, iPhone en iPad)</Heading>
      <ol class="utrecht-ordered-list">
        {stap('Op een Mac: kies in Agenda het menu Archief en dan Nieuw agenda-abonnement.')}
        {stap('Plak het adres en kies Abonneer.')}
        {stap('Kies bij Vernieuw automatisch bijvoorbeeld Elke dag, en kies OK.')}
      </ol>
      <P>
        Op een iPhone of iPad: ga naar Instellingen, Agenda, Accounts (of Agenda-accounts), Voeg account toe,
        Anders, Voeg agenda-abonnement toe. Plak het adres en kies Volgende en dan Bewaar.
      </P>

      <Heading level={3}>Andere agenda’s</Heading>
      <P>
        Elke agenda die een abonnement op een iCalendar-adres (ook wel ics-adres) ondersteunt, werkt. Zoek in
        uw agenda naar “agenda toevoegen via internet” of “abonneren”. Download het bestand niet om het
        eenmalig te importeren: dan ziet u later geen wijzigingen.
      </P>

      {regelingen.length > 0 ? (
        <>
          <Heading level={3}>Alleen de termijnen van één regeling</Heading>
          <P>Elke regeling heeft ook een eigen adres:</P>
          <ul class="utrecht-unordered-list">
            {regelingen.map(([url, naam]) => (
              <li class="utrecht-unordered-list__item">
                {naam}: <code class="utrecht-code">{url}</code>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <P>
        De agenda is openbaar en bevat alleen gegevens uit het openbare register: iedereen met het adres kan
        hem lezen.
      </P>
    </>
  );
}
