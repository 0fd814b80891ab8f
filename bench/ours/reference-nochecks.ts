// Ours without the checks: the reference example minus NetworkIsolationChecks.of(stack). Timed against
// ours/reference.js, the difference is what running the rule pack at synth adds. (Both still load the rule
// pack's modules when lib/index.js exports the checks; bench/run.js measures that load separately.)
import { App } from 'cdktf';
import { benchOutdir, STACK_ID } from '../common/outdir';
import { ReferenceStack } from './reference-stack';

const app = new App({ outdir: benchOutdir() });
new ReferenceStack(app, STACK_ID, { checks: false });
app.synth();
