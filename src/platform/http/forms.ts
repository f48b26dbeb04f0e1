/** Reading HTML forms into typed input, and zod issues into per-field Dutch messages. */
import type { Context } from 'hono';
import type { Fouten } from '../views/components';

export type FormData = Record<string, string | string[]>;

export async function leesFormulier(c: Context): Promise<FormData> {
  const body = await c.req.parseBody({ all: true });
  const out: FormData = {};
  for (const [k, v] of Object.entries(body)) {
    if (Array.isArray(v)) out[k] = v.filter((x): x is string => typeof x === 'string');
    else if (typeof v === 'string') out[k] = v;
  }
  return out;
}

export const tekst = (f: FormData, k: string): string | null => {
  const v = f[k];
  const s = (Array.isArray(v) ? v[0] : v)?.trim() ?? '';
  return s === '' ? null : s;
};

export const lijst = (f: FormData, k: string): string[] => {
  const v = f[k];
  return v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((x) => x.trim()).filter(Boolean);
};

/** A number; keeps the raw text when it is not one, so the schema reports it as invalid. */
export const getal = (f: FormData, k: string): number | null => {
  const s = tekst(f, k);
  if (s === null) return null;
  const n = Number(s.replace(/\./g, '').replace(',', '.'));
  return Number.isFinite(n) && /^-?[\d.,]+$/.test(s) ? n : Number.NaN;
};

export const vinkje = (f: FormData, k: string): boolean => tekst(f, k) === '1';

/** Lines of a textarea, trimmed, empty lines dropped. */
export const regels = (f: FormData, k: string): string[] =>
  (tekst(f, k) ?? '')
    .split(/\r?\n/)
    .map((x) => x.trim())
    .filter(Boolean);

/** The first message per field; the field key is the zod path joined with '_'. */
export function veldFouten(issues: readonly { path: PropertyKey[]; message: string }[]): Fouten {
  const out: Fouten = {};
  for (const i of issues) {
    const k = i.path.map(String).join('_') || 'formulier';
    out[k] ??= i.message;
  }
  return out;
}
