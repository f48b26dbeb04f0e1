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

function maakMatch(oud: VergelijkRegeling, nieuw: VergelijkRegeling, wijze: Matchwijze): Match {
  const naamgelijkenis = jaccard(naamwoorden(oud.naam), naamwoorden(nieuw.naam)) ?? 0;
  const deelnemersoverlap = jaccard(oud.gemeenten, nieuw.gemeenten);
  return {
    oud,
    nieuw,
    wijze,
    naamgelijkenis: wijze === 'naam' ? 1 : naamgelijkenis,
    deelnemersoverlap,
    score: ((wijze === 'naam' ? 1 : naamgelijkenis) + (deelnemersoverlap ?? 0)) / 2,
  };
}

export function verandering(
  oud: readonly VergelijkRegeling[],
  nieuw: readonly VergelijkRegeling[],
): Verandering {
  const matches: Match[] = [];
  const gematchtOud = new Set<string>();
  const gematchtNieuw = new Set<string>();

  // Round 1: equal normalised names.
  const nieuwOpNaam = new Map<string, VergelijkRegeling[]>();
  for (const n of [...nieuw].sort(opId)) {
    const k = vergelijkbareNaam(n.naam);
    if (!k) continue;
    const l = nieuwOpNaam.get(k);
    if (l) l.push(n);
    else nieuwOpNaam.set(k, [n]);
  }
  const kandidatenOpNaam: Match[] = [];
  for (const o of oud) {
    for (const n of nieuwOpNaam.get(vergelijkbareNaam(o.naam)) ?? [])
      kandidatenOpNaam.push(maakMatch(o, n, 'naam'));
  }
  const volgorde = (p: Match, q: Match) => q.score - p.score || opId(p.oud, q.oud) || opId(p.nieuw, q.nieuw);
  for (const m of kandidatenOpNaam.sort(volgorde)) {
    if (gematchtOud.has(m.oud.id) || gematchtNieuw.has(m.nieuw.id)) continue;
    gematchtOud.add(m.oud.id);
    gematchtNieuw.add(m.nieuw.id);
    matches.push(m);
  }

  // Round 2: name words and participants, only between pairs sharing a gemeente or a name word.
  const restNieuw = nieuw.filter((n) => !gematchtNieuw.has(n.id));
  const index = new Map<string, number[]>();
  restNieuw.forEach((n, i) => {
    for (const s of new Set([
      ...n.gemeenten.map((c) => `g:${c}`),
      ...naamwoorden(n.naam).map((w) => `w:${w}`),
    ])) {
      const l = index.get(s);
      if (l) l.push(i);
      else index.set(s, [i]);
    }
  });
  const kandidaten: Match[] = [];
  for (const o of oud) {
    if (gematchtOud.has(o.id)) continue;
    const gezien = new Set<number>();
    for (const s of new Set([
      ...o.gemeenten.map((c) => `g:${c}`),
      ...naamwoorden(o.naam).map((w) => `w:${w}`),
    ])) {
      for (const i of index.get(s) ?? []) {
        if (gezien.has(i)) continue;
        gezien.add(i);
        const m = maakMatch(o, restNieuw[i]!, 'naam-en-deelnemers');
        if (m.naamgelijkenis > 0 && (m.deelnemersoverlap ?? 0) > 0 && m.score >= DREMPEL) kandidaten.push(m);
      }
    }
  }
  for (const m of kandidaten.sort(volgorde)) {
    if (gematchtOud.has(m.oud.id) || gematchtNieuw.has(m.nieuw.id)) continue;
    gematchtOud.add(m.oud.id);
    gematchtNieuw.add(m.nieuw.id);
    matches.push(m);
  }

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
