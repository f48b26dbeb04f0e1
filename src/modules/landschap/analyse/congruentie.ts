/**
 * Congruence of the cooperation with a region division (e.g. the veiligheidsregio's): of all co-memberships
 * (two gemeenten in the same regeling, counted once per regeling they share), how many stay inside one
 * region of the division and how many cross between regions; for the whole country, per region and per
 * gemeente. Pure.
 *
 * - A pair is **binnen** when the two gemeenten share a region (a gemeente the source lists in two regions
 *   counts as inside both), **over** when both have a region and share none, and **onbekend** when one of
 *   them is in no region of the division (a code of another vintage, a gemeente the source lacks); the
 *   share inside is binnen / (binnen + over), onbekend left out.
 * - Per region: the pairs with at least one member in it; binnen = both in it.
 * - Per gemeente: its pairs; and its **partnersets** (partnersets below).
 */
import { isGemeente, perRegeling, type AnalyseDeelname } from './invoer';

/** A region of a division with its member gemeenten (CBS codes). */
export interface Regio {
  sleutel: string;
  naam: string;
  leden: readonly string[];
}

export interface CongruentieTelling {
  binnen: number;
  over: number;
  onbekend: number;
  /** binnen / (binnen + over); null when both are zero. */
  aandeelBinnen: number | null;
}

export interface RegioCongruentie extends CongruentieTelling {
  sleutel: string;
  naam: string;
  leden: number;
}

export interface GemeenteCongruentie extends CongruentieTelling {
  code: string;
  /** The keys of its regions in the division (usually one; none when the division lacks it). */
  regios: string[];
}

export interface Congruentie extends CongruentieTelling {
  regios: RegioCongruentie[];
  gemeenten: GemeenteCongruentie[];
}

const aandeel = (binnen: number, over: number) => (binnen + over ? binnen / (binnen + over) : null);

class Teller {
  binnen = 0;
  over = 0;
  onbekend = 0;
  get telling(): CongruentieTelling {
    return {
      binnen: this.binnen,
      over: this.over,
      onbekend: this.onbekend,
      aandeelBinnen: aandeel(this.binnen, this.over),
    };
  }
}

/**
 * The congruence of the regelingen in `deelnames` with the division `regios`. Gemeenten in `alleGemeenten`
 * (codes) appear with zero pairs when they take part in nothing. Regions in the order given; gemeenten by
 * code.
 */
export function congruentie(
  deelnames: readonly AnalyseDeelname[],
  regios: readonly Regio[],
  alleGemeenten: readonly string[] = [],
): Congruentie {
  const regioVan = new Map<string, number[]>();
  regios.forEach((r, i) => {
    for (const code of new Set(r.leden)) {
      const l = regioVan.get(code);
      if (l) l.push(i);
      else regioVan.set(code, [i]);
    }
  });
  const totaal = new Teller();
  const perRegio = regios.map(() => new Teller());
  const perGemeente = new Map<string, Teller>();
  const gemeente = (code: string) => {
    let t = perGemeente.get(code);
    if (!t) perGemeente.set(code, (t = new Teller()));
    return t;
  };
  for (const code of alleGemeenten) gemeente(code);

  const geen: number[] = [];
  for (const lijst of perRegeling(deelnames).values()) {
    const leden = lijst.filter(isGemeente).map((d) => d.organisatieCode);
    const tellers = leden.map(gemeente);
    const rs = leden.map((c) => regioVan.get(c) ?? geen);
    for (let x = 0; x < leden.length; x++) {
      const ra = rs[x]!;
      const ta = tellers[x]!;
      for (let y = x + 1; y < leden.length; y++) {
        const rb = rs[y]!;
        const tb = tellers[y]!;
        if (ra.length === 0 || rb.length === 0) {
          totaal.onbekend++;
          ta.onbekend++;
          tb.onbekend++;
          for (const i of ra) perRegio[i]!.onbekend++;
          for (const i of rb) perRegio[i]!.onbekend++;
          continue;
        }
        // The usual case: each in one region.
        if (ra.length === 1 && rb.length === 1) {
          if (ra[0] === rb[0]) {
            totaal.binnen++;
            ta.binnen++;
            tb.binnen++;
            perRegio[ra[0]!]!.binnen++;
          } else {
            totaal.over++;
            ta.over++;
            tb.over++;
            perRegio[ra[0]!]!.over++;
            perRegio[rb[0]!]!.over++;
          }
          continue;
        }
        const gedeeld = ra.filter((i) => rb.includes(i));
        const betrokken = new Set([...ra, ...rb]);
        if (gedeeld.length) {
          totaal.binnen++;
          ta.binnen++;
          tb.binnen++;
          for (const i of betrokken) {
            if (gedeeld.includes(i)) perRegio[i]!.binnen++;
            else perRegio[i]!.over++;
          }
        } else {
          totaal.over++;
          ta.over++;
          tb.over++;
          for (const i of betrokken) perRegio[i]!.over++;
        }
      }
    }
  }
  return {
    ...totaal.telling,
    regios: regios.map((r, i) => ({
      sleutel: r.sleutel,
      naam: r.naam,
      leden: new Set(r.leden).size,
      ...perRegio[i]!.telling,
    })),
    gemeenten: [...perGemeente.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([code, t]) => ({
        code,
        regios: (regioVan.get(code) ?? []).map((i) => regios[i]!.sleutel),
        ...t.telling,
      })),
  };
}

/**
 * Per gemeente the number of **partnersets**: the distinct sets of co-participants (the other participants
 * with a CBS code: gemeenten, provincies, waterschappen) over its regelingen. Two regelingen with exactly
 * the same partners make one set; a regeling where it has no partner with a code adds none. A gemeente
 * that cooperates with the same partners in everything has 1; one with a different company in each
 * regeling has as many as it has regelingen. Gemeenten in `alleGemeenten` without regelingen get 0.
 */
export function partnersets(
  deelnames: readonly AnalyseDeelname[],
  alleGemeenten: readonly string[] = [],
): Map<string, number> {
  const sets = new Map<string, Set<string>>();
  for (const code of alleGemeenten) sets.set(code, new Set());
  // A gemeente's co-participants in a regeling are its members without her; so two of her regelingen
  // have the same partners exactly when they have the same members: the members' key identifies the set.
  for (const lijst of perRegeling(deelnames).values()) {
    const codes = lijst.flatMap((d) => (d.organisatieCode === null ? [] : [d.organisatieCode]));
    if (codes.length < 2) {
      for (const d of lijst)
        if (isGemeente(d) && !sets.has(d.organisatieCode)) sets.set(d.organisatieCode, new Set());
      continue;
    }
    const sleutel = codes.sort().join(' ');
    for (const d of lijst) {
      if (!isGemeente(d)) continue;
      let s = sets.get(d.organisatieCode);
      if (!s) sets.set(d.organisatieCode, (s = new Set()));
      s.add(sleutel);
    }
  }
  return new Map([...sets.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([c, s]) => [c, s.size]));
}
