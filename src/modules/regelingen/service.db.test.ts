/**
 * The use cases of the register on a real database (PGlite, and PostgreSQL with
 * GRIP_TEST_ENGINE=postgres): derived type, optimistic locking, the audit log in the same
 * transaction, dates as strings, rule findings, and the search with its filters.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, count, eq, sql } from 'drizzle-orm';
import { createTestDatabase } from '../../../test/db';
import type { Database } from '../../platform/db/client';
import { type Actor, systeem } from '../../platform/audit/audit';
import { auditLog } from '../../platform/audit/schema';
import { DomeinFout } from '../../platform/errors';
import { vindGebruikerOpEmail } from '../accounts/store';
import { organisatie } from '../organisaties/schema';
import { vindOrganisatie } from '../organisaties/store';
import type { DeelnameInput, RegelingInput } from './model';
import { deelname, regeling } from './schema';
import {
  maakRegeling,
  regelingOverzicht,
  verwijderDeelname,
  voegBestuurslidToe,
  voegDeelnameToe,
  wijzigBestuurslid,
  wijzigDeelname,
  wijzigRegeling,
} from './service';
import {
  bestuursledenVan,
  deelnamesVan,
  historieVan,
  regelingRij,
  type RegelingFilters,
  zoekRegelingen,
} from './store';

const DATUM = /^\d{4}-\d{2}-\d{2}$/;
const actor = systeem('test-service');

/** Asserts that the promise rejects with a DomeinFout of this code. */
async function domeinFout(p: Promise<unknown>, code: DomeinFout['code']) {
  await assert.rejects(p, (e: unknown) => {
    assert.ok(e instanceof DomeinFout, `verwacht DomeinFout ${code}, kreeg ${String(e)}`);
    assert.equal(e.code, code);
    return true;
  });
}

/** The message of a database error, also when the driver wraps it. */
const foutTekst = (e: unknown): string =>
  e instanceof Error ? `${e.message} ${e.cause instanceof Error ? foutTekst(e.cause) : ''}` : String(e);

const regelingInput = (naam: string, extra: Partial<RegelingInput> = {}): RegelingInput => ({
  naam,
  vorm: 'openbaar_lichaam',
  ...extra,
});
const deelnemer = (
  organisatie: string,
  organen: DeelnameInput['organen'],
  extra: Partial<DeelnameInput> = {},
): DeelnameInput => ({
  organisatie,
  organen,
  ...extra,
});

describe('regelingen-service: schrijven', () => {
  let database: Database;
  let db: Database['db'];

  before(async () => {
    database = await createTestDatabase({ voorbeeld: true });
    db = database.db;
  });
  after(async () => {
    await database?.close();
  });

  const auditVan = (entiteitId: string) =>
    db.select().from(auditLog).where(eq(auditLog.entiteitId, entiteitId)).orderBy(auditLog.id);
  const aantalAudit = async () => (await db.select({ n: count() }).from(auditLog))[0]!.n;
  const aantalRegelingen = async () => (await db.select({ n: count() }).from(regeling))[0]!.n;

  test('maakRegeling: de rij, datums als JJJJ-MM-DD en een auditregel met elk veld leeg → nieuw', async () => {
    const gebruiker = await vindGebruikerOpEmail(db, 'beheerder@voorbeeld.nl');
    assert.ok(gebruiker);
    const wie: Actor = { gebruikerId: gebruiker.id, label: 'Bea Beheer <beheerder@voorbeeld.nl>' };
    const id = await maakRegeling(
      db,
      wie,
      regelingInput('Schrikkelschap Polderland', {
        belang: 'Samenwerking op schrikkeldagen.',
        vestiging: 'GM9901',
        datumInwerkingtreding: '2024-02-29',
        beleidsterreinen: ['Bestuur'],
        gekwalificeerdeMeerderheid: 0.6667,
      }),
    );
    const r = await regelingRij(db, id);
    assert.ok(r);
    assert.equal(r.naam, 'Schrikkelschap Polderland');
    assert.equal(r.type, 'onbekend', 'zonder deelnemers is het type nog onbekend');
    assert.equal(r.versie, 1);
    assert.equal(r.datumInwerkingtreding, '2024-02-29');
    assert.equal(r.datumUitwerkingtreding, null);
    assert.equal(r.gekwalificeerdeMeerderheid, '0.6667');

    const audit = await auditVan(id);
    assert.equal(audit.length, 1);
    const [a] = audit;
    assert.equal(a!.actie, 'aangemaakt');
    assert.equal(a!.entiteit, 'regeling');
    assert.equal(a!.regelingId, id);
    assert.equal(a!.gebruikerId, gebruiker.id);
    assert.equal(a!.actor, 'Bea Beheer <beheerder@voorbeeld.nl>');
    const veld = (v: string) => a!.wijzigingen.find((w) => w.veld === v);
    assert.deepEqual(veld('naam'), { veld: 'naam', oud: null, nieuw: 'Schrikkelschap Polderland' });
    assert.deepEqual(veld('datumInwerkingtreding'), {
      veld: 'datumInwerkingtreding',
      oud: null,
      nieuw: '2024-02-29',
    });
    assert.deepEqual(veld('vestigingOrganisatieId'), {
      veld: 'vestigingOrganisatieId',
      oud: null,
      nieuw: (await vindOrganisatie(db, 'GM9901'))!.id,
    });
    assert.equal(veld('korteNaam'), undefined, 'een veld dat leeg blijft komt niet in het log');
  });

  test('het type volgt uit de deelnemende organen en verandert met de deelnemers (Wgr art. 1)', async () => {
    const id = await maakRegeling(db, actor, regelingInput('Typeschap Polderland'));
    const type = async () => (await regelingRij(db, id))!.type;

    const d1 = await voegDeelnameToe(db, actor, id, deelnemer('GM9901', ['raad']));
    assert.equal(await type(), 'raadsregeling');
    await voegDeelnameToe(db, actor, id, deelnemer('GM9902', ['raad']));
    assert.equal(await type(), 'raadsregeling');
    const d3 = await voegDeelnameToe(db, actor, id, deelnemer('gm9903', ['college']));
    assert.equal(await type(), 'gemengde_regeling', 'raad en college samen');
    await wijzigDeelname(db, actor, id, d3, deelnemer('GM9903', ['raad']));
    assert.equal(await type(), 'raadsregeling');
    await wijzigDeelname(db, actor, id, d1, deelnemer('GM9901', ['raad', 'college']));
    assert.equal(await type(), 'gemengde_regeling', 'één deelnemer met raad en college maakt het gemengd');
    await verwijderDeelname(db, actor, id, d1);
    assert.equal(await type(), 'raadsregeling');

    const c = await maakRegeling(db, actor, regelingInput('Collegeschap Polderland'));
    await voegDeelnameToe(db, actor, c, deelnemer('GM9901', ['college']));
    await voegDeelnameToe(db, actor, c, deelnemer('PV99', ['gedeputeerde_staten']));
    assert.equal(
      (await regelingRij(db, c))!.type,
      'collegeregeling',
      'GS staan gelijk aan een college (art. 40)',
    );

    const typeAudit = (await historieVan(db, id))
      .filter((h) => h.entiteit === 'regeling' && h.actie === 'gewijzigd')
      .map((h) => h.wijzigingen)
      .reverse();
    assert.deepEqual(typeAudit, [
      [{ veld: 'type', oud: 'onbekend', nieuw: 'raadsregeling' }],
      [{ veld: 'type', oud: 'raadsregeling', nieuw: 'gemengde_regeling' }],
      [{ veld: 'type', oud: 'gemengde_regeling', nieuw: 'raadsregeling' }],
      [{ veld: 'type', oud: 'raadsregeling', nieuw: 'gemengde_regeling' }],
      [{ veld: 'type', oud: 'gemengde_regeling', nieuw: 'raadsregeling' }],
    ]);
    assert.equal(
      (await regelingRij(db, id))!.versie,
      7,
      'elke wijziging onder de regeling verhoogt haar versie',
    );
  });

  test('een tweede deelname van dezelfde organisatie wordt geweigerd', async () => {
    const id = await maakRegeling(db, actor, regelingInput('Dubbelschap Polderland'));
    await voegDeelnameToe(db, actor, id, deelnemer('GM9901', ['college']));
    await domeinFout(voegDeelnameToe(db, actor, id, deelnemer('GM9901', ['raad'])), 'deelname_bestaat');
  });

  test('wijzigen met een verouderde versie geeft versie_conflict en verandert niets', async () => {
    const id = await maakRegeling(db, actor, regelingInput('Versieschap Polderland'));
    const v2 = await wijzigRegeling(db, actor, id, regelingInput('Versieschap Polderland 2'), 1);
    assert.equal(v2, 2);
    const voor = await aantalAudit();
    await domeinFout(
      wijzigRegeling(db, actor, id, regelingInput('Versieschap Polderland 3'), 1),
      'versie_conflict',
    );
    assert.equal((await regelingRij(db, id))!.naam, 'Versieschap Polderland 2');
    assert.equal((await regelingRij(db, id))!.versie, 2);
    assert.equal(await aantalAudit(), voor, 'geen auditregel voor een geweigerde wijziging');

    const did = await voegDeelnameToe(db, actor, id, deelnemer('GM9901', ['college']));
    assert.equal(
      await wijzigDeelname(db, actor, id, did, deelnemer('GM9901', ['college'], { stemmen: 2 }), 1),
      2,
    );
    await domeinFout(
      wijzigDeelname(db, actor, id, did, deelnemer('GM9901', ['college'], { stemmen: 3 }), 1),
      'versie_conflict',
    );

    const lid = await voegBestuurslidToe(db, actor, id, {
      orgaan: 'ab',
      naam: 'A. Lid',
      functie: 'wethouder',
      deelname: did,
    });
    assert.equal(
      await wijzigBestuurslid(
        db,
        actor,
        id,
        lid,
        { orgaan: 'ab', naam: 'A. Lid-Anders', functie: 'wethouder' },
        1,
      ),
      2,
    );
    await domeinFout(
      wijzigBestuurslid(db, actor, id, lid, { orgaan: 'db', naam: 'A. Lid', functie: 'wethouder' }, 1),
      'versie_conflict',
    );
  });

  test('wijzigen schrijft precies de gewijzigde velden oud → nieuw in het auditlog; niets wijzigen schrijft niets', async () => {
    const id = await maakRegeling(
      db,
      actor,
      regelingInput('Auditschap Polderland', { datumInwerkingtreding: '2020-01-01' }),
    );
    await wijzigRegeling(
      db,
      actor,
      id,
      regelingInput('Auditschap Polderland', {
        datumInwerkingtreding: '2021-07-01',
        afspraken: { opzegtermijnMaanden: 12 },
      }),
    );
    const [, gewijzigd] = await auditVan(id);
    assert.ok(gewijzigd);
    assert.equal(gewijzigd.actie, 'gewijzigd');
    assert.deepEqual(gewijzigd.wijzigingen, [
      { veld: 'datumInwerkingtreding', oud: '2020-01-01', nieuw: '2021-07-01' },
      { veld: 'afspraken', oud: {}, nieuw: { opzegtermijnMaanden: 12 } },
    ]);
    const versie = (await regelingRij(db, id))!.versie;
    assert.equal(
      await wijzigRegeling(
        db,
        actor,
        id,
        regelingInput('Auditschap Polderland', {
          datumInwerkingtreding: '2021-07-01',
          afspraken: { opzegtermijnMaanden: 12 },
        }),
      ),
      versie,
    );
    assert.equal((await auditVan(id)).length, 2, 'een wijziging zonder verschil schrijft geen auditregel');

    const did = await voegDeelnameToe(
      db,
      actor,
      id,
      deelnemer('GM9902', ['college'], { kostenverdeling: { soort: 'percentage', percentage: 10 } }),
    );
    await wijzigDeelname(
      db,
      actor,
      id,
      did,
      deelnemer('GM9902', ['college'], { kostenverdeling: { soort: 'percentage', percentage: 12.5 } }),
    );
    const deelnameAudit = await auditVan(did);
    assert.deepEqual(
      deelnameAudit.map((a) => a.actie),
      ['aangemaakt', 'gewijzigd'],
    );
    assert.deepEqual(deelnameAudit[1]!.wijzigingen, [
      {
        veld: 'kostenverdeling',
        oud: { soort: 'percentage', percentage: 10 },
        nieuw: { soort: 'percentage', percentage: 12.5 },
      },
    ]);
    assert.equal(deelnameAudit[1]!.regelingId, id, 'de deelname hoort bij de historie van de regeling');

    await verwijderDeelname(db, actor, id, did);
    const weg = (await auditVan(did)).at(-1)!;
    assert.equal(weg.actie, 'verwijderd');
    assert.ok(weg.wijzigingen.some((w) => w.veld === 'kostenverdeling' && w.nieuw === null));
  });

  test('een onbekende organisatie laat niets achter: geen regeling, geen deelname, geen auditregel', async () => {
    const [regelingenVoor, auditVoor] = [await aantalRegelingen(), await aantalAudit()];
    await domeinFout(
      maakRegeling(db, actor, regelingInput('Spookschap Polderland', { vestiging: 'GM0000' })),
      'organisatie_onbekend',
    );
    assert.equal(await aantalRegelingen(), regelingenVoor);
    assert.equal(await aantalAudit(), auditVoor);

    const id = await maakRegeling(db, actor, regelingInput('Halfschap Polderland'));
    await voegDeelnameToe(db, actor, id, deelnemer('GM9901', ['raad']));
    const auditNa = await aantalAudit();
    await domeinFout(voegDeelnameToe(db, actor, id, deelnemer('GM0000', ['raad'])), 'organisatie_onbekend');
    assert.equal(
      (await db.select({ n: count() }).from(deelname).where(eq(deelname.regelingId, id)))[0]!.n,
      1,
    );
    assert.equal(await aantalAudit(), auditNa);
    assert.equal((await regelingRij(db, id))!.versie, 2, 'de versie van de regeling bleef staan');
  });

  test('een fout midden in de transactie rolt de regeling én haar auditregel terug', async () => {
    // The regeling and its audit entry are written, then granting the role fails (no such user).
    const [regelingenVoor, auditVoor] = [await aantalRegelingen(), await aantalAudit()];
    await assert.rejects(
      maakRegeling(db, actor, regelingInput('Terugrolschap Polderland'), {
        secretariaatVoor: '00000000-0000-4000-8000-000000000000',
      }),
    );
    assert.equal(await aantalRegelingen(), regelingenVoor, 'geen regeling');
    assert.equal(await aantalAudit(), auditVoor, 'geen auditregel');
    const [r] = await db.select().from(regeling).where(eq(regeling.naam, 'Terugrolschap Polderland'));
    assert.equal(r, undefined);
  });

  test('het auditlog weigert UPDATE, DELETE en TRUNCATE (triggers in de database)', async () => {
    const voor = await db.select().from(auditLog).orderBy(auditLog.id);
    assert.ok(voor.length > 0);
    await assert.rejects(db.execute(sql`update audit_log set actor = 'vervalst'`), (e) => {
      assert.match(foutTekst(e), /append-only/);
      return true;
    });
    await assert.rejects(db.execute(sql`delete from audit_log where id = ${voor[0]!.id}`), (e) => {
      assert.match(foutTekst(e), /append-only/);
      return true;
    });
    await assert.rejects(db.update(auditLog).set({ wijzigingen: [] }).where(eq(auditLog.id, voor[0]!.id)));
    await assert.rejects(db.execute(sql`truncate audit_log`), (e) => {
      assert.match(foutTekst(e), /append-only/);
      return true;
    });
    assert.deepEqual(await db.select().from(auditLog).orderBy(auditLog.id), voor);
  });

  test('datums komen terug als JJJJ-MM-DD, ook uit ruwe queries, zonder tijdzoneverschuiving', async () => {
    const id = await maakRegeling(
      db,
      actor,
      regelingInput('Datumschap Polderland', {
        datumInwerkingtreding: '1900-01-01',
        datumUitwerkingtreding: '2099-12-31',
      }),
    );
    const did = await voegDeelnameToe(
      db,
      actor,
      id,
      deelnemer('GM9904', ['college'], { datumToetreding: '2024-02-29', datumUittreding: '2030-01-01' }),
    );
    await voegBestuurslidToe(db, actor, id, {
      orgaan: 'ab',
      naam: 'D. Datum',
      functie: 'wethouder',
      deelname: did,
      vanaf: '2022-03-31',
      mandaatTot: '2026-03-31',
    });

    const r = (await regelingRij(db, id))!;
    assert.equal(r.datumInwerkingtreding, '1900-01-01');
    assert.equal(r.datumUitwerkingtreding, '2099-12-31');
    const [d] = await deelnamesVan(db, id);
    assert.equal(d!.datumToetreding, '2024-02-29');
    assert.equal(d!.datumUittreding, '2030-01-01');
    assert.match(String(d!.inwonersPeildatum), DATUM);
    const [b] = await bestuursledenVan(db, id);
    assert.equal(b!.vanaf, '2022-03-31');
    assert.equal(b!.mandaatTot, '2026-03-31');
    const { rows } = await zoekRegelingen(db, {
      q: 'Datumschap',
      sortering: 'naam',
      pagina: 1,
      perPagina: 10,
    });
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.datumInwerkingtreding, '1900-01-01');
    assert.equal(rows[0]!.datumUitwerkingtreding, '2099-12-31');
    for (const v of [r.datumInwerkingtreding, d!.datumToetreding, b!.vanaf, rows[0]!.datumInwerkingtreding]) {
      assert.equal(typeof v, 'string');
    }
  });

  test('regelingOverzicht: bevindingen met hun artikel en de aandelen naast elkaar', async () => {
    const id = await maakRegeling(
      db,
      actor,
      regelingInput('Bedrijfsvoering Proef', { vorm: 'bedrijfsvoeringsorganisatie' }),
    );
    const codes = async () =>
      (await regelingOverzicht(db, id, '2026-01-01'))!.bevindingen.map((b) => b.code).sort();

    await voegDeelnameToe(
      db,
      actor,
      id,
      deelnemer('GM9901', ['college'], {
        stemmen: 3,
        kostenverdeling: { soort: 'percentage', percentage: 60 },
      }),
    );
    assert.ok((await codes()).includes('te_weinig_deelnemers'), 'één deelnemer is te weinig (art. 1)');
    await voegDeelnameToe(
      db,
      actor,
      id,
      deelnemer('GM9902', ['college'], {
        stemmen: 1,
        kostenverdeling: { soort: 'percentage', percentage: 40 },
      }),
    );
    assert.ok(!(await codes()).includes('te_weinig_deelnemers'));
    assert.ok(!(await codes()).includes('bvo_geen_collegeregeling'), 'alleen colleges: in orde');

    await voegDeelnameToe(db, actor, id, deelnemer('GM9903', ['raad'], { stemmen: 1 }));
    const o = (await regelingOverzicht(db, id, '2026-01-01'))!;
    assert.equal(o.regeling.type, 'gemengde_regeling');
    const bvo = o.bevindingen.find((b) => b.code === 'bvo_geen_collegeregeling');
    assert.ok(bvo, `geen bvo_geen_collegeregeling in ${JSON.stringify(o.bevindingen)}`);
    assert.equal(bvo.ernst, 'fout');
    assert.equal(bvo.artikel, 'Wgr art. 8 lid 3');
    assert.ok(
      o.bevindingen.some((b) => b.code === 'orgaan_zonder_leden' && b.artikel.startsWith('Wgr art. 8 lid 3')),
    );

    const gm9901 = (await vindOrganisatie(db, 'GM9901'))!.id;
    const a = o.aandelen.find((x) => x.organisatieId === gm9901)!;
    assert.equal(a.stemaandeel, 3 / 5);
    assert.equal(a.kostenaandeel, 0.6);
    assert.ok(a.bevolkingsaandeel !== null && a.bevolkingsaandeel > 0 && a.bevolkingsaandeel < 1);
    assert.equal(o.deelnames.length, 3);
  });

  test('regelingOverzicht van een openbaar lichaam toetst het bestuur (Wgr art. 14)', async () => {
    const id = await maakRegeling(db, actor, regelingInput('Bestuursproef Polderland'));
    const d1 = await voegDeelnameToe(db, actor, id, deelnemer('GM9901', ['college']));
    await voegDeelnameToe(db, actor, id, deelnemer('GM9902', ['college']));
    await voegBestuurslidToe(db, actor, id, {
      orgaan: 'voorzitter',
      naam: 'V. Voorzitter',
      functie: 'burgemeester',
      deelname: d1,
    });
    await voegBestuurslidToe(db, actor, id, {
      orgaan: 'db',
      naam: 'D. Lid',
      functie: 'wethouder',
      deelname: d1,
    });
    const o = (await regelingOverzicht(db, id, '2026-01-01'))!;
    const klein = o.bevindingen.find((b) => b.code === 'db_te_klein');
    assert.ok(klein, JSON.stringify(o.bevindingen));
    assert.equal(klein.artikel, 'Wgr art. 14 lid 1');
  });

  test('zoeken op provincie: deelnemers in die provincie, of de provincie zelf', async () => {
    const [pv] = await db
      .insert(organisatie)
      .values({ soort: 'provincie', code: 'PV98', naam: 'Proefland' })
      .returning({ id: organisatie.id });
    await db
      .insert(organisatie)
      .values({ soort: 'gemeente', code: 'GM9801', naam: 'Proefdorp', provincieId: pv!.id });
    const gemeente = await maakRegeling(db, actor, regelingInput('Proefdorpschap'));
    await voegDeelnameToe(db, actor, gemeente, deelnemer('GM9801', ['college']));
    const provincie = await maakRegeling(db, actor, regelingInput('Proeflandschap'));
    await voegDeelnameToe(db, actor, provincie, deelnemer('PV98', ['gedeputeerde_staten']));

    const ids = async (f: Partial<RegelingFilters>) =>
      (await zoekRegelingen(db, { sortering: 'naam', pagina: 1, perPagina: 500, ...f })).rows
        .map((r) => r.id)
        .sort();
    assert.deepEqual(await ids({ provincie: 'PV98' }), [gemeente, provincie].sort());
    assert.deepEqual(await ids({ provincie: 'pv98' }), [gemeente, provincie].sort());
    const pv99 = await ids({ provincie: 'PV99' });
    assert.ok(!pv99.includes(gemeente) && !pv99.includes(provincie));
    assert.ok(pv99.length >= 7);
    assert.deepEqual(await ids({ provincie: 'PV97' }), []);
  });
});

describe('regelingen-service: zoeken in het voorbeeldregister', () => {
  let database: Database;
  let db: Database['db'];
  before(async () => {
    database = await createTestDatabase({ voorbeeld: true });
    db = database.db;
  });
  after(async () => {
    await database?.close();
  });

  const zoek = (f: Partial<RegelingFilters>) =>
    zoekRegelingen(db, { sortering: 'naam', pagina: 1, perPagina: 50, ...f });
  const korte = async (f: Partial<RegelingFilters>) =>
    (await zoek(f)).rows.map((r) => r.korteNaam ?? r.naam).sort();

  const ALLE = [
    'BSP',
    'De Plassen',
    'GGD Polderland',
    'ODP',
    'Regeling leerplicht en RMC Aldewolde',
    'Regionale Rekenkamer Polderland',
    'VR Polderland',
  ];

  test('zonder filters: de zeven voorbeeldregelingen', async () => {
    const r = await zoek({});
    assert.equal(r.totaal, 7);
    assert.deepEqual(r.rows.map((x) => x.korteNaam ?? x.naam).sort(), ALLE);
    const ggd = r.rows.find((x) => x.korteNaam === 'GGD Polderland')!;
    assert.equal(ggd.deelnemers, 8);
    assert.deepEqual(ggd.beleidsterreinen, ['Volksgezondheid', 'Jeugd']);
  });

  test('vrije tekst: Nederlandse stamvormen, delen van woorden, korte naam; hoofdletters maken niet uit', async () => {
    assert.deepEqual(await korte({ q: 'gezondheid' }), ['GGD Polderland']);
    assert.deepEqual(await korte({ q: 'Gezondheidszorg' }), ['GGD Polderland']);
    assert.deepEqual(await korte({ q: 'invorderingen' }), ['BSP'], 'stam van invordering');
    assert.deepEqual(await korte({ q: 'rampen' }), ['VR Polderland']);
    assert.deepEqual(await korte({ q: 'ggd' }), ['GGD Polderland']);
    assert.deepEqual(await korte({ q: 'recreatiegebied plassen' }), ['De Plassen'], 'alle woorden');
    assert.deepEqual(await korte({ q: 'bestaat-niet-xyz' }), []);
    assert.deepEqual(await korte({ q: '%' }), [], 'een % is geen jokerteken');
  });

  test('deelnemer: alleen regelingen waaraan die organisatie deelneemt', async () => {
    assert.deepEqual(await korte({ deelnemer: 'GM9901' }), [
      'GGD Polderland',
      'ODP',
      'Regeling leerplicht en RMC Aldewolde',
      'Regionale Rekenkamer Polderland',
      'VR Polderland',
    ]);
    assert.deepEqual(await korte({ deelnemer: 'gm9904' }), [
      'BSP',
      'GGD Polderland',
      'ODP',
      'Regeling leerplicht en RMC Aldewolde',
      'VR Polderland',
    ]);
    assert.deepEqual(await korte({ deelnemer: 'WS9901' }), ['De Plassen']);
    assert.deepEqual(await korte({ deelnemer: 'PV99' }), ['ODP']);
    assert.deepEqual(await korte({ deelnemer: 'GM0363' }), []);
  });

  test('provincie PV99: alle regelingen met een deelnemer in Voorbeeldland', async () => {
    assert.deepEqual(await korte({ provincie: 'PV99' }), ALLE);
  });

  test('vorm, type en beleidsterrein', async () => {
    assert.deepEqual(await korte({ vorm: 'bedrijfsvoeringsorganisatie' }), ['BSP']);
    assert.deepEqual(await korte({ vorm: 'centrumgemeente' }), ['Regeling leerplicht en RMC Aldewolde']);
    assert.deepEqual(await korte({ type: 'raadsregeling' }), ['Regionale Rekenkamer Polderland']);
    assert.deepEqual(await korte({ type: 'gemengde_regeling' }), ['De Plassen', 'GGD Polderland']);
    assert.deepEqual(await korte({ type: 'collegeregeling', vorm: 'openbaar_lichaam' }), [
      'ODP',
      'VR Polderland',
    ]);
    assert.deepEqual(await korte({ beleidsterrein: 'Volksgezondheid' }), ['GGD Polderland']);
    assert.deepEqual(await korte({ deelnemer: 'GM9901', type: 'collegeregeling' }), [
      'ODP',
      'Regeling leerplicht en RMC Aldewolde',
      'VR Polderland',
    ]);
  });

  test('sorteren op naam, aantal deelnemers en datum van inwerkingtreding', async () => {
    const namen = (await zoek({ sortering: 'naam' })).rows.map((r) => r.naam);
    assert.deepEqual(
      namen,
      [...namen].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)),
    );
    assert.equal(namen[0], 'Belastingsamenwerking Polderland');
    assert.deepEqual(
      (await zoek({ sortering: '-naam' })).rows.map((r) => r.naam),
      [...namen].reverse(),
    );

    const meeste = (await zoek({ sortering: '-deelnemers' })).rows;
    assert.equal(meeste[0]!.korteNaam, 'ODP', 'acht gemeenten en de provincie');
    assert.deepEqual(
      meeste.map((r) => r.deelnemers),
      [9, 8, 8, 4, 3, 3, 3],
    );
    const minste = (await zoek({ sortering: 'deelnemers' })).rows.map((r) => r.deelnemers);
    assert.deepEqual(minste, [3, 3, 3, 4, 8, 8, 9]);

    const oudste = (await zoek({ sortering: 'inwerkingtreding' })).rows.map((r) => r.datumInwerkingtreding);
    assert.deepEqual(oudste, [
      '1987-05-01',
      '2010-10-01',
      '2013-04-01',
      '2015-01-01',
      '2016-01-01',
      '2018-01-01',
      '2019-08-01',
    ]);
    const nieuwste = (await zoek({ sortering: '-inwerkingtreding' })).rows.map(
      (r) => r.datumInwerkingtreding,
    );
    assert.deepEqual(nieuwste, [...oudste].reverse());
  });

  test('pagineren: elke regeling precies één keer, en het totaal ook op een pagina voorbij het einde', async () => {
    const paginas = await Promise.all([1, 2, 3].map((pagina) => zoek({ pagina, perPagina: 3 })));
    assert.deepEqual(
      paginas.map((p) => p.rows.length),
      [3, 3, 1],
    );
    for (const p of paginas) assert.equal(p.totaal, 7);
    const ids = paginas.flatMap((p) => p.rows.map((r) => r.id));
    assert.equal(new Set(ids).size, 7);
    const voorbij = await zoek({ pagina: 4, perPagina: 3 });
    assert.deepEqual(voorbij.rows, []);
    assert.equal(voorbij.totaal, 7);
    assert.equal((await zoek({ pagina: 2, perPagina: 3, vorm: 'bedrijfsvoeringsorganisatie' })).totaal, 1);
  });

  test('peildatum: alleen regelingen die op die dag gelden', async () => {
    assert.deepEqual(await korte({ peildatum: '2000-01-01' }), ['De Plassen']);
    assert.deepEqual(
      await korte({ peildatum: '2015-01-01' }),
      ['De Plassen', 'GGD Polderland', 'ODP', 'VR Polderland'],
      'de dag zelf telt mee',
    );
    assert.deepEqual(await korte({ peildatum: '2014-12-31' }), ['De Plassen', 'ODP', 'VR Polderland']);
    assert.deepEqual(await korte({ peildatum: '2026-01-01' }), ALLE);
  });

  test('peildatum: een vervallen regeling valt weg vanaf de dag van uitwerkingtreding', async () => {
    const { rows } = await zoek({ q: 'Rekenkamer' });
    const id = rows[0]!.id;
    const r = (await regelingRij(db, id))!;
    await db
      .update(regeling)
      .set({ datumUitwerkingtreding: '2024-01-01' })
      .where(and(eq(regeling.id, id), eq(regeling.versie, r.versie)));
    assert.ok((await korte({ peildatum: '2023-12-31' })).includes('Regionale Rekenkamer Polderland'));
    assert.ok(!(await korte({ peildatum: '2024-01-01' })).includes('Regionale Rekenkamer Polderland'));
    assert.ok(
      (await korte({})).includes('Regionale Rekenkamer Polderland'),
      'zonder peildatum blijft hij in het register',
    );
  });
});
