// Shared by the test/jsii tests: makes sure dist/ holds the pacmak output of the current .jsii, generating it
// when it is missing or stale (so those tests never skip), and says where things are.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { withFileLock } from '../file-lock';

export const ROOT = path.resolve(__dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist');

const LOCK = path.join(ROOT, '.cache', 'package.lock');

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

/** Regenerates dist/ (`scripts/package.sh --skip-build`) unless it already matches .jsii; one test file at a time. */
export function ensurePackaged(): Packaged {
  const assembly = currentAssembly();
  if (!isFresh(assembly.fingerprint)) {
    withFileLock(LOCK, () => {
      if (!isFresh(assembly.fingerprint)) {
        execFileSync('bash', [path.join(ROOT, 'scripts', 'package.sh'), '--skip-build'], { cwd: ROOT, stdio: 'pipe' });
      }
    });
  }
  const tarball = path.join(DIST, 'js', `${assembly.name}@${assembly.version}.jsii.tgz`);
  if (!fs.existsSync(tarball)) throw new Error(`jsii-pacmak wrote no ${path.relative(ROOT, tarball)}`);
  return { name: assembly.name, version: assembly.version, tarball };
}
