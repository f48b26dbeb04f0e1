/** Building blocks for OpenAPI routes that follow the NL API Design Rules. */
import type { Context } from 'hono';
import { z } from '@hono/zod-openapi';
import { mag, type Actie, type Resource } from '../auth/policy';
import { DomeinFout } from '../errors';
import type { AppEnv } from './env';
import { problem, ProblemSchema } from './problem';

export const apiVersionHeader = {
  'API-Version': {
    description: 'De volledige versie van de API',
    schema: { type: 'string' as const, example: '1.0.0' },
  },
};
const etagHeader = {
  ETag: { description: 'Versie van de resource, voor If-Match', schema: { type: 'string' as const } },
};
const locationHeader = {
  Location: { description: 'Adres van de nieuwe resource', schema: { type: 'string' as const } },
};

export function ok<T extends z.ZodType>(
  schema: T,
  description: string,
  opties: { etag?: boolean; status?: 200 | 201 } = {},
) {
  return {
    content: { 'application/json': { schema } },
    description,
    headers: {
      ...apiVersionHeader,
      ...(opties.etag ? etagHeader : {}),
      ...(opties.status === 201 ? locationHeader : {}),
    },
  };
}

export const geenInhoud = (description: string) => ({ description, headers: apiVersionHeader });

const problemResponse = (description: string) => ({
  content: { 'application/problem+json': { schema: ProblemSchema } },
  description,
  headers: apiVersionHeader,
});

export const fouten = {
  400: problemResponse('Ongeldige invoer; invalidParams noemt de velden'),
  401: problemResponse('Niet geauthenticeerd'),
  403: problemResponse('Geen toestemming'),
  404: problemResponse('Niet gevonden'),
  409: problemResponse('Conflict met de bestaande gegevens'),
  412: problemResponse('De versie in If-Match is verouderd'),
  413: problemResponse('De body of het bestand is te groot'),
};

export const ifMatchHeader = z.object({
  'if-match': z
    .string()
    .optional()
    .openapi({ description: 'ETag van de versie die u wijzigt; een verouderde versie geeft 412' }),
});

/** Parses `"3"` or `W/"3"` into 3; undefined when absent. */
export function versieUitIfMatch(waarde: string | undefined): number | undefined {
  if (!waarde) return undefined;
  const m = /^(?:W\/)?"(\d+)"$/.exec(waarde.trim());
  return m ? Number(m[1]) : -1;
}

export const etag = (versie: number) => `"${versie}"`;

export class ApiWeigering extends Error {
  constructor(readonly status: 401 | 403) {
    super(String(status));
  }
}

/** Authorizes an API request: 401 without a token, 403 when the policy says no. */
export function vereis(c: Context<AppEnv>, actie: Actie, resource: Resource = {}) {
  const g = c.get('gebruiker');
  if (!g) throw new ApiWeigering(401);
  if (!mag(g, actie, resource)) throw new ApiWeigering(403);
  return g;
}

const tekstVan = (e: DomeinFout) => (typeof e.opties.data?.tekst === 'string' ? e.opties.data.tekst : '');

/**
 * Maps a refusal (`vereis`) or a domain error thrown by an API handler to problem+json; any other error
 * is thrown on. Called by the API's error handler (platform/http/app.ts), so handlers just throw; the
 * error responses are declared in each route.
 */
export function apiFout(c: Context<AppEnv>, e: unknown): Response {
  if (e instanceof ApiWeigering) {
    if (e.status === 401) {
      c.header('WWW-Authenticate', 'Bearer'); // RFC 9110 §11.6.1: a 401 names the scheme
      return problem(c, 401, 'Niet geauthenticeerd', {
        code: 'niet_geauthenticeerd',
        detail: 'Stuur een bearer-token mee.',
      });
    }
    return problem(c, 403, 'Geen toestemming', {
      code: 'geen_toegang',
      detail: 'Uw rol staat deze actie niet toe.',
    });
  }
  if (e instanceof DomeinFout) {
    const veld = e.opties.veld;
    switch (e.code) {
      case 'niet_gevonden':
        return problem(c, 404, 'Niet gevonden', { code: e.code });
      case 'versie_conflict':
        return problem(c, 412, 'Verouderde versie', {
          code: e.code,
          detail: 'De resource is intussen gewijzigd. Haal hem opnieuw op en probeer het nog eens.',
        });
      case 'organisatie_onbekend':
        return problem(c, 400, 'Ongeldige invoer', {
          code: e.code,
          invalidParams: [{ name: veld ?? 'organisatie', reason: 'Onbekende organisatie' }],
        });
      case 'deelname_onbekend':
        return problem(c, 400, 'Ongeldige invoer', {
          code: e.code,
          invalidParams: [{ name: veld ?? 'deelname', reason: 'Deze deelname hoort niet bij de regeling' }],
        });
      case 'deelname_bestaat':
        return problem(c, 409, 'Deelname bestaat al', {
          code: e.code,
          invalidParams: [{ name: 'organisatie', reason: 'Deze organisatie neemt al deel' }],
        });
      case 'code_bestaat':
        return problem(c, 409, 'Code bestaat al', {
          code: e.code,
          invalidParams: [{ name: veld ?? 'code', reason: 'Er is al een organisatie met deze code' }],
        });
      case 'ongeldige_duur':
        return problem(c, 400, 'Ongeldige invoer', {
          code: e.code,
          invalidParams: [
            { name: veld ?? 'duur', reason: 'Gebruik een ISO 8601-duur in dagen of weken, bijvoorbeeld P8W' },
          ],
        });
      case 'buiten_bereik':
        return problem(c, 400, 'Ongeldige invoer', {
          code: e.code,
          invalidParams: [
            { name: veld ?? 'start', reason: 'Grip rekent met datums van 1980 tot en met 9999' },
          ],
        });
      case 'geen_toegang':
        return problem(c, 403, 'Geen toestemming', { code: e.code });
      case 'stap_geweigerd': {
        const w = e.opties.data?.weigering as { code?: string } | undefined;
        return problem(c, 409, 'Deze stap kan niet', {
          code: w?.code ?? e.code,
          detail: tekstVan(e),
        });
      }
      case 'ongeldig':
        return problem(c, 400, 'Ongeldige invoer', {
          code: e.code,
          invalidParams: [{ name: veld ?? 'body', reason: tekstVan(e) }],
        });
      case 'te_groot':
        return problem(c, 413, 'Te groot', { code: e.code, detail: tekstVan(e) });
    }
  }
  throw e;
}
