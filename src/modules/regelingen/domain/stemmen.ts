/**
 * Vote arithmetic for the algemeen bestuur. Wgr art. 22 lid 1 applies Gemeentewet art. 20 and
 * 28–33 to its meetings. Votes are numbers, so a member with meervoudig stemrecht (Wgr art. 13 lid 4 b)
 * simply brings a weight above 1. Integer weights give exact results: no division is used.
 */

/** A fraction as two integers, e.g. { teller: 2, noemer: 3 }, to avoid floating point errors. */
export interface Breuk {
  teller: number;
  noemer: number;
}

/** Strictly more than half of n. */
const meerDanDeHelft = (deel: number, geheel: number) => deel * 2 > geheel;

function nietNegatief(waarden: Record<string, number>): void {
  for (const [naam, w] of Object.entries(waarden)) {
    if (!Number.isFinite(w) || w < 0) throw new RangeError(`${naam} moet een getal ≥ 0 zijn`);
  }
}

/**
 * Quorum (Gemeentewet art. 20 lid 1, via Wgr art. 22 lid 1): the meeting opens only when more than half
 * of the seated members are present. Members count, not votes. `vereist` is the smallest number present
 * that suffices. (A meeting re-convened under art. 20 lid 2 has no quorum; that is for the caller.)
 */
export function quorum(input: { zittingHebbend: number; aanwezig: number }): {
  gehaald: boolean;
  vereist: number;
} {
  nietNegatief(input);
  const vereist = Math.floor(input.zittingHebbend / 2) + 1;
  return { gehaald: input.aanwezig >= vereist, vereist };
}

/**
 * Double quorum (Wgr art. 23 lid 3–4, bekrachtiging and opheffing of geheimhouding): present are more
 * than half of the seated members, "te zamen vertegenwoordigend meer dan de helft van het aantal
 * stemmen". `leden` are the seated members with their vote weight.
 */
export function dubbelQuorum(input: { leden: { gewicht: number; aanwezig: boolean }[] }): {
  gehaald: boolean;
  ledenGehaald: boolean;
  stemmenGehaald: boolean;
  aanwezigeLeden: number;
  aanwezigeStemmen: number;
  totaalStemmen: number;
} {
  for (const l of input.leden) nietNegatief({ gewicht: l.gewicht });
  const aanwezig = input.leden.filter((l) => l.aanwezig);
  const som = (ls: { gewicht: number }[]) => ls.reduce((s, l) => s + l.gewicht, 0);
  const [aanwezigeStemmen, totaalStemmen] = [som(aanwezig), som(input.leden)];
  const ledenGehaald = meerDanDeHelft(aanwezig.length, input.leden.length);
  const stemmenGehaald = meerDanDeHelft(aanwezigeStemmen, totaalStemmen);
  return {
    gehaald: ledenGehaald && stemmenGehaald,
    ledenGehaald,
    stemmenGehaald,
    aanwezigeLeden: aanwezig.length,
    aanwezigeStemmen,
    totaalStemmen,
  };
}

export type Meerderheid = 'volstrekte_meerderheid' | 'gekwalificeerde_meerderheid';

/**
 * The outcome of a vote on a proposal, with `voor` and `tegen` as (weighted) votes cast.
 * - Volstrekte meerderheid (Gemeentewet art. 30 lid 1): more than half of the votes cast are for.
 * - Gekwalificeerde meerderheid (Wgr art. 13 lid 4 c), when `gekwalificeerd` is given: read as
 *   "ten minste" that fraction of the votes cast, so 2/3 of 30 needs 20 votes for. It is a
 *   heavier requirement, so the volstrekte meerderheid is required as well: a fraction of one half or
 *   less can never let a minority or a tie decide.
 * - Staken (tie, Gemeentewet art. 32 lid 4–5): never adopted. Whether the decision is postponed to the
 *   next meeting (non-full meeting, lid 4) or the proposal is rejected (lid 5) is for the caller.
 * With no votes cast nothing is adopted and the votes do not tie.
 */
export function uitslag(input: { voor: number; tegen: number; gekwalificeerd?: Breuk }): {
  aangenomen: boolean;
  soort: Meerderheid;
  staken: boolean;
} {
  const { voor, tegen, gekwalificeerd } = input;
  nietNegatief({ voor, tegen });
  const uitgebracht = voor + tegen;
  const staken = uitgebracht > 0 && voor === tegen;
  let aangenomen = meerDanDeHelft(voor, uitgebracht);
  if (gekwalificeerd) {
    const { teller, noemer } = gekwalificeerd;
    if (
      !Number.isInteger(teller) ||
      !Number.isInteger(noemer) ||
      noemer <= 0 ||
      teller < 0 ||
      teller > noemer
    ) {
      throw new RangeError('gekwalificeerd moet een breuk tussen 0 en 1 zijn met gehele teller en noemer');
    }
    aangenomen &&= voor * noemer >= teller * uitgebracht;
  }
  return {
    aangenomen,
    soort: gekwalificeerd ? 'gekwalificeerde_meerderheid' : 'volstrekte_meerderheid',
    staken,
  };
}
