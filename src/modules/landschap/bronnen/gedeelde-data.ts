/**
 * For tests and benchmarks only: where the shared real data lives. GRIP_SHARED_DATA, default
 * `../shared/data`, relative to the working directory (the repository root) unless absolute — the same
 * rule as `src/modules/organisaties/import-cbs.db.test.ts` and `bench/generate.ts`. Nothing is copied.
 */
import fs from 'node:fs';
import path from 'node:path';

/** A path inside the shared data folder. */
export function gedeeldeData(...delen: string[]): string {
  return path.join(path.resolve(process.cwd(), process.env.GRIP_SHARED_DATA ?? '../shared/data'), ...delen);
}

/** For `test(naam, { skip: ontbreekt(pad) }, …)`: false when the path exists, else the reason to skip. */
export function ontbreekt(pad: string): false | string {
  return fs.existsSync(pad) ? false : `${pad} ontbreekt: zet GRIP_SHARED_DATA`;
}
