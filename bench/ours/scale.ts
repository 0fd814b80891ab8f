// Ours, scaled: N copies of the reference network + registry + cluster in one stack (N = argv[2], default 1),
// with NetworkIsolationChecks on the stack as in the example.
import { App } from 'cdktf';
import { benchOutdir, STACK_ID } from '../common/outdir';
import { ReferenceStack } from './reference-stack';

const clusters = Number(process.argv[2] ?? '1');
if (!Number.isInteger(clusters) || clusters < 1) throw new Error(`scale: cluster count must be a positive integer, got ${process.argv[2]}`);
const app = new App({ outdir: benchOutdir() });
new ReferenceStack(app, STACK_ID, { clusters });
app.synth();
