/**
 * Item 8 of the landschap analyses: co-membership. For each pair of municipalities the number of regelingen
 * they both take part in, and the network of pairs sharing at least k. Pure.
 *
 * The counts live in one triangular array over the municipalities (342 gemeenten: 58,311 cells), filled by
 * walking each regeling's members once: the cost is the sum over regelingen of (members choose 2), about
 * 10 ms for the national register.
 */
import { isGemeente, perRegeling, type AnalyseDeelname } from './invoer';

export interface Paar {
  a: string;
  b: string;
  gedeeld: number;
}

export interface Medelidmaatschap {
  /** The municipalities, by code in ascending order. */
  codes: readonly string[];
  /** Number of regelingen the two share (0 for unknown codes or a code with itself). */
  gedeeld(a: string, b: string): number;
  /** Pairs sharing at least `minimum` (≥ 1) regelingen, most shared first, then by codes. */
  paren(minimum: number): Paar[];
  /** Per municipality: with how many others it shares at least one regeling. */
  partners(code: string): number;
}

export function medelidmaatschap(
  deelnames: readonly AnalyseDeelname[],
  alleGemeenten: readonly string[] = [],
): Medelidmaatschap {
  const groepen = [...perRegeling(deelnames).values()].map((l) => l.filter(isGemeente));
  const codes = [
    ...new Set([...alleGemeenten, ...groepen.flatMap((g) => g.map((d) => d.organisatieCode))]),
  ].sort();
  const index = new Map(codes.map((c, i) => [c, i]));
  const n = codes.length;
  // Row i (i < j) starts at rij[i]; cell (i, j) = rij[i] + j - i - 1.
  const rij = new Int32Array(n);
  for (let i = 1; i < n; i++) rij[i] = rij[i - 1]! + (n - i);
  const tellen = new Uint32Array((n * (n - 1)) / 2);
  const leden = new Int32Array(n);
  for (const groep of groepen) {
    const m = groep.length;
    for (let x = 0; x < m; x++) leden[x] = index.get(groep[x]!.organisatieCode)!;
    const deel = leden.subarray(0, m).sort();
    for (let x = 0; x < m; x++) {
      const i = deel[x]!;
      const basis = rij[i]! - i - 1;
      for (let y = x + 1; y < m; y++) tellen[basis + deel[y]!]! += 1;
    }
  }
  const cel = (i: number, j: number) => (i < j ? rij[i]! + j - i - 1 : rij[j]! + i - j - 1);
  let partnerTelling: Int32Array | null = null;
  return {
    codes,
    gedeeld(a, b) {
      const i = index.get(a);
      const j = index.get(b);
      if (i === undefined || j === undefined || i === j) return 0;
      return tellen[cel(i, j)]!;
    },
    paren(minimum) {
      const k = Math.max(1, Math.floor(minimum));
      const uit: Paar[] = [];
      for (let i = 0; i < n; i++) {
        const basis = rij[i]! - i - 1;
        for (let j = i + 1; j < n; j++) {
          const t = tellen[basis + j]!;
          if (t >= k) uit.push({ a: codes[i]!, b: codes[j]!, gedeeld: t });
        }
      }
      return uit.sort(
        (p, q) => q.gedeeld - p.gedeeld || (p.a < q.a ? -1 : p.a > q.a ? 1 : p.b < q.b ? -1 : 1),
      );
    },
    partners(code) {
      if (!partnerTelling) {
        const p = new Int32Array(n);
        for (let i = 0; i < n; i++) {
          const basis = rij[i]! - i - 1;
          for (let j = i + 1; j < n; j++) {
            if (tellen[basis + j]! > 0) {
              p[i]! += 1;
              p[j]! += 1;
            }
          }
        }
        partnerTelling = p;
      }
      const i = index.get(code);
      return i === undefined ? 0 : partnerTelling[i]!;
    },
  };
}
