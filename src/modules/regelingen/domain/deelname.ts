/**
 * When an organisation takes part in a regeling. Wgr art. 1 lid 1: a regeling binds the bodies that
 * made it or joined it; a participant that leaves (art. 1 lid 3, the exit the regeling arranges) no longer
 * takes part from the day its leaving takes effect. Dates are 'YYYY-MM-DD' strings; the day is a parameter.
 */

export interface Deelnameperiode {
  datumToetreding: string | null;
  datumUittreding: string | null;
}

/**
 * Whether a participation counts on `peildatum`: it has begun (entry on or before the day; an unknown entry
 * date counts as begun) and has not ended (the day of leaving is the first day without it). The one rule for
 * everything that asks who takes part on a day: the shared table, the directory, the adviescommissie, the
 * instruments, the addressees of questions, the rule findings and shares of a regeling, and the councils a
 * procedure is sent to.
 */
export function neemtDeel(d: Deelnameperiode, peildatum: string): boolean {
  return (
    (d.datumToetreding === null || d.datumToetreding <= peildatum) &&
    (d.datumUittreding === null || d.datumUittreding > peildatum)
  );
}
