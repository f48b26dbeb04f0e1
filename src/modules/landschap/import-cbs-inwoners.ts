/**
 * `grip import cbs <bestand.json> | --url <CBS OData-url>`: population per gemeente per reference date from
 * CBS StatLine (pages read by `leesCbsPaginas`) into `inwonertal`, as `grip import cbs-gemeenten` stores
 * it: one figure per gemeente and peildatum, with the source named in `inwonertal.bron` (table and field).
 * The reading goes into `bron_import` (bron 'cbs', peildatum the latest date in the response, licence
 * CC BY 4.0 "Bron: CBS"). One transaction; a second run changes nothing.
 *
 * - A figure is linked to the gemeente in Grip with its CBS code; a code Grip does not know is counted and
 *   listed, not invented (import the gemeenten first: `grip import cbs-gemeenten` or `roo-polder`).
 * - A figure that differs from the one Grip has for that gemeente and date (or comes from another table)
 *   replaces it, with an audit entry on the gemeente (`inwonertal[<peildatum>]`) as the gemeenten import
 *   writes it. Figures of other dates stay.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import type { Actor } from '../../platform/audit/audit';
import { auditLog, type Wijziging } from '../../platform/audit/schema';
import { inwonertal, organisatie } from '../organisaties/schema';
import type { CbsBevolking } from './bronnen/cbs-odata';
import { ANDERE_BRON_INFO } from './bron-info';
import { ImportGeweigerd, type Telling, type Voortgang } from './import-regelingen';
import { bronImport } from './schema';
import { legHerkomstVast } from './herkomst-store';

export interface CbsInwonersOpties {
  /** The file or address read, for the provenance (a file's name, no server path). */
  bestand: string;
  voortgang?: Voortgang;
}

export interface CbsInwonersResultaat {
  importId: string;
  /** The latest reference date in the response (the reading's vintage). */
  peildatum: string;
  peildata: string[];
  bronImport: 'nieuw' | 'gewijzigd' | 'ongewijzigd';
  /** What `inwonertal.bron` says for these figures. */
  bron: string;
  inwonertallen: Telling & { totaal: number };
  gemeenten: number;
  /** CBS codes with a figure but without a gemeente in Grip (sorted). */
  nietInGrip: string[];
  zonderWaarde: number;
  andereRegios: number;
}

/** The source named with each figure: "CBS StatLine 03759ned (BevolkingOp1Januari_1)". */
export const cbsBronTekst = (d: Pick<CbsBevolking, 'tabel' | 'inwonersVeld'>) =>
  `CBS StatLine ${d.tabel ?? 'onbekende tabel'} (${d.inwonersVeld})`;

/** Imports the population of parsed CBS pages. One transaction (a savepoint when `db` is one). */
export async function importCbsInwoners(
  db: DbOrTx,
  data: CbsBevolking,
  actor: Actor,
  opties: CbsInwonersOpties,
): Promise<CbsInwonersResultaat> {
  const meld = opties.voortgang ?? (() => {});
  const info = ANDERE_BRON_INFO.cbs;
  if (data.records.length === 0)
    throw new ImportGeweigerd(`${opties.bestand}: het antwoord bevat geen inwonertallen van gemeenten`);
  const peildata = [...new Set(data.records.map((r) => r.peildatum))].sort();
  const peildatum = peildata.at(-1)!;
  const bron = cbsBronTekst(data);

  return db.transaction(async (tx) => {
    const codes = [...new Set(data.records.map((r) => r.gemeenteCode))];
    const orgs = await tx
      .select({ id: organisatie.id, code: organisatie.code })
      .from(organisatie)
      .where(and(eq(organisatie.soort, 'gemeente'), inArray(organisatie.code, codes)));
    const idVanCode = new Map(orgs.map((o) => [o.code!, o.id]));
    const ids = orgs.map((o) => o.id);
    const bestaand = ids.length
      ? await tx
          .select()
          .from(inwonertal)
          .where(and(inArray(inwonertal.organisatieId, ids), inArray(inwonertal.peildatum, peildata)))
      : [];
    const op = new Map(bestaand.map((b) => [`${b.organisatieId} ${b.peildatum}`, b]));

    const r: CbsInwonersResultaat = {
      importId: '',
      peildatum,
      peildata,
      bronImport: 'ongewijzigd',
      bron,
      inwonertallen: { totaal: 0, nieuw: 0, gewijzigd: 0, ongewijzigd: 0 },
      gemeenten: 0,
      nietInGrip: codes.filter((c) => !idVanCode.has(c)).sort(),
      zonderWaarde: data.zonderWaarde.length,
      andereRegios: data.andereRegios,
    };
    const schrijf: (typeof inwonertal.$inferInsert)[] = [];
    const wijzigingen = new Map<string, Wijziging[]>();
    const gemeenten = new Set<string>();
    meld(`${data.records.length.toLocaleString('nl-NL')} inwonertallen vergelijken met de database …`);
    for (const rec of data.records) {
      const id = idVanCode.get(rec.gemeenteCode);
      if (!id) continue;
      gemeenten.add(id);
      r.inwonertallen.totaal++;
      const oud = op.get(`${id} ${rec.peildatum}`);
      if (oud && oud.aantal === rec.inwoners && oud.bron === bron) {
        r.inwonertallen.ongewijzigd++;
        continue;
      }
      r.inwonertallen[oud ? 'gewijzigd' : 'nieuw']++;
      schrijf.push({ organisatieId: id, peildatum: rec.peildatum, aantal: rec.inwoners, bron });
      const w = wijzigingen.get(id) ?? [];
      w.push({
        veld: `inwonertal[${rec.peildatum}]`,
        oud: oud ? { aantal: oud.aantal, bron: oud.bron } : null,
        nieuw: { aantal: rec.inwoners, bron },
      });
      wijzigingen.set(id, w);
    }
    r.gemeenten = gemeenten.size;

    const [importRij] = await tx
      .select()
      .from(bronImport)
      .where(and(eq(bronImport.bron, 'cbs'), eq(bronImport.peildatum, peildatum)));
    const importId = importRij?.id ?? randomUUID();
    r.importId = importId;
    const provenance = {
      omschrijving: info.omschrijving,
      licentie: info.licentie,
      bestand: opties.bestand,
      toelichting: `Tabel ${data.tabel ?? 'onbekend'}, veld ${data.inwonersVeld}; peildata ${peildata.join(', ')}`,
      tellingen: {
        inwonertallen: r.inwonertallen.totaal,
        gemeenten: r.gemeenten,
        peildata: peildata.length,
        nietInGrip: r.nietInGrip.length,
        zonderWaarde: r.zonderWaarde,
      },
    };
    r.bronImport = await legHerkomstVast(
      tx,
      importRij,
      { id: importId, bron: 'cbs', peildatum },
      provenance,
      schrijf.length > 0,
    );

    for (let i = 0; i < schrijf.length; i += 5000)
      await tx
        .insert(inwonertal)
        .values(schrijf.slice(i, i + 5000))
        .onConflictDoUpdate({
          target: [inwonertal.organisatieId, inwonertal.peildatum],
          set: { aantal: sql`excluded.aantal`, bron: sql`excluded.bron` },
        });
    const audits = [...wijzigingen].map(([id, w]) => ({
      gebruikerId: actor.gebruikerId,
      actor: actor.label,
      entiteit: 'organisatie',
      entiteitId: id,
      actie: 'gewijzigd',
      regelingId: null,
      wijzigingen: w,
    }));
    for (let i = 0; i < audits.length; i += 2000) await tx.insert(auditLog).values(audits.slice(i, i + 2000));
    return r;
  });
}
