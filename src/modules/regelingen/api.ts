/** JSON API of the register: /api/v1/regelingen and its participants, board and history. */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { vandaag } from '../../platform/clock';
import { DomeinFout } from '../../platform/errors';
import type { AppEnv } from '../../platform/http/env';
import type { Services } from '../../platform/http/app';
import {
  etag,
  fouten,
  geenInhoud,
  ifMatchHeader,
  ok,
  vereis,
  versieUitIfMatch,
} from '../../platform/http/openapi';
import { actorVan } from '../accounts/actor';
import { datum, z } from '../../platform/validation';
import { BRON_INFO, bronFilters, isImportBron } from '../landschap/bron-info';
import { alleVormen, bestuursorganen, deelnemendeOrganen, functies, regelingTypen } from './domain/types';
import {
  AfsprakenSchema,
  BestuurslidInputSchema,
  BevoegdheidSchema,
  BronSchema,
  DeelnameInputSchema,
  KostenverdelingSchema,
  ReferentiesSchema,
  RegelingInputSchema,
} from './model';
import * as service from './service';
import { historieVan, sorteringen, zoekRegelingen } from './store';

const IdParam = z.object({ id: z.uuid('Ongeldig id').openapi({ param: { name: 'id', in: 'path' } }) });
const DeelnameParam = IdParam.extend({
  deelnameId: z.uuid('Ongeldig id').openapi({ param: { name: 'deelnameId', in: 'path' } }),
});
const LidParam = IdParam.extend({
  lidId: z.uuid('Ongeldig id').openapi({ param: { name: 'lidId', in: 'path' } }),
});

const RegelingSamenvattingSchema = z
  .object({
    id: z.uuid(),
    naam: z.string(),
    korteNaam: z.string().nullable(),
    vorm: z.enum(alleVormen),
    type: z.enum(regelingTypen),
    belang: z.string().nullable(),
    beleidsterreinen: z.array(z.string()),
    datumInwerkingtreding: z.string().nullable().openapi({ format: 'date' }),
    datumUitwerkingtreding: z.string().nullable().openapi({ format: 'date' }),
    deelnemers: z.number().int(),
    bron: z.string().nullable().openapi({
      description: 'De bron van een geïmporteerde regeling (roo-polder, opengr); leeg: ingevoerd in Grip',
    }),
    bronPeildatum: z
      .string()
      .nullable()
      .openapi({ format: 'date', description: 'De stand (peildatum) van die bron' }),
  })
  .openapi('RegelingSamenvatting');

const RegelingLijstSchema = z
  .object({
    items: z.array(RegelingSamenvattingSchema),
    totaal: z.number().int(),
    pagina: z.number().int(),
    perPagina: z.number().int(),
  })
  .openapi('RegelingLijst');

const OrganisatieKortSchema = z
  .object({
    id: z.uuid(),
    code: z.string().nullable(),
    naam: z.string(),
    soort: z.string(),
    tooiUri: z.string().nullable(),
  })
  .openapi('OrganisatieKort');

const DeelnameSchema = z
  .object({
    id: z.uuid(),
    organisatie: OrganisatieKortSchema,
    organen: z.array(z.enum(deelnemendeOrganen)),
    datumToetreding: z.string().nullable().openapi({ format: 'date' }),
    datumUittreding: z.string().nullable().openapi({ format: 'date' }),
    kostenverdeling: KostenverdelingSchema.nullable(),
    stemmen: z.number().int().nullable(),
    dienstverlenend: z.boolean(),
    inwoners: z.number().int().nullable(),
    inwonersPeildatum: z.string().nullable().openapi({ format: 'date' }),
    stemaandeel: z.number().nullable(),
    kostenaandeel: z.number().nullable(),
    bevolkingsaandeel: z.number().nullable(),
    versie: z.number().int(),
  })
  .openapi('Deelname');

const BestuurslidSchema = z
  .object({
    id: z.uuid(),
    orgaan: z.enum(bestuursorganen),
    naam: z.string(),
    deelnameId: z.uuid().nullable(),
    functie: z.enum(functies),
    aangewezenDoor: z.string().nullable(),
    plaatsvervanger: z.string().nullable(),
    vanBuitenAb: z.boolean(),
    vanaf: z.string().nullable().openapi({ format: 'date' }),
    tot: z.string().nullable().openapi({ format: 'date' }),
    mandaatTot: z.string().nullable().openapi({ format: 'date' }),
    stemgewicht: z.number().int().nullable(),
    versie: z.number().int(),
  })
  .openapi('Bestuurslid');

const BevindingSchema = z
  .object({
    code: z.string(),
    ernst: z.enum(['fout', 'waarschuwing', 'info']),
    artikel: z.string(),
    data: z.record(z.string(), z.unknown()).optional(),
  })
  .openapi('Bevinding');

const RegelingSchema = RegelingSamenvattingSchema.omit({ deelnemers: true })
  .extend({
    vestigingOrganisatieId: z.uuid().nullable(),
    vestigingsplaats: z.string().nullable(),
    taken: z.string().nullable(),
    bevoegdheden: z.array(BevoegdheidSchema),
    referenties: ReferentiesSchema,
    afspraken: AfsprakenSchema,
    gekwalificeerdeMeerderheid: z.number().nullable(),
    bronnen: z.array(BronSchema),
    herkomst: z
      .object({
        bron: z.string(),
        peildatum: z.string().nullable().openapi({ format: 'date' }),
        omschrijving: z.string(),
        licentie: z.string(),
      })
      .nullable()
      .openapi({ description: 'Bron, stand en licentie van een geïmporteerde regeling' }),
    voorbeeldgegevens: z.boolean(),
    versie: z.number().int(),
    gewijzigd: z.string().openapi({ format: 'date-time' }),
    deelnemers: z.array(DeelnameSchema),
    bestuur: z.array(BestuurslidSchema),
    bevindingen: z.array(BevindingSchema),
  })
  .openapi('Regeling');

const HistorieSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.number().int(),
        tijdstip: z.string().openapi({ format: 'date-time' }),
        actor: z.string(),
        entiteit: z.string(),
        entiteitId: z.string(),
        actie: z.string(),
        wijzigingen: z.array(z.object({ veld: z.string(), oud: z.unknown(), nieuw: z.unknown() })),
      }),
    ),
  })
  .openapi('Historie');

const LijstQuery = z.object({
  q: z.string().max(200).optional().openapi({ description: 'Zoekt in naam en belang' }),
  vorm: z.enum(alleVormen).optional(),
  type: z.enum(regelingTypen).optional(),
  // Upper-cased before the check: a regex flag (/i) does not survive into the OpenAPI pattern.
  deelnemer: z
    .string()
    .toUpperCase()
    .regex(/^(GM|PV|WS)\d{2,4}$/, 'Een organisatiecode ziet eruit als GM0363')
    .optional()
    .openapi({ description: 'CBS-code van een deelnemer', example: 'GM0363' }),
  provincie: z
    .string()
    .toUpperCase()
    .regex(/^PV\d{2}$/, 'Een provinciecode ziet eruit als PV27')
    .optional(),
  beleidsterrein: z.string().max(100).optional(),
  peildatum: datum.optional().openapi({ description: 'Alleen regelingen die op deze datum gelden' }),
  bron: z.enum(bronFilters).optional().openapi({
    description:
      'grip (ingevoerd in Grip), roo-polder (landelijk GR-register) of opengr (momentopname 2016); zonder: het register (grip en roo-polder)',
  }),
  sortering: z.enum(sorteringen).default('naam'),
  pagina: z.coerce.number().int().min(1).max(10000).default(1),
  perPagina: z.coerce.number().int().min(1).max(500).default(50),
});

type Overzicht = NonNullable<Awaited<ReturnType<typeof service.regelingOverzicht>>>;

function deelnameJson(d: Overzicht['deelnames'][number], o: Overzicht) {
  const a = o.aandelen.find((x) => x.organisatieId === d.organisatieId);
  return {
    id: d.id,
    organisatie: d.organisatie,
    organen: d.organen,
    datumToetreding: d.datumToetreding,
    datumUittreding: d.datumUittreding,
    kostenverdeling: d.kostenverdeling,
    stemmen: d.stemmen,
    dienstverlenend: d.dienstverlenend,
    inwoners: d.inwoners,
    inwonersPeildatum: d.inwonersPeildatum,
    stemaandeel: a?.stemaandeel ?? null,
    kostenaandeel: a?.kostenaandeel ?? null,
    bevolkingsaandeel: a?.bevolkingsaandeel ?? null,
    versie: d.versie,
  };
}

function regelingJson(o: Overzicht) {
  const r = o.regeling;
  return {
    id: r.id,
    naam: r.naam,
    korteNaam: r.korteNaam,
    vorm: r.vorm,
    type: r.type,
    belang: r.belang,
    beleidsterreinen: r.beleidsterreinen,
    datumInwerkingtreding: r.datumInwerkingtreding,
    datumUitwerkingtreding: r.datumUitwerkingtreding,
    vestigingOrganisatieId: r.vestigingOrganisatieId,
    vestigingsplaats: r.vestigingsplaats,
    taken: r.taken,
    bevoegdheden: r.bevoegdheden,
    referenties: r.referenties,
    afspraken: r.afspraken,
    gekwalificeerdeMeerderheid:
      r.gekwalificeerdeMeerderheid === null ? null : Number(r.gekwalificeerdeMeerderheid),
    bronnen: r.bronnen,
    bron: r.bron,
    bronPeildatum: r.bronPeildatum,
    herkomst: isImportBron(r.bron)
      ? {
          bron: r.bron,
          peildatum: r.bronPeildatum,
          omschrijving: BRON_INFO[r.bron].omschrijving,
          licentie: BRON_INFO[r.bron].licentie,
        }
      : null,
    voorbeeldgegevens: r.isVoorbeeld,
    versie: r.versie,
    gewijzigd: r.gewijzigd.toISOString(),
    deelnemers: o.deelnames.map((d) => deelnameJson(d, o)),
    bestuur: o.bestuur.map(({ regelingId: _r, ...b }) => b),
    bevindingen: o.bevindingen,
  };
}

const tag = ['regelingen'];
const security = [{ bearer: [] }];

export function regelingenApi(api: OpenAPIHono<AppEnv>, s: Services) {
  const db = s.database.db;
  const overzicht = async (id: string) => {
    const o = await service.regelingOverzicht(db, id, vandaag());
    if (!o) throw new DomeinFout('niet_gevonden');
    return o;
  };

  api.openapi(
    createRoute({
      method: 'get',
      path: '/regelingen',
      tags: tag,
      operationId: 'listRegelingen',
      summary: 'Regelingen zoeken en filteren',
      request: { query: LijstQuery },
      responses: { 200: ok(RegelingLijstSchema, 'Een pagina regelingen'), 400: fouten[400] },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const { rows, totaal } = await zoekRegelingen(db, {
        ...q,
        sortering: q.sortering,
        pagina: q.pagina,
        perPagina: q.perPagina,
      });
      return c.json({ items: rows, totaal, pagina: q.pagina, perPagina: q.perPagina }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/regelingen',
      tags: tag,
      operationId: 'createRegeling',
      summary: 'Een regeling registreren',
      security,
      request: { body: { content: { 'application/json': { schema: RegelingInputSchema } }, required: true } },
      responses: {
        201: ok(RegelingSchema, 'De nieuwe regeling', { status: 201, etag: true }),
        400: fouten[400],
        401: fouten[401],
        403: fouten[403],
      },
    }),
    async (c) => {
      const g = vereis(c, 'regeling.maken');
      const secretariaat =
        g.rollen.some((r) => r.rol === 'secretariaat') && !g.rollen.some((r) => r.rol === 'beheerder');
      const id = await service.maakRegeling(db, actorVan(g), c.req.valid('json'), {
        secretariaatVoor: secretariaat ? g.gebruikerId : undefined,
      });
      const o = await overzicht(id);
      c.header('Location', `/api/v1/regelingen/${id}`);
      c.header('ETag', etag(o.regeling.versie));
      return c.json(regelingJson(o), 201);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/regelingen/{id}',
      tags: tag,
      operationId: 'getRegeling',
      summary: 'Een regeling met deelnemers, bestuur en bevindingen',
      request: { params: IdParam },
      responses: {
        200: ok(RegelingSchema, 'De regeling', { etag: true }),
        400: fouten[400],
        404: fouten[404],
      },
    }),
    async (c) => {
      const o = await overzicht(c.req.valid('param').id);
      c.header('ETag', etag(o.regeling.versie));
      return c.json(regelingJson(o), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'put',
      path: '/regelingen/{id}',
      tags: tag,
      operationId: 'updateRegeling',
      summary: 'Een regeling wijzigen',
      security,
      request: {
        params: IdParam,
        headers: ifMatchHeader,
        body: { content: { 'application/json': { schema: RegelingInputSchema } }, required: true },
      },
      responses: {
        200: ok(RegelingSchema, 'De gewijzigde regeling', { etag: true }),
        400: fouten[400],
        401: fouten[401],
        403: fouten[403],
        404: fouten[404],
        412: fouten[412],
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const g = vereis(c, 'regeling.wijzigen', { regelingId: id });
      await service.wijzigRegeling(
        db,
        actorVan(g),
        id,
        c.req.valid('json'),
        versieUitIfMatch(c.req.header('if-match')),
      );
      const o = await overzicht(id);
      c.header('ETag', etag(o.regeling.versie));
      return c.json(regelingJson(o), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/regelingen/{id}/deelnemers',
      tags: tag,
      operationId: 'listDeelnemers',
      summary: 'De deelnemers met hun aandeel in stemmen, kosten en bevolking',
      request: { params: IdParam },
      responses: {
        200: ok(z.object({ items: z.array(DeelnameSchema) }).openapi('DeelnameLijst'), 'De deelnemers'),
        400: fouten[400],
        404: fouten[404],
      },
    }),
    async (c) => {
      const o = await overzicht(c.req.valid('param').id);
      return c.json({ items: o.deelnames.map((d) => deelnameJson(d, o)) }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/regelingen/{id}/deelnemers',
      tags: tag,
      operationId: 'createDeelname',
      summary: 'Een deelnemer toevoegen',
      security,
      request: {
        params: IdParam,
        body: { content: { 'application/json': { schema: DeelnameInputSchema } }, required: true },
      },
      responses: {
        201: ok(DeelnameSchema, 'De nieuwe deelname', { status: 201, etag: true }),
        400: fouten[400],
        401: fouten[401],
        403: fouten[403],
        404: fouten[404],
        409: fouten[409],
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const g = vereis(c, 'deelnemers.wijzigen', { regelingId: id });
      const did = await service.voegDeelnameToe(db, actorVan(g), id, c.req.valid('json'));
      const o = await overzicht(id);
      const d = o.deelnames.find((x) => x.id === did)!;
      c.header('Location', `/api/v1/regelingen/${id}/deelnemers/${did}`);
      c.header('ETag', etag(d.versie));
      return c.json(deelnameJson(d, o), 201);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/regelingen/{id}/deelnemers/{deelnameId}',
      tags: tag,
      operationId: 'getDeelname',
      summary: 'Eén deelname',
      request: { params: DeelnameParam },
      responses: {
        200: ok(DeelnameSchema, 'De deelname', { etag: true }),
        400: fouten[400],
        404: fouten[404],
      },
    }),
    async (c) => {
      const { id, deelnameId } = c.req.valid('param');
      const o = await overzicht(id);
      const d = o.deelnames.find((x) => x.id === deelnameId);
      if (!d) throw new DomeinFout('niet_gevonden');
      c.header('ETag', etag(d.versie));
      return c.json(deelnameJson(d, o), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'put',
      path: '/regelingen/{id}/deelnemers/{deelnameId}',
      tags: tag,
      operationId: 'updateDeelname',
      summary: 'Een deelname wijzigen (organen, data, kostenverdeling, stemmen)',
      security,
      request: {
        params: DeelnameParam,
        headers: ifMatchHeader,
        body: { content: { 'application/json': { schema: DeelnameInputSchema } }, required: true },
      },
      responses: {
        200: ok(DeelnameSchema, 'De gewijzigde deelname', { etag: true }),
        400: fouten[400],
        401: fouten[401],
        403: fouten[403],
        404: fouten[404],
        412: fouten[412],
      },
    }),
    async (c) => {
      const { id, deelnameId } = c.req.valid('param');
      const g = vereis(c, 'deelnemers.wijzigen', { regelingId: id });
      await service.wijzigDeelname(
        db,
        actorVan(g),
        id,
        deelnameId,
        c.req.valid('json'),
        versieUitIfMatch(c.req.header('if-match')),
      );
      const o = await overzicht(id);
      const d = o.deelnames.find((x) => x.id === deelnameId)!;
      c.header('ETag', etag(d.versie));
      return c.json(deelnameJson(d, o), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'delete',
      path: '/regelingen/{id}/deelnemers/{deelnameId}',
      tags: tag,
      operationId: 'deleteDeelname',
      summary:
        'Een foutief geregistreerde deelname verwijderen (uittreding registreert u met datumUittreding)',
      security,
      request: { params: DeelnameParam },
      responses: {
        204: geenInhoud('Verwijderd'),
        400: fouten[400],
        401: fouten[401],
        403: fouten[403],
        404: fouten[404],
      },
    }),
    async (c) => {
      const { id, deelnameId } = c.req.valid('param');
      const g = vereis(c, 'deelnemers.wijzigen', { regelingId: id });
      await service.verwijderDeelname(db, actorVan(g), id, deelnameId);
      return c.body(null, 204);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/regelingen/{id}/bestuur',
      tags: tag,
      operationId: 'listBestuur',
      summary: 'De leden van AB, DB, voorzitter of bestuur',
      request: { params: IdParam },
      responses: {
        200: ok(
          z
            .object({ items: z.array(BestuurslidSchema), bevindingen: z.array(BevindingSchema) })
            .openapi('BestuurLijst'),
          'Het bestuur',
        ),
        400: fouten[400],
        404: fouten[404],
      },
    }),
    async (c) => {
      const o = await overzicht(c.req.valid('param').id);
      return c.json(
        { items: o.bestuur.map(({ regelingId: _r, ...b }) => b), bevindingen: o.bevindingen },
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/regelingen/{id}/bestuur',
      tags: tag,
      operationId: 'createBestuurslid',
      summary: 'Een bestuurslid toevoegen',
      security,
      request: {
        params: IdParam,
        body: { content: { 'application/json': { schema: BestuurslidInputSchema } }, required: true },
      },
      responses: {
        201: ok(BestuurslidSchema, 'Het nieuwe lid', { status: 201, etag: true }),
        400: fouten[400],
        401: fouten[401],
        403: fouten[403],
        404: fouten[404],
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const g = vereis(c, 'bestuur.wijzigen', { regelingId: id });
      const lid = await service.voegBestuurslidToe(db, actorVan(g), id, c.req.valid('json'));
      const o = await overzicht(id);
      const { regelingId: _r, ...b } = o.bestuur.find((x) => x.id === lid)!;
      c.header('Location', `/api/v1/regelingen/${id}/bestuur/${lid}`);
      c.header('ETag', etag(b.versie));
      return c.json(b, 201);
    },
  );

  api.openapi(
    createRoute({
      method: 'put',
      path: '/regelingen/{id}/bestuur/{lidId}',
      tags: tag,
      operationId: 'updateBestuurslid',
      summary: 'Een bestuurslid wijzigen',
      security,
      request: {
        params: LidParam,
        headers: ifMatchHeader,
        body: { content: { 'application/json': { schema: BestuurslidInputSchema } }, required: true },
      },
      responses: {
        200: ok(BestuurslidSchema, 'Het gewijzigde lid', { etag: true }),
        400: fouten[400],
        401: fouten[401],
        403: fouten[403],
        404: fouten[404],
        412: fouten[412],
      },
    }),
    async (c) => {
      const { id, lidId } = c.req.valid('param');
      const g = vereis(c, 'bestuur.wijzigen', { regelingId: id });
      await service.wijzigBestuurslid(
        db,
        actorVan(g),
        id,
        lidId,
        c.req.valid('json'),
        versieUitIfMatch(c.req.header('if-match')),
      );
      const o = await overzicht(id);
      const { regelingId: _r, ...b } = o.bestuur.find((x) => x.id === lidId)!;
      c.header('ETag', etag(b.versie));
      return c.json(b, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'delete',
      path: '/regelingen/{id}/bestuur/{lidId}',
      tags: tag,
      operationId: 'deleteBestuurslid',
      summary: 'Een bestuurslid verwijderen',
      security,
      request: { params: LidParam },
      responses: {
        204: geenInhoud('Verwijderd'),
        400: fouten[400],
        401: fouten[401],
        403: fouten[403],
        404: fouten[404],
      },
    }),
    async (c) => {
      const { id, lidId } = c.req.valid('param');
      const g = vereis(c, 'bestuur.wijzigen', { regelingId: id });
      await service.verwijderBestuurslid(db, actorVan(g), id, lidId);
      return c.body(null, 204);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/regelingen/{id}/historie',
      tags: tag,
      operationId: 'getHistorie',
      summary: 'De wijzigingen van de regeling uit het auditlog (na aanmelden)',
      security,
      request: { params: IdParam },
      responses: {
        200: ok(HistorieSchema, 'De historie, nieuwste eerst'),
        400: fouten[400],
        401: fouten[401],
        403: fouten[403],
        404: fouten[404],
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      vereis(c, 'historie.lezen', { regelingId: id });
      await overzicht(id);
      const items = await historieVan(db, id);
      return c.json({ items: items.map((h) => ({ ...h, tijdstip: h.tijdstip.toISOString() })) }, 200);
    },
  );
}
