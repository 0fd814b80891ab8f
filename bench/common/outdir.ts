// Shared by the bench apps. bench/run.js compiles them to bench/build/ and runs them as whole processes.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** The stack id every bench app uses, so default names, hashes and logical ids match across apps. */
export const STACK_ID = 'ref';

/**
 * The library under test: bench/build/lib, a snapshot of lib/ that bench/run.js copies after the jsii build,
 * so a concurrent rebuild of lib/ cannot change the code halfway through the runs.
 */
export const LIB_DIR = path.resolve(__dirname, '..', 'lib');

/** Where this run writes its synth output: $BENCH_OUTDIR (bench/run.js: a fresh temp dir per run) or a new temp dir. */
export function benchOutdir(): string {
  return process.env.BENCH_OUTDIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-isolated-aks-bench-'));
}
