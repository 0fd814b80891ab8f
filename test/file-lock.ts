// A cross-process lock for tests that regenerate shared build outputs (dist/, build/cdktn): a directory that one
// jest worker creates at a time; a lock older than `staleMs` is taken over (its holder died).
import * as fs from 'fs';
import * as path from 'path';

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Runs `fn` while holding the lock directory `lock`. */
export function withFileLock<T>(lock: string, fn: () => T, staleMs = 5 * 60_000): T {
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      const held = fs.statSync(lock, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > staleMs) fs.rmSync(lock, { recursive: true, force: true });
      sleep(200);
    }
  }
  try {
    return fn();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}
