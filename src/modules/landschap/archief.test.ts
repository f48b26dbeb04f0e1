/**
 * Unpacking the Polder archives: real archives made by the system's `tar` (GNU, with a name longer than
 * 100 characters) and by JSZip (deflated zip, as GitHub's), read back file by file; names that would leave
 * the folder and broken archives are refused.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import JSZip from 'jszip';
import { ArchiefFout, archiefSoort, pakUit, vindPolderMap } from './archief';

const tijdelijk: string[] = [];
const nieuweMap = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'grip-archief-'));
  tijdelijk.push(d);
  return d;
};
after(() => {
  for (const d of tijdelijk) fs.rmSync(d, { recursive: true, force: true });
});

const LANG = `${'een-heel-lange-naam-van-een-regeling-'.repeat(3)}2024.yaml`;
const BESTANDEN: Record<string, string> = {
  'polder-main/README.md': '# Polder\n',
  'polder-main/.github/workflows/test.yml': 'on: push\n',
  'polder-main/data/organisaties/gemeenschappelijke-regelingen/wozl.yaml': 'naam: WOZL\n',
  [`polder-main/data/organisaties/gemeenschappelijke-regelingen/${LANG}`]: 'naam: Lang\n',
  'polder-main/data/organisaties/gemeenten/oss.yaml': 'naam: Gemeente Oss\n',
};
const yaml = (n: string) => /\.ya?ml$/.test(n);

function maakMap(): string {
  const bron = nieuweMap();
  for (const [n, inhoud] of Object.entries(BESTANDEN)) {
    fs.mkdirSync(path.dirname(path.join(bron, n)), { recursive: true });
    fs.writeFileSync(path.join(bron, n), inhoud);
  }
  return bron;
}

function leesTerug(map: string): Record<string, string> {
  const uit: Record<string, string> = {};
  for (const n of fs.readdirSync(map, { recursive: true, encoding: 'utf8' }).sort()) {
    const p = path.join(map, n);
    if (fs.statSync(p).isFile()) uit[n.split(path.sep).join('/')] = fs.readFileSync(p, 'utf8');
  }
  return uit;
}
const verwacht = Object.fromEntries(Object.entries(BESTANDEN).filter(([n]) => yaml(n)));

describe('Polder-archieven uitpakken', () => {
  test('een .tar.gz van GNU tar (met een naam van meer dan 100 tekens): alleen de YAML-bestanden komen eruit', () => {
    const bron = maakMap();
    const archief = path.join(nieuweMap(), 'polder.tar.gz');
    execFileSync('tar', ['-czf', archief, '-C', bron, 'polder-main']);
    assert.equal(archiefSoort(fs.readFileSync(archief)), 'tar.gz');
    const doel = nieuweMap();
    assert.equal(pakUit(archief, doel, yaml), 4);
    assert.deepEqual(leesTerug(doel), verwacht);
    assert.equal(vindPolderMap(doel), path.join(doel, 'polder-main', 'data', 'organisaties'));
  });

  test('een .zip (deflate, zoals GitHub het archief maakt) geeft dezelfde bestanden', async () => {
    const zip = new JSZip();
    for (const [n, inhoud] of Object.entries(BESTANDEN)) zip.file(n, inhoud);
    const archief = path.join(nieuweMap(), 'polder.zip');
    fs.writeFileSync(archief, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const doel = nieuweMap();
    assert.equal(pakUit(archief, doel, yaml), 4);
    assert.deepEqual(leesTerug(doel), verwacht);
  });

  test('een naam die buiten de map wijst wordt geweigerd; er komt niets buiten de map', async () => {
    const zip = new JSZip();
    zip.file('../buiten.yaml', 'x: 1\n');
    const map = nieuweMap();
    const archief = path.join(map, 'kwaad.zip');
    fs.writeFileSync(archief, await zip.generateAsync({ type: 'nodebuffer' }));
    const doel = path.join(map, 'doel');
    assert.throws(() => pakUit(archief, doel, yaml), /buiten\.yaml: pad buiten de doelmap/);
    assert.equal(fs.existsSync(path.join(map, 'buiten.yaml')), false);
  });

  test('geen archief, of een afgebroken archief: een ArchiefFout met de reden', () => {
    const map = nieuweMap();
    const tekst = path.join(map, 'tekst.txt');
    fs.writeFileSync(tekst, 'dit is geen archief');
    assert.throws(
      () => pakUit(tekst, map, yaml),
      (e: unknown) => e instanceof ArchiefFout && /onbekend archiefformaat/.test(e.message),
    );
    const bron = maakMap();
    const archief = path.join(map, 'half.tar.gz');
    execFileSync('tar', ['-czf', archief, '-C', bron, 'polder-main']);
    const half = path.join(map, 'afgebroken.tar.gz');
    const b = fs.readFileSync(archief);
    fs.writeFileSync(half, b.subarray(0, Math.floor(b.length / 2)));
    assert.throws(() => pakUit(half, path.join(map, 'doel'), yaml), ArchiefFout);
  });
});
