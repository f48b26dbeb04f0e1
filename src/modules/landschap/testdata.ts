/**
 * For tests only: region divisions and boundaries written straight into `regio`, `regio_lid` and `grens`
 * (each under a `bron_import` row made here), so the analyses on them can be tested without the importers.
 */
import { bronImport, grens, regio, regioLid } from './schema';
import type { DbOrTx } from '../../platform/db/client';

export async function maakBronImport(
  db: DbOrTx,
  w: { bron: string; peildatum: string; omschrijving?: string; licentie?: string; bestand?: string },
): Promise<string> {
  const [r] = await db
    .insert(bronImport)
    .values({
      bron: w.bron,
      peildatum: w.peildatum,
      omschrijving: w.omschrijving ?? `Testgegevens ${w.bron}`,
      licentie: w.licentie ?? 'CC0 1.0',
      bestand: w.bestand ?? `${w.bron}.test`,
      tellingen: {},
    })
    .returning({ id: bronImport.id });
  return r!.id;
}

/** One division: its regions with their members (GMxxxx codes), under a new import of `bron`. */
export async function maakRegioIndeling(
  db: DbOrTx,
  w: {
    bron?: string;
    peildatum?: string;
    indeling: string;
    indelingNaam: string;
    regios: { naam: string; leden: { code: string; naam?: string }[] }[];
    licentie?: string;
  },
): Promise<string> {
  const importId = await maakBronImport(db, {
    bron: w.bron ?? 'regioatlas',
    peildatum: w.peildatum ?? '2016-03-21',
    ...(w.licentie ? { licentie: w.licentie } : {}),
  });
  await voegRegiosToe(db, importId, w);
  return importId;
}

/** Adds a division to an existing import. */
export async function voegRegiosToe(
  db: DbOrTx,
  importId: string,
  w: {
    indeling: string;
    indelingNaam: string;
    regios: { naam: string; leden: { code: string; naam?: string }[] }[];
  },
) {
  for (const r of w.regios) {
    const [rij] = await db
      .insert(regio)
      .values({
        bronImportId: importId,
        indeling: w.indeling,
        indelingNaam: w.indelingNaam,
        sleutel: `${w.indeling}:${r.naam.toLowerCase()}`,
        naam: r.naam,
      })
      .returning({ id: regio.id });
    if (r.leden.length)
      await db.insert(regioLid).values(
        r.leden.map((l) => ({
          regioId: rij!.id,
          gemeenteCode: l.code,
          gemeenteNaam: l.naam ?? l.code,
          herkomst: { bestand: 'test' },
        })),
      );
  }
}

/** Boundaries of one kind under a new import. */
export async function maakGrenzen(
  db: DbOrTx,
  w: {
    bron?: string;
    peildatum?: string;
    soort?: string;
    licentie?: string;
    gebieden: { code: string; naam: string; geometrie: object }[];
  },
): Promise<string> {
  const importId = await maakBronImport(db, {
    bron: w.bron ?? 'grenzen',
    peildatum: w.peildatum ?? '2023-01-01',
    licentie: w.licentie ?? 'CC BY 4.0 (CBS / PDOK, bewerking VWS)',
  });
  const rijen = w.gebieden.map((g) => ({
    bronImportId: importId,
    soort: w.soort ?? 'gemeente',
    code: g.code,
    naam: g.naam,
    geometrie: g.geometrie as Record<string, unknown>,
  }));
  for (let i = 0; i < rijen.length; i += 100) await db.insert(grens).values(rijen.slice(i, i + 100));
  return importId;
}
