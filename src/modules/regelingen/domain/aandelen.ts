export interface DeelnameCijfers {
  organisatieId: string;
  /** Votes of this participant's members together (Wgr art. 13 lid 4 b); null = unknown. */
  stemmen: number | null;
  /** Share in the costs as a percentage (0–100), as the regeling states it; null = unknown or not a percentage. */
  kostenPercentage: number | null;
  /**
   * Inhabitants of a gemeente participant. Callers pass null for a provincie or waterschap: their
   * inhabitants are the gemeenten's inhabitants, so counting them again would halve everyone's share.
   */
  inwoners: number | null;
}

export interface Aandeel {
  organisatieId: string;
  stemaandeel: number | null;
  kostenaandeel: number | null;
  bevolkingsaandeel: number | null;
}

/**
 * Vote share, cost share and population share of each participant side by side, as fractions 0..1,
 * so a raad can see whether say and payment match (Wgr art. 13 lid 4 on stemverhouding; the cost key
 * is the regeling's own). Unknown stays unknown:
 * - stemaandeel: the participant's votes over all votes. When any participant's votes are unknown the
 *   total is unknown, so every stemaandeel is null; likewise when the total is 0.
 * - kostenaandeel: the stated percentage divided by 100; null where no percentage is known. Percentages
 *   are not rescaled, so an incomplete or inconsistent key stays visible.
 * - bevolkingsaandeel: inhabitants over the inhabitants of the participants whose number is known.
 *   Participants without a known population (non-gemeenten such as a provincie, waterschap or private
 *   party, see DeelnameCijfers.inwoners) get null and are left out of the denominator.
 */
export function aandelen(deelnames: DeelnameCijfers[]): Aandeel[] {
  const som = (ws: (number | null)[]) => ws.reduce<number>((s, w) => s + (w ?? 0), 0);
  const stemmenBekend = deelnames.every((d) => d.stemmen !== null);
  const totaalStemmen = som(deelnames.map((d) => d.stemmen));
  const totaalInwoners = som(deelnames.map((d) => d.inwoners));
  const deel = (w: number | null, totaal: number) => (w === null || totaal <= 0 ? null : w / totaal);
  return deelnames.map((d) => ({
    organisatieId: d.organisatieId,
    stemaandeel: stemmenBekend ? deel(d.stemmen, totaalStemmen) : null,
    kostenaandeel: d.kostenPercentage === null ? null : d.kostenPercentage / 100,
    bevolkingsaandeel: deel(d.inwoners, totaalInwoners),
  }));
}
