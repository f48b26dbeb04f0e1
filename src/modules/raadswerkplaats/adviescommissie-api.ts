/**
 * JSON API of the gemeenschappelijke adviescommissie (Wgr art. 24a): the state per regeling (public), and
 * one POST per step. A step the law refuses is 409 with the reason and the article; bad input 400 naming
 * the field; a step for another council than one's own 403.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { vandaag } from '../../platform/clock';
import { DomeinFout } from '../../platform/errors';
import type { Services } from '../../platform/http/app';
import type { AppEnv } from '../../platform/http/env';
import { fouten, ok, vereis } from '../../platform/http/openapi';
import { datum, z } from '../../platform/validation';
import { actorVan } from '../accounts/actor';
import { vindOrganisatie } from '../organisaties/store';
import {
  beeindigLidmaatschap,
  type CommissieOverzicht,
  commissieOverzicht,
  dienVoorstelIn,
  legInstellingVast,
  legRaadsbesluitVast,
  trekVoorstelIn,
  voegStukToe,
  wijsLidAan,
} from './adviescommissie-service';
import { lidRij, voorstelRij } from './adviescommissie-store';
import { actieveDeelnemers } from './contacten-store';
import { isZittend } from './domain/adviescommissie';

const dag = z.string().openapi({ format: 'date' });
const IdParam = z.object({ id: z.uuid('Ongeldig id').openapi({ param: { name: 'id', in: 'path' } }) });
const Organisatie = z
  .string()
  .min(2)
  .max(80)
  .openapi({ example: 'GM9902', description: 'Code, TOOI-URI of id van de deelnemer wiens raad het is' });

const LidSchema = z.object({
  id: z.uuid(),
  organisatie: z.object({ id: z.uuid(), naam: z.string() }),
  naam: z.string(),
  aangewezenOp: dag,
  eindigtOp: dag.nullable(),
  reden: z.string().nullable(),
  zittend: z.boolean(),
});

const AdviescommissieSchema = z
  .object({
    regeling: z.object({ id: z.uuid(), naam: z.string(), vorm: z.string() }),
    peildatum: dag,
    mogelijk: z.boolean(),
    weigering: z.object({ reden: z.string(), artikel: z.string() }).nullable().openapi({
      description: 'Waarom er hier geen commissie kan zijn (bijvoorbeeld: geen openbaar lichaam)',
    }),
    voorstel: z
      .object({
        id: z.uuid(),
        titel: z.string(),
        toelichting: z.string(),
        ingediendDoor: z.uuid(),
        ingediend: dag,
        status: z.enum(['in_behandeling', 'verworpen', 'gezamenlijk_voorstel', 'ingesteld', 'ingetrokken']),
        watVolgt: z.string(),
        gezamenlijkOp: dag.nullable(),
        ingesteldOp: dag.nullable(),
        raden: z.array(
          z.object({
            organisatie: z.object({ id: z.uuid(), naam: z.string() }),
            besluit: z
              .object({
                uitkomst: z.enum(['ingestemd', 'verworpen']),
                datum: dag,
                kenmerk: z.string().nullable(),
              })
              .nullable(),
          }),
        ),
        leden: z.array(LidSchema),
        stukken: z.array(
          z.object({
            id: z.uuid(),
            soort: z.enum(['vergadering', 'advies']),
            datum: dag,
            onderwerp: z.string(),
            tekst: z.string(),
            url: z.string().nullable(),
            procedure: z.object({ id: z.uuid(), titel: z.string().nullable() }).nullable(),
          }),
        ),
      })
      .nullable(),
  })
  .openapi('Adviescommissie');

const alsJson = (o: CommissieOverzicht, peildatum: string) => {
  const h = o.huidig;
  const naam = (id: string) => o.raden.find((d) => d.id === id)?.naam ?? '';
  return {
    regeling: { id: o.regeling.id, naam: o.regeling.naam, vorm: o.regeling.vorm },
    peildatum,
    mogelijk: o.mogelijk.ok,
    weigering: o.mogelijk.ok ? null : { reden: o.mogelijk.reden, artikel: o.mogelijk.artikel },
    voorstel: h
      ? {
          id: h.voorstel.id,
          titel: h.voorstel.titel,
          toelichting: h.voorstel.toelichting,
          ingediendDoor: h.voorstel.organisatieId,
          ingediend: h.voorstel.ingediend,
          status: h.stand.status,
          watVolgt: h.stand.watVolgt,
          gezamenlijkOp: h.stand.gezamenlijkOp,
          ingesteldOp: h.voorstel.ingesteldOp,
          raden: h.stand.perRaad.map((p) => ({
            organisatie: { id: p.organisatieId, naam: naam(p.organisatieId) },
            besluit: p.besluit
              ? { uitkomst: p.besluit.uitkomst, datum: p.besluit.datum, kenmerk: p.besluit.kenmerk }
              : null,
          })),
          leden: h.leden.map((l) => ({
            id: l.id,
            organisatie: { id: l.organisatieId, naam: l.organisatieNaam },
            naam: l.naam,
            aangewezenOp: l.aangewezenOp,
            eindigtOp: l.eindigtOp,
            reden: l.reden,
            zittend: isZittend(l, peildatum),
          })),
          stukken: h.stukken.map((st) => ({
            id: st.id,
            soort: st.soort,
            datum: st.datum,
            onderwerp: st.onderwerp,
            tekst: st.tekst,
            url: st.url,
            procedure: st.procedureId ? { id: st.procedureId, titel: st.procedureTitel } : null,
          })),
        }
      : null,
  };
};

const stapFouten = {
  400: fouten[400],
  401: fouten[401],
  403: fouten[403],
  404: fouten[404],
  409: fouten[409],
};

export function adviescommissieApi(api: OpenAPIHono<AppEnv>, s: Services) {
  const db = s.database.db;

  async function antwoord(c: Context<AppEnv>, regelingId: string, status: 200 | 201 = 200) {
    const peildatum = vandaag();
    const o = (await commissieOverzicht(db, regelingId, peildatum))!;
    return c.json(alsJson(o, peildatum), status) as never;
  }

  async function deelnemers(regelingId: string) {
    return (await actieveDeelnemers(db, regelingId, vandaag())).map((d) => d.id);
  }

  async function orgId(ref: string) {
    const o = await vindOrganisatie(db, ref);
    if (!o) throw new DomeinFout('organisatie_onbekend', { veld: 'organisatie' });
    return o.id;
  }

  async function voorstel(id: string) {
    const v = await voorstelRij(db, id);
    if (!v) throw new DomeinFout('niet_gevonden');
    return v;
  }

  api.openapi(
    createRoute({
      method: 'get',
      path: '/regelingen/{id}/adviescommissie',
      tags: ['regelingen'],
      operationId: 'getAdviescommissie',
      summary:
        'De gemeenschappelijke adviescommissie (Wgr art. 24a): voorstel, besluit per raad, leden, stukken',
      request: { params: IdParam },
      responses: { 200: ok(AdviescommissieSchema, 'De stand'), 400: fouten[400], 404: fouten[404] },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const peildatum = vandaag();
      const o = await commissieOverzicht(db, id, peildatum);
      if (!o) throw new DomeinFout('niet_gevonden');
      return c.json(alsJson(o, peildatum), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/regelingen/{id}/adviescommissie',
      tags: ['regelingen'],
      operationId: 'createAdviescommissieVoorstel',
      summary: 'Een raad dient een voorstel in voor een gemeenschappelijke adviescommissie (griffie)',
      security: [{ bearer: [] }],
      request: {
        params: IdParam,
        body: {
          content: {
            'application/json': {
              schema: z
                .object({
                  organisatie: Organisatie,
                  titel: z.string().trim().min(1, 'Geef het voorstel een titel').max(200),
                  toelichting: z.string().trim().min(1, 'Beschrijf wat de commissie moet doen').max(100_000),
                  ingediend: datum,
                })
                .openapi('AdviescommissieVoorstel'),
            },
          },
          required: true,
        },
      },
      responses: {
        201: ok(AdviescommissieSchema, 'De stand na het voorstel', { status: 201 }),
        ...stapFouten,
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const deeln = await deelnemers(id);
      if (!(await commissieOverzicht(db, id, vandaag()))) throw new DomeinFout('niet_gevonden');
      const body = c.req.valid('json');
      const organisatieId = await orgId(body.organisatie);
      const g = vereis(c, 'adviescommissie.voorstellen', {
        regelingId: id,
        organisatieId,
        deelnemers: deeln,
      });
      await dienVoorstelIn(db, actorVan(g), id, { ...body, organisatieId }, vandaag(), {
        baseUrl: s.config.baseUrl,
        wachtrij: s.mail.wachtrij,
      });
      return await antwoord(c, id, 201);
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/adviescommissie/{id}/raadsbesluiten',
      tags: ['regelingen'],
      operationId: 'recordAdviescommissieRaadsbesluit',
      summary:
        'Het besluit van de eigen raad over het voorstel vastleggen (griffie); een nieuw besluit vervangt het vorige',
      security: [{ bearer: [] }],
      request: {
        params: IdParam,
        body: {
          content: {
            'application/json': {
              schema: z
                .object({
                  organisatie: Organisatie,
                  uitkomst: z.enum(['ingestemd', 'verworpen']),
                  datum,
                  kenmerk: z.string().trim().max(100).nullable().optional(),
                })
                .openapi('AdviescommissieRaadsbesluit'),
            },
          },
          required: true,
        },
      },
      responses: { 200: ok(AdviescommissieSchema, 'De stand na het besluit'), ...stapFouten },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const v = await voorstel(id);
      const body = c.req.valid('json');
      const organisatieId = await orgId(body.organisatie);
      const g = vereis(c, 'adviescommissie.raadsbesluit', {
        regelingId: v.regelingId,
        organisatieId,
        deelnemers: await deelnemers(v.regelingId),
      });
      await legRaadsbesluitVast(
        db,
        actorVan(g),
        id,
        { organisatieId, uitkomst: body.uitkomst, datum: body.datum, kenmerk: body.kenmerk ?? null },
        vandaag(),
        { baseUrl: s.config.baseUrl, wachtrij: s.mail.wachtrij },
      );
      return await antwoord(c, v.regelingId);
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/adviescommissie/{id}/instelling',
      tags: ['regelingen'],
      operationId: 'recordAdviescommissieInstelling',
      summary:
        'De instelling door het algemeen bestuur vastleggen (secretariaat), alleen op het gezamenlijke voorstel',
      security: [{ bearer: [] }],
      request: {
        params: IdParam,
        body: {
          content: {
            'application/json': { schema: z.object({ datum }).openapi('AdviescommissieInstelling') },
          },
          required: true,
        },
      },
      responses: { 200: ok(AdviescommissieSchema, 'De stand na de instelling'), ...stapFouten },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const v = await voorstel(id);
      const g = vereis(c, 'adviescommissie.instellen', {
        regelingId: v.regelingId,
        deelnemers: await deelnemers(v.regelingId),
      });
      await legInstellingVast(db, actorVan(g), id, c.req.valid('json').datum, vandaag(), {
        baseUrl: s.config.baseUrl,
        wachtrij: s.mail.wachtrij,
      });
      return await antwoord(c, v.regelingId);
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/adviescommissie/{id}/intrekking',
      tags: ['regelingen'],
      operationId: 'withdrawAdviescommissieVoorstel',
      summary: 'Het voorstel intrekken vóór de instelling (griffie van de indiener)',
      security: [{ bearer: [] }],
      request: { params: IdParam },
      responses: { 200: ok(AdviescommissieSchema, 'De stand na de intrekking'), ...stapFouten },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const v = await voorstel(id);
      const g = vereis(c, 'adviescommissie.voorstellen', {
        regelingId: v.regelingId,
        organisatieId: v.organisatieId,
        deelnemers: await deelnemers(v.regelingId),
      });
      await trekVoorstelIn(db, actorVan(g), id, vandaag());
      return await antwoord(c, v.regelingId);
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/adviescommissie/{id}/leden',
      tags: ['regelingen'],
      operationId: 'designateAdviescommissieLid',
      summary: 'Een lid aanwijzen uit de eigen raad (griffie, art. 24a lid 3)',
      security: [{ bearer: [] }],
      request: {
        params: IdParam,
        body: {
          content: {
            'application/json': {
              schema: z
                .object({
                  organisatie: Organisatie,
                  naam: z.string().trim().min(1, 'Vul de naam van het raadslid in').max(200),
                  aangewezenOp: datum,
                })
                .openapi('AdviescommissieLidAanwijzing'),
            },
          },
          required: true,
        },
      },
      responses: {
        201: ok(AdviescommissieSchema, 'De stand na de aanwijzing', { status: 201 }),
        ...stapFouten,
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const v = await voorstel(id);
      const body = c.req.valid('json');
      const organisatieId = await orgId(body.organisatie);
      const g = vereis(c, 'adviescommissie.leden', {
        regelingId: v.regelingId,
        organisatieId,
        deelnemers: await deelnemers(v.regelingId),
      });
      await wijsLidAan(
        db,
        actorVan(g),
        id,
        { organisatieId, naam: body.naam, gebruikerId: null, aangewezenOp: body.aangewezenOp },
        vandaag(),
      );
      return await antwoord(c, v.regelingId, 201);
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/adviescommissie/leden/{id}/einde',
      tags: ['regelingen'],
      operationId: 'endAdviescommissieLid',
      summary: 'Het einde van een lidmaatschap vastleggen, met de reden (art. 24a lid 4)',
      security: [{ bearer: [] }],
      request: {
        params: IdParam,
        body: {
          content: {
            'application/json': {
              schema: z
                .object({ eindigtOp: datum, reden: z.string().trim().min(1, 'Geef de reden').max(200) })
                .openapi('AdviescommissieLidEinde'),
            },
          },
          required: true,
        },
      },
      responses: { 200: ok(AdviescommissieSchema, 'De stand na het einde'), ...stapFouten },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const lid = await lidRij(db, id);
      if (!lid) throw new DomeinFout('niet_gevonden');
      const v = await voorstel(lid.voorstelId);
      const g = vereis(c, 'adviescommissie.leden', {
        regelingId: v.regelingId,
        organisatieId: lid.organisatieId,
        deelnemers: await deelnemers(v.regelingId),
      });
      await beeindigLidmaatschap(db, actorVan(g), id, c.req.valid('json'));
      return await antwoord(c, v.regelingId);
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/adviescommissie/{id}/stukken',
      tags: ['regelingen'],
      operationId: 'addAdviescommissieStuk',
      summary: 'Een vergadering of advies toevoegen; een advies kan bij een procedure van de regeling horen',
      security: [{ bearer: [] }],
      request: {
        params: IdParam,
        body: {
          content: {
            'application/json': {
              schema: z
                .object({
                  soort: z.enum(['vergadering', 'advies']),
                  datum,
                  onderwerp: z.string().trim().min(1, 'Vul het onderwerp in').max(200),
                  tekst: z.string().max(100_000).default(''),
                  url: z.url('Vul een webadres in').nullable().optional(),
                  procedure: z.uuid().nullable().optional(),
                })
                .openapi('AdviescommissieStuk'),
            },
          },
          required: true,
        },
      },
      responses: {
        201: ok(AdviescommissieSchema, 'De stand met het nieuwe stuk', { status: 201 }),
        ...stapFouten,
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const v = await voorstel(id);
      const g = vereis(c, 'adviescommissie.stukken', {
        regelingId: v.regelingId,
        deelnemers: await deelnemers(v.regelingId),
      });
      const b = c.req.valid('json');
      await voegStukToe(db, actorVan(g), id, {
        soort: b.soort,
        datum: b.datum,
        onderwerp: b.onderwerp,
        tekst: b.tekst,
        url: b.url ?? null,
        procedureId: b.procedure ?? null,
      });
      return await antwoord(c, v.regelingId, 201);
    },
  );
}
