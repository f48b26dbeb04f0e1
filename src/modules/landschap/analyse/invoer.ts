/**
 * The input of every landschap analysis: one row per participation in a regeling, as plain data. The store
 * (landschap/store.ts) has already chosen the source and the peildatum: every row is a participation that
 * counts (the regeling in force, the participant joined and not yet left).
 */
export interface AnalyseDeelname {
  regelingId: string;
  beleidsterreinen: readonly string[];
  /** CBS code (GM0363, PV27, WS0155); participants without one are left out of per-municipality analyses. */
  organisatieCode: string | null;
  /** Organisation kind: 'gemeente', 'provincie', 'waterschap', … */
  soort: string;
  /** Inhabitants of a gemeente; null when unknown or not a gemeente. */
  inwoners: number | null;
  /** Share of the votes in this regeling (0..1), where known. */
  stemaandeel?: number | null;
  /** Share of the costs in this regeling (0..1), where known. */
  kostenaandeel?: number | null;
  /** The province the participant lies in (for a provincie: its own code); null when unknown or abroad. */
  provincieCode?: string | null;
}

export const isGemeente = (d: AnalyseDeelname): d is AnalyseDeelname & { organisatieCode: string } =>
  d.soort === 'gemeente' && d.organisatieCode !== null;

/** The participations grouped per regeling, each participant once (by code; rows without a code kept). */
export function perRegeling(deelnames: readonly AnalyseDeelname[]): Map<string, AnalyseDeelname[]> {
  const m = new Map<string, AnalyseDeelname[]>();
  const gezien = new Set<string>();
  for (const d of deelnames) {
    if (d.organisatieCode !== null) {
      const sleutel = `${d.regelingId}\u0000${d.organisatieCode}`;
      if (gezien.has(sleutel)) continue;
      gezien.add(sleutel);
    }
    const lijst = m.get(d.regelingId);
    if (lijst) lijst.push(d);
    else m.set(d.regelingId, [d]);
  }
  return m;
}
