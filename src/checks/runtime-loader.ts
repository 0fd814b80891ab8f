import * as fs from 'fs';
import * as path from 'path';
import type * as Runtime from './runtime';

/** File name of the bundled rule pack written next to the compiled runtime by `npm run build`. */
export const RUNTIME_BUNDLE = 'runtime.bundle.js';

let loaded: typeof Runtime | undefined;

/**
 * The rule pack runtime (engine, reports, suppressions, rules), loaded on first use so that importing the
 * package or synthesizing without checks does not pay for it. The compiled package loads the one-file
 * bundle; sources (tests) load the modules.
 */
export function checksRuntime(): typeof Runtime {
  if (!loaded) {
    const bundle = path.join(__dirname, RUNTIME_BUNDLE);
    /* eslint-disable @typescript-eslint/no-require-imports */
    loaded = fs.existsSync(bundle) ? (require(bundle) as typeof Runtime) : (require('./runtime') as typeof Runtime);
    /* eslint-enable @typescript-eslint/no-require-imports */
  }
  return loaded;
}
