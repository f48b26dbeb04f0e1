/**
 * `grip import grenzen <bestand>`: boundaries of gemeenten, provincies and veiligheidsregio's from a
 * TopoJSON or GeoJSON file (parsed by `leesGrenzenTekst`) into `grens`, one row per (soort, code), as a
 * GeoJSON geometry, with the reading in `bron_import` (bron 'grenzen', peildatum 1 January of the
 * vintage: 2023-01-01 for the shared-data files). One transaction; a second run changes nothing.
 *
 * - The coordinate system is decided from the coordinates (`bepaalCoordinatenstelsel`) and recorded in
 *   `bron_import.toelichting`, with the rounding used. Only WGS84 is stored (what `grens` promises the map
 *   renderer): a file in RD New is converted (`rdNaarWgs84`) and says so; anything else is refused.
 * - The geometry is made smaller for maps (`vereenvoudig`: rounded to 3 decimals, point by point, so shared
 *   borders stay shared).
 * - Several files can fill one vintage (a TopoJSON with all three kinds, or one GeoJSON per kind): a file
 *   writes the areas it holds and leaves the others; an area it holds again is updated in place.
 * - An area without a name in the source (the veiligheidsregio's of the shared TopoJSON) is named after an
 *   organisation in Grip with that code, else after its code.
 * A run that changes something writes one audit entry on the reading with the counts.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import type { Actor } from '../../platform/audit/audit';
import { auditLog } from '../../platform/audit/schema';
import { organisatie } from '../organisaties/schema';
import type { Grenzen, GrensSoort } from './bronnen/grenzen';
import { ANDERE_BRON_INFO } from './bron-info';
import {
  aantalPunten,
  bepaalCoordinatenstelsel,
  COORDINATENSTELSEL_OMSCHRIJVING,
  omvang,
  rdNaarWgs84,
  vereenvoudig,
  zetOm,
} from './grenzen-geometrie';
import { ImportGeweigerd, type Telling, type Voortgang } from './import-regelingen';
import { bronImport, grens } from './schema';
import { legHerkomstVast } from './herkomst-store';

/** The vintage of the shared-data boundaries: gemeentelijke indeling of 1 January 2023. */
export const GRENZEN_JAARGANG = 2023;
/** Decimals kept: about 70 × 110 m in the Netherlands, a quarter pixel on a map 1000 pixels wide. */
export const GRENZEN_DECIMALEN = 3;

export interface GrenzenOpties {
  /** Name of the file read (no server path). */
  bestand: string;
  decimalen?: number;
  voortgang?: Voortgang;
}

export interface GrenzenResultaat {
  importId: string;
  peildatum: string;
  bronImport: 'nieuw' | 'gewijzigd' | 'ongewijzigd';
  /** The coordinate system of the file; what is stored is always WGS84. */
  coordinatenstelsel: 'WGS84' | 'RD';
  grenzen: Telling & { totaal: number; perSoort: Partial<Record<GrensSoort, number>> };
  /** Positions before and after making the geometry smaller. */
  punten: { voor: number; na: number };
  /** Areas named after their code (the source gave no name and Grip knows none). */
  zonderNaam: string[];
  /** Objects of the file without codes that were skipped (the outline of the Netherlands). */
  overgeslagen: { pad: string; reden: string }[];
  /** What the reading holds after the run, per kind. */
  tellingen: Record<string, number>;
}

/** Imports parsed boundaries. One transaction (a savepoint when `db` is one): on any error nothing is written. */
export async function importGrenzen(
  db: DbOrTx,
  data: Grenzen,
  actor: Actor,
  opties: GrenzenOpties,
): Promise<GrenzenResultaat> {
  const meld = opties.voortgang ?? (() => {});
  const decimalen = opties.decimalen ?? GRENZEN_DECIMALEN;
  const bestand = path.basename(opties.bestand);
  const info = ANDERE_BRON_INFO.grenzen;
  const peildatum = `${data.jaargang}-01-01`;
  if (data.features.length === 0)
    throw new ImportGeweigerd(`${bestand}: geen gemeente-, provincie- of veiligheidsregiogrenzen gevonden`);
  const stelsel = bepaalCoordinatenstelsel(omvang(data.features.map((f) => f.geometry)));
  if (!stelsel) {
    throw new ImportGeweigerd(
      `${bestand}: de coördinaten liggen niet in Nederland in WGS84 (lengte, breedte) of RD New (meters): onbekend coördinatenstelsel`,
    );
  }

  meld(`${data.features.length.toLocaleString('nl-NL')} grenzen kleiner maken …`);
  const punten = { voor: 0, na: 0 };
  const plan = data.features.map((f) => {
    const wgs84 = stelsel === 'RD' ? zetOm(f.geometry, rdNaarWgs84) : f.geometry;
    const g = vereenvoudig(wgs84, decimalen);
    punten.voor += aantalPunten(f.geometry);
    punten.na += aantalPunten(g);
    return {
      soort: f.properties.soort,
      code: f.properties.code,
      naam: f.properties.naam,
      geometrie: JSON.parse(JSON.stringify(g)) as Record<string, unknown>,
    };
  });

  return db.transaction(async (tx) => {
    const zonder = plan.filter((p) => !p.naam).map((p) => p.code);
    const namen = new Map(
      zonder.length
        ? (
            await tx
              .select({ code: organisatie.code, naam: organisatie.naam })
              .from(organisatie)
              .where(inArray(organisatie.code, zonder))
          ).map((o) => [o.code!, o.naam])
        : [],
    );
    const [importRij] = await tx
      .select()
      .from(bronImport)
      .where(and(eq(bronImport.bron, 'grenzen'), eq(bronImport.peildatum, peildatum)));
    const importId = importRij?.id ?? randomUUID();
    const oud = importRij ? await tx.select().from(grens).where(eq(grens.bronImportId, importId)) : [];
    const opSleutel = new Map(oud.map((g) => [`${g.soort} ${g.code}`, g]));

    const r: GrenzenResultaat = {
      importId,
      peildatum,
      bronImport: 'ongewijzigd',
      coordinatenstelsel: stelsel,
      grenzen: { totaal: plan.length, nieuw: 0, gewijzigd: 0, ongewijzigd: 0, perSoort: {} },
      punten,
      zonderNaam: [],
      overgeslagen: data.overgeslagen,
      tellingen: {},
    };
    const nieuw: (typeof grens.$inferInsert)[] = [];
    const gewijzigd: (typeof grens.$inferInsert)[] = [];
    const inBestand = new Set<string>();
    for (const p of plan) {
      const naam = p.naam ?? namen.get(p.code) ?? p.code;
      if (!p.naam && !namen.has(p.code)) r.zonderNaam.push(p.code);
      r.grenzen.perSoort[p.soort] = (r.grenzen.perSoort[p.soort] ?? 0) + 1;
      const rij = { bronImportId: importId, soort: p.soort, code: p.code, naam, geometrie: p.geometrie };
      const sleutel = `${p.soort} ${p.code}`;
      inBestand.add(sleutel);
      const o = opSleutel.get(sleutel);
      if (!o) {
        nieuw.push(rij);
        r.grenzen.nieuw++;
      } else if (o.naam === naam && isDeepStrictEqual(o.geometrie, p.geometrie)) r.grenzen.ongewijzigd++;
      else {
        gewijzigd.push(rij);
        r.grenzen.gewijzigd++;
      }
    }
    // Counts of the whole reading after this run: areas of other files stay.
    const soorten: Record<string, number> = {};
    for (const s of [...inBestand, ...[...opSleutel.keys()].filter((k) => !inBestand.has(k))]) {
      const soort = s.split(' ')[0]!;
      soorten[soort] = (soorten[soort] ?? 0) + 1;
    }
    r.tellingen = soorten;
    const bestanden = new Set(
      (importRij?.toelichting?.match(/Bestanden: (.*)\.$/m)?.[1] ?? '').split(', ').filter((b) => b),
    );
    bestanden.add(bestand);
    const provenance = {
      omschrijving: info.omschrijving,
      licentie: info.licentie,
      bestand,
      toelichting: [
        stelsel === 'WGS84'
          ? `Coördinatenstelsel: ${COORDINATENSTELSEL_OMSCHRIJVING.WGS84}, zoals in het bestand.`
          : `Coördinatenstelsel: ${COORDINATENSTELSEL_OMSCHRIJVING.WGS84}; het bestand (${bestand}) was in ${COORDINATENSTELSEL_OMSCHRIJVING.RD} en is omgezet met de benaderingsformules van Schreutelkamp en Strang van Hees.`,
        `Geometrie verkleind voor kaarten: coördinaten afgerond op ${decimalen} decimalen (punt voor punt, zodat gedeelde grenzen gedeeld blijven), herhaalde punten weggelaten.`,
        `Bestanden: ${[...bestanden].sort().join(', ')}.`,
      ].join('\n'),
      tellingen: soorten,
    };
    const veranderd = nieuw.length + gewijzigd.length > 0;
    r.bronImport = await legHerkomstVast(
      tx,
      importRij,
      { id: importId, bron: 'grenzen', peildatum },
      provenance,
      veranderd,
    );
    if (r.bronImport === 'ongewijzigd') return r;

    meld('grenzen schrijven …');
    for (const g of gewijzigd)
      await tx
        .update(grens)
        .set({ naam: g.naam, geometrie: g.geometrie })
        .where(and(eq(grens.bronImportId, importId), eq(grens.soort, g.soort), eq(grens.code, g.code)));
    for (let i = 0; i < nieuw.length; i += 200) await tx.insert(grens).values(nieuw.slice(i, i + 200));
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
          nieuw: { ...soorten, nieuw: r.grenzen.nieuw, gewijzigd: r.grenzen.gewijzigd },
        },
      ],
    });
    return r;
  });
}
