/**
 * A section of `npm run bench`: one issue's measurements and targets. bench/run.ts runs every
 * section in bench/secties/index.ts in two phases on one generated national-scale database:
 *   1. `database`: in-process, on the generated PGlite database, before Grip starts (fixtures such
 *      as accounts and tokens, or timings of code that needs no HTTP server);
 *   2. `http`: against Grip running in a child process (load with `ctx.meet`, single timed
 *      requests with `ctx.tijd`);
 * and collects the measurements and the targets into the one JSON document printed at the end.
 */
import type { Database } from '../../src/platform/db/client';
import type { GeneratieResultaat } from '../generate';
import type { HttpMeting, LastOpties } from './last';

export interface Doel {
  /** What is measured, e.g. "registerPage: requests/s as a share of the bare server". */
  name: string;
  value: number | null;
  /** The limit: value ≥ limit for 'min', value < limit for 'max'. */
  limit: number;
  kind: 'min' | 'max';
  unit: string;
  pass: boolean;
  note?: string;
}

export type NieuwDoel = Omit<Doel, 'pass'>;

export interface Rapport {
  measurements: Record<string, unknown>;
  targets: Doel[];
}

interface Gedeeld {
  gegevens: GeneratieResultaat;
  /** Progress message on stderr. */
  log(bericht: string): void;
  /** Stores a measurement under its name in the report. */
  bewaar(naam: string, meting: unknown): void;
  doel(d: NieuwDoel): Doel;
}

export interface DatabaseContext extends Gedeeld {
  database: Database;
  /** Shared between the phases of one section (e.g. a token made in `database`, used in `http`). */
  staat: Map<string, unknown>;
}

export interface HttpContext extends Gedeeld {
  basisUrl: string;
  staat: Map<string, unknown>;
  /** The bare server's measurement, the yardstick for the ratios. */
  kaal: HttpMeting;
  /** Load on a path of Grip (warm-up, then the measured run); stored under `naam`, with ratioToBare. */
  meet(
    naam: string,
    pad: string,
    opties?: Partial<Pick<LastOpties, 'method' | 'headers' | 'body' | 'uniek'>>,
  ): Promise<HttpMeting & { ratioToBare: number }>;
  /** One request, timed (ms); throws on an unexpected status. */
  tijd(
    pad: string,
    init?: RequestInit,
    verwachtStatus?: number,
  ): Promise<{ ms: number; status: number; body: string }>;
  /** Targets for a measurement made with `meet`: rps share of the bare server and p95. */
  doelVerhouding(naam: string, meting: HttpMeting & { ratioToBare: number }, minimum: number): Doel;
  doelP95(naam: string, meting: HttpMeting, maxMs: number): Doel;
}

export interface Sectie {
  naam: string;
  database?(ctx: DatabaseContext): Promise<void>;
  http?(ctx: HttpContext): Promise<void>;
}
