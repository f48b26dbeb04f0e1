import { bevinding, type Bevinding } from './bevinding';
import type { Bestuursorgaan, RegelingType } from './types';

export interface Lid {
  id: string;
  orgaan: Bestuursorgaan;
  /** The participant the member comes from; null for a member from outside (art. 14 lid 2) or unknown. */
  deelnameId: string | null;
  /** A DB member who is not a member of the AB (Wgr art. 14 lid 2). */
  vanBuitenAb: boolean;
  stemgewicht: number | null;
  vanaf: string | null;
  tot: string | null;
  /** End of the member's own mandate (raadslid, wethouder…). */
  mandaatTot: string | null;
}

export interface BestuurInput {
  type: RegelingType;
  aantalDeelnemendeGemeenten: number;
  leden: Lid[];
  /** 'YYYY-MM-DD': the day on which the composition is judged. */
  peildatum: string;
}

type Periode = Pick<Lid, 'vanaf' | 'tot' | 'mandaatTot'>;

/**
 * The members seated on the peildatum: started on or before it (an unknown start counts as started),
 * not ended before it, and with a mandate not ended before it — membership ends by law with the
 * member's own mandate (Wgr art. 13 lid 2). All bounds are inclusive; dates compare as strings.
 */
export function zittingHebbend<T extends Periode>(leden: T[], peildatum: string): T[] {
  return leden.filter(
    (l) =>
      (l.vanaf === null || l.vanaf <= peildatum) &&
      (l.tot === null || l.tot >= peildatum) &&
      (l.mandaatTot === null || l.mandaatTot >= peildatum),
  );
}

/**
 * Checks the composition of the bestuur of an openbaar lichaam on the peildatum (seated members only).
 * The voorzitter chairs AB and DB (art. 12 lid 3) and counts as a member of both.
 * - 'geen_voorzitter' (waarschuwing) / 'meerdere_voorzitters' (fout): art. 12 lid 1, 13 lid 9;
 * - 'db_te_klein': the DB is the voorzitter plus two or more other members (art. 14 lid 1);
 * - 'db_leden_uit_een_deelnemer': the other DB members are not all from the same gemeente (art. 14 lid 1;
 *   the voorzitter is left out, as the article speaks of 'de aldus aangewezen leden'; members with an
 *   unknown participant make the rule undecidable and it is skipped);
 * - 'db_meerderheid_van_buiten_ab': members from outside the AB never a majority of the DB (art. 14 lid 2);
 * - 'db_meerderheid_in_ab': DB members (voorzitter included, outsiders excluded) never a majority of the
 *   AB (voorzitter included), unless it is a burgemeestersregeling with fewer than six gemeenten
 *   (art. 14 lid 3).
 * The DB and AB rules apply only when that organ has seated members; an organ without members is
 * reported by controleerVorm ('orgaan_zonder_leden').
 * - 'lidmaatschap_eindigt_met_mandaat': membership ends by law with the member's mandate (art. 13 lid 2;
 *   for a BVO via art. 14a lid 1). 'info' when no end date is recorded, 'waarschuwing' when the recorded
 *   end date lies after the mandate's end.
 * - 'stemgewicht_per_lid' (waarschuwing): the voting members (voorzitter, AB, or the one bestuur of a
 *   GO/BVO) of one participant have different vote weights, or some have a weight and others none.
 *   The law allows meervoudig stemrecht for the members of certain gemeenten (art. 13 lid 4 b, lid 7),
 *   i.e. per gemeente, not per member (cf. the former Drechtraad, whose weights per fractie were
 *   legally contested). Explained, never an error.
 */
export function controleerBestuur(input: BestuurInput): Bevinding[] {
  const { type, aantalDeelnemendeGemeenten, peildatum } = input;
  const leden = zittingHebbend(input.leden, peildatum);
  const van = (orgaan: Bestuursorgaan) => leden.filter((l) => l.orgaan === orgaan);
  const [voorzitters, ab, db] = [van('voorzitter'), van('ab'), van('db')];
  const uit: Bevinding[] = [];

  if (ab.length + db.length > 0 && voorzitters.length === 0) {
    uit.push(bevinding('geen_voorzitter', 'waarschuwing', 'Wgr art. 12 lid 1'));
  }
  if (voorzitters.length > 1) {
    uit.push(bevinding('meerdere_voorzitters', 'fout', 'Wgr art. 13 lid 9', { aantal: voorzitters.length }));
  }

  if (db.length > 0) {
    if (db.length < 2) {
      uit.push(bevinding('db_te_klein', 'fout', 'Wgr art. 14 lid 1', { andereLeden: db.length }));
    }
    const herkomst = new Set(db.map((l) => l.deelnameId));
    const [enige] = herkomst;
    if (db.length >= 2 && herkomst.size === 1 && enige) {
      uit.push(bevinding('db_leden_uit_een_deelnemer', 'fout', 'Wgr art. 14 lid 1', { deelnameId: enige }));
    }
    const dbGrootte = db.length + voorzitters.length;
    const vanBuiten = db.filter((l) => l.vanBuitenAb).length;
    if (vanBuiten * 2 > dbGrootte) {
      uit.push(
        bevinding('db_meerderheid_van_buiten_ab', 'fout', 'Wgr art. 14 lid 2', { vanBuiten, dbGrootte }),
      );
    }
    const uitzondering = type === 'burgemeestersregeling' && aantalDeelnemendeGemeenten < 6;
    const dbInAb = db.length - vanBuiten + voorzitters.length;
    const abGrootte = ab.length + voorzitters.length;
    if (ab.length > 0 && !uitzondering && dbInAb * 2 > abGrootte) {
      uit.push(bevinding('db_meerderheid_in_ab', 'fout', 'Wgr art. 14 lid 3', { dbInAb, abGrootte }));
    }
  }

  for (const l of leden) {
    if (l.mandaatTot !== null && (l.tot === null || l.tot > l.mandaatTot)) {
      uit.push(
        bevinding(
          'lidmaatschap_eindigt_met_mandaat',
          l.tot === null ? 'info' : 'waarschuwing',
          'Wgr art. 13 lid 2',
          {
            lidId: l.id,
            eindeVolgensWet: l.mandaatTot,
            tot: l.tot,
          },
        ),
      );
    }
  }

  const perDeelnemer = new Map<string, (number | null)[]>();
  for (const l of [...voorzitters, ...ab, ...van('bestuur')]) {
    if (l.deelnameId !== null)
      perDeelnemer.set(l.deelnameId, [...(perDeelnemer.get(l.deelnameId) ?? []), l.stemgewicht]);
  }
  for (const [deelnameId, gewichten] of perDeelnemer) {
    if (new Set(gewichten).size > 1) {
      uit.push(
        bevinding('stemgewicht_per_lid', 'waarschuwing', 'Wgr art. 13 lid 4', { deelnameId, gewichten }),
      );
    }
  }
  return uit;
}
