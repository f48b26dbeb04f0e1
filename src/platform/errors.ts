/**
 * Domain errors carry a stable code and data, never Dutch prose; pages and the API turn
 * them into text (see each module's web and api).
 */
export type FoutCode =
  | 'niet_gevonden'
  | 'versie_conflict'
  | 'organisatie_onbekend'
  | 'deelname_bestaat'
  | 'deelname_onbekend'
  | 'geen_toegang'
  | 'code_bestaat'
  | 'ongeldige_duur'
  | 'buiten_bereik'
  | 'dag_bestaat'
  /** A step the lifecycle refuses; data: { weigering: { code, artikel }, tekst } (the module's own words). */
  | 'stap_geweigerd'
  /** A field the module's rules refuse; data: { tekst }. */
  | 'ongeldig'
  /** An upload larger than the configured limit; data: { tekst }. */
  | 'te_groot';

export class DomeinFout extends Error {
  constructor(
    readonly code: FoutCode,
    readonly opties: { veld?: string; data?: Record<string, unknown> } = {},
  ) {
    super(code);
  }
}
