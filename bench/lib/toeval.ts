/** A small seeded PRNG (mulberry32) with the helpers the generator needs: same seed, same data. */

export interface Toeval {
  /** 0 ≤ x < 1 */
  getal(): number;
  /** An integer a ≤ n ≤ b. */
  tussen(a: number, b: number): number;
  /** True with probability p. */
  kans(p: number): boolean;
  kies<T>(lijst: readonly T[]): T;
  gewogen<T>(opties: readonly (readonly [T, number])[]): T;
  /** A shuffled copy. */
  schud<T>(lijst: readonly T[]): T[];
  /** k distinct elements, in random order. */
  trek<T>(lijst: readonly T[], k: number): T[];
  /** A version-4 UUID drawn from this generator (deterministic ids). */
  uuid(): string;
  /** 'YYYY-MM-DD' between two dates (inclusive), both 'YYYY-MM-DD'. */
  datum(van: string, tot: string): string;
}

export function maakToeval(seed: number): Toeval {
  let a = seed >>> 0;
  const getal = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const tussen = (x: number, y: number) => x + Math.floor(getal() * (y - x + 1));
  const kies = <T>(lijst: readonly T[]): T => {
    if (lijst.length === 0) throw new Error('kies uit een lege lijst');
    return lijst[Math.floor(getal() * lijst.length)]!;
  };
  const schud = <T>(lijst: readonly T[]): T[] => {
    const uit = [...lijst];
    for (let i = uit.length - 1; i > 0; i--) {
      const j = Math.floor(getal() * (i + 1));
      [uit[i], uit[j]] = [uit[j]!, uit[i]!];
    }
    return uit;
  };
  const dag = (s: string) => Date.parse(`${s}T00:00:00Z`) / 86_400_000;
  return {
    getal,
    tussen,
    kans: (p) => getal() < p,
    kies,
    gewogen: (opties) => {
      const totaal = opties.reduce((s, [, w]) => s + w, 0);
      let r = getal() * totaal;
      for (const [v, w] of opties) {
        r -= w;
        if (r < 0) return v;
      }
      return opties[opties.length - 1]![0];
    },
    schud,
    trek: (lijst, k) => schud(lijst).slice(0, Math.max(0, Math.min(k, lijst.length))),
    uuid: () => {
      const hex = Array.from({ length: 16 }, () => Math.floor(getal() * 256));
      hex[6] = (hex[6]! & 0x0f) | 0x40;
      hex[8] = (hex[8]! & 0x3f) | 0x80;
      const h = hex.map((b) => b.toString(16).padStart(2, '0')).join('');
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
    },
    datum: (van, tot) => new Date(tussen(dag(van), dag(tot)) * 86_400_000).toISOString().slice(0, 10),
  };
}
