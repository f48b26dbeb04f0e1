/**
 * Identifiers of organisations: CBS codes per kind, and the TOOI URI derived from them.
 * TOOI (KOOP): https://identifier.overheid.nl/tooi/id/gemeente/gm0363, …/provincie/pv27,
 * …/waterschap/ws0652 — the number is the CBS (or Waterschapshuis) code in lower case.
 */
export const codePatroon: Partial<Record<string, RegExp>> = {
  gemeente: /^GM\d{4}$/,
  provincie: /^PV\d{2}$/,
  waterschap: /^WS\d{4}$/,
};

/** The TOOI URI for a gemeente, provincie or waterschap code; null for other kinds. */
export function tooiUriVoor(soort: string, code: string | null): string | null {
  if (!code || !codePatroon[soort]?.test(code)) return null;
  return `https://identifier.overheid.nl/tooi/id/${soort}/${code.toLowerCase()}`;
}
