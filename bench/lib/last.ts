/**
 * Load with autocannon (programmatic API, in the benchmark's own process): a warm-up run whose
 * figures are thrown away, then the measured run.
 *
 * Requests per second = 2xx responses of the measured run / its duration.
 * Latency percentiles: autocannon's own histogram keeps whole milliseconds and reports p97.5 and
 * p99 but no p95, so every response's duration (autocannon measures it with process.hrtime, from
 * writing the request to the end of the response) is taken from its 'response' event and the
 * percentiles are computed from all of them (nearest rank). autocannon's p97.5 is kept for comparison.
 *
 * Every request says `Accept-Encoding: gzip, deflate, br`, as browsers and HTTP clients do (Grip
 * then answers text of 1 KB or more gzipped); a measurement can override it, e.g. with `identity`.
 */
import autocannon from 'autocannon';

export interface LastOpties {
  verbindingen: number;
  opwarmenS: number;
  duurS: number;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Adds a unique query parameter (_bench=n) to every request, so that no cache can answer it. */
  uniek?: boolean;
  /** CPU time the server process has used so far (ms); read around the measured run. */
  serverCpuMs?: () => number | null;
}

export interface HttpMeting {
  url: string;
  method: string;
  connections: number;
  durationSeconds: number;
  requests: number;
  rps: number;
  latencyMs: { mean: number; p50: number; p95: number; p99: number; max: number };
  autocannonP97_5Ms: number;
  bytesPerResponse: number;
  /** CPU time of the server process (all its threads) per response during the measured run. */
  serverCpuMsPerRequest: number | null;
  uniqueUrls: boolean;
  non2xx: number;
  errors: number;
  timeouts: number;
}

const rond = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

/** Nearest-rank percentile of sorted values. */
export function percentiel(gesorteerd: Float64Array, p: number): number {
  if (gesorteerd.length === 0) return NaN;
  const rang = Math.max(1, Math.ceil((p / 100) * gesorteerd.length));
  return gesorteerd[rang - 1]!;
}

/** setupRequest for autocannon: the same path with a query parameter that differs per request. */
function uniekePaden(u: URL) {
  let n = 0;
  const basis = `${u.pathname}${u.search}${u.search ? '&' : '?'}_bench=`;
  return <T extends { path: string }>(req: T): T => ({ ...req, path: `${basis}${n++}` });
}

export async function meetLast(url: string, o: LastOpties): Promise<HttpMeting> {
  const basis = {
    url,
    connections: o.verbindingen,
    method: o.method ?? 'GET',
    headers: { 'accept-encoding': 'gzip, deflate, br', ...o.headers },
    ...(o.body !== undefined ? { body: o.body } : {}),
    timeout: 10,
    ...(o.uniek ? { requests: [{ setupRequest: uniekePaden(new URL(url)) }] } : {}),
  };
  if (o.opwarmenS > 0) await autocannon({ ...basis, duration: o.opwarmenS });

  let duren = new Float64Array(1 << 16);
  let n = 0;
  let bytes = 0;
  const cpuVoor = o.serverCpuMs?.() ?? null;
  const instantie = autocannon({ ...basis, duration: o.duurS });
  instantie.on('response', (_client, status, resBytes, duur) => {
    if (status < 200 || status > 299) return;
    if (n === duren.length) {
      const groter = new Float64Array(duren.length * 2);
      groter.set(duren);
      duren = groter;
    }
    duren[n++] = duur;
    bytes += resBytes;
  });
  const r = await instantie;
  const cpuNa = o.serverCpuMs?.() ?? null;
  const gesorteerd = duren.subarray(0, n).sort();
  let som = 0;
  for (const d of gesorteerd) som += d;
  return {
    url,
    method: basis.method,
    connections: o.verbindingen,
    durationSeconds: r.duration,
    requests: n,
    rps: rond(n / r.duration, 0),
    latencyMs: {
      mean: rond(n ? som / n : NaN),
      p50: rond(percentiel(gesorteerd, 50)),
      p95: rond(percentiel(gesorteerd, 95)),
      p99: rond(percentiel(gesorteerd, 99)),
      max: rond(n ? gesorteerd[n - 1]! : NaN),
    },
    autocannonP97_5Ms: r.latency.p97_5,
    bytesPerResponse: n ? Math.round(bytes / n) : 0,
    serverCpuMsPerRequest:
      cpuVoor !== null && cpuNa !== null && r.requests.total
        ? rond((cpuNa - cpuVoor) / r.requests.total, 3)
        : null,
    uniqueUrls: o.uniek ?? false,
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
  };
}
