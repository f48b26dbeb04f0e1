/** The page "Termijn berekenen": the same computation as the API, explained in plain Dutch. */
import type { Context, Hono } from 'hono';
import { algemeenErkendeFeestdagen, GELIJKGESTELDE_DAGEN, isDatum } from '../../kalender';
import { mag } from '../../platform/auth/policy';
import { vandaag } from '../../platform/clock';
import { leesFormulier, tekst } from '../../platform/http/forms';
import { actorVan } from '../accounts/actor';
import { toegevoegdeDagen, voegGelijkgesteldeDagToe } from './store';
import type { AppEnv } from '../../platform/http/env';
import type { Services } from '../../platform/http/app';
import { render } from '../../platform/http/pages';
import { veldFouten } from '../../platform/http/forms';
import { DomeinFout } from '../../platform/errors';
import {
  Alert,
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
  TextField,
} from '../../platform/views/components';
import { BerekeningInputSchema } from './model';
import { berekenMetUitleg, type UitgelegdeTermijn } from './service';
import { langeDatum } from './teksten';

const eenheden: [string, string][] = [
  ['W', 'weken'],
  ['D', 'dagen'],
  ['M', 'maanden'],
];

export function termijnenWeb(app: Hono<AppEnv>, s: Services) {
  app.get('/termijnen', async (c) => {
    const q = c.req.query();
    const ingevuld = q.start !== undefined;
    const w = {
      start: q.start ?? '',
      aantal: q.aantal ?? '8',
      eenheid: eenheden.some(([k]) => k === q.eenheid) ? q.eenheid! : 'W',
      richting: q.richting === 'terug' ? 'terug' : 'vooruit',
      grondslag: q.grondslag === 'regeling' ? 'regeling' : 'wet',
      atw: q.atw === '1',
    };
    let fouten: Fouten = {};
    let resultaat: UitgelegdeTermijn | null = null;
    if (ingevuld) {
      const aantal = /^\d{1,4}$/.test(w.aantal.trim()) ? Number(w.aantal) : NaN;
      if (!(aantal >= 1)) fouten.aantal = 'Vul een geheel aantal van minstens 1 in';
      const parsed = BerekeningInputSchema.safeParse({
        start: w.start.trim(),
        duur: `P${aantal >= 1 ? aantal : 1}${w.eenheid}`,
        richting: w.richting,
        grondslag: w.grondslag,
        atwVanToepassing: w.atw,
      });
      if (!parsed.success) fouten = { ...veldFouten(parsed.error.issues), ...fouten };
      else if (!fouten.aantal) {
        try {
          resultaat = berekenMetUitleg(parsed.data, await s.kalender());
        } catch (e) {
          if (!(e instanceof DomeinFout)) throw e;
          fouten.start = 'Grip rekent met datums van 1980 tot en met 9999';
        }
      }
    }
    return render(
      c,
      s,
      'Termijn berekenen',
      <>
        <Heading level={1}>Termijn berekenen</Heading>
        <P>
          Bereken wanneer een termijn eindigt volgens de Algemene termijnenwet: met weekenden, feestdagen en
          de dagen die bij koninklijk besluit met een feestdag zijn gelijkgesteld. Grip legt elke stap uit,
          met het artikel.
        </P>
        <P>
          <Link href="/termijnen/feestdagen">Welke dagen tellen als feestdag?</Link>
        </P>
        <ErrorSummary fouten={fouten} />
        <form class="utrecht-form" method="get" action="/termijnen" aria-label="Termijn berekenen" novalidate>
          <TextField
            naam="start"
            label="Begindatum"
            hulp="De dag van de gebeurtenis, bijvoorbeeld de ontvangst van het ontwerp (JJJJ-MM-DD)"
            waarde={w.start}
            fout={fouten.start}
          />
          <TextField
            naam="aantal"
            label="Duur"
            waarde={w.aantal}
            fout={fouten.aantal ?? fouten.duur}
            inputmode="numeric"
          />
          <Select naam="eenheid" label="Eenheid" opties={eenheden} waarde={w.eenheid} />
          <Select
            naam="richting"
            label="Richting"
            opties={[
              ['vooruit', 'Vooruit: de termijn begint na de begindatum'],
              ['terug', 'Terug: uiterlijk zoveel tijd vóór de begindatum'],
            ]}
            waarde={w.richting}
            fout={fouten.richting}
          />
          <Select
            naam="grondslag"
            label="Waar staat de termijn?"
            opties={[
              ['wet', 'In een wet (bijvoorbeeld de Wgr)'],
              ['regeling', 'In de gemeenschappelijke regeling zelf'],
            ]}
            waarde={w.grondslag}
            fout={fouten.grondslag}
          />
          <Checkbox
            naam="atw"
            label="De regeling verklaart de Algemene termijnenwet van toepassing"
            hulp="Alleen van belang als de termijn in de regeling staat"
            aan={w.atw}
          />
          <Button>Bereken</Button>
        </form>
        {resultaat ? (
          <section aria-labelledby="uitkomst">
            <Heading level={2} id="uitkomst">
              Uitkomst
            </Heading>
            <Alert
              type="ok"
              title={`${w.richting === 'terug' ? 'Uiterlijk op' : 'De termijn eindigt op'} ${langeDatum(resultaat.einddatum)}`}
            >
              <P>
                {resultaat.verschoven
                  ? `Verschoven van ${langeDatum(resultaat.nominaleEinddatum)}.`
                  : 'Niet verschoven.'}
              </P>
            </Alert>
            <Heading level={3}>Zo is dit berekend</Heading>
            <ol class="utrecht-ordered-list">
              {resultaat.stappen.map((st) => (
                <li class="utrecht-ordered-list__item">
                  {st.uitleg}
                  {st.artikel ? ` (${st.artikel})` : ''}
                </li>
              ))}
            </ol>
            {resultaat.waarschuwingen.map((wa) => (
              <Alert type="warning" title={wa.artikel ? `Let op · ${wa.artikel}` : 'Let op'}>
                <P>{wa.uitleg}</P>
              </Alert>
            ))}
            <DataList
              items={[
                ['Nominale einddatum', langeDatum(resultaat.nominaleEinddatum)],
                ['Einddatum', langeDatum(resultaat.einddatum)],
              ]}
            />
          </section>
        ) : null}
      </>,
      { huidig: '/termijnen', status: Object.keys(fouten).length ? 400 : 200 },
    );
  });

  app.get('/termijnen/feestdagen', async (c) => feestdagenPagina(c, {}, null));
  app.post('/termijnen/feestdagen', async (c) => {
    const g = c.get('gebruiker');
    if (!g || !mag(g, 'feestdagen.beheren')) return c.redirect('/inloggen?terug=/termijnen/feestdagen', 303);
    const f = await leesFormulier(c);
    const w = {
      datum: tekst(f, 'datum') ?? '',
      besluit: tekst(f, 'besluit') ?? '',
      bron: tekst(f, 'bron') ?? '',
      status: tekst(f, 'status') === 'bevestigd' ? ('bevestigd' as const) : ('onbevestigd' as const),
    };
    const fouten: Fouten = {};
    if (!isDatum(w.datum)) fouten.datum = 'Vul een bestaande datum in als JJJJ-MM-DD';
    else if (Number(w.datum.slice(0, 4)) < 1980) fouten.datum = 'Grip rekent met datums vanaf 1980';
    if (w.besluit.length < 5) fouten.besluit = 'Vul de naam van het besluit in';
    if (w.bron.length < 5) fouten.bron = 'Vul de vindplaats in, bijvoorbeeld Stcrt. 2026, 12345';
    if (Object.keys(fouten).length === 0) {
      try {
        await voegGelijkgesteldeDagToe(s.database.db, actorVan(g), w);
        s.vergeetKalender();
        return c.redirect('/termijnen/feestdagen?opgeslagen=1', 303);
      } catch (e) {
        if (!(e instanceof DomeinFout)) throw e;
        fouten.datum = 'Deze dag staat al in de lijst';
      }
    }
    return feestdagenPagina(c, fouten, w, 400);
  });

  async function feestdagenPagina(
    c: Context<AppEnv>,
    fouten: Fouten,
    w: { datum: string; besluit: string; bron: string; status: string } | null,
    status: 200 | 400 = 200,
  ) {
    const jaar = Number(vandaag().slice(0, 4));
    const extra = await toegevoegdeDagen(s.database.db);
    const gelijk = [
      ...GELIJKGESTELDE_DAGEN.map((d) => ({ ...d, herkomst: 'Grip (meegeleverd)' })),
      ...extra.map((d) => ({ ...d, herkomst: 'Toegevoegd door een beheerder' })),
    ].sort((a, b) => a.datum.localeCompare(b.datum));
    const magBeheren = mag(c.get('gebruiker'), 'feestdagen.beheren');
    return render(
      c,
      s,
      'Feestdagen en gelijkgestelde dagen',
      <>
        <Heading level={1}>Feestdagen en gelijkgestelde dagen</Heading>
        {c.req.query('opgeslagen') === '1' ? (
          <Alert type="ok">De dag is toegevoegd en telt direct mee in alle berekeningen.</Alert>
        ) : null}
        <P>
          Een termijn uit een wet die eindigt op een zaterdag, zondag of algemeen erkende feestdag loopt door
          tot de eerstvolgende werkdag (Algemene termijnenwet art. 1). De feestdagen staan in art. 3; bij
          koninklijk besluit kunnen andere dagen ermee worden gelijkgesteld (art. 3 lid 3).{' '}
          <Link href="/termijnen">Terug naar Termijn berekenen</Link>.
        </P>
        <Tabel
          bijschrift={`Algemeen erkende feestdagen in ${jaar} (Atw art. 3 lid 1–2)`}
          rijen={algemeenErkendeFeestdagen(jaar)}
          kolommen={[
            { kop: 'Datum', cel: (f) => langeDatum(f.datum) },
            { kop: 'Feestdag', cel: (f) => f.naam },
            { kop: 'Artikel', cel: (f) => f.artikel },
          ]}
        />
        <Tabel
          bijschrift="Dagen die bij koninklijk besluit met een feestdag zijn gelijkgesteld (Atw art. 3 lid 3)"
          rijen={gelijk}
          kolommen={[
            { kop: 'Datum', cel: (d) => langeDatum(d.datum) },
            { kop: 'Besluit', cel: (d) => d.besluit },
            { kop: 'Vindplaats', cel: (d) => d.bron },
            {
              kop: 'Status',
              cel: (d) =>
                d.status === 'bevestigd'
                  ? 'Bevestigd'
                  : 'Onbevestigd: de vindplaats is nog niet gecontroleerd',
            },
            { kop: 'Herkomst', cel: (d) => d.herkomst },
          ]}
        />
        {magBeheren ? (
          <>
            <Heading level={2}>Gelijkgestelde dag toevoegen</Heading>
            <P>
              Verschijnt er een nieuw gelijkstellingsbesluit in de Staatscourant? Voeg de dagen hier toe; ze
              tellen direct mee.
            </P>
            <ErrorSummary fouten={fouten} />
            <Form action="/termijnen/feestdagen" csrf={c.get('csrf')} label="Gelijkgestelde dag toevoegen">
              <TextField naam="datum" label="Datum" hulp="JJJJ-MM-DD" waarde={w?.datum} fout={fouten.datum} />
              <TextField
                naam="besluit"
                label="Besluit"
                hulp="Bijvoorbeeld: Besluit gelijkstelling van … met een algemeen erkende feestdag"
                waarde={w?.besluit}
                fout={fouten.besluit}
              />
              <TextField
                naam="bron"
                label="Vindplaats"
                hulp="Bijvoorbeeld Stcrt. 2026, 12345"
                waarde={w?.bron}
                fout={fouten.bron}
              />
              <Select
                naam="status"
                label="Status"
                opties={[
                  ['bevestigd', 'Bevestigd (vindplaats gecontroleerd)'],
                  ['onbevestigd', 'Onbevestigd'],
                ]}
                waarde={w?.status ?? 'bevestigd'}
              />
              <Button>Toevoegen</Button>
            </Form>
          </>
        ) : null}
      </>,
      { huidig: '/termijnen', status },
    );
  }
}
