/**
 * Import of the CBS list of gemeenten (with their provincie and population) into the
 * organisaties tables: `grip import cbs-gemeenten <file.csv>`.
 *
 * Two steps, so a malformed file never reaches the database:
 * - `parseCbsGemeenten` reads and validates the whole CSV (pure, no I/O) and stops at the first
 *   problem with an `ImportFout` naming file, line and reason;
 * - `importCbsGemeenten` upserts provincies, gemeenten, their current name and their population
 *   in one transaction, writing (and auditing) only what differs, so a second run changes nothing.
 *
 * Conventions:
 * - Organisations are matched on their CBS `code` (GM0363, PV27); an existing organisation
 *   without a code but with the same TOOI URI is adopted (it gets the code).
 * - `organisatie.geldigVan` of a gemeente is `begindatum_gemeente` (1970-01-01 means "before
 *   1970" in the CBS/NLExtract data). Provincies have no start date in the file: their
 *   `geldigVan` is left as it is (null for new ones).
 * - `organisatie_naam`: the name row gets `geldigVan` = begindatum of the gemeente; for provincies
 *   (the column is NOT NULL but the file has no date) the same "before 1970" value 1970-01-01.
 *   When the current (open) name differs, the gemeente was renamed: the file has no date for
 *   that, so the old row is closed and the new one starts on the import date (`opties.datum`).
 * - `versie`/`gewijzigd` concern the organisatie row; a new or changed population is a row
 *   of its own (inwonertal) and only shows up in the audit log and in the counts.
 * - Each new or changed organisation gets one audit entry (entiteit 'organisatie') holding all
 *   its changes, including `naam[<geldigVan>]` and `inwonertal[<peildatum>]`.
 */
import { randomUUID } from 'node:crypto';
import { CsvError } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/client';
import { type Actor, diff, recordAudit } from '../../platform/audit/audit';
import type { Wijziging } from '../../platform/audit/schema';
import { vandaag } from '../../platform/clock';
import { inwonertal, organisatie, organisatieNaam, type organisatieSoorten } from './schema';

/** The source of the population figures in gemeenten_2025.csv. */
export const CBS_BRON_KWB_2024 = 'CBS Kerncijfers wijken en buurten 2024 (85984NED)';

/** A problem in the import file: which file, which line (1 = header) and why (in Dutch). */
export class ImportFout extends Error {
  override name = 'ImportFout';
  constructor(
    readonly bestand: string,
    readonly regel: number,
    readonly reden: string,
  ) {
    super(`${bestand}:${regel}: ${reden}`);
  }
}

export interface CbsGemeente {
  /** GMxxxx */
  code: string;
  naam: string;
  /** PVxx */
  pvCode: string;
  /** 'YYYY-MM-DD'; 1970-01-01 = before 1970. */
  begindatum: string;
  inwoners: number;
}

export interface CbsProvincie {
  code: string;
  naam: string;
  /** Sum of the population of its gemeenten. */
  inwoners: number;
}

export interface CbsGemeenten {
  bestand: string;
  /** Reference date of the population, from the column name inwoners_YYYY_MM_DD. */
  peildatum: string;
  /** In file order. */
  gemeenten: CbsGemeente[];
  /** Sorted by code. */
  provincies: CbsProvincie[];
}

const VERPLICHT = ['gm_code', 'gm_naam', 'pv_code', 'pv_naam', 'begindatum_gemeente'] as const;
const INWONERS_KOLOM = /^inwoners_(\d{4})_(\d{2})_(\d{2})$/;
const GM_CODE = /^GM\d{4}$/;
const PV_CODE = /^PV\d{2}$/;
/** The inwonertal.aantal column is a PostgreSQL integer. */
const MAX_INT = 2_147_483_647;

function isGeldigeDatum(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [j, mnd, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(j, mnd - 1, d));
  return dt.getUTCFullYear() === j && dt.getUTCMonth() === mnd - 1 && dt.getUTCDate() === d;
}

function leesAantal(waarde: string): number | string {
  if (/^\d+$/.test(waarde)) {
    const n = Number(waarde);
    return n > MAX_INT ? `inwonertal "${waarde}" is te groot` : n;
  }
  if (/^-\d+(\.\d+)?$/.test(waarde)) return `inwonertal "${waarde}" is negatief`;
  if (/^\d+\.\d+$/.test(waarde)) return `inwonertal "${waarde}" is geen geheel getal`;
  return `inwonertal "${waarde}" is geen getal`;
}

function csvReden(e: CsvError): string {
  if (e.code === 'CSV_QUOTE_NOT_CLOSED') return 'aanhalingsteken (") wordt niet gesloten';
  return `geen geldige CSV (${e.message})`;
}

/**
 * Reads the CBS gemeenten CSV (gemeenten_2025.csv of shared data `gemeenten-cbs-2024`).
 * Throws an ImportFout at the first problem; `bestand` is only used in messages.
 */
export function parseCbsGemeenten(text: string, bestand: string): CbsGemeenten {
  let items: { record: string[]; info: { lines: number } }[];
  try {
    items = parse(text, {
      bom: true,
      info: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
    }) as unknown as typeof items;
  } catch (e) {
    if (e instanceof CsvError)
      throw new ImportFout(bestand, typeof e.lines === 'number' ? e.lines : 1, csvReden(e));
    throw e;
  }
  // The line a record starts on (a quoted field may span lines).
  const regelVan = (item: (typeof items)[number]) =>
    item.info.lines - item.record.reduce((n, veld) => n + (veld.split('\n').length - 1), 0);

  const kop = items[0];
  if (!kop) throw new ImportFout(bestand, 1, 'het bestand is leeg');
  const kolommen = kop.record.map((k) => k.toLowerCase());
  const kopRegel = regelVan(kop);
  const index = new Map<string, number>();
  for (const [i, k] of kolommen.entries()) {
    if (!index.has(k)) index.set(k, i);
    else if ((VERPLICHT as readonly string[]).includes(k) || INWONERS_KOLOM.test(k)) {
      throw new ImportFout(bestand, kopRegel, `kolom ${k} komt twee keer voor`);
    }
  }
  for (const k of VERPLICHT) {
    if (!index.has(k)) throw new ImportFout(bestand, kopRegel, `kolom ${k} ontbreekt`);
  }
  const inwonersKolommen = kolommen.filter((k) => INWONERS_KOLOM.test(k));
  if (inwonersKolommen.length === 0) {
    throw new ImportFout(
      bestand,
      kopRegel,
      'kolom inwoners_2024_01_01 ontbreekt (of een andere kolom inwoners_JJJJ_MM_DD)',
    );
  }
  if (inwonersKolommen.length > 1) {
    throw new ImportFout(
      bestand,
      kopRegel,
      `meer dan één kolom met inwoners: ${inwonersKolommen.join(', ')}`,
    );
  }
  const inwonersKolom = inwonersKolommen[0]!;
  const [, jj, mm, dd] = INWONERS_KOLOM.exec(inwonersKolom)!;
  const peildatum = `${jj}-${mm}-${dd}`;
  if (!isGeldigeDatum(peildatum)) {
    throw new ImportFout(bestand, kopRegel, `kolom ${inwonersKolom}: "${peildatum}" is geen geldige datum`);
  }
  const kol = (naam: string) => index.get(naam)!;
  const [iGm, iGmNaam, iPv, iPvNaam, iBegin, iInw] = [
    kol('gm_code'),
    kol('gm_naam'),
    kol('pv_code'),
    kol('pv_naam'),
    kol('begindatum_gemeente'),
    kol(inwonersKolom),
  ];

  const gemeenten: CbsGemeente[] = [];
  const gezienOp = new Map<string, number>();
  const provincies = new Map<string, CbsProvincie & { regel: number }>();
  for (const item of items.slice(1)) {
    const regel = regelVan(item);
    const veld = (i: number) => item.record[i] ?? '';
    const fout = (reden: string) => new ImportFout(bestand, regel, reden);
    if (item.record.length !== kolommen.length) {
      throw fout(`regel heeft ${item.record.length} velden, de kopregel heeft er ${kolommen.length}`);
    }

    const code = veld(iGm);
    if (!GM_CODE.test(code)) throw fout(`onbekend codepatroon "${code}" in gm_code`);
    const naam = veld(iGmNaam);
    if (!naam) throw fout(`gm_naam van ${code} is leeg`);
    const pvCode = veld(iPv);
    if (!PV_CODE.test(pvCode)) throw fout(`onbekend codepatroon "${pvCode}" in pv_code`);
    const pvNaam = veld(iPvNaam);
    if (!pvNaam) throw fout(`pv_naam van ${pvCode} is leeg`);
    const begindatum = veld(iBegin);
    if (!isGeldigeDatum(begindatum)) {
      throw fout(`begindatum_gemeente "${begindatum}" is geen geldige datum (JJJJ-MM-DD)`);
    }
    const inwoners = leesAantal(veld(iInw));
    if (typeof inwoners === 'string') throw fout(inwoners);

    const eerder = gezienOp.get(code);
    if (eerder !== undefined) throw fout(`gemeentecode ${code} komt twee keer voor (ook op regel ${eerder})`);
    gezienOp.set(code, regel);

    const pv = provincies.get(pvCode);
    if (pv && pv.naam !== pvNaam) {
      throw fout(`provincie ${pvCode} heeft twee namen: "${pvNaam}" en "${pv.naam}" (regel ${pv.regel})`);
    }
    if (pv) pv.inwoners += inwoners;
    else provincies.set(pvCode, { code: pvCode, naam: pvNaam, inwoners, regel });
    gemeenten.push({ code, naam, pvCode, begindatum, inwoners });
  }
  if (gemeenten.length === 0) throw new ImportFout(bestand, kopRegel + 1, 'het bestand bevat geen gemeenten');

  return {
    bestand,
    peildatum,
    gemeenten,
    provincies: [...provincies.values()]
      .map(({ code, naam, inwoners }) => ({ code, naam, inwoners }))
      .sort((a, b) => a.code.localeCompare(b.code)),
  };
}

export interface Telling {
  nieuw: number;
  gewijzigd: number;
  ongewijzigd: number;
}

export interface CbsImportResultaat {
  gemeenten: Telling;
  provincies: Telling;
  inwonertallen: Telling;
}

export interface CbsImportOpties {
  /** Source recorded with each population figure; default CBS_BRON_KWB_2024. */
  bron?: string;
  /** 'YYYY-MM-DD' from which a changed name counts (the file has no date); default today (Europe/Amsterdam). */
  datum?: string;
}

export const tooiUri = (soort: 'gemeente' | 'provincie', code: string) =>
  `https://identifier.overheid.nl/tooi/id/${soort}/${code.toLowerCase()}`;

type OrgVelden = {
  soort: (typeof organisatieSoorten)[number];
  code: string;
  naam: string;
  tooiUri: string;
  land: string;
  provincieId?: string | null;
  geldigVan?: string | null;
};
type OrgRij = Pick<
  typeof organisatie.$inferSelect,
  'soort' | 'code' | 'naam' | 'tooiUri' | 'land' | 'provincieId' | 'geldigVan'
>;
const PROVINCIE_VELDEN = ['soort', 'code', 'naam', 'tooiUri', 'land'] as const;
const GEMEENTE_VELDEN = [...PROVINCIE_VELDEN, 'provincieId', 'geldigVan'] as const;

interface Doel {
  velden: OrgVelden;
  naamVan: string;
  inwoners: number;
}

/**
 * Writes parsed CBS data: provincies first, then gemeenten (linked to their provincie), each
 * with its current name and its population on `data.peildatum`. One transaction: on any error
 * nothing is written. Idempotent: a second run with the same data writes nothing.
 */
export async function importCbsGemeenten(
  db: Db,
  data: CbsGemeenten,
  actor: Actor,
  opties: CbsImportOpties = {},
): Promise<CbsImportResultaat> {
  const bron = opties.bron ?? CBS_BRON_KWB_2024;
  const datum = opties.datum ?? vandaag();
  return db.transaction(async (tx) => {
    const alle = [
      ...data.provincies.map((p) => ({ soort: 'provincie' as const, code: p.code })),
      ...data.gemeenten.map((g) => ({ soort: 'gemeente' as const, code: g.code })),
    ];
    const codes = alle.map((o) => o.code);
    const uris = alle.map((o) => tooiUri(o.soort, o.code));
    const bestaand = await tx
      .select({
        id: organisatie.id,
        soort: organisatie.soort,
        code: organisatie.code,
        naam: organisatie.naam,
        tooiUri: organisatie.tooiUri,
        land: organisatie.land,
        provincieId: organisatie.provincieId,
        geldigVan: organisatie.geldigVan,
      })
      .from(organisatie)
      .where(or(inArray(organisatie.code, codes), inArray(organisatie.tooiUri, uris)));
    const opCode = new Map(bestaand.filter((o) => o.code).map((o) => [o.code!, o]));
    const opUri = new Map(bestaand.filter((o) => o.tooiUri).map((o) => [o.tooiUri!, o]));
    const zoek = (code: string, uri: string) => {
      const o = opCode.get(code) ?? opUri.get(uri);
      if (o && o.code !== null && o.code !== code) {
        throw new Error(`TOOI-URI ${uri} hoort al bij organisatie ${o.code} (${o.naam}), niet bij ${code}`);
      }
      return o;
    };

    const bestaandeIds = bestaand.map((o) => o.id);
    const namen = bestaandeIds.length
      ? await tx.select().from(organisatieNaam).where(inArray(organisatieNaam.organisatieId, bestaandeIds))
      : [];
    const inwonersNu = await tx.select().from(inwonertal).where(eq(inwonertal.peildatum, data.peildatum));
    const inwonersOp = new Map(inwonersNu.map((r) => [r.organisatieId, r]));

    const resultaat: CbsImportResultaat = {
      gemeenten: { nieuw: 0, gewijzigd: 0, ongewijzigd: 0 },
      provincies: { nieuw: 0, gewijzigd: 0, ongewijzigd: 0 },
      inwonertallen: { nieuw: 0, gewijzigd: 0, ongewijzigd: 0 },
    };
    const nieuweInwoners: (typeof inwonertal.$inferInsert)[] = [];
    const audits: { id: string; actie: 'aangemaakt' | 'gewijzigd'; wijzigingen: Wijziging[] }[] = [];

    /** Upserts one kind (all provincies or all gemeenten); returns code → id. */
    const verwerk = async (doelen: Doel[], velden: readonly (keyof OrgVelden)[], telling: Telling) => {
      const ids = new Map<string, string>();
      const nieuw: (typeof organisatie.$inferInsert)[] = [];
      const nieuweNamen: (typeof organisatieNaam.$inferInsert)[] = [];
      for (const { velden: v, naamVan, inwoners } of doelen) {
        const oud = zoek(v.code, v.tooiUri);
        const id = oud?.id ?? randomUUID();
        ids.set(v.code, id);
        let wijzigingen: Wijziging[];
        let orgGewijzigd = false;
        if (!oud) {
          nieuw.push({ id, ...v });
          nieuweNamen.push({ organisatieId: id, naam: v.naam, geldigVan: naamVan });
          wijzigingen = diff<OrgRij>(undefined, v, velden);
          wijzigingen.push({ veld: `naam[${naamVan}]`, oud: null, nieuw: v.naam });
        } else {
          wijzigingen = diff<OrgRij>(oud, v, velden);
          if (wijzigingen.length) {
            const set = Object.fromEntries(velden.map((k) => [k, v[k] ?? null])) as Partial<OrgVelden>;
            await tx
              .update(organisatie)
              .set({ ...set, versie: sql`${organisatie.versie} + 1`, gewijzigd: sql`now()` })
              .where(eq(organisatie.id, id));
          }
          wijzigingen.push(...(await werkNaamBij(tx, id, namen, v.naam, naamVan, datum)));
          orgGewijzigd = wijzigingen.length > 0;
        }
        if (!oud) telling.nieuw++;
        else if (orgGewijzigd) telling.gewijzigd++;
        else telling.ongewijzigd++;

        const inw = inwonersOp.get(id);
        if (inw && inw.aantal === inwoners && inw.bron === bron) {
          resultaat.inwonertallen.ongewijzigd++;
        } else {
          resultaat.inwonertallen[inw ? 'gewijzigd' : 'nieuw']++;
          nieuweInwoners.push({ organisatieId: id, peildatum: data.peildatum, aantal: inwoners, bron });
          wijzigingen.push({
            veld: `inwonertal[${data.peildatum}]`,
            oud: inw ? { aantal: inw.aantal, bron: inw.bron } : null,
            nieuw: { aantal: inwoners, bron },
          });
        }
        if (wijzigingen.length) audits.push({ id, actie: oud ? 'gewijzigd' : 'aangemaakt', wijzigingen });
      }
      if (nieuw.length) await tx.insert(organisatie).values(nieuw);
      if (nieuweNamen.length) await tx.insert(organisatieNaam).values(nieuweNamen);
      return ids;
    };

    const provincieIds = await verwerk(
      data.provincies.map((p) => ({
        velden: {
          soort: 'provincie',
          code: p.code,
          naam: p.naam,
          tooiUri: tooiUri('provincie', p.code),
          land: 'NL',
        },
        naamVan: '1970-01-01',
        inwoners: p.inwoners,
      })),
      PROVINCIE_VELDEN,
      resultaat.provincies,
    );
    await verwerk(
      data.gemeenten.map((g) => {
        const provincieId = provincieIds.get(g.pvCode);
        if (!provincieId)
          throw new Error(`gemeente ${g.code} (${g.naam}): provincie ${g.pvCode} ontbreekt in de gegevens`);
        return {
          velden: {
            soort: 'gemeente',
            code: g.code,
            naam: g.naam,
            tooiUri: tooiUri('gemeente', g.code),
            land: 'NL',
            provincieId,
            geldigVan: g.begindatum,
          },
          naamVan: g.begindatum,
          inwoners: g.inwoners,
        };
      }),
      GEMEENTE_VELDEN,
      resultaat.gemeenten,
    );

    if (nieuweInwoners.length) {
      await tx
        .insert(inwonertal)
        .values(nieuweInwoners)
        .onConflictDoUpdate({
          target: [inwonertal.organisatieId, inwonertal.peildatum],
          set: { aantal: sql`excluded.aantal`, bron: sql`excluded.bron` },
        });
    }
    for (const a of audits) {
      await recordAudit(tx, actor, {
        entiteit: 'organisatie',
        entiteitId: a.id,
        actie: a.actie,
        wijzigingen: a.wijzigingen,
      });
    }
    return resultaat;
  });
}

/**
 * Keeps the name history of an existing organisation in step with its current name.
 * Returns the audit changes (empty when the open name row already carries `naam`).
 */
async function werkNaamBij(
  tx: Tx,
  id: string,
  alleNamen: (typeof organisatieNaam.$inferSelect)[],
  naam: string,
  naamVan: string,
  datum: string,
): Promise<Wijziging[]> {
  const rijen = alleNamen
    .filter((r) => r.organisatieId === id)
    .sort((a, b) => a.geldigVan.localeCompare(b.geldigVan));
  const open = rijen.filter((r) => r.geldigTot === null).at(-1);
  if (rijen.length === 0) {
    await tx.insert(organisatieNaam).values({ organisatieId: id, naam, geldigVan: naamVan });
    return [{ veld: `naam[${naamVan}]`, oud: null, nieuw: naam }];
  }
  const huidig = open ?? rijen.at(-1)!;
  if (huidig.naam === naam) return [];
  // A name row that starts on `datum` or later is corrected in place.
  const corrigeer = huidig.geldigVan >= datum ? huidig : rijen.find((r) => r.geldigVan === datum);
  if (corrigeer) {
    await tx
      .update(organisatieNaam)
      .set({ naam })
      .where(and(eq(organisatieNaam.organisatieId, id), eq(organisatieNaam.geldigVan, corrigeer.geldigVan)));
    return [{ veld: `naam[${corrigeer.geldigVan}]`, oud: corrigeer.naam, nieuw: naam }];
  }
  // A renamed organisation: close the open name and start the new one on `datum`.
  if (huidig.geldigTot !== null) {
    await tx.insert(organisatieNaam).values({ organisatieId: id, naam, geldigVan: datum });
    return [{ veld: `naam[${datum}]`, oud: null, nieuw: naam }];
  }
  await tx
    .update(organisatieNaam)
    .set({ geldigTot: datum })
    .where(
      and(
        eq(organisatieNaam.organisatieId, id),
        eq(organisatieNaam.geldigVan, huidig.geldigVan),
        isNull(organisatieNaam.geldigTot),
      ),
    );
  await tx.insert(organisatieNaam).values({ organisatieId: id, naam, geldigVan: datum });
  return [
    { veld: `naam[${huidig.geldigVan}].geldigTot`, oud: huidig.geldigTot, nieuw: datum },
    { veld: `naam[${datum}]`, oud: null, nieuw: naam },
  ];
}
