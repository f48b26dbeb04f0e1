/**
 * Pages of the directory: "Wie is wie" per regeling (the raadsleden and griffies of the participants who
 * share their contact details; only for raadsleden and griffies of a participant), and "Mijn contactkaart"
 * under Mijn account, where each fills in and turns on their own card.
 */
import type { Context, Hono } from 'hono';
import { mag } from '../../platform/auth/policy';
import { vandaag } from '../../platform/clock';
import { DomeinFout } from '../../platform/errors';
import type { Services } from '../../platform/http/app';
import type { AppEnv } from '../../platform/http/env';
import { leesFormulier, tekst, vinkje } from '../../platform/http/forms';
import { foutPagina, render } from '../../platform/http/pages';
import { isUuid } from '../../platform/validation';
import {
  Alert,
  Breadcrumbs,
  Button,
  Checkbox,
  ErrorSummary,
  Form,
  type Fouten,
  Heading,
  Link,
  P,
  TextArea,
  TextField,
} from '../../platform/views/components';
import { actorVan } from '../accounts/actor';
import { regelingRij } from '../regelingen/store';
import { contactkaartVan } from './contacten-store';
import { actieveDeelnemers, slaContactkaartOp, type Vermelding, wieIsWie } from './contacten-service';
import type { ContactkaartInvoer } from './domain/contactkaart';

type C = Context<AppEnv>;

export const rolLabels = { raadslid: 'Raadslid', griffie: 'Griffie' } as const;

const Persoon = ({ p }: { p: Vermelding }) => (
  <li class="utrecht-unordered-list__item">
    <strong>{p.naam}</strong> ({rolLabels[p.rol].toLowerCase()}
    {p.gedeeld.functie ? `, ${p.gedeeld.functie}` : ''}
    {p.gedeeld.fractie ? `, fractie ${p.gedeeld.fractie}` : ''})
    {p.gedeeld.email ? (
      <>
        {' '}
        — e-mail:{' '}
        <a class="utrecht-link" href={`mailto:${p.gedeeld.email}`}>
          {p.gedeeld.email}
        </a>
      </>
    ) : null}
    {p.gedeeld.telefoon ? (
      <>
        {' '}
        — telefoon:{' '}
        <a class="utrecht-link" href={`tel:${p.gedeeld.telefoon.replace(/[^\d+]/g, '')}`}>
          {p.gedeeld.telefoon}
        </a>
      </>
    ) : null}
    {p.gedeeld.toelichting ? <div>{p.gedeeld.toelichting}</div> : null}
  </li>
);

export function contactenWeb(app: Hono<AppEnv>, s: Services) {
  const db = s.database.db;

  app.get('/regelingen/:id/wie-is-wie', async (c) => {
    const id = c.req.param('id');
    const r = isUuid(id) ? await regelingRij(db, id) : null;
    if (!r)
      return foutPagina(c, s, 404, 'Regeling niet gevonden', 'Deze regeling staat niet in het register.');
    const g = c.get('gebruiker');
    if (!g) return c.redirect(`/inloggen?terug=/regelingen/${id}/wie-is-wie`, 303);
    const deelnemers = await actieveDeelnemers(db, id, vandaag());
    if (!mag(g, 'contacten.lezen', { regelingId: id, deelnemers: deelnemers.map((d) => d.id) }))
      return foutPagina(
        c,
        s,
        403,
        'Geen toegang',
        'Wie is wie is er alleen voor de raadsleden en griffies van de organisaties die aan deze regeling deelnemen.',
      );
    const groepen = await wieIsWie(db, deelnemers);
    const naam = r.korteNaam ?? r.naam;
    const titel = `Wie is wie: ${naam}`;
    return render(
      c,
      s,
      titel,
      <>
        <Breadcrumbs
          items={[
            ['/', 'Home'],
            ['/regelingen', 'Register'],
            [`/regelingen/${r.id}`, naam],
          ]}
        />
        <Heading level={1}>{titel}</Heading>
        <P lead>
          De raadsleden en griffies van de deelnemers aan {r.naam} die hun contactgegevens delen met de
          raadsleden en griffies van de andere deelnemers. Wie zijn contactkaart niet aanzet, staat hier niet.
        </P>
        <P>
          <Link href="/account/contactkaart">Mijn contactkaart invullen of aanzetten</Link>
        </P>
        {groepen.map((gr) => {
          const anker = `organisatie-${gr.organisatie.code ?? gr.organisatie.id}`;
          return (
            <section aria-labelledby={anker}>
              <Heading level={2} id={anker}>
                {gr.organisatie.naam}
              </Heading>
              {gr.personen.length === 0 ? (
                <P>
                  {gr.organisatie.naam} neemt deel. Niemand van deze organisatie deelt (nog) contactgegevens.
                </P>
              ) : (
                <ul class="utrecht-unordered-list">
                  {gr.personen.map((p) => (
                    <Persoon p={p} />
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </>,
    );
  });

  async function kaartPagina(
    c: C,
    staat: { fouten?: Fouten; waarden?: ContactkaartInvoer; status?: 200 | 400 } = {},
  ) {
    const g = c.get('gebruiker')!;
    const k = staat.waarden ??
      (await contactkaartVan(db, g.gebruikerId)) ?? {
        zichtbaar: false,
        functie: null,
        fractie: null,
        email: null,
        telefoon: null,
        toelichting: null,
      };
    const fouten = staat.fouten ?? {};
    return render(
      c,
      s,
      'Mijn contactkaart',
      <>
        <Breadcrumbs
          items={[
            ['/', 'Home'],
            ['/account', 'Mijn account'],
          ]}
        />
        <Heading level={1}>Mijn contactkaart</Heading>
        <P lead>
          Uw contactkaart staat in "Wie is wie" van elke regeling waaraan uw organisatie deelneemt, zichtbaar
          voor de raadsleden en griffies van de deelnemers. Alleen als u hem aanzet, en alleen met wat u
          invult; zonder kaart noemt Grip u daar niet.
        </P>
        {c.req.query('opgeslagen') ? (
          <Alert type="ok">
            <P>Uw contactkaart is opgeslagen{k.zichtbaar ? ' en zichtbaar' : '; hij is niet zichtbaar'}.</P>
          </Alert>
        ) : null}
        <ErrorSummary fouten={fouten} />
        <Form action="/account/contactkaart" csrf={c.get('csrf')} label="Mijn contactkaart">
          <Checkbox
            naam="zichtbaar"
            label="Toon mijn contactkaart in Wie is wie"
            hulp="Zonder vinkje ziet niemand iets van uw kaart, ook niet uw naam."
            aan={k.zichtbaar}
          />
          <TextField
            naam="functie"
            label="Functie"
            hulp="Bijvoorbeeld: raadslid, griffier, fractievoorzitter."
            waarde={k.functie}
            fout={fouten.functie}
          />
          <TextField naam="fractie" label="Fractie" waarde={k.fractie} fout={fouten.fractie} />
          <TextField
            naam="email"
            label="E-mailadres"
            type="email"
            inputmode="email"
            autocomplete="email"
            waarde={k.email}
            fout={fouten.email}
          />
          <TextField
            naam="telefoon"
            label="Telefoonnummer"
            type="tel"
            autocomplete="tel"
            hulp="Bijvoorbeeld 06 12345678 of +31 20 1234567."
            waarde={k.telefoon}
            fout={fouten.telefoon}
          />
          <TextArea
            naam="toelichting"
            label="Toelichting"
            hulp="Bijvoorbeeld uw portefeuille of wanneer u bereikbaar bent. Hoogstens 1000 tekens."
            rijen={4}
            waarde={k.toelichting}
            fout={fouten.toelichting}
          />
          <Button>Contactkaart opslaan</Button>
        </Form>
      </>,
      { status: staat.status ?? 200, huidig: '/account' },
    );
  }

  const magKaart = (c: C) => {
    const g = c.get('gebruiker');
    if (!g) return c.redirect('/inloggen?terug=/account/contactkaart', 303);
    if (!mag(g, 'contactkaart.invullen'))
      return foutPagina(
        c,
        s,
        403,
        'Geen toegang',
        'Een contactkaart is er voor raadsleden en griffies. Uw account heeft die rol niet.',
      );
    return null;
  };

  app.get('/account/contactkaart', (c) => magKaart(c) ?? kaartPagina(c));

  app.post('/account/contactkaart', async (c) => {
    const geweigerd = magKaart(c);
    if (geweigerd) return geweigerd;
    const g = c.get('gebruiker')!;
    const f = await leesFormulier(c);
    const invoer: ContactkaartInvoer = {
      zichtbaar: vinkje(f, 'zichtbaar'),
      functie: tekst(f, 'functie'),
      fractie: tekst(f, 'fractie'),
      email: tekst(f, 'email'),
      telefoon: tekst(f, 'telefoon'),
      toelichting: tekst(f, 'toelichting'),
    };
    try {
      await slaContactkaartOp(db, actorVan(g), g.gebruikerId, invoer);
      return c.redirect('/account/contactkaart?opgeslagen=1', 303);
    } catch (e) {
      if (!(e instanceof DomeinFout) || e.code !== 'ongeldig') throw e;
      return kaartPagina(c, { fouten: e.opties.data?.fouten as Fouten, waarden: invoer, status: 400 });
    }
  });
}
