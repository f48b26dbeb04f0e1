/**
 * A finding of a rule check: a code, a severity and the article it rests on. No prose: the Dutch
 * text for each code lives in the views, so that a jurist can word it once for all screens.
 */
export type Ernst = 'fout' | 'waarschuwing' | 'info';

export interface Bevinding {
  /** Stable slug, e.g. 'db_te_klein'. */
  code: string;
  /** 'fout': conflicts with the law; 'waarschuwing': doubtful or incomplete; 'info': for the record. */
  ernst: Ernst;
  /** The article the finding rests on, e.g. 'Wgr art. 14 lid 1'. */
  artikel: string;
  /** Values the text may use (counts, ids, dates). */
  data?: Record<string, unknown>;
}

/** Shorthand constructor, so rule files read as a list of rules. */
export function bevinding(
  code: string,
  ernst: Ernst,
  artikel: string,
  data?: Record<string, unknown>,
): Bevinding {
  return data ? { code, ernst, artikel, data } : { code, ernst, artikel };
}
