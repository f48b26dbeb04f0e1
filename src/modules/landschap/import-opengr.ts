/**
 * `grip import opengr <csv> [--opvolgers <csv>]`: the OpenGR 2016 snapshot (the provinces' Wob answers,
 * parsed by `leesOpengr`) as regelingen with bron 'opengr' and vintage `OPENGR_PEILDATUM`, beside the
 * register and never mixed with it. One transaction; a second run changes nothing.
 *
 * - Each distinct GR (after normalising case and white space) is one regeling: its name as first written;
 *   form unknown ('onbekend': the file has none); every spelling, address, reporting province and line in
 *   `bron_gegevens`.
 * - Each of the rows is a `bron_deelname` with the name as written and as cleaned, the line, and the
 *   province, address, encoding and repairs. It is linked where the name resolves:
 *   a gemeente with `koppelDeelnemer` against the current gemeenten in Grip and, when given, the
 *   successor table (a former gemeente goes to the successor with most of its addresses); a provincie or
 *   waterschap by its name (`koppelOpNaam`). Anything else keeps its name and the reason.
 * - Linked rows become participations; rows that resolve to the same organisation in one GR (a
 *   repeated row, or two former gemeenten that merged) share one and count as merged.
 * Import the gemeenten first (`grip import cbs-gemeenten` or `grip import roo-polder`): without them no
 * name resolves.
 */
import path from 'node:path';
import { inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import type { Actor } from '../../platform/audit/audit';
import { vandaag } from '../../platform/clock';
import { organisatie } from '../organisaties/schema';
import { koppelDeelnemer, type KoppelGemeente } from './bronnen/koppel';
import type { Opengr, OpengrDeelname } from './bronnen/opengr';
import type { Opvolging } from './bronnen/opvolgers';
import { BRON_INFO, OPVOLGERS_LICENTIE } from './bron-info';
import {
  type PlanRegeling,
  type PlanResultaat,
  type PlanRij,
  schrijfPlan,
  type Voortgang,
} from './import-regelingen';
import { koppelOpNaam, type NaamOrganisatie } from './koppel-organisatie';

/**
 * The vintage of the shared-data file: the last change to `opengr_provincies.csv` in Open State's
 * repository (7 March 2016; collected October 2015 – March 2016, see its PROVENANCE).
 */
export const OPENGR_PEILDATUM = '2016-03-07';

export interface OpengrOpties {
  /** Name of the file read (no server path). */
  bestand: string;
  /** The successor table used, if any: its file name, for the provenance. */
  opvolgersBestand?: string | null;
  peildatum?: string;
  /** The day the type is derived on and "current gemeente" is judged; default today. */
  datum?: string;
  voortgang?: Voortgang;
}

export type OpengrResultaat = PlanResultaat & { peildatum: string; opvolgers: number };

type Link = Pick<PlanRij, 'organisatieId' | 'koppeling' | 'reden'> & { opvolging?: unknown };

/** Imports parsed OpenGR data. One transaction: on any error nothing is written. */
export async function importOpengr(
  db: Db,
  data: Opengr,
  opvolgers: readonly Opvolging[] | null,
  actor: Actor,
  opties: OpengrOpties,
): Promise<OpengrResultaat> {
  const peildatum = opties.peildatum ?? OPENGR_PEILDATUM;
  const datum = opties.datum ?? vandaag();
  const meld = opties.voortgang ?? (() => {});
  return db.transaction(async (tx) => {
    const orgs = await tx
      .select({
        id: organisatie.id,
        soort: organisatie.soort,
        code: organisatie.code,
        naam: organisatie.naam,
        geldigTot: organisatie.geldigTot,
      })
      .from(organisatie)
      .where(inArray(organisatie.soort, ['gemeente', 'provincie', 'waterschap']));
    const huidig = (o: (typeof orgs)[number]) => o.geldigTot === null || o.geldigTot > datum;
    const gemeenten: KoppelGemeente[] = [];
    const idVanCode = new Map<string, string>();
    for (const o of orgs) {
      if (o.soort !== 'gemeente' || !o.code || !/^GM\d{4}$/.test(o.code) || !huidig(o)) continue;
      gemeenten.push({ code: o.code, naam: o.naam });
      idVanCode.set(o.code, o.id);
    }
    const perSoort = (soort: 'provincie' | 'waterschap'): NaamOrganisatie[] =>
      orgs.filter((o) => o.soort === soort).map((o) => ({ id: o.id, naam: o.naam }));
    const anderen = { provincie: perSoort('provincie'), waterschap: perSoort('waterschap') };
    const opv = opvolgers ?? [];

    const cache = new Map<string, Link>();
    const koppel = (naam: string): Link => {
      const bekend = cache.get(naam);
      if (bekend) return bekend;
      const k = koppelDeelnemer(naam, gemeenten, opv);
      let uit: Link;
      if (k.status === 'gekoppeld') {
        uit = {
          organisatieId: idVanCode.get(k.code)!,
          koppeling: k.via,
          reden: null,
          ...(k.opvolging && { opvolging: k.opvolging }),
        };
      } else {
        const soort =
          k.reden === 'geen gemeente: provincie'
            ? 'provincie'
            : k.reden === 'geen gemeente: waterschap'
              ? 'waterschap'
              : null;
        const n = soort ? koppelOpNaam(naam, anderen[soort], soort) : null;
        uit =
          n?.status === 'gekoppeld'
            ? { organisatieId: n.id, koppeling: 'naam', reden: null }
            : { organisatieId: null, koppeling: null, reden: n ? `${k.reden}; ${n.reden}` : k.reden };
      }
      cache.set(naam, uit);
      return uit;
    };

    meld(`${data.deelnames.length.toLocaleString('nl-NL')} rijen koppelen …`);
    const bestand = path.basename(opties.bestand);
    const perRegeling = new Map<string, OpengrDeelname[]>();
    for (const d of data.deelnames)
      perRegeling.set(d.regelingSleutel, [...(perRegeling.get(d.regelingSleutel) ?? []), d]);
    const plan: PlanRegeling[] = data.regelingen.map((g) => ({
      sleutel: g.sleutel,
      waarden: {
        naam: g.naam,
        korteNaam: null,
        belang: null,
        vorm: 'onbekend',
        beleidsterreinen: [],
        taken: null,
        bevoegdheden: [],
        datumInwerkingtreding: null,
        datumUitwerkingtreding: null,
        referenties: {},
        bronnen: [{ omschrijving: BRON_INFO.opengr.omschrijving }],
        bronGegevens: {
          spellingen: g.spellingen,
          postcodes: g.postcodes,
          plaatsen: g.plaatsen,
          provincies: g.provincies,
          rijen: g.rijen,
          deelnemers: g.deelnemers,
          regels: g.regels,
          herkomst: { bestand, regel: g.herkomst.regel },
        },
      },
      rijen: (perRegeling.get(g.sleutel) ?? []).map((d) => {
        const { opvolging, ...k } = koppel(d.deelnemer);
        return {
          volgnummer: d.herkomst.regel!,
          naam: d.deelnemer,
          naamOrigineel: d.deelnemerOrigineel,
          ...k,
          herkomst: { bestand, regel: d.herkomst.regel! },
          organen: [],
          verdeelsleutel: null,
          kostenverdeling: null,
          datumToetreding: null,
          datumUittreding: null,
          gegevens: {
            land: d.land,
            regelingOrigineel: d.regelingOrigineel,
            postcode: d.postcode,
            plaats: d.plaats,
            provincie: d.provincie,
            provincieOrigineel: d.provincieOrigineel,
            codering: d.codering,
            reparaties: d.reparaties,
            dubbelVan: d.dubbelVan,
            ...(opvolging !== undefined && { opvolging }),
          },
        };
      }),
    }));
    const opvolgersBestand = opties.opvolgersBestand ? path.basename(opties.opvolgersBestand) : null;
    const r = await schrijfPlan(
      tx,
      {
        bron: 'opengr',
        peildatum,
        bestand,
        toelichting: opvolgersBestand
          ? `Opgeheven gemeenten gekoppeld via de opvolgertabel ${opvolgersBestand} (${opv.length} gemeenten; licentie ${OPVOLGERS_LICENTIE})`
          : null,
        licentie: BRON_INFO.opengr.licentie,
        regelingen: plan,
        tellingen: { windows1252Regels: data.windows1252Regels.length, opvolgers: opv.length },
      },
      actor,
      { datum, voortgang: meld },
    );
    return { ...r, peildatum, opvolgers: opv.length };
  });
}
