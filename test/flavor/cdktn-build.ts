// Shared by the test/flavor tests: makes sure build/cdktn holds the cdktn flavor built from the current sources
// (scripts/flavor/build-cdktn.js, which `npm run package` runs), rebuilding it when stale, one test file at a time.
import * as path from 'path';
import { withFileLock } from '../file-lock';

export const ROOT = path.resolve(__dirname, '..', '..');
const LOCK = path.join(ROOT, '.cache', 'flavor-cdktn.lock');

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const flavor = require('../../scripts/flavor/build-cdktn.js') as {
  BUILD: string;
  DIST: string;
  NAME: string;
  buildCdktn(): void;
  packageCdktn(): void;
  isFresh(): boolean;
  isPackaged(): boolean;
  rewrite(rel: string, text: string): string;
};

/** Returns build/cdktn, built from the current sources. */
export function ensureCdktnBuilt(): string {
  if (!flavor.isFresh()) withFileLock(LOCK, () => flavor.isFresh() || flavor.buildCdktn());
  return flavor.BUILD;
}

/** Returns dist/, holding the cdktn flavor's jsii-pacmak output of the current sources (dist/cdktn, dist/js). */
export function ensureCdktnPackaged(): string {
  if (!flavor.isPackaged()) {
    withFileLock(LOCK, () => {
      if (!flavor.isFresh()) flavor.buildCdktn();
      if (!flavor.isPackaged()) flavor.packageCdktn();
    });
  }
  return flavor.DIST;
}
