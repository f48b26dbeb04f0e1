/**
 * JSON API of procedures: create and read, and every step as a sub-resource (verzending,
 * verzoeken/{organisatie}/stappen, …/reactie, reactie-afronding, besluit, afsluiting, intrekking),
 * documents (multipart upload, download), and a griffie's open requests across all regelingen.
 * Forbidden steps are 403; a step the lifecycle refuses is 409 with the reason in Dutch.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { vandaag } from '../../platform/clock';
import { mag } from '../../platform/auth/policy';
import { DomeinFout } from '../../platform/errors';
import type { AppEnv, Gebruiker } from '../../platform/http/env';
import type { Services } from '../../platform/http/app';
import { etag, fouten, ok, vereis, versieUitIfMatch, ifMatchHeader } from '../../platform/http/openapi';
import { z } from '../../platform/validation';
import { actorVan } from '../accounts/actor';
import { vindOrganisatie } from '../organisaties/store';
import { regelingRij } from '../regelingen/store';
import {
  AfsluitingSchema,
  BesluitSchema,
  DocumentVeldenSchema,
  IntrekkingSchema,
  naarVerzoekInvoer,
  ProcedureInputSchema,
  ProcedureWijzigingSchema,
  ReactieSchema,
  VerzendingSchema,
  VerzoekStapSchema,
} from './model';
import {
  betrokkenOrganisatie,
  legBesluitVast,
  maakProcedure,
  reageerOpZienswijze,
  rondReactieAf,
  sluitProcedureAf,
  trekProcedureIn,
  verzendProcedure,
  verzoekActie,
  voegDocumentToe,
  wijzigProcedure,
} from './service';
import {
  deelnemerIds,
  procedureRij,
  proceduresVanRegeling,
  verzoekenAanOrganisatie,
  verzoekIdVan,
} from './store';
import { downloadAntwoord, leesbaarDocument } from './download';
import { procedureWeergave } from './weergave';
import { dagenTot } from './domain/levenscyclus';

/** A calendar date 'YYYY-MM-DD' (ADR: format date). */
const dag = z.string().openapi({ format: 'date' });

const IdParam = z.object({ id: z.uuid('Ongeldig id').openapi({ param: { name: 'id', in: 'path' } }) });
const VerzoekParam = IdParam.extend({
  organisatie: z
    .string()
    .min(2)
    .max(80)
    .openapi({
      param: { name: 'organisatie', in: 'path' },
      example: 'GM9902',
      description: 'Code of id van de deelnemer',
    }),
});
const CodeParam = z.object({
  code: z
    .string()
    .min(2)
    .max(80)
    .openapi({ param: { name: 'code', in: 'path' }, example: 'GM9902' }),
});

const OrganisatieRef = z.object({
  id: z.uuid(),
  code: z.string().nullable(),
  naam: z.string(),
  tooiUri: z.string().nullable(),
});

const VerzoekSchema = z
  .object({
    organisatie: OrganisatieRef,
    aan: z.string(),
    vraag: z.string(),
    regelStatus: z
      .string()
      .openapi({ description: 'bevestigd of onbevestigd (regel niet bevestigd in de wettekst)' }),
    artikel: z.string(),
    status: z.string(),
    uiterlijk: z
      .string()
      .nullable()
      .openapi({ format: 'date', description: 'Laatste dag voor de reactie van de raad' }),
    dagenTotUiterlijk: z.number().int().nullable(),
    verlopen: z.boolean(),
    zienswijze: z
      .object({
        verzondenOp: dag.nullable(),
        strekking: z.string().nullable(),
        tekst: z.string().nullable(),
        teLaat: z.boolean(),
      })
      .nullable(),
    geenZienswijzeOp: dag.nullable(),
    toestemming: z.string().nullable(),
    weigeringsgrond: z.string().nullable(),
    reactieBestuur: z.object({ tekst: z.string(), datum: dag.nullable() }).nullable(),
    intern: z
      .object({
        ontvangenOp: dag.nullable(),
        commissieDatum: dag.nullable(),
        raadsDatum: dag.nullable(),
        raadsbesluitDatum: dag.nullable(),
        stemmenVoor: z.number().int().nullable(),
        stemmenTegen: z.number().int().nullable(),
        termijn: z.object({
          grondslag: z.string(),
          berekening: z.record(z.string(), z.unknown()).nullable(),
          waarschuwingen: z.array(z.record(z.string(), z.unknown())),
        }),
      })
      .nullable()
      .openapi({ description: 'Alleen voor de regeling en haar deelnemers' }),
  })
  .openapi('Verzoek');

const DocumentSchema = z
  .object({
    id: z.uuid(),
    soort: z.string(),
    titel: z.string(),
    bestandsnaam: z.string(),
    mediatype: z.string(),
    grootte: z.number().int(),
    sha256: z.string(),
    datum: z.string().openapi({ format: 'date' }),
    uitgever: z.string().nullable(),
    openbaar: z.boolean(),
    organisatieCode: z.string().nullable(),
    verzoekOrganisatieId: z.string().nullable(),
    url: z.string(),
  })
  .openapi('Document');

const ProcedureSchema = z
  .object({
    id: z.uuid(),
    regeling: z.object({ id: z.uuid(), naam: z.string(), vorm: z.string() }),
    soort: z.string(),
    titel: z.string(),
    omschrijving: z.string().nullable(),
    status: z.string(),
    begrotingsjaar: z.number().int().nullable(),
    artikel: z.string(),
    reactievorm: z.string(),
    reactieBestuurVerplicht: z.string().nullable(),
    toestemmingVereist: z.string().nullable(),
    betrokkenOrganisatieId: z.string().nullable(),
    vrijgesteldeCategorie: z.boolean(),
    geplandeBesluitdatum: dag.nullable(),
    termijnDuur: z.string().nullable(),
    atwVanToepassing: z.boolean(),
    afgesprokenUiterlijk: dag.nullable(),
    verzondenOp: dag.nullable(),
    besluit: z
      .object({ datum: dag, referentie: z.string().nullable(), toelichting: z.string().nullable() })
      .nullable(),
    afgeslotenOp: dag.nullable(),
    ingetrokkenOp: dag.nullable(),
    intrekkingReden: z.string().nullable(),
    versie: z.number().int(),
    verzoeken: z.array(VerzoekSchema),
    documenten: z.array(DocumentSchema),
  })
  .openapi('Procedure');

const ProcedureSamenvatting = z
  .object({
    id: z.uuid(),
    soort: z.string(),
    titel: z.string(),
    status: z.string(),
    verzondenOp: dag.nullable(),
    geplandeBesluitdatum: dag.nullable(),
    besluitDatum: dag.nullable(),
    uiterlijk: z.string().nullable(),
  })
  .openapi('ProcedureSamenvatting');

const OpenVerzoekSchema = z
  .object({
    procedureId: z.uuid(),
    regeling: z.object({ id: z.uuid(), naam: z.string() }),
    soort: z.string(),
    titel: z.string(),
    status: z.string(),
    vraag: z.string(),
    uiterlijk: z.string().nullable(),
    dagenTotUiterlijk: z.number().int().nullable(),
    verlopen: z.boolean(),
    raadsDatum: dag.nullable(),
  })
  .openapi('OpenVerzoek');

export function proceduresApi(api: OpenAPIHono<AppEnv>, s: Services) {
  const db = s.database.db;

  /** Whether the signed-in user reads everything of this regeling's procedures. */
  async function volledig(g: Gebruiker | null, regelingId: string) {
    if (!g) return false;
    return mag(g, 'procedure.lezen', {
      regelingId,
      deelnemers: await deelnemerIds(db, regelingId, vandaag()),
    });
  }

  async function procedureOf404(id: string) {
    const p = await procedureRij(db, id);
    if (!p) throw new DomeinFout('niet_gevonden');
    return p;
  }

  async function omgeving() {
    return { kalender: await s.kalender(), baseUrl: s.config.baseUrl, wachtrij: s.mail.wachtrij };
  }

  async function antwoord(c: Context<AppEnv>, id: string, status: 200 | 201 = 200) {
    const p = await procedureOf404(id);
    const w = (await procedureWeergave(db, id, await volledig(c.get('gebruiker'), p.regelingId), vandaag()))!;
    c.header('ETag', etag(w.versie));
    return c.json(w, status) as never;
  }

  const stapRoute = <T extends z.ZodType>(pad: string, operationId: string, summary: string, schema: T) =>
    createRoute({
      method: 'post',
      path: `/procedures/{id}/${pad}`,
      tags: ['procedures'],
      operationId,
      summary,
      security: [{ bearer: [] }],
      request: {
        params: IdParam,
        headers: ifMatchHeader,
        body: { content: { 'application/json': { schema } }, required: true },
      },
      responses: {
        200: ok(ProcedureSchema, 'De procedure na deze stap', { etag: true }),
        400: fouten[400],
        401: fouten[401],
        403: fouten[403],
        404: fouten[404],
        409: fouten[409],
        412: fouten[412],
      },
    });

  api.openapi(
    createRoute({
      method: 'post',
      path: '/regelingen/{id}/procedures',
      tags: ['procedures'],
      operationId: 'createProcedure',
      summary: 'Een procedure aanmaken (concept)',
      security: [{ bearer: [] }],
      request: {
        params: IdParam,
        body: { content: { 'application/json': { schema: ProcedureInputSchema } }, required: true },
      },
      responses: {
        201: ok(ProcedureSchema, 'De nieuwe procedure', { status: 201, etag: true }),
        400: fouten[400],
        401: fouten[401],
        403: fouten[403],
        404: fouten[404],
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const g = vereis(c, 'procedure.beheren', { regelingId: id });
      if (!(await regelingRij(db, id))) throw new DomeinFout('niet_gevonden');
      const { betrokkenOrganisatie: betrokken, ...input } = c.req.valid('json');
      const betrokkenOrganisatieId = await betrokkenOrganisatie(db, betrokken);
      const pid = await maakProcedure(db, actorVan(g), id, { ...input, betrokkenOrganisatieId });
      c.header('Location', `/api/v1/procedures/${pid}`);
      return await antwoord(c, pid, 201);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/regelingen/{id}/procedures',
      tags: ['procedures'],
      operationId: 'listProcedures',
      summary: 'De procedures van een regeling (concepten alleen voor de regeling en haar deelnemers)',
      request: { params: IdParam },
      responses: {
        200: ok(
          z.object({ items: z.array(ProcedureSamenvatting) }).openapi('ProcedureLijst'),
          'De procedures',
        ),
        400: fouten[400],
        404: fouten[404],
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      if (!(await regelingRij(db, id))) throw new DomeinFout('niet_gevonden');
      const alles = await volledig(c.get('gebruiker'), id);
      const items = (await proceduresVanRegeling(db, id)).filter((p) => alles || p.status !== 'concept');
      return c.json({ items }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/procedures/{id}',
      tags: ['procedures'],
      operationId: 'getProcedure',
      summary: 'Een procedure met per deelnemer het verzoek, de termijn en de stand',
      request: { params: IdParam },
      responses: {
        200: ok(ProcedureSchema, 'De procedure', { etag: true }),
        400: fouten[400],
        404: fouten[404],
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const p = await procedureOf404(id);
      const w = await procedureWeergave(db, id, await volledig(c.get('gebruiker'), p.regelingId), vandaag());
      if (!w) throw new DomeinFout('niet_gevonden');
      c.header('ETag', etag(w.versie));
      return c.json(w, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'put',
      path: '/procedures/{id}',
      tags: ['procedures'],
      operationId: 'updateProcedure',
      summary: 'Een concept wijzigen (een verzonden procedure niet meer)',
      security: [{ bearer: [] }],
      request: {
        params: IdParam,
        headers: ifMatchHeader,
        body: { content: { 'application/json': { schema: ProcedureWijzigingSchema } }, required: true },
      },
      responses: {
        200: ok(ProcedureSchema, 'De gewijzigde procedure', { etag: true }),
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
      const p = await procedureOf404(id);
      const g = vereis(c, 'procedure.beheren', { regelingId: p.regelingId });
      const { betrokkenOrganisatie: betrokken, ...input } = c.req.valid('json');
      const betrokkenOrganisatieId = await betrokkenOrganisatie(db, betrokken);
      const versie = versieUitIfMatch(c.req.valid('header')['if-match']);
      await wijzigProcedure(db, actorVan(g), id, { ...input, betrokkenOrganisatieId }, versie);
      return await antwoord(c, id);
    },
  );

  api.openapi(
    stapRoute(
      'verzending',
      'sendProcedure',
      'Verzenden aan de raden: één verzoek per deelnemer met zijn termijn',
      VerzendingSchema,
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      const p = await procedureOf404(id);
      const g = vereis(c, 'procedure.beheren', { regelingId: p.regelingId });
      const versie = versieUitIfMatch(c.req.valid('header')['if-match']);
      await verzendProcedure(db, actorVan(g), id, c.req.valid('json').verzondenOp, await omgeving(), versie);
      return await antwoord(c, id);
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/procedures/{id}/verzoeken/{organisatie}/stappen',
      tags: ['procedures'],
      operationId: 'recordVerzoekStap',
      summary: 'Een stap van de raad vastleggen (door de griffie van die deelnemer)',
      security: [{ bearer: [] }],
      request: {
        params: VerzoekParam,
        body: { content: { 'application/json': { schema: VerzoekStapSchema } }, required: true },
      },
      responses: {
        200: ok(ProcedureSchema, 'De procedure na deze stap', { etag: true }),
        400: fouten[400],
        401: fouten[401],
        403: fouten[403],
        404: fouten[404],
        409: fouten[409],
      },
    }),
    async (c) => {
      const { id, organisatie } = c.req.valid('param');
      const p = await procedureOf404(id);
      const o = await vindOrganisatie(db, organisatie);
      if (!o) throw new DomeinFout('niet_gevonden');
      const g = vereis(c, 'verzoek.behandelen', { regelingId: p.regelingId, organisatieId: o.id });
      await verzoekActie(db, actorVan(g), id, o.id, naarVerzoekInvoer(c.req.valid('json')), await omgeving());
      return await antwoord(c, id);
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/procedures/{id}/verzoeken/{organisatie}/reactie',
      tags: ['procedures'],
      operationId: 'recordReactieBestuur',
      summary: 'De schriftelijke en gemotiveerde reactie van het bestuur op een zienswijze',
      security: [{ bearer: [] }],
      request: {
        params: VerzoekParam,
        body: { content: { 'application/json': { schema: ReactieSchema } }, required: true },
      },
      responses: {
        200: ok(ProcedureSchema, 'De procedure met de reactie', { etag: true }),
        400: fouten[400],
        401: fouten[401],
        403: fouten[403],
        404: fouten[404],
        409: fouten[409],
      },
    }),
    async (c) => {
      const { id, organisatie } = c.req.valid('param');
      const p = await procedureOf404(id);
      const g = vereis(c, 'procedure.beheren', { regelingId: p.regelingId });
      const o = await vindOrganisatie(db, organisatie);
      if (!o) throw new DomeinFout('niet_gevonden');
      await reageerOpZienswijze(db, actorVan(g), id, o.id, c.req.valid('json'));
      return await antwoord(c, id);
    },
  );

  const eenvoudig = <T extends z.ZodType>(
    pad: string,
    operationId: string,
    summary: string,
    schema: T,
    uitvoeren: (g: Gebruiker, id: string, body: z.infer<T>) => Promise<unknown>,
  ) =>
    api.openapi(stapRoute(pad, operationId, summary, schema), async (c) => {
      // The route validated param, header and body; a generic route loses their static types.
      const id = c.req.param('id');
      const p = await procedureOf404(id);
      const g = vereis(c, 'procedure.beheren', { regelingId: p.regelingId });
      const versie = versieUitIfMatch(c.req.header('if-match'));
      if (versie !== undefined && versie !== p.versie) throw new DomeinFout('versie_conflict');
      await uitvoeren(g, id, (c.req.valid as (doel: string) => unknown)('json') as z.infer<T>);
      return await antwoord(c, id);
    });

  eenvoudig(
    'reactie-afronding',
    'completeReactieBestuur',
    'Het bestuur heeft op elke zienswijze gereageerd (art. 35 lid 4, art. 10 lid 6)',
    z.object({}).openapi('ReactieAfronding'),
    async (g, id) => rondReactieAf(db, actorVan(g), id, await omgeving()),
  );
  eenvoudig(
    'besluit',
    'recordBesluit',
    'Het besluit van het bestuur vastleggen',
    BesluitSchema,
    async (g, id, b) => legBesluitVast(db, actorVan(g), id, b, await omgeving()),
  );
  eenvoudig('afsluiting', 'closeProcedure', 'De procedure afsluiten', AfsluitingSchema, (g, id, b) =>
    sluitProcedureAf(db, actorVan(g), id, b.datum),
  );
  eenvoudig('intrekking', 'withdrawProcedure', 'De procedure intrekken', IntrekkingSchema, (g, id, b) =>
    trekProcedureIn(db, actorVan(g), id, b.datum, b.reden),
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/procedures/{id}/documenten',
      tags: ['procedures'],
      operationId: 'uploadDocument',
      summary: 'Een document toevoegen (PDF, DOCX of ODT; herkend aan de inhoud)',
      security: [{ bearer: [] }],
      request: {
        params: IdParam,
        body: {
          content: {
            'multipart/form-data': {
              schema: DocumentVeldenSchema.extend({
                bestand: z.any().openapi({ type: 'string', format: 'binary' }),
              }).openapi('DocumentUpload'),
            },
          },
          required: true,
        },
      },
      responses: {
        201: ok(DocumentSchema, 'Het opgeslagen document', { status: 201 }),
        400: fouten[400],
        401: fouten[401],
        403: fouten[403],
        404: fouten[404],
        409: fouten[409],
        413: fouten[413],
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const p = await procedureOf404(id);
      const velden = c.req.valid('form');
      const bestand = velden.bestand as unknown;
      if (!(bestand instanceof File))
        throw new DomeinFout('ongeldig', { veld: 'bestand', data: { tekst: 'Kies een bestand.' } });
      let verzoekId: string | null = null;
      let g: Gebruiker;
      let uitgever: string | null = null;
      if (velden.organisatie) {
        const o = await vindOrganisatie(db, velden.organisatie);
        if (!o) throw new DomeinFout('organisatie_onbekend', { veld: 'organisatie' });
        g = vereis(c, 'verzoek.behandelen', { regelingId: p.regelingId, organisatieId: o.id });
        verzoekId = await verzoekIdVan(db, id, o.id);
        if (!verzoekId) throw new DomeinFout('niet_gevonden');
        uitgever = o.tooiUri;
      } else {
        g = vereis(c, 'procedure.beheren', { regelingId: p.regelingId });
      }
      const docId = await voegDocumentToe(
        db,
        actorVan(g),
        id,
        {
          soort: velden.soort,
          titel: velden.titel ?? '',
          bestandsnaam: bestand.name || 'document',
          bytes: new Uint8Array(await bestand.arrayBuffer()),
          datum: velden.datum,
          openbaar: velden.openbaar,
          uitgever,
        },
        { maxBytes: s.config.maxUploadBytes, verzoekId },
      );
      const w = (await procedureWeergave(db, id, true, vandaag()))!;
      c.header('Location', `/api/v1/documenten/${docId}/inhoud`);
      return c.json(
        w.documenten.find((d) => d.id === docId)!,
        201,
      );
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/documenten/{id}/inhoud',
      tags: ['procedures'],
      operationId: 'downloadDocument',
      summary: 'Een document downloaden (openbare documenten zonder aanmelden)',
      request: { params: IdParam },
      responses: {
        200: {
          description: 'Het bestand',
          content: {
            'application/pdf': { schema: z.any().openapi({ type: 'string', format: 'binary' }) },
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
              schema: z.any().openapi({ type: 'string', format: 'binary' }),
            },
            'application/vnd.oasis.opendocument.text': {
              schema: z.any().openapi({ type: 'string', format: 'binary' }),
            },
          },
          headers: {
            'API-Version': { description: 'De volledige versie van de API', schema: { type: 'string' } },
          },
        },
        400: fouten[400],
        404: fouten[404],
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const d = await leesbaarDocument(db, id, c.get('gebruiker'));
      if (!d) throw new DomeinFout('niet_gevonden');
      const [inhoud, headers] = downloadAntwoord(d);
      return c.body(inhoud, 200, headers);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/organisaties/{code}/verzoeken',
      tags: ['procedures'],
      operationId: 'listOpenVerzoeken',
      summary:
        'Alle open verzoeken aan de raad van deze organisatie, over alle regelingen, op termijn gesorteerd',
      security: [{ bearer: [] }],
      request: { params: CodeParam },
      responses: {
        200: ok(
          z.object({ items: z.array(OpenVerzoekSchema) }).openapi('OpenVerzoekLijst'),
          'De open verzoeken',
        ),
        400: fouten[400],
        401: fouten[401],
        403: fouten[403],
        404: fouten[404],
      },
    }),
    async (c) => {
      const o = await vindOrganisatie(db, c.req.valid('param').code);
      if (!o) throw new DomeinFout('niet_gevonden');
      vereis(c, 'procedure.lezen', { deelnemers: [o.id] });
      const nu = vandaag();
      const items = (await verzoekenAanOrganisatie(db, o.id)).map((v) => {
        const dagen = dagenTot(v.uiterlijk, nu);
        return {
          procedureId: v.procedureId,
          regeling: { id: v.regelingId, naam: v.regelingNaam },
          soort: v.soort,
          titel: v.titel,
          status: v.status,
          vraag: v.vraag,
          uiterlijk: v.uiterlijk,
          dagenTotUiterlijk: dagen,
          verlopen: dagen !== null && dagen < 0,
          raadsDatum: v.raadsDatum,
        };
      });
      return c.json({ items }, 200);
    },
  );
}
