/**
 * JSON API of inlichtingen: the questions of a regeling (public ones for everyone, internal ones for
 * those working for a participant or the regeling), asking one, reading one, and recording the answer.
 * Asking on behalf of an organisation that is not the user's or does not take part is 403; an internal
 * question is 404 for whoever may not read it; answering a closed question is 409.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { mag } from '../../platform/auth/policy';
import { vandaag } from '../../platform/clock';
import { DomeinFout } from '../../platform/errors';
import type { Services } from '../../platform/http/app';
import type { AppEnv } from '../../platform/http/env';
import { etag, fouten, ifMatchHeader, ok, vereis, versieUitIfMatch } from '../../platform/http/openapi';
import { datum, z } from '../../platform/validation';
import { actorVan } from '../accounts/actor';
import { vindOrganisatie } from '../organisaties/store';
import { deelnemerIds } from '../procedures/store';
import { regelingRij } from '../regelingen/store';
import { regelingOverzicht } from '../regelingen/service';
import { instrumentenVan } from './invoer';
import {
  antwoordDoorSoorten,
  inlichtingAanSoorten,
  inlichtingStatussen,
  isVerlopen,
} from './domain/inlichtingen';
import { beantwoordVraag, stelVraag } from './inlichtingen-service';
import { type InlichtingMetNamen, inlichtingenVanRegeling, inlichtingRij } from './inlichtingen-store';

const dag = z.string().openapi({ format: 'date' });
const IdParam = z.object({ id: z.uuid('Ongeldig id').openapi({ param: { name: 'id', in: 'path' } }) });

const InlichtingSchema = z
  .object({
    id: z.uuid(),
    regeling: z.object({ id: z.uuid(), naam: z.string() }),
    organisatie: z.object({ id: z.uuid(), code: z.string().nullable(), naam: z.string() }),
    gesteldDoor: z.string().openapi({ description: 'Naam van wie de vraag stelde' }),
    aan: z.enum(inlichtingAanSoorten).openapi({
      description:
        'lid: ons lid in het bestuur (of college/burgemeester, Wgr art. 19); bestuur: het bestuur van de regeling',
    }),
    geadresseerde: z.string(),
    artikel: z.string().openapi({ example: 'Wgr art. 16 lid 2' }),
    onderwerp: z.string(),
    vraag: z.string().openapi({ description: 'Markdown, zoals geschreven' }),
    openbaar: z.boolean(),
    gesteldOp: dag,
    uiterlijk: dag,
    termijnGrondslag: z.string().openapi({ description: 'regeling (afgesproken termijn) of standaard' }),
    verlopen: z.boolean(),
    status: z.enum(inlichtingStatussen),
    antwoord: z
      .object({
        tekst: z.string(),
        beantwoordOp: dag.nullable(),
        namens: z.enum(antwoordDoorSoorten).nullable(),
      })
      .nullable(),
    ingetrokkenOp: dag.nullable(),
  })
  .openapi('Inlichting');

const VraagSchema = z
  .object({
    organisatie: z
      .string()
      .min(2)
      .max(80)
      .openapi({ example: 'GM9902', description: 'Code, TOOI-URI of id van de vragende deelnemer' }),
    aan: z.enum(inlichtingAanSoorten),
    onderwerp: z.string().trim().min(1, 'Geef de vraag een onderwerp').max(200),
    vraag: z.string().trim().min(1, 'Schrijf de vraag').max(100_000),
    openbaar: z.boolean().default(false),
  })
  .openapi('InlichtingVraag');

const AntwoordSchema = z
  .object({
    tekst: z.string().trim().min(1, 'Schrijf het antwoord').max(100_000),
    datum,
    namens: z
      .enum(antwoordDoorSoorten)
      .openapi({ description: 'Wie het antwoord gaf: lid, griffie of secretariaat' }),
  })
  .openapi('InlichtingAntwoord');

const alsJson = (v: InlichtingMetNamen, peildatum: string) => ({
  id: v.id,
  regeling: { id: v.regeling.id, naam: v.regeling.naam },
  organisatie: v.organisatie,
  gesteldDoor: v.gesteldDoorNaam,
  aan: v.aan,
  geadresseerde: v.geadresseerde,
  artikel: v.artikel,
  onderwerp: v.onderwerp,
  vraag: v.vraag,
  openbaar: v.openbaar,
  gesteldOp: v.gesteldOp,
  uiterlijk: v.uiterlijk,
  termijnGrondslag: v.termijnGrondslag,
  verlopen: isVerlopen(v, peildatum),
  status: v.status,
  antwoord: v.antwoord ? { tekst: v.antwoord, beantwoordOp: v.beantwoordOp, namens: v.antwoordNamens } : null,
  ingetrokkenOp: v.ingetrokkenOp,
});

export function inlichtingenApi(api: OpenAPIHono<AppEnv>, s: Services) {
  const db = s.database.db;
  const omgeving = () => ({
    baseUrl: s.config.baseUrl,
    wachtrij: s.mail.wachtrij,
    standaardTermijnDagen: s.config.inlichtingenTermijnDagen,
  });

  /** The question if this caller may see it; 404 otherwise (an internal question does not exist for the public). */
  async function zichtbaar(c: Context<AppEnv>, id: string) {
    const v = await inlichtingRij(db, id);
    if (!v) throw new DomeinFout('niet_gevonden');
    const deelnemers = await deelnemerIds(db, v.regelingId, vandaag());
    if (!v.openbaar && !mag(c.get('gebruiker'), 'inlichting.lezen', { regelingId: v.regelingId, deelnemers }))
      throw new DomeinFout('niet_gevonden');
    return { v, deelnemers };
  }

  async function antwoord(c: Context<AppEnv>, id: string, status: 200 | 201 = 200) {
    const v = (await inlichtingRij(db, id))!;
    c.header('ETag', etag(v.versie));
    return c.json(alsJson(v, vandaag()), status) as never;
  }

  api.openapi(
    createRoute({
      method: 'get',
      path: '/regelingen/{id}/inlichtingen',
      tags: ['regelingen'],
      operationId: 'listInlichtingen',
      summary: 'De vragen van raadsleden over een regeling (interne alleen voor deelnemers en de regeling)',
      request: { params: IdParam },
      responses: {
        200: ok(z.object({ items: z.array(InlichtingSchema) }).openapi('InlichtingLijst'), 'De vragen'),
        400: fouten[400],
        404: fouten[404],
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      if (!(await regelingRij(db, id))) throw new DomeinFout('niet_gevonden');
      const peildatum = vandaag();
      const deelnemers = await deelnemerIds(db, id, peildatum);
      const alles = mag(c.get('gebruiker'), 'inlichting.lezen', { regelingId: id, deelnemers });
      const items = (await inlichtingenVanRegeling(db, id, alles)).map((v) => alsJson(v, peildatum));
      return c.json({ items }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/regelingen/{id}/inlichtingen',
      tags: ['regelingen'],
      operationId: 'createInlichting',
      summary: 'Een vraag stellen aan ons lid in het bestuur of aan het bestuur (Wgr art. 16–19)',
      security: [{ bearer: [] }],
      request: {
        params: IdParam,
        body: { content: { 'application/json': { schema: VraagSchema } }, required: true },
      },
      responses: {
        201: ok(InlichtingSchema, 'De gestelde vraag', { status: 201, etag: true }),
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
      const o = await vindOrganisatie(db, body.organisatie);
      const deelnemers = await deelnemerIds(db, id, vandaag());
      const g = vereis(c, 'inlichting.stellen', {
        regelingId: id,
        organisatieId: o?.id ?? null,
        deelnemers,
      });
      const vid = await stelVraag(
        db,
        actorVan(g),
        id,
        {
          organisatieId: o!.id,
          aan: body.aan,
          onderwerp: body.onderwerp,
          vraag: body.vraag,
          openbaar: body.openbaar,
          gesteldOp: vandaag(),
        },
        omgeving(),
      );
      c.header('Location', `/api/v1/inlichtingen/${vid}`);
      return await antwoord(c, vid, 201);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/inlichtingen/{id}',
      tags: ['regelingen'],
      operationId: 'getInlichting',
      summary: 'Eén vraag met het antwoord (een interne vraag bestaat niet voor wie haar niet mag lezen)',
      request: { params: IdParam },
      responses: {
        200: ok(InlichtingSchema, 'De vraag', { etag: true }),
        400: fouten[400],
        404: fouten[404],
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      await zichtbaar(c, id);
      return await antwoord(c, id);
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/inlichtingen/{id}/antwoord',
      tags: ['regelingen'],
      operationId: 'answerInlichting',
      summary: 'Het antwoord vastleggen (griffie van de vragende deelnemer, secretariaat van de regeling)',
      security: [{ bearer: [] }],
      request: {
        params: IdParam,
        headers: ifMatchHeader,
        body: { content: { 'application/json': { schema: AntwoordSchema } }, required: true },
      },
      responses: {
        200: ok(InlichtingSchema, 'De beantwoorde vraag', { etag: true }),
        400: fouten[400],
        401: fouten[401],
        403: fouten[403],
        404: fouten[404],
        409: fouten[409],
        412: fouten[412],
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { v, deelnemers } = await zichtbaar(c, id);
      const g = vereis(c, 'inlichting.beantwoorden', {
        regelingId: v.regelingId,
        organisatieId: v.organisatieId,
        deelnemers,
      });
      const versie = versieUitIfMatch(c.req.header('if-match'));
      if (versie !== undefined && versie !== v.versie) throw new DomeinFout('versie_conflict');
      const body = c.req.valid('json');
      if (body.datum > vandaag())
        throw new DomeinFout('ongeldig', {
          veld: 'datum',
          data: { tekst: 'De datum ligt in de toekomst.' },
        });
      await beantwoordVraag(
        db,
        actorVan(g),
        id,
        { antwoord: body.tekst, datum: body.datum, namens: body.namens },
        omgeving(),
      );
      return await antwoord(c, id);
    },
  );
}

const InstrumentSchema = z
  .object({
    code: z.string(),
    naam: z.string(),
    artikel: z.string(),
    uitleg: z.string(),
    beschikbaar: z.boolean(),
    reden: z.string().optional(),
    status: z.enum(['bevestigd', 'onbevestigd']),
    bron: z.enum(['wet', 'regeling']).optional(),
  })
  .openapi('Instrument');

const InstrumentenSchema = z
  .object({
    regeling: z.object({ id: z.uuid(), naam: z.string() }),
    organisatie: z.object({ id: z.uuid(), code: z.string().nullable(), naam: z.string() }),
    peildatum: z.string().openapi({ format: 'date' }),
    organen: z.array(z.string()),
    items: z.array(InstrumentSchema).nullable().openapi({
      description: 'Null als de deelnemer geen gemeente, provincie of waterschap is, of de vorm onbekend is',
    }),
  })
  .openapi('OnzeInstrumenten');

/** GET /regelingen/{id}/instrumenten?organisatie=GM…: the council's instruments in a regeling (public law). */
export function instrumentenApi(api: OpenAPIHono<AppEnv>, s: Services) {
  const db = s.database.db;
  api.openapi(
    createRoute({
      method: 'get',
      path: '/regelingen/{id}/instrumenten',
      tags: ['regelingen'],
      operationId: 'getInstrumenten',
      summary: 'De instrumenten van de raad (of Staten, algemeen bestuur) van een deelnemer in deze regeling',
      request: {
        params: IdParam,
        query: z.object({
          organisatie: z
            .string()
            .min(2, 'Geef de code van de deelnemer, bijvoorbeeld GM0363')
            .max(80)
            .openapi({ example: 'GM0363', description: 'Code, TOOI-URI of id van de deelnemer' }),
        }),
      },
      responses: {
        200: ok(InstrumentenSchema, 'De instrumenten met artikel, uitleg en status'),
        400: fouten[400],
        404: fouten[404],
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const peildatum = vandaag();
      const o = await regelingOverzicht(db, id, peildatum);
      const org = o ? await vindOrganisatie(db, c.req.valid('query').organisatie) : null;
      const oi = o && org ? instrumentenVan(o, org.id, peildatum) : null;
      if (!o || !oi) throw new DomeinFout('niet_gevonden');
      return c.json(
        {
          regeling: { id: o.regeling.id, naam: o.regeling.naam },
          organisatie: { id: oi.organisatie.id, code: oi.organisatie.code, naam: oi.organisatie.naam },
          peildatum,
          organen: oi.organen,
          items: oi.lijst,
        },
        200,
      );
    },
  );
}
