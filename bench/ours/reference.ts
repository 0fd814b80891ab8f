// Ours: the reference example, NetworkIsolationChecks included as in the example, synthesized through the
// compiled library (whole process, timed by bench/run.js).
import { App } from 'cdktf';
import { benchOutdir, STACK_ID } from '../common/outdir';
import { ReferenceStack } from './reference-stack';

const app = new App({ outdir: benchOutdir() });
new ReferenceStack(app, STACK_ID);
app.synth();
