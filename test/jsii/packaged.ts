// Shared by the test/jsii tests: makes sure dist/ holds the pacmak output of the current .jsii, generating it
// when it is missing or stale (so those tests never skip), and says where things are.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist');

const LOCK = path.join(ROOT, '.cache', 'package.lock');
const LOCK_STALE_MS = 5 * 60_000;

export interface Packaged {
  readonly name: string;
  readonly version: string;
  /** The npm tarball pacmak wrote (what a Python/Java/C#/Go package embeds and loads into the kernel). */
  readonly tarball: string;
}

/** The current assembly; fails with the fix when the library was not built. */
export function currentAssembly(): { name: string; version: string; fingerprint: string } {
  const file = path.join(ROOT, '.jsii');
  if (!fs.existsSync(file)) throw new Error('no .jsii assembly: run `npm run build` (npm test does) first');
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function isFresh(fingerprint: string): boolean {
  const marker = path.join(DIST, '.jsii-fingerprint');
  return fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === fingerprint;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Regenerates dist/ (`scripts/package.sh --skip-build`) unless it already matches .jsii; one test file at a time. */
export function ensurePackaged(): Packaged {
  const assembly = currentAssembly();
  if (!isFresh(assembly.fingerprint)) {
    fs.mkdirSync(path.dirname(LOCK), { recursive: true });
    for (;;) {
      try {
        fs.mkdirSync(LOCK);
        break;
      } catch {
        const held = fs.statSync(LOCK, { throwIfNoEntry: false });
        if (held && Date.now() - held.mtimeMs > LOCK_STALE_MS) fs.rmSync(LOCK, { recursive: true, force: true });
        sleep(200);
      }
    }
    try {
      if (!isFresh(assembly.fingerprint)) {
        execFileSync('bash', [path.join(ROOT, 'scripts', 'package.sh'), '--skip-build'], { cwd: ROOT, stdio: 'pipe' });
      }
    } finally {
      fs.rmSync(LOCK, { recursive: true, force: true });
    }
  }
  const tarball = path.join(DIST, 'js', `${assembly.name}@${assembly.version}.jsii.tgz`);
  if (!fs.existsSync(tarball)) throw new Error(`jsii-pacmak wrote no ${path.relative(ROOT, tarball)}`);
  return { name: assembly.name, version: assembly.version, tarball };
}
