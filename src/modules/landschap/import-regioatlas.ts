/**
 * `grip import regioatlas <map>`: the region divisions of the BZK Regioatlas 2016 (parsed by
 * `leesRegioatlasMap`) into `regio` (one row per region of a division) and `regio_lid` (one row per
 * gemeente in a region), with the reading in `bron_import` (bron 'regioatlas', peildatum 2016-01-01: the
 * gemeentelijke indeling the source uses). One transaction; a second run changes nothing.
 *
 * - A region is known by its key (division + name; the source has no region codes). Its name, the
 *   division's title and the population the source gives for the whole region are kept as read.
 * - A member keeps the gemeente code and name of 2016. It is linked to the gemeente in Grip with that CBS
 *   code when Grip has one (also a former gemeente Grip knows); a gemeente Grip does not know (most former
 *   gemeenten of 2016) stays unlinked, with its code and name.
 * - Regions and members no longer in the source are removed from this reading.
 * - Only what differs is written. A run that changes something writes one audit entry on the reading
 *   (`bron_import`) with the counts; the rows themselves are source data, not audited one by one.
 * Import the gemeenten first (`grip import cbs-gemeenten` or `grip import roo-polder`) to link members.
 */
import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../platform/db/client';
import type { Actor } from '../../platform/audit/audit';
import { auditLog } from '../../platform/audit/schema';
import { organisatie } from '../organisaties/schema';
import type { Herkomst } from './bronnen/bron';
import type { RegioIndeling } from './bronnen/regioatlas';
import { ANDERE_BRON_INFO } from './bron-info';
import { ImportGeweigerd, type Telling, type Voortgang } from './import-regelingen';
import { bronImport, regio, regioLid } from './schema';
import { legHerkomstVast } from './herkomst-store';

/** The gemeentelijke indeling of the shared-data files: 1 January 2016 (390 gemeenten). */
export const REGIOATLAS_PEILDATUM = '2016-01-01';

export interface RegioatlasOpties {
  /** Name of the folder read, for the provenance (no server path). */
  bestand: string;
  peildatum?: string;
  voortgang?: Voortgang;
}

export interface RegioatlasIndelingTelling {
  naam: string;
  regios: number;
  leden: number;
  gekoppeld: number;
  nietGekoppeld: number;
}

export interface RegioatlasResultaat {
  importId: string;
  peildatum: string;
  bronImport: 'nieuw' | 'gewijzigd' | 'ongewijzigd';
  regios: Telling & { totaal: number; verwijderd: number };
  leden: Telling & { totaal: number; gekoppeld: number; nietGekoppeld: number; verwijderd: number };
  perIndeling: Record<string, RegioatlasIndelingTelling>;
  /** Distinct gemeente codes without a gemeente in Grip. */
  nietGekoppeldeGemeenten: number;
}

interface NieuwRegio {
  indeling: string;
  indelingNaam: string;
  sleutel: string;
  naam: string;
  code: string | null;
  inwoners: number | null;
}
interface NieuwLid {
  gemeenteCode: string;
  gemeenteNaam: string;
  organisatieId: string | null;
  herkomst: Herkomst;
}

const REGIO_VELDEN = ['indeling', 'indelingNaam', 'naam', 'code', 'inwoners'] as const;
const LID_VELDEN = ['gemeenteNaam', 'organisatieId', 'herkomst'] as const;
const gelijk = <T extends object>(a: T, b: T, velden: readonly (keyof T)[]) =>
  velden.every((v) => isDeepStrictEqual(a[v], b[v]));
const perBlok = 2000;

/** Imports parsed Regioatlas rows. One transaction (a savepoint when `db` is one): on any error nothing is written. */
export async function importRegioatlas(
  db: DbOrTx,
  data: readonly RegioIndeling[],
  actor: Actor,
  opties: RegioatlasOpties,
): Promise<RegioatlasResultaat> {
  const peildatum = opties.peildatum ?? REGIOATLAS_PEILDATUM;
  const meld = opties.voortgang ?? (() => {});
  if (data.length === 0) throw new ImportGeweigerd(`${opties.bestand}: de bron bevat geen regio-indelingen`);
  const info = ANDERE_BRON_INFO.regioatlas;

  // The plan: regions in source order, each with its members.
  const plan = new Map<string, { regio: NieuwRegio; leden: Map<string, Omit<NieuwLid, 'organisatieId'>> }>();
  for (const r of data) {
    let p = plan.get(r.regioSleutel);
    if (!p) {
      p = {
        regio: {
          indeling: r.indeling,
          indelingNaam: r.indelingNaam,
          sleutel: r.regioSleutel,
          naam: r.regioNaam,
          code: r.regioCode,
          inwoners: r.regioInwoners,
        },
        leden: new Map(),
      };
      plan.set(r.regioSleutel, p);
    }
    if (p.leden.has(r.gemeenteCode)) {
      const eerder = p.leden.get(r.gemeenteCode)!.herkomst;
      throw new ImportGeweigerd(
        `${r.herkomst.bestand}:${r.herkomst.regel}: ${r.gemeenteCode} staat twee keer in regio ${r.regioNaam} (ook regel ${eerder.regel})`,
      );
    }
    p.leden.set(r.gemeenteCode, {
      gemeenteCode: r.gemeenteCode,
      gemeenteNaam: r.gemeenteNaam,
      herkomst: r.herkomst,
    });
  }

  return db.transaction(async (tx) => {
    const codes = [...new Set(data.map((r) => r.gemeenteCode))];
    const orgs = await tx
      .select({ id: organisatie.id, code: organisatie.code })
      .from(organisatie)
      .where(and(eq(organisatie.soort, 'gemeente'), inArray(organisatie.code, codes)));
    const idVanCode = new Map(orgs.map((o) => [o.code!, o.id]));

    const [importRij] = await tx
      .select()
      .from(bronImport)
      .where(and(eq(bronImport.bron, 'regioatlas'), eq(bronImport.peildatum, peildatum)));
    const importId = importRij?.id ?? randomUUID();
    const oudeRegios = importRij ? await tx.select().from(regio).where(eq(regio.bronImportId, importId)) : [];
    const oudeLeden = oudeRegios.length
      ? await tx
          .select({ l: regioLid })
          .from(regioLid)
          .innerJoin(regio, eq(regio.id, regioLid.regioId))
          .where(eq(regio.bronImportId, importId))
      : [];
    const ledenPer = new Map<string, Map<string, typeof regioLid.$inferSelect>>();
    for (const { l } of oudeLeden) {
      const m = ledenPer.get(l.regioId) ?? new Map<string, typeof regioLid.$inferSelect>();
      m.set(l.gemeenteCode, l);
      ledenPer.set(l.regioId, m);
    }
    const regioOpSleutel = new Map(oudeRegios.map((r) => [r.sleutel, r]));

    const r: RegioatlasResultaat = {
      importId,
      peildatum,
      bronImport: 'ongewijzigd',
      regios: { totaal: 0, nieuw: 0, gewijzigd: 0, ongewijzigd: 0, verwijderd: 0 },
      leden: {
        totaal: 0,
        gekoppeld: 0,
        nietGekoppeld: 0,
        nieuw: 0,
        gewijzigd: 0,
        ongewijzigd: 0,
        verwijderd: 0,
      },
      perIndeling: {},
      nietGekoppeldeGemeenten: codes.filter((c) => !idVanCode.has(c)).length,
    };
    const nieuweRegios: (typeof regio.$inferInsert)[] = [];
    const regioUpdates: { id: string; set: NieuwRegio }[] = [];
    const nieuweLeden: (typeof regioLid.$inferInsert)[] = [];
    const lidUpdates: { regioId: string; lid: NieuwLid }[] = [];
    const wegLeden: { regioId: string; gemeenteCode: string }[] = [];

    meld(`${plan.size.toLocaleString('nl-NL')} regio’s vergelijken met de database …`);
    for (const { regio: nieuw, leden } of plan.values()) {
      r.regios.totaal++;
      const t = (r.perIndeling[nieuw.indeling] ??= {
        naam: nieuw.indelingNaam,
        regios: 0,
        leden: 0,
        gekoppeld: 0,
        nietGekoppeld: 0,
      });
      t.regios++;
      const oud = regioOpSleutel.get(nieuw.sleutel);
      regioOpSleutel.delete(nieuw.sleutel);
      const regioId = oud?.id ?? randomUUID();
      if (!oud) {
        nieuweRegios.push({ id: regioId, bronImportId: importId, ...nieuw });
        r.regios.nieuw++;
      } else if (gelijk(oud, nieuw, REGIO_VELDEN)) r.regios.ongewijzigd++;
      else {
        regioUpdates.push({ id: regioId, set: nieuw });
        r.regios.gewijzigd++;
      }
      const oudeVanRegio = ledenPer.get(regioId) ?? new Map<string, typeof regioLid.$inferSelect>();
      for (const l of leden.values()) {
        const lid: NieuwLid = { ...l, organisatieId: idVanCode.get(l.gemeenteCode) ?? null };
        r.leden.totaal++;
        t.leden++;
        if (lid.organisatieId) {
          r.leden.gekoppeld++;
          t.gekoppeld++;
        } else {
          r.leden.nietGekoppeld++;
          t.nietGekoppeld++;
        }
        const o = oudeVanRegio.get(l.gemeenteCode);
        oudeVanRegio.delete(l.gemeenteCode);
        if (!o) {
          nieuweLeden.push({ regioId, ...lid });
          r.leden.nieuw++;
        } else if (gelijk(o, lid, LID_VELDEN)) r.leden.ongewijzigd++;
        else {
          lidUpdates.push({ regioId, lid });
          r.leden.gewijzigd++;
        }
      }
      for (const o of oudeVanRegio.values()) wegLeden.push({ regioId, gemeenteCode: o.gemeenteCode });
    }
    const wegRegios = [...regioOpSleutel.values()];
    r.regios.verwijderd = wegRegios.length;
    // Members of a removed region go with it (on delete cascade); they are counted as removed too.
    r.leden.verwijderd = wegLeden.length + wegRegios.reduce((n, w) => n + (ledenPer.get(w.id)?.size ?? 0), 0);

    const tellingen = {
      regios: r.regios.totaal,
      leden: r.leden.totaal,
      gekoppeld: r.leden.gekoppeld,
      nietGekoppeld: r.leden.nietGekoppeld,
      indelingen: Object.keys(r.perIndeling).length,
    };
    const veranderd =
      nieuweRegios.length +
        regioUpdates.length +
        wegRegios.length +
        nieuweLeden.length +
        lidUpdates.length +
        wegLeden.length >
      0;
    const provenance = {
      omschrijving: info.omschrijving,
      licentie: info.licentie,
      bestand: opties.bestand,
      toelichting: `Regio-indelingen van ${peildatum}: ${info.toelichting}; gemeenten gekoppeld op CBS-code`,
      tellingen,
    };
    r.bronImport = await legHerkomstVast(
      tx,
      importRij,
      { id: importId, bron: 'regioatlas', peildatum },
      provenance,
      veranderd,
    );
    if (r.bronImport === 'ongewijzigd') return r;

    meld('regio’s en leden schrijven …');
    await schrijf(tx, { nieuweRegios, regioUpdates, wegRegios, nieuweLeden, lidUpdates, wegLeden });
    await tx.insert(auditLog).values({
      gebruikerId: actor.gebruikerId,
      actor: actor.label,
      entiteit: 'bron_import',
      entiteitId: importId,
      actie: r.bronImport === 'nieuw' ? 'aangemaakt' : 'gewijzigd',
      regelingId: null,
      wijzigingen: [
        {
          veld: 'tellingen',
          oud: importRij?.tellingen ?? null,
          nieuw: {
            ...tellingen,
            regiosNieuw: r.regios.nieuw,
            regiosGewijzigd: r.regios.gewijzigd,
            regiosVerwijderd: r.regios.verwijderd,
            ledenNieuw: r.leden.nieuw,
            ledenGewijzigd: r.leden.gewijzigd,
            ledenVerwijderd: r.leden.verwijderd,
          },
        },
      ],
    });
    return r;
  });
}

async function schrijf(
  tx: Tx,
  w: {
    nieuweRegios: (typeof regio.$inferInsert)[];
    regioUpdates: { id: string; set: NieuwRegio }[];
    wegRegios: { id: string }[];
    nieuweLeden: (typeof regioLid.$inferInsert)[];
    lidUpdates: { regioId: string; lid: NieuwLid }[];
    wegLeden: { regioId: string; gemeenteCode: string }[];
  },
) {
  if (w.wegRegios.length)
    await tx.delete(regio).where(
      inArray(
        regio.id,
        w.wegRegios.map((x) => x.id),
      ),
    );
  for (const l of w.wegLeden)
    await tx
      .delete(regioLid)
      .where(and(eq(regioLid.regioId, l.regioId), eq(regioLid.gemeenteCode, l.gemeenteCode)));
  for (const u of w.regioUpdates) await tx.update(regio).set(u.set).where(eq(regio.id, u.id));
  for (const u of w.lidUpdates)
    await tx
      .update(regioLid)
      .set({ gemeenteNaam: u.lid.gemeenteNaam, organisatieId: u.lid.organisatieId, herkomst: u.lid.herkomst })
      .where(and(eq(regioLid.regioId, u.regioId), eq(regioLid.gemeenteCode, u.lid.gemeenteCode)));
  for (let i = 0; i < w.nieuweRegios.length; i += perBlok)
    await tx.insert(regio).values(w.nieuweRegios.slice(i, i + perBlok));
  for (let i = 0; i < w.nieuweLeden.length; i += perBlok)
    await tx.insert(regioLid).values(w.nieuweLeden.slice(i, i + perBlok));
}
