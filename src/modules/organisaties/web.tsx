/** Pages: the list of organisations and an organisation's page with its regelingen and shares. */
import type { Hono } from 'hono';
import type { AppEnv } from '../../platform/http/env';
import type { Services } from '../../platform/http/app';
import { foutPagina, render } from '../../platform/http/pages';
import {
  Breadcrumbs,
  Button,
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
      const u = new URLSearchParams(Object.entries({ q: zoek, soort, provincie }).filter((e): e is [string, string] => Boolean(e[1])));
      u.set('pagina', String(p));
      return `/organisaties?${u.toString()}`;
    };
    return render(
      c,
      s,
      'Organisaties',
      <>
        <Heading level={1}>Organisaties</Heading>
        <P>Gemeenten, provincies, waterschappen en andere deelnemers aan gemeenschappelijke regelingen, met hun CBS-code en inwonertal.</P>
        <form class="utrecht-form" method="get" action="/organisaties" role="search" aria-label="Organisaties zoeken">
          <div class="grip-filters">
            <TextField naam="q" label="Naam of code" waarde={zoek} />
            <Select naam="soort" label="Soort" leeg="Alle soorten" opties={organisatieSoorten.map((x) => [x, soortLabel[x] ?? x])} waarde={soort} />
            <Select naam="provincie" label="Provincie" leeg="Alle provincies" opties={provincies.rows.map((p) => [p.code ?? '', p.naam])} waarde={provincie?.toUpperCase()} />
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

  app.get('/organisaties/:ref', async (c) => {
    const o = await vindOrganisatie(db, c.req.param('ref'));
    const d = o ? await organisatieDetail(db, o.id) : null;
    if (!d) return foutPagina(c, s, 404, 'Organisatie niet gevonden', 'Deze organisatie staat niet in Grip.');
    const regelingen = await regelingenVanOrganisatie(db, d.id);
    const cijfers = await deelnameCijfers(db, regelingen.map((r) => r.id));
    const aandeel = new Map(
      regelingen.map((r) => {
        const rij = aandelen(
          cijfers
            .filter((x) => x.regelingId === r.id)
            .map((x) => ({
              organisatieId: x.organisatieId,
              stemmen: x.stemmen,
              kostenPercentage: x.kostenverdeling?.soort === 'percentage' ? x.kostenverdeling.percentage : null,
              inwoners: x.inwoners,
            })),
        ).find((a) => a.organisatieId === d.id);
        return [r.id, rij];
      }),
    );
    const laatste = d.bevolking[0];
    return render(
      c,
      s,
      d.naam,
      <>
        <Breadcrumbs items={[['/', 'Home'], ['/organisaties', 'Organisaties']]} />
        <Heading level={1}>{d.naam}</Heading>
        <DataList
          items={[
            ['Soort', soortLabel[d.soort] ?? d.soort],
            ['CBS-code', d.code],
            ['TOOI-URI', d.tooiUri],
            ['ROO-id', d.rooId],
            ['Provincie', d.provincie ? <Link href={`/organisaties/${d.provincie.code ?? d.provincie.id}`}>{d.provincie.naam}</Link> : null],
            ['Bestaat sinds', datum(d.geldigVan)],
            ['Opgeheven', d.geldigTot ? datum(d.geldigTot) : 'Nee'],
            ['Opvolger', d.opvolger ? <Link href={`/organisaties/${d.opvolger.code ?? d.opvolger.id}`}>{d.opvolger.naam}</Link> : '—'],
            ['Inwoners', laatste ? `${getal(laatste.aantal)} op ${datum(laatste.peildatum)} (bron: ${laatste.bron})` : null],
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
        <P>Per regeling het aandeel van {d.naam} in de stemmen en in de kosten, naast het aandeel in de bevolking van alle deelnemers.</P>
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
            { kop: 'Stemaandeel', numeriek: true, cel: (r) => procent(aandeel.get(r.id)?.stemaandeel) ?? <Onbekend /> },
            { kop: 'Kostenaandeel', numeriek: true, cel: (r) => procent(aandeel.get(r.id)?.kostenaandeel) ?? <Onbekend /> },
            { kop: 'Bevolkingsaandeel', numeriek: true, cel: (r) => procent(aandeel.get(r.id)?.bevolkingsaandeel) ?? <Onbekend /> },
          ]}
        />
      </>,
    );
  });
}
