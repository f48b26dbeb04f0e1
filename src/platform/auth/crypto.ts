/** Password hashing (argon2id) and opaque tokens (random, stored only as SHA-256). */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// OWASP's argon2id baseline: m=19 MiB, t=2, p=1.
const opties = {
  algorithm: 2 /* Algorithm.Argon2id (a const enum) */,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
};

export const hashWachtwoord = (wachtwoord: string) => hash(wachtwoord, opties);
export const controleerWachtwoord = (hashWaarde: string, wachtwoord: string) =>
  verify(hashWaarde, wachtwoord).catch(() => false);

export const nieuwToken = (bytes = 32) => randomBytes(bytes).toString('base64url');
export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** A readable one-time password: 4 groups of 4 characters without look-alikes. */
export function eenmaligWachtwoord(): string {
  const tekens = 'abcdefghjkmnpqrstuvwxyz23456789';
  const b = randomBytes(16);
  return Array.from(b, (x) => tekens[x % tekens.length])
    .join('')
    .replace(/(.{4})(?=.)/g, '$1-');
}

export function hmac(secret: string, data: string): string {
  return createHmac('sha256', secret).update(data).digest('base64url');
}

export function gelijk(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
