/**
 * Browser-test harness: Grip in-process on a free port with the demo data, Debian's Chromium
 * through playwright-core, and an axe scan (WCAG 2.1 AA) of every page a story visits.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { loadConfig } from '../src/config';
import { startGrip, type Grip } from '../src/app';
import { createTestDatabase } from '../test/db';

const KANDIDATEN = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function chromiumPad(): string | null {
  return process.env.GRIP_CHROMIUM ?? KANDIDATEN.find((p) => fs.existsSync(p)) ?? null;
}

export interface E2E {
  url: string;
  grip: Grip;
  context: BrowserContext;
  page: Page;
  /** Every URL scanned with axe in this file. */
  gescand: string[];
  close(): Promise<void>;
}

export async function startE2E(): Promise<E2E> {
  const database = await createTestDatabase({ voorbeeld: true });
  const config = loadConfig({ NODE_ENV: 'test', PORT: '3000', GRIP_DEMO: '0' });
  const grip = await startGrip(config, { database });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: grip.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  grip.services.config.baseUrl = url;
  const userDir = fs.mkdtempSync(path.join(os.tmpdir(), 'grip-chromium-'));
  const context = await chromium.launchPersistentContext(userDir, {
    executablePath: chromiumPad() ?? undefined,
    headless: true,
    locale: 'nl-NL',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    url,
    grip,
    context,
    page,
    gescand: [],
    close: async () => {
      await context.close();
      await new Promise((r) => server.close(r));
      await grip.close();
      fs.rmSync(userDir, { recursive: true, force: true });
    },
  };
}

/** Scans the current page with axe for WCAG 2.1 A/AA and fails with the violations listed. */
export async function axe(e: E2E, page: Page = e.page): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  e.gescand.push(page.url());
  const fouten = result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
  assert.deepEqual(fouten, [], `axe-schendingen op ${page.url()}`);
}

/** Navigates and scans. */
export async function bezoek(e: E2E, pad: string): Promise<void> {
  const res = await e.page.goto(e.url + pad);
  assert.ok(res && res.status() < 400, `${pad} gaf status ${res?.status()}`);
  await axe(e);
}

export async function inloggen(e: E2E, email: string, wachtwoord: string): Promise<void> {
  await e.page.goto(`${e.url}/inloggen`);
  await axe(e);
  await e.page.getByLabel('E-mailadres').fill(email);
  await e.page.getByLabel('Wachtwoord').fill(wachtwoord);
  await e.page.getByRole('button', { name: 'Inloggen' }).click();
  await e.page.waitForLoadState();
}
