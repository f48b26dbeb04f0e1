/**
 * Change over time: the regelingen of one snapshot (the OpenGR file of 2016) against those of another (the
 * national register of 2026), nationally and per gemeente. The two sources share no identifier, so a
 * regeling of then is matched to one of now by its name and its participants, and every match says how,
 * so a researcher can check it. Pure.
 *
 * Matching, in two rounds; each regeling is matched at most once:
 * 1. **naam**: the same normalised name (`vergelijkbareNaam`: lower case, accents, punctuation and the
 *    words "gemeenschappelijke regeling", "GR", "de", "het", "van" … dropped). With several candidates of
 *    that name, the one with the largest participant overlap.
 * 2. **naam en deelnemers**: of the rest, pairs whose name similarity (the share of name words they have
 *    in common, Jaccard) and participant overlap (Jaccard over the gemeente codes) average at least
 *    `DREMPEL`, with both above zero; best score first, ties by ids.
 * What is left is listed as only then (`alleenOud`) or only now (`alleenNieuw`).
 *
 * Gemeente codes are compared as given: a gemeente merged since 2016 has another code now, so its old
 * regelingen can only match by name.
 */

/** A regeling of one side: its id, name and the codes of its gemeente participants. */
export interface VergelijkRegeling {
  id: string;
  naam: string;
  gemeenten: readonly string[];
}

export type Matchwijze = 'naam' | 'naam-en-deelnemers';

export interface Match {
  oud: VergelijkRegeling;
  nieuw: VergelijkRegeling;
  wijze: Matchwijze;
  /** Jaccard of the name words (1 for equal normalised names). */
  naamgelijkenis: number;
  /** Jaccard of the gemeente codes (null when neither has any). */
  deelnemersoverlap: number | null;
  /** (naamgelijkenis + overlap) / 2, the overlap counted as 0 when unknown. */
  score: number;
}

export interface GemeenteVerandering {
  code: string;
  /** Regelingen it took part in then and now. */
  toen: number;
  nu: number;
  /** Of its regelingen now, the ones matched to a regeling of then in which it took part too. */
  gebleven: number;
  /** Regelingen of then it was in that match no regeling of now it is in. */
  verlaten: number;
  /** Regelingen of now it is in that match no regeling of then it was in. */
  nieuw: number;
}

export interface Verandering {
  toen: number;
  nu: number;
  matches: Match[];
  alleenOud: VergelijkRegeling[];
  alleenNieuw: VergelijkRegeling[];
  gemeenten: GemeenteVerandering[];
}

/** The minimum score of a match in round 2. */
export const DREMPEL = 0.6;

const STOPWOORDEN = new Set([
  'gemeenschappelijke',
  'regeling',
  'regelingen',
  'gr',
  'de',
  'het',
  'een',
  'van',
  'voor',
  'en',
  'in',
  'te',
  'op',
  'der',
]);

/** The words of a name that say something, normalised. */
export function naamwoorden(naam: string): string[] {
  return naam
    .toLocaleLowerCase('nl')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((w) => w && !STOPWOORDEN.has(w));
}

/** The normalised name: its words (naamwoorden), in order, joined by a space. */
export const vergelijkbareNaam = (naam: string) => naamwoorden(naam).join(' ');

/** Jaccard similarity |A ∩ B| / |A ∪ B|; null when both are empty. */
export function jaccard(a: readonly string[], b: readonly string[]): number | null {
  const sa = new Set(a);
  const sb = new Set(b);
  if (sa.size === 0 && sb.size === 0) return null;
  let gedeeld = 0;
  for (const x of sa) if (sb.has(x)) gedeeld++;
  return gedeeld / (sa.size + sb.size - gedeeld);
}

const opId = (a: VergelijkRegeling, b: VergelijkRegeling) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A regeling with its name words and gemeenten ready for comparing. */
interface Voorbereid {
  r: VergelijkRegeling;
  woorden: Set<string>;
  gemeenten: Set<string>;
}

const bereidVoor = (r: VergelijkRegeling): Voorbereid => ({
  r,
  woorden: new Set(naamwoorden(r.naam)),
  gemeenten: new Set(r.gemeenten),
});

/** Jaccard of two sets, walking the smaller. */
function jaccardUniek(a: ReadonlySet<string>, b: ReadonlySet<string>): number | null {
  if (a.size === 0 && b.size === 0) return null;
  const [klein, groot] = a.size <= b.size ? [a, b] : [b, a];
  let gedeeld = 0;
  for (const x of klein) if (groot.has(x)) gedeeld++;
  return gedeeld / (a.size + b.size - gedeeld);
}

function maakMatch(oud: Voorbereid, nieuw: Voorbereid, wijze: Matchwijze): Match {
  const naamgelijkenis = wijze === 'naam' ? 1 : (jaccardUniek(oud.woorden, nieuw.woorden) ?? 0);
  const deelnemersoverlap = jaccardUniek(oud.gemeenten, nieuw.gemeenten);
  return {
    oud: oud.r,
    nieuw: nieuw.r,
    wijze,
    naamgelijkenis,
    deelnemersoverlap,
    score: (naamgelijkenis + (deelnemersoverlap ?? 0)) / 2,
  };
}

export function verandering(
  oud: readonly VergelijkRegeling[],
  nieuw: readonly VergelijkRegeling[],
): Verandering {
  const matches: Match[] = [];
  const gematchtOud = new Set<string>();
  const gematchtNieuw = new Set<string>();
  const oudV = oud.map(bereidVoor);
  const nieuwV = [...nieuw].sort(opId).map(bereidVoor);
  const volgorde = (p: Match, q: Match) => q.score - p.score || opId(p.oud, q.oud) || opId(p.nieuw, q.nieuw);
  const neem = (kandidaten: Match[]) => {
    for (const m of kandidaten.sort(volgorde)) {
      if (gematchtOud.has(m.oud.id) || gematchtNieuw.has(m.nieuw.id)) continue;
      gematchtOud.add(m.oud.id);
      gematchtNieuw.add(m.nieuw.id);
      matches.push(m);
    }
  };

  // Round 1: equal normalised names.
  const nieuwOpNaam = new Map<string, Voorbereid[]>();
  for (const n of nieuwV) {
    const k = n.woorden.size ? naamwoorden(n.r.naam).join(' ') : '';
    if (!k) continue;
    const l = nieuwOpNaam.get(k);
    if (l) l.push(n);
    else nieuwOpNaam.set(k, [n]);
  }
  const kandidatenOpNaam: Match[] = [];
  for (const o of oudV) {
    const k = naamwoorden(o.r.naam).join(' ');
    for (const n of (k && nieuwOpNaam.get(k)) || []) kandidatenOpNaam.push(maakMatch(o, n, 'naam'));
  }
  neem(kandidatenOpNaam);

  // Round 2: name words and participants, only between regelingen sharing a gemeente (an overlap above
  // zero is required).
  const restNieuw = nieuwV.filter((n) => !gematchtNieuw.has(n.r.id));
  const index = new Map<string, number[]>();
  restNieuw.forEach((n, i) => {
    for (const c of n.gemeenten) {
      const l = index.get(c);
      if (l) l.push(i);
      else index.set(c, [i]);
    }
  });
  const kandidaten: Match[] = [];
  for (const o of oudV) {
    if (gematchtOud.has(o.r.id) || o.woorden.size === 0) continue;
    const gezien = new Set<number>();
    for (const c of o.gemeenten) {
      for (const i of index.get(c) ?? []) {
        if (gezien.has(i)) continue;
        gezien.add(i);
        const n = restNieuw[i]!;
        if (![...n.woorden].some((w) => o.woorden.has(w))) continue;
        const m = maakMatch(o, n, 'naam-en-deelnemers');
        if (m.score >= DREMPEL) kandidaten.push(m);
      }
    }
  }
  neem(kandidaten);

  // Per gemeente.
  const perGemeente = new Map<string, GemeenteVerandering>();
  const g = (code: string) => {
    let t = perGemeente.get(code);
    if (!t) perGemeente.set(code, (t = { code, toen: 0, nu: 0, gebleven: 0, verlaten: 0, nieuw: 0 }));
    return t;
  };
  const nieuwVanOud = new Map(matches.map((m) => [m.oud.id, m.nieuw]));
  const oudVanNieuw = new Map(matches.map((m) => [m.nieuw.id, m.oud]));
  for (const o of oud) {
    const n = nieuwVanOud.get(o.id);
    for (const code of new Set(o.gemeenten)) {
      const t = g(code);
      t.toen++;
      if (!n || !n.gemeenten.includes(code)) t.verlaten++;
    }
  }
  for (const n of nieuw) {
    const o = oudVanNieuw.get(n.id);
    for (const code of new Set(n.gemeenten)) {
      const t = g(code);
      t.nu++;
      if (o && o.gemeenten.includes(code)) t.gebleven++;
      else t.nieuw++;
    }
  }

  return {
    toen: oud.length,
    nu: nieuw.length,
    matches: matches.sort((p, q) => p.oud.naam.localeCompare(q.oud.naam, 'nl') || opId(p.oud, q.oud)),
    alleenOud: oud.filter((o) => !gematchtOud.has(o.id)).sort((a, b) => a.naam.localeCompare(b.naam, 'nl')),
    alleenNieuw: nieuw
      .filter((n) => !gematchtNieuw.has(n.id))
      .sort((a, b) => a.naam.localeCompare(b.naam, 'nl')),
    gemeenten: [...perGemeente.values()].sort((a, b) => (a.code < b.code ? -1 : 1)),
  };
}
