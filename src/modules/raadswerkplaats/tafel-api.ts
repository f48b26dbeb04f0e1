/**
 * JSON API of the shared table. Only raadsleden and griffies of the organisations that take part in the
 * regeling on the day may use it: without a token every route is 401; the list of a regeling's table is
 * 403 for anyone else (the regeling itself is public, its table is not); a thread or post is 404 for
 * whoever may not read it (its existence is not disclosed). Writing on behalf of an organisation that is not one's own
 * is 403; a stale draft version or a step the table does not allow is 409. Hidden posts come without text.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { mag } from '../../platform/auth/policy';
import { vandaag } from '../../platform/clock';
import { DomeinFout } from '../../platform/errors';
import type { Services } from '../../platform/http/app';
import type { AppEnv } from '../../platform/http/env';
import { ApiWeigering, etag, fouten, geenInhoud, ok, vereis } from '../../platform/http/openapi';
import { z } from '../../platform/validation';
import { actorVan } from '../accounts/actor';
import { vindOrganisatie } from '../organisaties/store';
import { regelingRij } from '../regelingen/store';
import {
  isVeiligeUrl,
  MAX_FRACTIE,
  MAX_REDEN,
  MAX_TEKST,
  MAX_TITEL,
  MAX_VERWIJZINGEN,
  ondertekeningStand,
  tafelSoorten,
} from './domain/tafel';
import {
  meldBericht,
  onderteken,
  reageer,
  startDraad,
  trekOndertekeningIn,
  sluitDraad,
  verbergBericht,
  wijzigTekst,
} from './tafel-service';
import {
  berichtenVan,
  berichtRij,
  type BerichtMetNamen,
  draadRij,
  type DraadKort,
  type DraadMetNamen,
  dradenVan,
  ondertekeningenVan,
  type OndertekeningRij,
  tafelDeelnemers,
} from './tafel-store';

const IdParam = z.object({ id: z.uuid('Ongeldig id').openapi({ param: { name: 'id', in: 'path' } }) });
const tijd = z.string().openapi({ format: 'date-time' });
const Organisatie = z.object({ id: z.uuid(), code: z.string().nullable(), naam: z.string() });
const organisatieRef = z
  .string()
  .min(2, 'Geef de code van uw organisatie, bijvoorbeeld GM0363')
  .max(80)
  .openapi({
    example: 'GM9902',
    description: 'Code, TOOI-URI of id van de organisatie namens wie u spreekt',
  });

const VerwijzingSchema = z.object({
  titel: z.string().trim().min(1, 'Geef de verwijzing een naam').max(MAX_TITEL),
  url: z
    .string()
    .trim()
    .max(2000)
    .refine(isVeiligeUrl, 'Gebruik een adres dat begint met https:// of http://, of een pad in Grip'),
});

const DraadKortSchema = z
  .object({
    id: z.uuid(),
    regeling: z.object({ id: z.uuid(), naam: z.string() }),
    soort: z.enum(tafelSoorten),
    titel: z.string(),
    organisatie: Organisatie.openapi({ description: 'De deelnemer namens wie de auteur sprak' }),
    auteur: z.string(),
    procedure: z.object({ id: z.uuid(), titel: z.string() }).nullable(),
    verwijzingen: z.array(z.object({ titel: z.string(), url: z.string() })),
    gesloten: z.boolean(),
    aangemaakt: tijd,
    laatsteActiviteit: tijd,
    versie: z.number().int().openapi({ description: 'Versie van de tekst (gezamenlijke zienswijze)' }),
    aantalBerichten: z.number().int(),
  })
  .openapi('TafelDraadKort');

const BerichtSchema = z
  .object({
    id: z.uuid(),
    volgnummer: z.number().int(),
    organisatie: z.object({ id: z.uuid(), naam: z.string() }),
    auteur: z.string(),
    aangemaakt: tijd,
    tekst: z.string().nullable().openapi({ description: 'Markdown zoals geschreven; null als verborgen' }),
    verborgen: z.object({ op: tijd, reden: z.string() }).nullable(),
  })
  .openapi('TafelBericht');

const OndertekeningSchema = z
  .object({
    id: z.uuid(),
    organisatie: z.object({ id: z.uuid(), naam: z.string() }),
    fractie: z.string().nullable().openapi({ description: 'Null: de raad als geheel' }),
    naam: z.string(),
    tekstVolgnummer: z.number().int().openapi({ description: 'Het bericht (de versie) dat ondertekend is' }),
    opHuidigeTekst: z.boolean(),
    ondertekend: tijd,
  })
  .openapi('TafelOndertekening');

const DraadSchema = DraadKortSchema.extend({
  berichten: z.array(BerichtSchema),
  huidigeTekst: z
    .number()
    .int()
    .nullable()
    .openapi({ description: 'Volgnummer van de geldende tekst (gezamenlijke zienswijze)' }),
  ondertekeningen: z.array(OndertekeningSchema),
}).openapi('TafelDraad');

const NieuweDraadSchema = z
  .object({
    organisatie: organisatieRef,
    soort: z.enum(tafelSoorten).default('gesprek'),
    titel: z.string().trim().min(1, 'Geef een titel').max(MAX_TITEL),
    tekst: z.string().trim().min(1, 'Schrijf de tekst').max(MAX_TEKST),
    procedure: z.uuid('Ongeldig id').nullable().optional(),
    verwijzingen: z.array(VerwijzingSchema).max(MAX_VERWIJZINGEN).default([]),
  })
  .openapi('TafelNieuweDraad');

const NieuwBerichtSchema = z
  .object({ organisatie: organisatieRef, tekst: z.string().trim().min(1, 'Schrijf de tekst').max(MAX_TEKST) })
  .openapi('TafelNieuwBericht');

const TekstversieSchema = z
  .object({
    organisatie: organisatieRef,
    tekst: z.string().trim().min(1, 'Schrijf de tekst').max(MAX_TEKST),
    versie: z
      .number()
      .int()
      .min(1)
      .openapi({ description: 'De versie die u wijzigt; een verouderde geeft 409' }),
  })
  .openapi('TafelTekstversie');

const NieuweOndertekeningSchema = z
  .object({
    organisatie: organisatieRef,
    fractie: z
      .string()
      .trim()
      .max(MAX_FRACTIE)
      .optional()
      .openapi({ description: 'Leeg of weg: de raad als geheel (griffie); anders de fractie (raadslid)' }),
  })
  .openapi('TafelNieuweOndertekening');

const RedenSchema = z
  .object({ reden: z.string().trim().min(1, 'Geef de reden').max(MAX_REDEN) })
  .openapi('TafelReden');

const kortJson = (d: DraadMetNamen, aantal: number) => ({
  id: d.id,
  regeling: { id: d.regeling.id, naam: d.regeling.naam },
  soort: d.soort,
  titel: d.titel,
  organisatie: d.organisatie,
  auteur: d.auteurNaam,
  procedure: d.procedure,
  verwijzingen: d.verwijzingen,
  gesloten: d.gesloten !== null,
  aangemaakt: d.aangemaakt.toISOString(),
  laatsteActiviteit: d.laatsteActiviteit.toISOString(),
  versie: d.versie,
  aantalBerichten: aantal,
});

export const berichtJson = (b: BerichtMetNamen) => ({
  id: b.id,
  volgnummer: b.volgnummer,
  organisatie: b.organisatie,
  auteur: b.auteurNaam,
  aangemaakt: b.aangemaakt.toISOString(),
  tekst: b.verborgenOp ? null : b.tekst,
  verborgen: b.verborgenOp ? { op: b.verborgenOp.toISOString(), reden: b.verborgenReden ?? '' } : null,
});

const ondertekeningJson = (t: OndertekeningRij, huidig: number) => ({
  id: t.id,
  organisatie: t.organisatie,
  fractie: t.fractie === '' ? null : t.fractie,
  naam: t.naam,
  tekstVolgnummer: t.tekstVolgnummer,
  opHuidigeTekst: ondertekeningStand(t.tekstVolgnummer, huidig) === 'huidig',
  ondertekend: t.ondertekend.toISOString(),
});

export function tafelApi(api: OpenAPIHono<AppEnv>, s: Services) {
  const db = s.database.db;

  /** The thread if this caller sits at its table today; 404 otherwise. */
  async function leesbaar(c: Context<AppEnv>, draadId: string) {
    if (!c.get('gebruiker')) throw new ApiWeigering(401);
    const d = await draadRij(db, draadId);
    if (!d) throw new DomeinFout('niet_gevonden');
    const deelnemers = await tafelDeelnemers(db, d.regelingId, vandaag());
    if (!mag(c.get('gebruiker'), 'tafel.lezen', { regelingId: d.regelingId, deelnemers }))
      throw new DomeinFout('niet_gevonden');
    return { d, deelnemers };
  }

  async function draadAntwoord(c: Context<AppEnv>, id: string, status: 200 | 201 = 200) {
    const d = (await draadRij(db, id))!;
    const berichten = await berichtenVan(db, id);
    const huidig = berichten.at(-1)?.volgnummer ?? 0;
    c.header('ETag', etag(d.versie));
    return c.json(
      {
        ...kortJson(d, berichten.length),
        berichten: berichten.map(berichtJson),
        huidigeTekst: d.soort === 'zienswijze' ? huidig : null,
        ondertekeningen: (await ondertekeningenVan(db, id)).map((t) => ondertekeningJson(t, huidig)),
      },
      status,
    ) as never;
  }

  async function namens(ref: string) {
    return (await vindOrganisatie(db, ref))?.id ?? null;
  }

  api.openapi(
    createRoute({
      method: 'get',
      path: '/regelingen/{id}/tafel',
      tags: ['raadswerkplaats'],
      operationId: 'listTafelDraden',
      summary: 'De gedeelde tafel van een regeling: de draden, laatste activiteit eerst (alleen deelnemers)',
      security: [{ bearer: [] }],
      request: {
        params: IdParam,
        query: z.object({ soort: z.enum(tafelSoorten).optional() }),
      },
      responses: {
        200: ok(z.object({ items: z.array(DraadKortSchema) }).openapi('TafelDraadLijst'), 'De draden'),
        400: fouten[400],
        401: fouten[401],
        403: fouten[403],
        404: fouten[404],
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      if (!(await regelingRij(db, id))) throw new DomeinFout('niet_gevonden');
      const deelnemers = await tafelDeelnemers(db, id, vandaag());
      vereis(c, 'tafel.lezen', { regelingId: id, deelnemers });
      const items = (await dradenVan(db, id, c.req.valid('query').soort)).map((d: DraadKort) =>
        kortJson(d, d.berichten),
      );
      return c.json({ items }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/regelingen/{id}/tafel',
      tags: ['raadswerkplaats'],
      operationId: 'createTafelDraad',
      summary: 'Een gesprek, notitie of gezamenlijke zienswijze (concept) beginnen aan de gedeelde tafel',
      security: [{ bearer: [] }],
      request: {
        params: IdParam,
        body: { content: { 'application/json': { schema: NieuweDraadSchema } }, required: true },
      },
      responses: {
        201: ok(DraadSchema, 'De nieuwe draad', { status: 201, etag: true }),
        400: fouten[400],
        401: fouten[401],
        403: fouten[403],
        404: fouten[404],
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      if (!(await regelingRij(db, id))) throw new DomeinFout('niet_gevonden');
      const body = c.req.valid('json');
      const organisatieId = await namens(body.organisatie);
      const peildatum = vandaag();
      const deelnemers = await tafelDeelnemers(db, id, peildatum);
      const g = vereis(c, 'tafel.schrijven', { regelingId: id, organisatieId, deelnemers });
      const did = await startDraad(db, actorVan(g), id, {
        organisatieId: organisatieId!,
        soort: body.soort,
        titel: body.titel,
        tekst: body.tekst,
        procedureId: body.procedure ?? null,
        verwijzingen: body.verwijzingen,
        peildatum,
      });
      c.header('Location', `/api/v1/tafel/${did}`);
      return await draadAntwoord(c, did, 201);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/tafel/{id}',
      tags: ['raadswerkplaats'],
      operationId: 'getTafelDraad',
      summary: 'Eén draad met de berichten (verborgen berichten zonder tekst) en de ondertekeningen',
      security: [{ bearer: [] }],
      request: { params: IdParam },
      responses: {
        200: ok(DraadSchema, 'De draad', { etag: true }),
        400: fouten[400],
        401: fouten[401],
        403: fouten[403],
        404: fouten[404],
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      await leesbaar(c, id);
      return await draadAntwoord(c, id);
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/tafel/{id}/berichten',
      tags: ['raadswerkplaats'],
      operationId: 'createTafelBericht',
      summary: 'Reageren in een gesprek of op een notitie',
      security: [{ bearer: [] }],
      request: {
        params: IdParam,
        body: { content: { 'application/json': { schema: NieuwBerichtSchema } }, required: true },
      },
      responses: {
        201: ok(BerichtSchema, 'Het nieuwe bericht', { status: 201 }),
        400: fouten[400],
        401: fouten[401],
        403: fouten[403],
        404: fouten[404],
        409: fouten[409],
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { d, deelnemers } = await leesbaar(c, id);
      const body = c.req.valid('json');
      const organisatieId = await namens(body.organisatie);
      const g = vereis(c, 'tafel.schrijven', { regelingId: d.regelingId, organisatieId, deelnemers });
      const b = await reageer(db, actorVan(g), id, {
        organisatieId: organisatieId!,
        tekst: body.tekst,
        peildatum: vandaag(),
      });
      const bericht = (await berichtenVan(db, id)).find((x) => x.id === b.id)!;
      c.header('Location', `/api/v1/tafel/${id}#bericht-${b.volgnummer}`);
      return c.json(berichtJson(bericht), 201);
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/tafel/{id}/tekst',
      tags: ['raadswerkplaats'],
      operationId: 'createTafelTekstversie',
      summary:
        'Een nieuwe versie van de tekst van een gezamenlijke zienswijze (409 bij een verouderde versie)',
      security: [{ bearer: [] }],
      request: {
        params: IdParam,
        body: { content: { 'application/json': { schema: TekstversieSchema } }, required: true },
      },
      responses: {
        200: ok(DraadSchema, 'De draad met de nieuwe versie', { etag: true }),
        400: fouten[400],
        401: fouten[401],
        403: fouten[403],
        404: fouten[404],
        409: fouten[409],
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { d, deelnemers } = await leesbaar(c, id);
      const body = c.req.valid('json');
      const organisatieId = await namens(body.organisatie);
      const g = vereis(c, 'tafel.schrijven', { regelingId: d.regelingId, organisatieId, deelnemers });
      await wijzigTekst(db, actorVan(g), id, {
        organisatieId: organisatieId!,
        tekst: body.tekst,
        versie: body.versie,
        peildatum: vandaag(),
      });
      return await draadAntwoord(c, id);
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/tafel/{id}/ondertekeningen',
      tags: ['raadswerkplaats'],
      operationId: 'createTafelOndertekening',
      summary:
        'De geldende tekst van een gezamenlijke zienswijze mede ondertekenen: als raad (griffie) of als fractie (raadslid)',
      security: [{ bearer: [] }],
      request: {
        params: IdParam,
        body: { content: { 'application/json': { schema: NieuweOndertekeningSchema } }, required: true },
      },
      responses: {
        201: ok(DraadSchema, 'De draad met de ondertekening', { status: 201, etag: true }),
        400: fouten[400],
        401: fouten[401],
        403: fouten[403],
        404: fouten[404],
        409: fouten[409],
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { d, deelnemers } = await leesbaar(c, id);
      const body = c.req.valid('json');
      const organisatieId = await namens(body.organisatie);
      const fractie = body.fractie ?? '';
      const g = vereis(c, fractie ? 'tafel.ondertekenen.fractie' : 'tafel.ondertekenen.raad', {
        regelingId: d.regelingId,
        organisatieId,
        deelnemers,
      });
      await onderteken(db, actorVan(g), id, {
        organisatieId: organisatieId!,
        fractie,
        peildatum: vandaag(),
      });
      return await draadAntwoord(c, id, 201);
    },
  );

  api.openapi(
    createRoute({
      method: 'delete',
      path: '/tafel/{id}/ondertekeningen/{ondertekening}',
      tags: ['raadswerkplaats'],
      operationId: 'deleteTafelOndertekening',
      summary: 'De eigen ondertekening intrekken',
      security: [{ bearer: [] }],
      request: {
        params: IdParam.extend({
          ondertekening: z.uuid('Ongeldig id').openapi({ param: { name: 'ondertekening', in: 'path' } }),
        }),
      },
      responses: {
        204: geenInhoud('Ingetrokken'),
        400: fouten[400],
        401: fouten[401],
        403: fouten[403],
        404: fouten[404],
      },
    }),
    async (c) => {
      const { id, ondertekening } = c.req.valid('param');
      await leesbaar(c, id);
      const g = c.get('gebruiker')!;
      await trekOndertekeningIn(db, actorVan(g), id, ondertekening);
      return c.body(null, 204);
    },
  );

  /** The post and its thread, if this caller sits at its table; 404 otherwise. */
  async function berichtLeesbaar(c: Context<AppEnv>, berichtId: string) {
    const b = await berichtRij(db, berichtId);
    if (!b) throw new DomeinFout('niet_gevonden');
    return { b, ...(await leesbaar(c, b.draadId)) };
  }

  api.openapi(
    createRoute({
      method: 'post',
      path: '/tafel/berichten/{id}/meldingen',
      tags: ['raadswerkplaats'],
      operationId: 'createTafelMelding',
      summary: 'Een bericht melden als ongepast, met de reden (voor de griffies van de deelnemers)',
      security: [{ bearer: [] }],
      request: {
        params: IdParam,
        body: { content: { 'application/json': { schema: RedenSchema } }, required: true },
      },
      responses: {
        201: ok(z.object({ id: z.uuid() }).openapi('TafelMelding'), 'De melding', { status: 201 }),
        400: fouten[400],
        401: fouten[401],
        403: fouten[403],
        404: fouten[404],
        409: fouten[409],
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { d, deelnemers } = await berichtLeesbaar(c, id);
      const g = vereis(c, 'tafel.lezen', { regelingId: d.regelingId, deelnemers });
      const mid = await meldBericht(
        db,
        actorVan(g),
        id,
        c.req.valid('json').reden,
        { baseUrl: s.config.baseUrl, wachtrij: s.mail.wachtrij },
        vandaag(),
      );
      return c.json({ id: mid }, 201);
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/tafel/berichten/{id}/verberging',
      tags: ['raadswerkplaats'],
      operationId: 'hideTafelBericht',
      summary: 'Een bericht verbergen, met de reden (de griffie van een deelnemer)',
      security: [{ bearer: [] }],
      request: {
        params: IdParam,
        body: { content: { 'application/json': { schema: RedenSchema } }, required: true },
      },
      responses: {
        200: ok(BerichtSchema, 'Het verborgen bericht (zonder tekst)'),
        400: fouten[400],
        401: fouten[401],
        403: fouten[403],
        404: fouten[404],
        409: fouten[409],
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { b, d, deelnemers } = await berichtLeesbaar(c, id);
      const g = vereis(c, 'tafel.modereren', { regelingId: d.regelingId, deelnemers });
      await verbergBericht(db, actorVan(g), id, c.req.valid('json').reden);
      const bericht = (await berichtenVan(db, b.draadId)).find((x) => x.id === id)!;
      return c.json(berichtJson(bericht), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/tafel/{id}/sluiting',
      tags: ['raadswerkplaats'],
      operationId: 'closeTafelDraad',
      summary:
        'Een onderwerp sluiten (geen reacties, versies of ondertekeningen meer) of weer openen: de auteur of de griffie van een deelnemer',
      security: [{ bearer: [] }],
      request: {
        params: IdParam,
        body: {
          content: {
            'application/json': { schema: z.object({ gesloten: z.boolean() }).openapi('TafelSluiting') },
          },
          required: true,
        },
      },
      responses: {
        200: ok(DraadSchema, 'De draad', { etag: true }),
        400: fouten[400],
        401: fouten[401],
        403: fouten[403],
        404: fouten[404],
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { d, deelnemers } = await leesbaar(c, id);
      const g = c.get('gebruiker')!;
      if (
        d.auteurId !== g.gebruikerId &&
        !mag(g, 'tafel.modereren', { regelingId: d.regelingId, deelnemers })
      )
        throw new ApiWeigering(403);
      await sluitDraad(db, actorVan(g), id, c.req.valid('json').gesloten);
      return await draadAntwoord(c, id);
    },
  );
}
