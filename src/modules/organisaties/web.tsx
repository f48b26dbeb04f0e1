/** Pages: the list of organisations and an organisation's page with its regelingen and shares. */
import type { Context, Hono } from 'hono';
import { mag } from '../../platform/auth/policy';
import { vandaag } from '../../platform/clock';
import { DomeinFout } from '../../platform/errors';
import { leesFormulier, tekst, veldFouten } from '../../platform/http/forms';
import { actorVan } from '../accounts/actor';
import { OrganisatieInputSchema } from './model';
import { maakOrganisatie, wijzigOrganisatie } from './service';
import type { AppEnv } from '../../platform/http/env';
import type { Services } from '../../platform/http/app';
import { foutPagina, render } from '../../platform/http/pages';
import {
  Alert,
  Breadcrumbs,
  Button,
  ButtonLink,
  ErrorSummary,
  Form,
  type Fouten,
  DataList,
  Heading,
  Link,
  Onbekend,
  P,
  Pagination,
  Select,
  Tabel,
  TextField,
  datum,
  getal,
  procent,
} from '../../platform/views/components';
import { aandelen } from '../regelingen/domain/aandelen';
import { deelnameCijfers, regelingenVanOrganisatie } from '../regelingen/store';
import { orgaanLabel, soortLabel, typeLabel, vormLabel } from '../regelingen/teksten';
import { organisatieSoorten } from './schema';
import { organisatieDetail, vindOrganisatie, zoekOrganisaties } from './store';

const PER_PAGINA = 50;

interface OrganisatieWaarden {
  soort: string;
  naam: string;
  code: string | null;
  tooiUri: string | null;
  rooId: string | null;
  land: string;
  provincie: string | null;
  geldigVan: string | null;
  geldigTot: string | null;
  opvolger: string | null;
}

function uitFormulier(f: Awaited<ReturnType<typeof leesFormulier>>): OrganisatieWaarden {
  return {
    soort: tekst(f, 'soort') ?? '',
    naam: tekst(f, 'naam') ?? '',
    code: tekst(f, 'code')?.toUpperCase() ?? null,
    tooiUri: tekst(f, 'tooiUri'),
    rooId: tekst(f, 'rooId'),
    land: tekst(f, 'land')?.toUpperCase() ?? 'NL',
    provincie: tekst(f, 'provincie'),
    geldigVan: tekst(f, 'geldigVan'),
    geldigTot: tekst(f, 'geldigTot'),
    opvolger: tekst(f, 'opvolger'),
  };
}

const formFouten: Record<string, [string, string]> = {
  code_bestaat: ['code', 'Er is al een organisatie met deze code'],
  organisatie_onbekend: ['opvolger', 'Onbekende organisatie: gebruik een code zoals GM0363'],
  versie_conflict: ['formulier', 'Iemand anders heeft dit intussen gewijzigd. Laad de pagina opnieuw.'],
};

function OrganisatieFormulier({
  c,
  actie,
  titel,
  w,
  fouten,
}: {
  c: Context<AppEnv>;
  actie: string;
  titel: string;
  w: OrganisatieWaarden | null;
  fouten: Fouten;
}) {
  return (
    <>
      <Breadcrumbs
        items={[
          ['/', 'Home'],
          ['/organisaties', 'Organisaties'],
        ]}
      />
      <Heading level={1}>{titel}</Heading>
      <ErrorSummary fouten={fouten} />
      <Form action={actie} csrf={c.get('csrf')} label={titel}>
        <Select
          naam="soort"
          label="Soort"
          leeg="Kies de soort"
          opties={organisatieSoorten.map((x) => [x, soortLabel[x] ?? x])}
          waarde={w?.soort}
          fout={fouten.soort}
        />
        <TextField naam="naam" label="Naam" waarde={w?.naam} fout={fouten.naam} />
        <TextField
          naam="code"
          label="CBS-code"
          hulp="Verplicht voor gemeenten (GM0363), provincies (PV27) en waterschappen (WS0652); leeg voor andere deelnemers"
          waarde={w?.code}
          fout={fouten.code}
        />
        <TextField
          naam="tooiUri"
          label="TOOI-URI"
          hulp="Leeg laten: Grip leidt hem af uit de CBS-code"
          waarde={w?.tooiUri}
          fout={fouten.tooiUri}
        />
        <TextField naam="rooId" label="ROO-id" waarde={w?.rooId} fout={fouten.rooId} />
        <TextField
          naam="land"
          label="Land"
          hulp="Landcode van twee letters, bijvoorbeeld NL, DE of BE"
          waarde={w?.land ?? 'NL'}
          fout={fouten.land}
        />
        <TextField
          naam="provincie"
          label="Provincie (code)"
          hulp="Voor gemeenten en waterschappen, bijvoorbeeld PV27"
          waarde={w?.provincie}
          fout={fouten.provincie}
        />
        <TextField
          naam="geldigVan"
          label="Bestaat sinds"
          hulp="JJJJ-MM-DD"
          waarde={w?.geldigVan}
          fout={fouten.geldigVan}
        />
        <TextField
          naam="geldigTot"
          label="Opgeheven op"
          hulp="JJJJ-MM-DD; bijvoorbeeld bij een herindeling"
          waarde={w?.geldigTot}
          fout={fouten.geldigTot}
        />
        <TextField
          naam="opvolger"
          label="Opvolger (code)"
          hulp="De organisatie die na een herindeling de taken overnam"
          waarde={w?.opvolger}
          fout={fouten.opvolger}
        />
        <Button>Opslaan</Button>
      </Form>
    </>
  );
}

export function organisatiesWeb(app: Hono<AppEnv>, s: Services) {
  const db = s.database.db;

  app.get('/organisaties', async (c) => {
    const q = c.req.query();
    const pagina = Math.max(1, Number.parseInt(q.pagina ?? '1', 10) || 1);
    const soort = (organisatieSoorten as readonly string[]).includes(q.soort ?? '') ? q.soort : undefined;
    const provincie = /^PV\d{2}$/i.test(q.provincie ?? '') ? q.provincie : undefined;
    const zoek = q.q?.trim() || undefined;
    const [res, provincies] = await Promise.all([
      zoekOrganisaties(db, { q: zoek, soort, provincie, pagina, perPagina: PER_PAGINA }),
      zoekOrganisaties(db, { soort: 'provincie', pagina: 1, perPagina: 100 }),
    ]);
    const paginas = Math.max(1, Math.ceil(res.totaal / PER_PAGINA));
    const href = (p: number) => {
      const u = new URLSearchParams(
        Object.entries({ q: zoek, soort, provincie }).filter((e): e is [string, string] => Boolean(e[1])),
      );
      u.set('pagina', String(p));
      return `/organisaties?${u.toString()}`;
    };
    return render(
      c,
      s,
      'Organisaties',
      <>
        <Heading level={1}>Organisaties</Heading>
        <P>
          Gemeenten, provincies, waterschappen en andere deelnemers aan gemeenschappelijke regelingen, met hun
          CBS-code en inwonertal.
        </P>
        {mag(c.get('gebruiker'), 'organisatie.wijzigen') ? (
          <div class="grip-actions">
            <ButtonLink href="/organisaties/nieuw" soort="primary">
              Organisatie registreren
            </ButtonLink>
          </div>
        ) : null}
        <form
          class="utrecht-form"
          method="get"
          action="/organisaties"
          role="search"
          aria-label="Organisaties zoeken"
        >
          <div class="grip-filters">
            <TextField naam="q" label="Naam of code" waarde={zoek} />
            <Select
              naam="soort"
              label="Soort"
              leeg="Alle soorten"
              opties={organisatieSoorten.map((x) => [x, soortLabel[x] ?? x])}
              waarde={soort}
            />
            <Select
              naam="provincie"
              label="Provincie"
              leeg="Alle provincies"
              opties={provincies.rows.map((p) => [p.code ?? '', p.naam])}
              waarde={provincie?.toUpperCase()}
            />
          </div>
          <Button>Zoeken</Button>
        </form>
        <p class="utrecht-paragraph" role="status">
          {getal(res.totaal)} organisaties gevonden.
        </p>
        <Tabel
          bijschrift="Organisaties"
          rijen={res.rows}
          kolommen={[
            { kop: 'Naam', cel: (o) => <Link href={`/organisaties/${o.code ?? o.id}`}>{o.naam}</Link> },
            { kop: 'Code', cel: (o) => o.code ?? <Onbekend /> },
            { kop: 'Soort', cel: (o) => soortLabel[o.soort] ?? o.soort },
            { kop: 'Inwoners', numeriek: true, cel: (o) => getal(o.inwoners) ?? <Onbekend /> },
          ]}
        />
        <Pagination pagina={Math.min(pagina, paginas)} paginas={paginas} href={href} />
      </>,
      { huidig: '/organisaties' },
    );
  });

  const beheer = async (c: Context<AppEnv>, ref: string | null) => {
    const g = c.get('gebruiker');
    if (!g) return c.redirect(`/inloggen?terug=${encodeURIComponent(c.req.path)}`, 303);
    if (!mag(g, 'organisatie.wijzigen'))
      return foutPagina(
        c,
        s,
        403,
        'Geen toestemming',
        'Alleen een beheerder mag organisaties registreren en wijzigen.',
      );
    const o = ref ? await vindOrganisatie(db, ref) : null;
    if (ref && !o)
      return foutPagina(c, s, 404, 'Organisatie niet gevonden', 'Deze organisatie staat niet in Grip.');
    const d = o ? await organisatieDetail(db, o.id) : null;
    const actie = o ? `/organisaties/${o.code ?? o.id}/bewerken` : '/organisaties/nieuw';
    const titel = o ? `${o.naam} wijzigen` : 'Organisatie registreren';
    if (c.req.method === 'GET') {
      const w: OrganisatieWaarden | null = d
        ? {
            soort: d.soort,
            naam: d.naam,
            code: d.code,
            tooiUri: d.tooiUri,
            rooId: d.rooId,
            land: d.land,
            provincie: d.provincie?.code ?? null,
            geldigVan: d.geldigVan,
            geldigTot: d.geldigTot,
            opvolger: d.opvolger?.code ?? d.opvolger?.id ?? null,
          }
        : null;
      return render(
        c,
        s,
        titel,
        <OrganisatieFormulier c={c} actie={actie} titel={titel} w={w} fouten={{}} />,
      );
    }
    const w = uitFormulier(await leesFormulier(c));
    const toon = (fouten: Fouten) =>
      render(c, s, titel, <OrganisatieFormulier c={c} actie={actie} titel={titel} w={w} fouten={fouten} />, {
        status: 400,
      });
    const parsed = OrganisatieInputSchema.safeParse(w);
    if (!parsed.success) return toon(veldFouten(parsed.error.issues));
    try {
      const id = o
        ? (await wijzigOrganisatie(db, actorVan(g), o.id, parsed.data, vandaag()), o.id)
        : await maakOrganisatie(db, actorVan(g), parsed.data, vandaag());
      return c.redirect(`/organisaties/${parsed.data.code ?? id}?opgeslagen=1`, 303);
    } catch (e) {
      const f = e instanceof DomeinFout ? formFouten[e.code] : undefined;
      if (f) return toon({ [e instanceof DomeinFout && e.opties.veld ? e.opties.veld : f[0]]: f[1] });
      throw e;
    }
  };
  app.get('/organisaties/nieuw', (c) => beheer(c, null));
  app.post('/organisaties/nieuw', (c) => beheer(c, null));
  app.get('/organisaties/:ref/bewerken', (c) => beheer(c, c.req.param('ref')));
  app.post('/organisaties/:ref/bewerken', (c) => beheer(c, c.req.param('ref')));

  app.get('/organisaties/:ref', async (c) => {
    const o = await vindOrganisatie(db, c.req.param('ref'));
    const d = o ? await organisatieDetail(db, o.id) : null;
    if (!d) return foutPagina(c, s, 404, 'Organisatie niet gevonden', 'Deze organisatie staat niet in Grip.');
    const regelingen = await regelingenVanOrganisatie(db, d.id);
    const cijfers = await deelnameCijfers(
      db,
      regelingen.map((r) => r.id),
    );
    const aandeel = new Map(
      regelingen.map((r) => {
        const rij = aandelen(
          cijfers
            .filter((x) => x.regelingId === r.id)
            .map((x) => ({
              organisatieId: x.organisatieId,
              stemmen: x.stemmen,
              kostenPercentage:
                x.kostenverdeling?.soort === 'percentage' ? x.kostenverdeling.percentage : null,
              inwoners: x.inwoners,
            })),
        ).find((a) => a.organisatieId === d.id);
        return [r.id, rij];
      }),
    );
    const laatste = d.bevolking[0];
    const magWijzigen = mag(c.get('gebruiker'), 'organisatie.wijzigen');
    const magAccounts = mag(c.get('gebruiker'), 'raadsgebruikers.beheren', { organisatieId: d.id });
    return render(
      c,
      s,
      d.naam,
      <>
        <Breadcrumbs
          items={[
            ['/', 'Home'],
            ['/organisaties', 'Organisaties'],
          ]}
        />
        {c.req.query('opgeslagen') === '1' ? <Alert type="ok">De wijziging is opgeslagen.</Alert> : null}
        <Heading level={1}>{d.naam}</Heading>
        {magWijzigen || magAccounts ? (
          <div class="grip-actions">
            {magWijzigen ? (
              <ButtonLink href={`/organisaties/${d.code ?? d.id}/bewerken`}>Gegevens wijzigen</ButtonLink>
            ) : null}
            {magAccounts ? (
              <ButtonLink href={`/organisaties/${d.code ?? d.id}/gebruikers`} soort="secondary">
                Raadsleden en griffie in Grip
              </ButtonLink>
            ) : null}
          </div>
        ) : null}
        <DataList
          items={[
            ['Soort', soortLabel[d.soort] ?? d.soort],
            ['CBS-code', d.code],
            ['TOOI-URI', d.tooiUri],
            ['ROO-id', d.rooId],
            [
              'Provincie',
              d.provincie ? (
                <Link href={`/organisaties/${d.provincie.code ?? d.provincie.id}`}>{d.provincie.naam}</Link>
              ) : null,
            ],
            ['Bestaat sinds', datum(d.geldigVan)],
            ['Opgeheven', d.geldigTot ? datum(d.geldigTot) : 'Nee'],
            [
              'Opvolger',
              d.opvolger ? (
                <Link href={`/organisaties/${d.opvolger.code ?? d.opvolger.id}`}>{d.opvolger.naam}</Link>
              ) : (
                '—'
              ),
            ],
            [
              'Inwoners',
              laatste
                ? `${getal(laatste.aantal)} op ${datum(laatste.peildatum)} (bron: ${laatste.bron})`
                : null,
            ],
          ]}
        />
        {d.namen.length > 1 ? (
          <>
            <Heading level={2}>Eerdere namen</Heading>
            <ul class="utrecht-unordered-list">
              {d.namen.map((n) => (
                <li class="utrecht-unordered-list__item">
                  {n.naam} ({datum(n.geldigVan)} – {n.geldigTot ? datum(n.geldigTot) : 'heden'})
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <Heading level={2}>Regelingen waaraan {d.naam} deelneemt</Heading>
        <P>
          <Link href={`/organisaties/${d.code ?? d.id}/kalender`}>Kalender met alle termijnen</Link> van deze
          regelingen, ook als abonnement voor uw agenda.
        </P>
        <P>
          Per regeling het aandeel van {d.naam} in de stemmen en in de kosten, naast het aandeel in de
          bevolking van alle deelnemers.
        </P>
        <Tabel
          bijschrift={`Regelingen van ${d.naam}`}
          rijen={regelingen}
          leeg="Geen regelingen geregistreerd."
          kolommen={[
            { kop: 'Regeling', cel: (r) => <Link href={`/regelingen/${r.id}`}>{r.naam}</Link> },
            { kop: 'Vorm', cel: (r) => vormLabel[r.vorm] },
            { kop: 'Type', cel: (r) => typeLabel[r.type] },
            { kop: 'Deelnemend orgaan', cel: (r) => r.organen.map((x) => orgaanLabel[x]).join(', ') },
            { kop: 'Toegetreden', cel: (r) => datum(r.datumToetreding) ?? <Onbekend /> },
            { kop: 'Uitgetreden', cel: (r) => datum(r.datumUittreding) ?? '—' },
            {
              kop: 'Stemaandeel',
              numeriek: true,
              cel: (r) => procent(aandeel.get(r.id)?.stemaandeel) ?? <Onbekend />,
            },
            {
              kop: 'Kostenaandeel',
              numeriek: true,
              cel: (r) => procent(aandeel.get(r.id)?.kostenaandeel) ?? <Onbekend />,
            },
            {
              kop: 'Bevolkingsaandeel',
              numeriek: true,
              cel: (r) => procent(aandeel.get(r.id)?.bevolkingsaandeel) ?? <Onbekend />,
            },
          ]}
        />
      </>,
    );
  });
}
