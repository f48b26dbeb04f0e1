/**
 * The further landschap pages: congruence with a region division (/landschap/congruentie), the change from
 * 2016 to now (/landschap/verandering), a page per gemeente (/landschap/gemeenten/{code}) and the exports
 * of every analysis (/landschap/export/{analyse}?formaat=csv|xlsx|ndjson).
 */
import type { Context, Hono } from 'hono';
import type { Services } from '../../platform/http/app';
import type { AppEnv } from '../../platform/http/env';
import { foutPagina, render } from '../../platform/http/pages';
import {
  Alert,
  Breadcrumbs,
  Button,
  DataList,
  ErrorSummary,
  Heading,
  Link,
  P,
  Select,
  Tabel,
  TextField,
  datum,
  getal,
  procent,
} from '../../platform/views/components';
import { vandaag } from '../../platform/clock';
import { congruentie, type CongruentieTelling, medelidmaatschap, partnersets } from './analyse';
import {
  DEFAULT_INDELING,
  laadCongruentie,
  laadOverzicht,
  laadVerandering,
  type CongruentieUitkomst,
} from './analyse-laden';
import { bronFilterLabel, bronFilters } from './bron-info';
import {
  alleRegioIndelingen,
  bronHerkomst,
  landschapRegelingen,
  regioIndelingen,
  regiosVanGemeente,
} from './kaart-store';
import {
  analyses,
  congruentieTabel,
  exportAntwoord,
  formaten,
  gemeentenTabel,
  parenTabel,
  regelingenHerkomst,
  registerTabel,
  veranderingTabel,
  type Analyse,
  type Formaat,
} from './uitvoer';
import { sorteringen, vergelijk, type Sortering } from './web';
import {
  ExportLinks,
  filterParams,
  type GelezenFilters,
  HerkomstBlok,
  leesLandschapFilters,
} from './weergave';

const aandeel = (t: CongruentieTelling) => (t.aandeelBinnen === null ? '—' : procent(t.aandeelBinnen));

const BronVelden = ({ f, c }: { f: GelezenFilters; c: Context<AppEnv> }) => (
  <>
    <Select
      naam="bron"
      label="Bron"
      leeg="Het register (ingevoerd in Grip en het landelijk GR-register)"
      opties={bronFilters.map((b) => [b, bronFilterLabel[b]])}
      waarde={f.bron}
      fout={f.fouten.bron}
    />
    <TextField
      naam="peildatum"
      label="Peildatum"
      type="date"
      hulp="Alleen regelingen die op deze datum golden; leeg: nu"
      waarde={f.fouten.peildatum ? c.req.query('peildatum') : f.peildatum}
      fout={f.fouten.peildatum}
    />
  </>
);

export function analyseWeb(app: Hono<AppEnv>, s: Services) {
  const db = s.database.db;

  app.get('/landschap/congruentie', async (c) => {
    const f = leesLandschapFilters(c.req.query());
    const indelingen = await regioIndelingen(db);
    const gekozen =
      f.indeling ??
      (indelingen.some((i) => i.indeling === DEFAULT_INDELING) ? DEFAULT_INDELING : indelingen[0]?.indeling);
    const fouten = { ...f.fouten };
    if (f.indeling && !indelingen.some((i) => i.indeling === f.indeling))
      fouten.indeling = 'Deze indeling is niet ingelezen; kies een indeling uit de lijst';
    const u = gekozen && !fouten.indeling ? await laadCongruentie(db, { ...f, indeling: gekozen }) : null;
    const titel = 'Congruentie met regio-indelingen';
    const params = filterParams(f, { indeling: gekozen });
    return render(
      c,
      s,
      titel,
      <>
        <Breadcrumbs items={[['/landschap', 'Landschap']]} />
        <Heading level={1}>{titel}</Heading>
        <P lead>
          Blijft de samenwerking van gemeenten binnen de regio’s van een indeling, zoals de
          veiligheidsregio’s? Elk medelidmaatschap (twee gemeenten in dezelfde regeling) ligt binnen één regio
          of gaat over de regiogrens.
        </P>
        <ErrorSummary fouten={fouten} />
        {indelingen.length === 0 ? (
          <Alert type="info">
            Er zijn nog geen regio-indelingen ingelezen. Een beheerder leest de Regioatlas in met{' '}
            <code>npx grip import regioatlas &lt;map&gt;</code>.
          </Alert>
        ) : (
          <form
            class="utrecht-form"
            method="get"
            action="/landschap/congruentie"
            role="search"
            aria-label="Kies de indeling"
          >
            <div class="grip-filters">
              <Select
                naam="indeling"
                label="Regio-indeling"
                opties={indelingen.map((i) => [i.indeling, `${i.naam} (${i.regios} regio’s)`])}
                waarde={gekozen}
                fout={fouten.indeling}
              />
              <BronVelden f={f} c={c} />
              <TextField
                naam="provincie"
                label="Provincie (code)"
                hulp="Bijvoorbeeld PV27; leeg: heel Nederland"
                waarde={fouten.provincie ? c.req.query('provincie') : f.provincie}
                fout={fouten.provincie}
              />
            </div>
            <Button>Toon congruentie</Button>
          </form>
        )}
        {u ? <CongruentieSectie u={u} params={params} /> : null}
      </>,
      { huidig: '/landschap' },
    );
  });

  app.get('/landschap/verandering', async (c) => {
    const f = leesLandschapFilters(c.req.query());
    const u = await laadVerandering(db, f);
    const v = u.verandering;
    const titel = 'Verandering van 2016 naar nu';
    const naam = (code: string) => u.namen.get(code) ?? code;
    const params = filterParams({
      peildatum: f.peildatum,
      provincie: f.provincie,
      beleidsterrein: f.beleidsterrein,
    });
    return render(
      c,
      s,
      titel,
      <>
        <Breadcrumbs items={[['/landschap', 'Landschap']]} />
        <Heading level={1}>{titel}</Heading>
        <P lead>
          De momentopname van 2016 (OpenGR, peildatum {datum(u.toen.peildatum)}) naast het landelijk
          GR-register op {datum(u.nu.peildatum)}. De bronnen delen geen kenmerk: een regeling van toen is
          gekoppeld aan een van nu op haar naam en haar deelnemers, en bij elke koppeling staat waarop.
        </P>
        <ErrorSummary fouten={f.fouten} />
        <form
          class="utrecht-form"
          method="get"
          action="/landschap/verandering"
          role="search"
          aria-label="Filter de verandering"
        >
          <div class="grip-filters">
            <TextField
              naam="peildatum"
              label="Peildatum van nu"
              type="date"
              hulp="Leeg: vandaag"
              waarde={f.fouten.peildatum ? c.req.query('peildatum') : f.peildatum}
              fout={f.fouten.peildatum}
            />
            <TextField
              naam="provincie"
              label="Provincie (code) voor de tabel per gemeente"
              hulp="Bijvoorbeeld PV27; leeg: heel Nederland"
              waarde={f.fouten.provincie ? c.req.query('provincie') : f.provincie}
              fout={f.fouten.provincie}
            />
          </div>
          <Button>Toon verandering</Button>
        </form>
        <Heading level={2}>Landelijk</Heading>
        <DataList
          items={[
            ['Regelingen in 2016', getal(v.toen)],
            [`Regelingen op ${datum(u.nu.peildatum)}`, getal(v.nu)],
            [
              'Gekoppeld',
              `${getal(v.matches.length)} (op naam: ${getal(v.matches.filter((m) => m.wijze === 'naam').length)}, op naam en deelnemers: ${getal(v.matches.filter((m) => m.wijze !== 'naam').length)})`,
            ],
            ['Alleen in 2016', getal(v.alleenOud.length)],
            ['Alleen nu', getal(v.alleenNieuw.length)],
          ]}
        />
        <ExportLinks analyse="verandering" params={params} />
        <Heading level={2}>Per gemeente</Heading>
        <Tabel
          bijschrift="Regelingen per gemeente toen en nu"
          rijen={u.gemeenten}
          leeg="Geen gemeenten in de gegevens."
          kolommen={[
            {
              kop: 'Gemeente',
              cel: (g) => <Link href={`/landschap/gemeenten/${g.code}`}>{naam(g.code)}</Link>,
            },
            { kop: 'CBS-code', cel: (g) => g.code },
            { kop: '2016', numeriek: true, cel: (g) => getal(g.toen) },
            { kop: 'Nu', numeriek: true, cel: (g) => getal(g.nu) },
            { kop: 'Gebleven', numeriek: true, cel: (g) => getal(g.gebleven) },
            { kop: 'Verlaten of opgeheven', numeriek: true, cel: (g) => getal(g.verlaten) },
            { kop: 'Nieuw', numeriek: true, cel: (g) => getal(g.nieuw) },
          ]}
        />
        <Heading level={2}>Koppelingen</Heading>
        <Tabel
          bijschrift="Welke regeling van 2016 bij welke regeling van nu hoort, en waarop"
          rijen={v.matches}
          leeg="Geen koppelingen (een van beide bronnen is niet ingelezen)."
          kolommen={[
            { kop: '2016', cel: (m) => m.oud.naam },
            { kop: 'Nu', cel: (m) => <Link href={`/regelingen/${m.nieuw.id}`}>{m.nieuw.naam}</Link> },
            { kop: 'Gekoppeld op', cel: (m) => (m.wijze === 'naam' ? 'naam' : 'naam en deelnemers') },
            { kop: 'Naamgelijkenis', numeriek: true, cel: (m) => procent(m.naamgelijkenis) },
            {
              kop: 'Overlap deelnemers',
              numeriek: true,
              cel: (m) => (m.deelnemersoverlap === null ? '—' : procent(m.deelnemersoverlap)),
            },
          ]}
        />
        <Heading level={2}>Niet gekoppeld</Heading>
        <div class="grip-twee-kolommen">
          <Tabel
            bijschrift="Alleen in 2016"
            rijen={v.alleenOud}
            leeg="Geen."
            kolommen={[
              { kop: 'Regeling', cel: (r) => <Link href={`/regelingen/${r.id}`}>{r.naam}</Link> },
              { kop: 'Gemeenten', numeriek: true, cel: (r) => getal(r.gemeenten.length) },
            ]}
          />
          <Tabel
            bijschrift="Alleen nu"
            rijen={v.alleenNieuw}
            leeg="Geen."
            kolommen={[
              { kop: 'Regeling', cel: (r) => <Link href={`/regelingen/${r.id}`}>{r.naam}</Link> },
              { kop: 'Gemeenten', numeriek: true, cel: (r) => getal(r.gemeenten.length) },
            ]}
          />
        </div>
        <HerkomstBlok herkomst={u.herkomst} />
      </>,
      { huidig: '/landschap' },
    );
  });

  app.get('/landschap/gemeenten/:code', async (c) => {
    const code = c.req.param('code').toUpperCase();
    if (!/^GM\d{4}$/.test(code))
      return foutPagina(
        c,
        s,
        404,
        'Gemeente niet gevonden',
        `“${c.req.param('code')}” is geen CBS-gemeentecode (zoals GM0363).`,
      );
    const f = leesLandschapFilters(c.req.query());
    const [{ invoer, overzicht, herkomst }, regelingen, regios, indelingen, verandering] = await Promise.all([
      laadOverzicht(db, { bron: f.bron, peildatum: f.peildatum }, Infinity),
      landschapRegelingen(db, f),
      regiosVanGemeente(db, code),
      alleRegioIndelingen(db),
      laadVerandering(db, {}),
    ]);
    const g = overzicht.gemeenten.find((x) => x.code === code);
    if (!g)
      return foutPagina(
        c,
        s,
        404,
        'Gemeente niet gevonden',
        `Er is geen gemeente met code ${code} op deze peildatum.`,
      );
    const codes = invoer.gemeenten.map((x) => x.code);
    const m = medelidmaatschap(invoer.deelnames, codes);
    const namen = new Map(invoer.gemeenten.map((x) => [x.code, x.naam]));
    const partners = codes
      .filter((x) => x !== code && m.gedeeld(code, x) > 0)
      .map((x) => ({ code: x, naam: namen.get(x) ?? x, gedeeld: m.gedeeld(code, x) }))
      .sort((a, b) => b.gedeeld - a.gedeeld || a.naam.localeCompare(b.naam, 'nl'));
    const eigen = regelingen.filter((r) => r.gemeenten.includes(code));
    const sets = partnersets(invoer.deelnames, [code]).get(code) ?? 0;
    const perIndeling = regios.map((r) => {
      const ind = indelingen.get(r.indeling);
      const cg = ind ? congruentie(invoer.deelnames, ind).gemeenten.find((x) => x.code === code) : undefined;
      return { ...r, telling: cg };
    });
    const vg = verandering.verandering.gemeenten.find((x) => x.code === code);
    const va = verandering.verandering;
    const titel = `${g.naam} in het landschap`;
    const params = filterParams({ bron: f.bron, peildatum: f.peildatum });
    return render(
      c,
      s,
      titel,
      <>
        <Breadcrumbs items={[['/landschap', 'Landschap']]} />
        <Heading level={1}>{titel}</Heading>
        <P lead>
          {g.naam} ({code}){g.provincieNaam ? `, provincie ${g.provincieNaam}` : ''}: haar regelingen, met wie
          zij samenwerkt, hoeveel zeggenschap zij heeft en hoe dat sinds 2016 veranderde.{' '}
          <Link href={`/organisaties/${code}`}>De organisatie in Grip</Link>.
        </P>
        <ErrorSummary fouten={f.fouten} />
        <form
          class="utrecht-form"
          method="get"
          action={`/landschap/gemeenten/${code}`}
          role="search"
          aria-label="Kies bron en peildatum"
        >
          <div class="grip-filters">
            <BronVelden f={f} c={c} />
          </div>
          <Button>Toon</Button>
        </form>
        <Heading level={2}>Kerncijfers</Heading>
        <DataList
          items={[
            ['Inwoners', getal(g.inwoners) ?? '—'],
            ['Regelingen', getal(g.regelingen)],
            ['Partnergemeenten', getal(g.partners)],
            ['Partnersets', getal(sets)],
            [
              'Gemiddeld stemaandeel',
              g.stemaandeel.gemiddelde === null
                ? '—'
                : `${procent(g.stemaandeel.gemiddelde)} (bekend in ${getal(g.stemaandeel.bekend)} regelingen)`,
            ],
            [
              'Gemiddeld kostenaandeel',
              g.kostenaandeel.gemiddelde === null
                ? '—'
                : `${procent(g.kostenaandeel.gemiddelde)} (bekend in ${getal(g.kostenaandeel.bekend)} regelingen)`,
            ],
            [
              'Gemiddeld bevolkingsaandeel',
              g.bevolkingsaandeel.gemiddelde === null
                ? '—'
                : `${procent(g.bevolkingsaandeel.gemiddelde)} (bekend in ${getal(g.bevolkingsaandeel.bekend)} regelingen)`,
            ],
          ]}
        />
        <Heading level={2}>Regelingen</Heading>
        <Tabel
          bijschrift={`De ${getal(eigen.length)} regelingen van ${g.naam}`}
          rijen={eigen}
          leeg="De gemeente neemt op deze peildatum aan geen regeling deel."
          kolommen={[
            { kop: 'Regeling', cel: (r) => <Link href={`/regelingen/${r.id}`}>{r.naam}</Link> },
            { kop: 'Beleidsterreinen', cel: (r) => r.beleidsterreinen.join(', ') || '—' },
            { kop: 'Gemeenten', numeriek: true, cel: (r) => getal(r.gemeenten.length) },
          ]}
        />
        <Heading level={2}>Partners</Heading>
        <Tabel
          bijschrift={`Gemeenten waarmee ${g.naam} regelingen deelt, de meeste eerst`}
          rijen={partners}
          leeg="Geen."
          kolommen={[
            {
              kop: 'Gemeente',
              cel: (p) => <Link href={`/landschap/gemeenten/${p.code}?${params}`}>{p.naam}</Link>,
            },
            { kop: 'Gedeelde regelingen', numeriek: true, cel: (p) => getal(p.gedeeld) },
          ]}
        />
        <Heading level={2}>Regio’s en congruentie</Heading>
        <P>
          Per regio-indeling: de regio van de gemeente en welk deel van haar medelidmaatschappen binnen die
          regio blijft.
        </P>
        <Tabel
          bijschrift={`Regio’s van ${g.naam}`}
          rijen={perIndeling}
          leeg="Geen regio-indelingen ingelezen, of de gemeente staat er niet in (de Regioatlas kent de gemeenten van 2016)."
          kolommen={[
            { kop: 'Indeling', cel: (r) => r.indelingNaam },
            { kop: 'Regio', cel: (r) => r.naam },
            { kop: 'Binnen de regio', numeriek: true, cel: (r) => getal(r.telling?.binnen ?? 0) },
            { kop: 'Over de regiogrens', numeriek: true, cel: (r) => getal(r.telling?.over ?? 0) },
            { kop: 'Aandeel binnen', numeriek: true, cel: (r) => (r.telling ? aandeel(r.telling) : '—') },
          ]}
        />
        <Heading level={2}>Van 2016 naar nu</Heading>
        {vg ? (
          <DataList
            items={[
              ['Regelingen in 2016 (OpenGR)', getal(vg.toen)],
              [`Regelingen op ${datum(verandering.nu.peildatum)} (landelijk GR-register)`, getal(vg.nu)],
              ['Gebleven', getal(vg.gebleven)],
              ['Verlaten of opgeheven', getal(vg.verlaten)],
              ['Nieuw', getal(vg.nieuw)],
            ]}
          />
        ) : (
          <P>Geen regelingen van deze gemeente in 2016 of in het landelijk register.</P>
        )}
        <Tabel
          bijschrift="Gekoppelde regelingen met deze gemeente"
          rijen={va.matches.filter((x) => x.oud.gemeenten.includes(code) || x.nieuw.gemeenten.includes(code))}
          leeg="Geen."
          kolommen={[
            { kop: '2016', cel: (x) => x.oud.naam },
            { kop: 'Nu', cel: (x) => <Link href={`/regelingen/${x.nieuw.id}`}>{x.nieuw.naam}</Link> },
            { kop: 'Gekoppeld op', cel: (x) => (x.wijze === 'naam' ? 'naam' : 'naam en deelnemers') },
            { kop: 'Score', numeriek: true, cel: (x) => procent(x.score) },
          ]}
        />
        <HerkomstBlok herkomst={[...herkomst, ...verandering.herkomst]} />
      </>,
      { huidig: '/landschap' },
    );
  });

  app.get('/landschap/export/:analyse', async (c) => {
    const analyse = c.req.param('analyse') as Analyse;
    if (!(analyses as readonly string[]).includes(analyse))
      return foutPagina(
        c,
        s,
        404,
        'Export niet gevonden',
        `Er is geen export “${c.req.param('analyse')}”. Kies uit: ${analyses.join(', ')}.`,
      );
    const formaat = c.req.query('formaat') ?? 'csv';
    if (!(formaten as readonly string[]).includes(formaat))
      return foutPagina(
        c,
        s,
        400,
        'Onbekend formaat',
        `Het formaat “${formaat}” bestaat niet; kies csv, xlsx of ndjson.`,
      );
    const f = leesLandschapFilters(c.req.query());
    const fout = Object.entries(f.fouten)[0];
    if (fout) return foutPagina(c, s, 400, 'Ongeldige filter', `${fout[0]}: ${fout[1]}.`);
    const deel = [f.bron, f.peildatum, f.provincie?.toLowerCase()].filter(Boolean).join('-');
    const naam = `landschap-${analyse}${deel ? `-${deel}` : ''}`;
    const uit = (t: Parameters<typeof exportAntwoord>[4], h: Parameters<typeof exportAntwoord>[5]) =>
      exportAntwoord(c, formaat as Formaat, naam, analyse, t, h);

    if (analyse === 'gemeenten' || analyse === 'paren') {
      const { invoer, overzicht, herkomst } = await laadOverzicht(db, f, analyse === 'paren' ? 1 : Infinity);
      if (analyse === 'paren') return uit(parenTabel(overzicht), herkomst);
      const sortering = (sorteringen as readonly string[]).includes(c.req.query('sortering') ?? '')
        ? (c.req.query('sortering') as Sortering)
        : '-regelingen';
      const rijen = [...overzicht.gemeenten].sort(vergelijk[sortering]);
      return uit(
        gemeentenTabel(
          rijen,
          partnersets(
            invoer.deelnames,
            invoer.gemeenten.map((x) => x.code),
          ),
        ),
        herkomst,
      );
    }
    if (analyse === 'congruentie') {
      const u = await laadCongruentie(db, { ...f, indeling: f.indeling ?? DEFAULT_INDELING });
      if (!u)
        return foutPagina(
          c,
          s,
          404,
          'Indeling niet gevonden',
          `De regio-indeling “${f.indeling ?? DEFAULT_INDELING}” is niet ingelezen.`,
        );
      return uit(
        congruentieTabel(
          u.indeling,
          { ...u.congruentie, gemeenten: u.gemeenten },
          u.namen,
          u.regioNamen,
          u.partnersets,
        ),
        u.herkomst,
      );
    }
    if (analyse === 'verandering') {
      const u = await laadVerandering(db, f);
      return uit(veranderingTabel(u.verandering), u.herkomst);
    }
    const [regelingen, b] = await Promise.all([landschapRegelingen(db, f), bronHerkomst(db, f.bron)]);
    return uit(registerTabel(regelingen), [regelingenHerkomst(f.bron, b, f.peildatum ?? vandaag())]);
  });
}

/** The congruence: nationally, per region and per gemeente, with the exports. */
const CongruentieSectie = ({ u, params }: { u: CongruentieUitkomst; params: string }) => {
  const c = u.congruentie;
  const naam = (code: string) => u.namen.get(code) ?? code;
  return (
    <>
      <Heading level={2}>{u.indelingNaam}: landelijk</Heading>
      <DataList
        items={[
          ['Medelidmaatschappen binnen één regio', getal(c.binnen)],
          ['Over de regiogrens', getal(c.over)],
          ['Met een gemeente die niet in de indeling staat', getal(c.onbekend)],
          ['Aandeel binnen', aandeel(c)],
        ]}
      />
      <P>
        Een medelidmaatschap telt één keer per regeling die twee gemeenten delen. De indeling komt uit een
        andere jaargang dan de regelingen kan komen: gemeenten die sindsdien zijn heringedeeld, staan er niet
        in (“niet in de indeling”).
      </P>
      <ExportLinks analyse="congruentie" params={params} />
      <Tabel
        bijschrift={`Per regio (${u.indelingNaam})`}
        rijen={c.regios}
        kolommen={[
          { kop: 'Regio', cel: (r) => r.naam },
          { kop: 'Gemeenten', numeriek: true, cel: (r) => getal(r.leden) },
          { kop: 'Binnen', numeriek: true, cel: (r) => getal(r.binnen) },
          { kop: 'Over de grens', numeriek: true, cel: (r) => getal(r.over) },
          { kop: 'Aandeel binnen', numeriek: true, cel: (r) => aandeel(r) },
        ]}
      />
      <Tabel
        bijschrift="Per gemeente: congruentie en partnersets"
        rijen={u.gemeenten}
        leeg="Geen gemeenten."
        kolommen={[
          {
            kop: 'Gemeente',
            cel: (g) => <Link href={`/landschap/gemeenten/${g.code}`}>{naam(g.code)}</Link>,
          },
          { kop: 'Regio', cel: (g) => g.regios.map((r) => u.regioNamen.get(r) ?? r).join(', ') || '—' },
          { kop: 'Binnen', numeriek: true, cel: (g) => getal(g.binnen) },
          { kop: 'Over de grens', numeriek: true, cel: (g) => getal(g.over) },
          { kop: 'Aandeel binnen', numeriek: true, cel: (g) => aandeel(g) },
          { kop: 'Partnersets', numeriek: true, cel: (g) => getal(u.partnersets.get(g.code) ?? 0) },
        ]}
      />
      <HerkomstBlok herkomst={u.herkomst} />
    </>
  );
};
