/**
 * Item 10 of the landschap analyses: per province the regelingen with a participant in it, and those of
 * them that cross its border (with a participant whose province is known and another). Participants
 * without a known province (the Rijk, a private party, one abroad) make no regeling cross a border. Pure.
 */
import { perRegeling, type AnalyseDeelname } from './invoer';

export interface ProvincieCijfers {
  provincieCode: string;
  /** Regelingen with at least one participant in the province. */
  regelingen: number;
  /** Of those, the ones with a participant in another province too. */
  grensoverschrijdend: number;
  /** Of those, the ones with all participants (of known province) inside it. */
  binnen: number;
  /** The ids of the crossing regelingen, sorted. */
  grensoverschrijdendeIds: string[];
}

export function perProvincie(deelnames: readonly AnalyseDeelname[]): ProvincieCijfers[] {
  const uit = new Map<string, { alle: number; over: string[] }>();
  for (const [regelingId, lijst] of perRegeling(deelnames)) {
    const provincies = new Set(lijst.flatMap((d) => (d.provincieCode ? [d.provincieCode] : [])));
    for (const p of provincies) {
      let t = uit.get(p);
      if (!t) uit.set(p, (t = { alle: 0, over: [] }));
      t.alle += 1;
      if (provincies.size > 1) t.over.push(regelingId);
    }
  }
  return [...uit.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([provincieCode, t]) => ({
      provincieCode,
      regelingen: t.alle,
      grensoverschrijdend: t.over.length,
      binnen: t.alle - t.over.length,
      grensoverschrijdendeIds: t.over.sort(),
    }));
}
