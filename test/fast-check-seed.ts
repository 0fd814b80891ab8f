// Jest setup: with FC_SEED set, every fast-check property runs from that seed (reproducible; .ci/run sets one so
// the gate is deterministic). Without it, each run explores new cases; a failure prints the seed to replay with.
import fc from 'fast-check';

const seed = process.env.FC_SEED;
if (seed !== undefined && seed !== '') {
  const value = Number(seed);
  if (!Number.isInteger(value)) throw new Error(`FC_SEED must be an integer, got "${seed}"`);
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: value });
}
