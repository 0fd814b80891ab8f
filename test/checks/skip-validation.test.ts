// `new App({ skipValidation: true })` (cdktf's own error hint suggests it) skips every node validation,
// which is where NetworkIsolationChecks run. The checks must not be lost silently: they run from the
// stack's synthesis instead, fail the synth on errors and leave no synthesized file behind.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { NetworkIsolationChecks } from '../../src/checks';
import { addRawIsolatedCluster } from './raw-stack';

let stderr: jest.SpyInstance;
beforeEach(() => {
  stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterEach(() => stderr.mockRestore());
const printed = () => stderr.mock.calls.map((c) => String(c[0])).join('');

const ROOT = fs.mkdtempSync(path.join(os.tmpdir(), 'skip-validation-'));
afterAll(() => fs.rmSync(ROOT, { recursive: true, force: true }));

function skippingApp(): { app: App; outdir: string } {
  const outdir = fs.mkdtempSync(path.join(ROOT, 'app-'));
  return { app: new App({ skipValidation: true, outdir }), outdir };
}
const stackFile = (outdir: string, stack: string) => path.join(outdir, 'stacks', stack, 'cdk.tf.json');

describe('NetworkIsolationChecks under skipValidation: true', () => {
  test('checks on a stack still fail outbound_type = "loadBalancer" (addOverride), and no cdk.tf.json is left', () => {
    // GIVEN an App that skips validations, and a compliant cluster re-opened to egress by an override
    const { app, outdir } = skippingApp();
    const stack = new TerraformStack(app, 'stack');
    addRawIsolatedCluster(stack).addOverride('network_profile.outbound_type', 'loadBalancer');
    NetworkIsolationChecks.of(stack);
    // THEN the synth fails naming skipValidation, the rule and the value, and the stack file is gone
    expect(() => app.synth()).toThrow(/stack: the App skips validations \(skipValidation: true\), but the network isolation checks still run[\s\S]*NI-AKS-004 network_profile\.outbound_type is "loadBalancer"/);
    expect(fs.existsSync(stackFile(outdir, 'stack'))).toBe(false);
  });

  test('checks on the App still fail it, in every stack, also stacks added after the checks', () => {
    const { app, outdir } = skippingApp();
    const first = new TerraformStack(app, 'first');
    addRawIsolatedCluster(first);
    NetworkIsolationChecks.of(app);
    const late = new TerraformStack(app, 'late');
    addRawIsolatedCluster(late).addOverride('network_profile.outbound_type', 'loadBalancer');
    expect(() => app.synth()).toThrow(/late: the App skips validations[\s\S]*NI-AKS-004/);
    expect(fs.existsSync(stackFile(outdir, 'first'))).toBe(true);
    expect(fs.existsSync(stackFile(outdir, 'late'))).toBe(false);
  });

  test('a compliant stack synthesizes, and a suppressed finding does not fail', () => {
    const { app, outdir } = skippingApp();
    const stack = new TerraformStack(app, 'stack');
    addRawIsolatedCluster(stack).addOverride('network_profile.outbound_type', 'loadBalancer');
    NetworkIsolationChecks.of(stack, { suppressions: [{ ruleId: 'NI-AKS-004', reason: 'Sandbox cluster with egress on purpose' }] });
    const clean = new TerraformStack(app, 'clean');
    addRawIsolatedCluster(clean);
    NetworkIsolationChecks.of(clean);
    expect(() => app.synth()).not.toThrow();
    expect(JSON.parse(fs.readFileSync(stackFile(outdir, 'stack'), 'utf8')).resource.azurerm_kubernetes_cluster.cluster.network_profile.outbound_type).toBe('loadBalancer');
    expect(fs.existsSync(stackFile(outdir, 'clean'))).toBe(true);
  });

  test('checks attached to a skipping App before any stack warn loudly that they cannot run', () => {
    const { app } = skippingApp();
    NetworkIsolationChecks.of(app);
    expect(printed()).toMatch(/WARNING cdktf-isolated-aks: NetworkIsolationChecks were attached to an App with skipValidation: true before any stack, so they cannot run at synth[\s\S]*npx cdktf-isolated-aks check cdktf\.out/);
  });

  test('with validations on, the checks run once (as a validation), not again from the synthesis', () => {
    const outdir = fs.mkdtempSync(path.join(ROOT, 'validating-'));
    const app = new App({ outdir });
    const stack = new TerraformStack(app, 'stack');
    addRawIsolatedCluster(stack).addOverride('network_profile.outbound_type', 'loadBalancer');
    NetworkIsolationChecks.of(stack);
    let message = '';
    try {
      app.synth();
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/^Validation failed with the following errors:[\s\S]*NI-AKS-004/);
    expect(message).not.toMatch(/the App skips validations/);
  });
});
