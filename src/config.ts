/**
 * Configuration, parsed once at start from the environment.
 *
 * Development works without any setting (embedded PGlite in ./data, a generated session
 * secret). With NODE_ENV=production Grip refuses to start unless DATABASE_URL and
 * GRIP_SESSION_SECRET are set, and lists every missing or invalid setting in one message.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';

export interface Config {
  production: boolean;
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
  sessionSecret: string;
  baseUrl: string;
  /** Whether to load the demo data into an empty database. */
  demoData: boolean;
  /** SMTP server for outgoing mail (smtp:// or smtps://, with user and password in the URL); without it mail stays in the outbox. */
  smtpUrl: string | undefined;
  /** The From header of outgoing mail. */
  mailFrom: string;
  /**
   * Whether this process works the background jobs (reminders, sending mail) and fires their
   * schedules. GRIP_WORKER=0 turns it off for web instances when a separate instance does the work
   * (PostgreSQL only; see src/platform/jobs).
   */
  worker: boolean;
  /** The largest document a user may upload (PDF, DOCX, ODT), in bytes; GRIP_MAX_UPLOAD_MB. */
  maxUploadBytes: number;
  /** Days within which a question of a raadslid is due when the regeling agreed none; GRIP_INLICHTINGEN_TERMIJN_DAGEN. */
  inlichtingenTermijnDagen: number;
}

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  GRIP_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'moet beginnen met postgres:// of postgresql://')
    .optional(),
  GRIP_SESSION_SECRET: z.string().min(32, 'moet minstens 32 tekens lang zijn').optional(),
  GRIP_BASE_URL: z.url('moet een volledige URL zijn, bijvoorbeeld https://grip.example.nl').optional(),
  GRIP_DEMO: z.enum(['0', '1']).optional(),
  GRIP_SMTP_URL: z
    .string()
    .refine(
      (v) => /^smtps?:\/\/[^\s/]/.test(v) && URL.canParse(v),
      'moet een URL zijn als smtp://gebruiker:wachtwoord@mail.example.nl:587 (of smtps://…)',
    )
    .optional(),
  GRIP_MAIL_FROM: z.string().min(3).default('Grip <noreply@localhost>'),
  GRIP_WORKER: z.enum(['0', '1']).default('1'),
  GRIP_MAX_UPLOAD_MB: z.coerce
    .number()
    .positive('moet een positief getal zijn')
    .max(200, 'hoogstens 200')
    .default(20),
  GRIP_INLICHTINGEN_TERMIJN_DAGEN: z.coerce
    .number()
    .int('moet een heel getal zijn')
    .min(1, 'minstens 1')
    .max(365, 'hoogstens 365')
    .default(28),
});

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Ongeldige configuratie:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Parses the configuration; throws a ConfigError that lists every problem at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const blank = (v: string | undefined) => (v === '' ? undefined : v);
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).map(([k, v]) => [k, blank(v)])));
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${issue.path.join('.')}: ${issue.message}`);
  }
  const e = parsed.success ? parsed.data : undefined;
  const production = (e?.NODE_ENV ?? env.NODE_ENV) === 'production';
  if (production) {
    if (!blank(env.DATABASE_URL)) problems.push('DATABASE_URL: verplicht in productie (PostgreSQL-server)');
    if (!blank(env.GRIP_SESSION_SECRET)) problems.push('GRIP_SESSION_SECRET: verplicht in productie');
    if (!blank(env.GRIP_BASE_URL)) problems.push('GRIP_BASE_URL: verplicht in productie');
  }
  if (problems.length > 0 || !e) throw new ConfigError([...new Set(problems)]);
  return {
    production,
    port: e.PORT,
    dataDir: path.resolve(e.GRIP_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    sessionSecret: e.GRIP_SESSION_SECRET ?? randomBytes(32).toString('hex'),
    baseUrl: e.GRIP_BASE_URL ?? `http://localhost:${e.PORT}`,
    demoData: e.GRIP_DEMO ? e.GRIP_DEMO === '1' : !production,
    smtpUrl: e.GRIP_SMTP_URL,
    mailFrom: e.GRIP_MAIL_FROM,
    worker: e.GRIP_WORKER === '1',
    maxUploadBytes: Math.round(e.GRIP_MAX_UPLOAD_MB * 1024 * 1024),
    inlichtingenTermijnDagen: e.GRIP_INLICHTINGEN_TERMIJN_DAGEN,
  };
}
