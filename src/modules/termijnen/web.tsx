/** The page "Termijn berekenen": the same computation as the API, explained in plain Dutch. */
import type { Hono } from 'hono';
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
  type Fouten,
  Heading,
  P,
  Select,
  TextField,
} from '../../platform/views/components';
import { BerekeningInputSchema } from './model';
import { bereken } from './service';
import { langeDatum, metUitleg } from './teksten';

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
    let resultaat: ReturnType<typeof metUitleg> | null = null;
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
          resultaat = metUitleg(bereken(parsed.data, await s.kalender()), parsed.data.start);
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
}
