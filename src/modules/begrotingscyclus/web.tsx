/** The begrotingscyclus on the regeling page, and the forms to plan the meetings of the bestuur. */
import { isUuid } from '../../platform/validation';
import type { Context, Hono } from 'hono';
import { mag } from '../../platform/auth/policy';
import { DomeinFout } from '../../platform/errors';
import type { AppEnv } from '../../platform/http/env';
import type { Services } from '../../platform/http/app';
import { lijst, tekst } from '../../platform/http/forms';
import { formulierStroom, foutPagina } from '../../platform/http/pages';
import {
  Alert,
  Breadcrumbs,
  Button,
  ButtonLink,
  CheckboxGroep,
  ErrorSummary,
  Form,
  type Fouten,
  Heading,
  Link,
  P,
  Tabel,
  TextField,
} from '../../platform/views/components';
import { actorVan } from '../accounts/actor';
import { regelingRij } from '../regelingen/store';
import { langeDatum } from '../termijnen/teksten';
import { type Stuk, stukken } from './domain';
import { VergaderingInputSchema } from './model';
import {
  planVergadering,
  vergaderingenVan,
  type VergaderingRij,
  verwijderVergadering,
  wijzigVergadering,
} from './service';
import type { KalenderItem } from './store';
import { cyclusWaarschuwingTekst, itemUitleg, stapLabel, statusLabel } from './teksten';

export const stukLabel: Record<Stuk, string> = {
  kaders: 'Kaders en voorlopige jaarrekening',
  ontwerpbegroting: 'Ontwerpbegroting (bespreking)',
  begroting: 'Begroting (vaststelling)',
  begrotingswijziging: 'Begrotingswijziging',
  jaarrekening: 'Jaarrekening (vaststelling)',
};

/** Section on the regeling page: the calendar of one begrotingsjaar, the meetings, and the warnings. */
export function BegrotingscyclusSectie({
  regelingId,
  jaar,
  items,
  vergaderingen,
  kanWijzigen,
}: {
  regelingId: string;
  jaar: number;
  items: KalenderItem[];
  vergaderingen: VergaderingRij[];
  kanWijzigen: boolean;
}) {
  const waarschuwingen = items.flatMap((i) =>
    i.waarschuwingen
      .filter(
        (w) => w.code === 'minder_dan_wettelijke_termijn' || w.code === 'vaststelling_te_laat_voor_toezicht',
      )
      .map((w) => ({ i, w })),
  );
  return (
    <section aria-labelledby="begrotingscyclus">
      <Heading level={2} id="begrotingscyclus">
        Begrotingscyclus {jaar}
      </Heading>
      <P>
        Elke termijn uit de Wgr voor begrotingsjaar {jaar}, berekend uit de wet, de eigen afspraken van de
        regeling en de geplande vergaderingen.{' '}
        <Link href={`/regelingen/${regelingId}?jaar=${jaar - 1}#begrotingscyclus`}>
          Begrotingsjaar {jaar - 1}
        </Link>{' '}
        ·{' '}
        <Link href={`/regelingen/${regelingId}?jaar=${jaar + 1}#begrotingscyclus`}>
          Begrotingsjaar {jaar + 1}
        </Link>{' '}
        ·{' '}
        <Link href={`/kalender/regelingen/${regelingId}.ics`}>
          Abonneer op deze termijnen in uw agenda (iCalendar)
        </Link>
      </P>
      {waarschuwingen.map(({ i, w }) => (
        <Alert type="warning" title={`Let op: ${stapLabel[i.stap]}`}>
          <P>{cyclusWaarschuwingTekst(w)}</P>
        </Alert>
      ))}
      <Tabel
        bijschrift={`Termijnen begrotingsjaar ${jaar}`}
        rijen={items}
        leeg="Deze vorm van samenwerking heeft geen eigen begroting (Wgr art. 34–35 gelden voor een openbaar lichaam, bedrijfsvoeringsorganisatie of gemeenschappelijk orgaan)."
        kolommen={[
          { kop: 'Uiterlijk', cel: (i) => (i.datum ? langeDatum(i.datum) : 'onbekend') },
          {
            kop: 'Stap',
            cel: (i) => (i.bron === 'regeling' ? `${stapLabel[i.stap]} (eigen afspraak)` : stapLabel[i.stap]),
          },
          { kop: 'Grondslag', cel: (i) => i.artikel },
          {
            kop: 'Status',
            cel: (i) =>
              i.bron === 'regeling' && i.status === 'bevestigd'
                ? 'Afspraak in de regeling'
                : statusLabel[i.status],
          },
          {
            kop: 'Toelichting',
            cel: (i) => (
              <>
                {itemUitleg(i)}
                {i.waarschuwingen.length ? (
                  <ul class="utrecht-unordered-list">
                    {i.waarschuwingen.map((w) => (
                      <li class="utrecht-unordered-list__item">{cyclusWaarschuwingTekst(w)}</li>
                    ))}
                  </ul>
                ) : null}
              </>
            ),
          },
        ]}
      />
      <Heading level={3}>Geplande vergaderingen</Heading>
      {kanWijzigen ? (
        <div class="grip-actions">
          <ButtonLink href={`/regelingen/${regelingId}/vergaderingen/nieuw`}>Vergadering plannen</ButtonLink>
        </div>
      ) : null}
      <Tabel
        bijschrift="Vergaderingen van het bestuur met P&C-stukken"
        rijen={vergaderingen}
        leeg="Er zijn nog geen vergaderingen gepland."
        kolommen={[
          { kop: 'Datum', cel: (v) => langeDatum(v.datum) },
          { kop: 'Stukken', cel: (v) => v.stukken.map((x) => stukLabel[x]).join(', ') },
          { kop: 'Naar de raden', cel: (v) => (v.verzendDatum ? langeDatum(v.verzendDatum) : '—') },
          { kop: 'Omschrijving', cel: (v) => v.omschrijving ?? '—' },
          ...(kanWijzigen
            ? [
                {
                  kop: 'Actie',
                  cel: (v: VergaderingRij) => (
                    <Link href={`/regelingen/${regelingId}/vergaderingen/${v.id}`}>
                      Wijzig<span class="grip-visually-hidden"> vergadering van {langeDatum(v.datum)}</span>
                    </Link>
                  ),
                },
              ]
            : []),
        ]}
      />
    </section>
  );
}

interface Waarden {
  datum: string;
  stukken: string[];
  verzendDatum: string | null;
  omschrijving: string | null;
}

function Formulier({
  c,
  actie,
  titel,
  w,
  fouten,
  regelingId,
  verwijderActie,
}: {
  c: Context<AppEnv>;
  actie: string;
  titel: string;
  w: Waarden | null;
  fouten: Fouten;
  regelingId: string;
  verwijderActie?: string;
}) {
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
          naam="datum"
          label="Datum van de vergadering"
          hulp="JJJJ-MM-DD"
          waarde={w?.datum}
          fout={fouten.datum}
        />
        <CheckboxGroep
          naam="stukken"
          label="Stukken op de agenda"
          opties={stukken.map((s) => [s, stukLabel[s]])}
          waarden={w?.stukken ?? []}
          fout={fouten.stukken}
        />
        <TextField
          naam="verzendDatum"
          label="Datum waarop de stukken naar de raden gaan"
          hulp="JJJJ-MM-DD; Grip waarschuwt als de raden minder tijd krijgen dan de wet vraagt"
          waarde={w?.verzendDatum}
          fout={fouten.verzendDatum}
        />
        <TextField
          naam="omschrijving"
          label="Omschrijving"
          waarde={w?.omschrijving}
          fout={fouten.omschrijving}
        />
        <Button>Opslaan</Button>
      </Form>
      {verwijderActie ? (
        <Form action={verwijderActie} csrf={c.get('csrf')} label="Vergadering schrappen">
          <Button soort="secondary">Vergadering schrappen</Button>
        </Form>
      ) : null}
    </>
  );
}

export function begrotingscyclusWeb(app: Hono<AppEnv>, s: Services) {
  const db = s.database.db;

  const route = async (c: Context<AppEnv>, vid: string | null) => {
    const id = c.req.param('id') ?? '';
    const g = c.get('gebruiker');
    if (!g) return c.redirect(`/inloggen?terug=${encodeURIComponent(c.req.path)}`, 303);
    if (!mag(g, 'vergaderingen.wijzigen', { regelingId: id })) {
      return foutPagina(
        c,
        s,
        403,
        'Geen toestemming',
        'Alleen het secretariaat van de regeling of een beheerder plant vergaderingen.',
      );
    }
    const r = isUuid(id) ? await regelingRij(db, id) : null;
    const v = r && vid ? (await vergaderingenVan(db, id)).find((x) => x.id === vid) : null;
    if (!r || (vid && !v))
      return foutPagina(c, s, 404, 'Niet gevonden', 'Deze regeling of vergadering bestaat niet.');
    const actie = v ? `/regelingen/${id}/vergaderingen/${v.id}` : `/regelingen/${id}/vergaderingen`;
    const titel = v
      ? `Vergadering van ${langeDatum(v.datum)} wijzigen`
      : `Vergadering plannen voor ${r.naam}`;
    const verwijderActie = v ? `${actie}/schrappen` : undefined;
    return formulierStroom(c, s, {
      titel,
      beginwaarden: v
        ? { datum: v.datum, stukken: v.stukken, verzendDatum: v.verzendDatum, omschrijving: v.omschrijving }
        : null,
      lees: (f): Waarden => ({
        datum: tekst(f, 'datum') ?? '',
        stukken: lijst(f, 'stukken'),
        verzendDatum: tekst(f, 'verzendDatum'),
        omschrijving: tekst(f, 'omschrijving'),
      }),
      schema: VergaderingInputSchema,
      formulier: (w, fouten) => (
        <Formulier
          c={c}
          actie={actie}
          titel={titel}
          w={w}
          fouten={fouten}
          regelingId={id}
          verwijderActie={verwijderActie}
        />
      ),
      bewaar: async (input) => {
        if (v) await wijzigVergadering(db, actorVan(g), id, v.id, input);
        else await planVergadering(db, actorVan(g), id, input);
        const jaar = Number(input.datum.slice(0, 4)) + 1;
        return `/regelingen/${id}?opgeslagen=1&jaar=${jaar}#begrotingscyclus`;
      },
    });
  };
  app.get('/regelingen/:id/vergaderingen/nieuw', (c) => route(c, null));
  app.post('/regelingen/:id/vergaderingen', (c) => route(c, null));
  app.get('/regelingen/:id/vergaderingen/:vid', (c) => route(c, c.req.param('vid')));
  app.post('/regelingen/:id/vergaderingen/:vid', (c) => route(c, c.req.param('vid')));
  app.post('/regelingen/:id/vergaderingen/:vid/schrappen', async (c) => {
    const { id, vid } = c.req.param();
    const g = c.get('gebruiker');
    if (!g || !mag(g, 'vergaderingen.wijzigen', { regelingId: id }))
      return foutPagina(c, s, 403, 'Geen toestemming', 'U mag deze vergadering niet schrappen.');
    if (!isUuid(id) || !isUuid(vid)) return c.notFound();
    await verwijderVergadering(db, actorVan(g), id, vid).catch((e) => {
      if (!(e instanceof DomeinFout)) throw e;
    });
    return c.redirect(`/regelingen/${id}?opgeslagen=1#begrotingscyclus`, 303);
  });
}
