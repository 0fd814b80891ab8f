// In-process timing of the rule pack (bench/run.js spawns this; prints one JSON line).
//   node bench/build/checks/check-bench.js --doc <cdk.tf.json> [--runs N] [--warmup N]
//   node bench/build/checks/check-bench.js --template <cdk.tf.json> --generate 10000 [--runs N]
// Reports the cold cost (loading the pack + the first run, what one synth process pays) and the warm
// min/median over --runs runs after --warmup runs. Each run builds its own TerraformDocument (no caching).
import * as fs from 'fs';
import { performance } from 'perf_hooks';
import { LIB_DIR } from '../common/outdir';
import { countResources, generateDocument } from './generate';
import { loadRulePack } from './rule-pack';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const runs = Number(arg('runs') ?? '15');
const warmup = Number(arg('warmup') ?? '2');
const docPath = arg('doc') ?? arg('template');
if (!docPath) throw new Error('check-bench: --doc or --template is required');

let text = fs.readFileSync(docPath, 'utf8');
const generate = arg('generate');
if (generate !== undefined) text = JSON.stringify(generateDocument(JSON.parse(text), Number(generate)));
// JSON.parse of the document (what a CLI reading cdk.tf.json pays on top of the checks), timed apart.
const tParse = performance.now();
const json = JSON.parse(text) as { [key: string]: unknown };
const parseMs = performance.now() - tParse;

const tLoad = performance.now();
const pack = loadRulePack(LIB_DIR);
const loadMs = performance.now() - tLoad;
const tFirst = performance.now();
const findings = pack.run(json);
const firstMs = performance.now() - tFirst;

for (let i = 0; i < warmup; i++) pack.run(json);
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  pack.run(json);
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
process.stdout.write(
  `${JSON.stringify({
    entry: pack.entry,
    engine: pack.engine,
    resources: countResources(json),
    bytes: Buffer.byteLength(text),
    findings,
    parseMs,
    loadMs,
    firstMs,
    coldMs: loadMs + firstMs,
    minMs: times[0],
    medianMs: times[Math.floor(times.length / 2)],
    runs: times.length,
  })}\n`,
);
