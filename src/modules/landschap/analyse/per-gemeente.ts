/**
 * Item 6 of the landschap analyses: per municipality the number of regelingen it takes part in (in total
 * and per policy area) and how much say it has in them. Pure.
 *
 * Say per regeling is the share of the votes where known; the share of the costs where known; and, as a
 * stand-in where weights are unknown, the share of the participants' population (its inhabitants over
 * those of the gemeente participants whose number is known). Over all its regelingen a municipality gets
 * the mean of each share over the regelingen where that share is known, with the number of those
 * regelingen, so a researcher sees on how much it rests.
 */
import { isGemeente, perRegeling, type AnalyseDeelname } from './invoer';

/** The mean of a share over the regelingen where it is known; null when known nowhere. */
export interface GemiddeldAandeel {
  gemiddelde: number | null;
  /** In how many regelingen it is known. */
  bekend: number;
}

export interface GemeenteCijfers {
  code: string;
  regelingen: number;
  /** Number of regelingen per policy area, areas in alphabetical order; a regeling counts once per area. */
  perBeleidsterrein: { beleidsterrein: string; aantal: number }[];
  stemaandeel: GemiddeldAandeel;
  kostenaandeel: GemiddeldAandeel;
  bevolkingsaandeel: GemiddeldAandeel;
  /** The vote share where known, else the population share as stand-in; mean over the regelingen. */
  zeggenschap: GemiddeldAandeel & { geschat: number };
}

class Gemiddelde {
  som = 0;
  n = 0;
  voeg(w: number | null | undefined) {
    if (w === null || w === undefined || !Number.isFinite(w)) return;
    this.som += w;
    this.n += 1;
  }
  get waarde(): GemiddeldAandeel {
    return { gemiddelde: this.n ? this.som / this.n : null, bekend: this.n };
  }
}

interface Telling {
  regelingen: number;
  terreinen: Map<string, number>;
  stem: Gemiddelde;
  kosten: Gemiddelde;
  bevolking: Gemiddelde;
  zeggenschap: Gemiddelde;
  geschat: number;
}

/**
 * The figures of every municipality in the input, plus those in `alleGemeenten` (codes) that take part in
 * nothing, with zero regelingen. Sorted by code.
 */
export function perGemeente(
  deelnames: readonly AnalyseDeelname[],
  alleGemeenten: readonly string[] = [],
): GemeenteCijfers[] {
  const tellingen = new Map<string, Telling>();
  const telling = (code: string) => {
    let t = tellingen.get(code);
    if (!t) {
      t = {
        regelingen: 0,
        terreinen: new Map(),
        stem: new Gemiddelde(),
        kosten: new Gemiddelde(),
        bevolking: new Gemiddelde(),
        zeggenschap: new Gemiddelde(),
        geschat: 0,
      };
      tellingen.set(code, t);
    }
    return t;
  };
  for (const code of alleGemeenten) telling(code);
  for (const lijst of perRegeling(deelnames).values()) {
    const gemeenten = lijst.filter(isGemeente);
    const totaalInwoners = gemeenten.reduce((s, d) => s + (d.inwoners ?? 0), 0);
    for (const d of gemeenten) {
      const t = telling(d.organisatieCode);
      t.regelingen += 1;
      for (const b of new Set(d.beleidsterreinen)) t.terreinen.set(b, (t.terreinen.get(b) ?? 0) + 1);
      const bevolking = d.inwoners !== null && totaalInwoners > 0 ? d.inwoners / totaalInwoners : null;
      t.stem.voeg(d.stemaandeel);
      t.kosten.voeg(d.kostenaandeel);
      t.bevolking.voeg(bevolking);
      const stem = d.stemaandeel ?? null;
      if (stem !== null) t.zeggenschap.voeg(stem);
      else if (bevolking !== null) {
        t.zeggenschap.voeg(bevolking);
        t.geschat += 1;
      }
    }
  }
  return [...tellingen.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([code, t]) => ({
      code,
      regelingen: t.regelingen,
      perBeleidsterrein: [...t.terreinen.entries()]
        .sort(([a], [b]) => a.localeCompare(b, 'nl'))
        .map(([beleidsterrein, aantal]) => ({ beleidsterrein, aantal })),
      stemaandeel: t.stem.waarde,
      kostenaandeel: t.kosten.waarde,
      bevolkingsaandeel: t.bevolking.waarde,
      zeggenschap: { ...t.zeggenschap.waarde, geschat: t.geschat },
    }));
}
