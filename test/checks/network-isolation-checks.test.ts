import { PublicIp } from '@cdktf/provider-azurerm/lib/public-ip';
import { TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { NetworkIsolationChecks, NetworkIsolationRules, RuleSeverity } from '../../src/checks';
import { runChecks } from '../../src/checks/engine';
import { rawIsolatedStack } from './raw-stack';

let stderr: jest.SpyInstance;
beforeEach(() => {
  stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterEach(() => stderr.mockRestore());
const printed = () => stderr.mock.calls.map((c) => String(c[0])).join('');

describe('NetworkIsolationChecks', () => {
  it('passes a compliant stack written with raw provider resources', () => {
    // GIVEN a hand-written isolated stack with the checks attached
    const { stack } = rawIsolatedStack();
    NetworkIsolationChecks.of(stack);
    // THEN the synth with validations succeeds, and the engine finds nothing at all
    expect(() => Testing.synth(stack, true)).not.toThrow();
    expect(runChecks([{ stack: 'stack', document: stack.toTerraform() }]).findings).toEqual([]);
    expect(printed()).toBe('');
  });

  it('fails the synth of a violating cluster with construct path, rule id, message and fix', () => {
    const { stack, cluster } = rawIsolatedStack();
    cluster.privateClusterEnabled = false;
    NetworkIsolationChecks.of(stack);
    expect(() => Testing.synth(stack, true)).toThrow(
      /stack\/cluster \(azurerm_kubernetes_cluster\.cluster\): NI-AKS-001 private_cluster_enabled is false; allowed: true\. Fix: Set private_cluster_enabled = true/,
    );
  });

  it('judges the final JSON: an addOverride that re-opens egress is caught', () => {
    const { stack, cluster } = rawIsolatedStack();
    cluster.addOverride('network_profile.outbound_type', 'loadBalancer');
    NetworkIsolationChecks.of(stack);
    expect(() => Testing.synth(stack, true)).toThrow(/NI-AKS-004 network_profile\.outbound_type is "loadBalancer" \(a public load balancer with outbound rules and a public IP\); allowed: "none"/);
  });

  it('runs over every stack when attached to the App, in app.synth()', () => {
    // GIVEN two stacks, one broken, checks on the App
    const { app, cluster } = rawIsolatedStack();
    new TerraformStack(app, 'empty');
    cluster.nodeOsUpgradeChannel = 'SecurityPatch';
    NetworkIsolationChecks.of(app);
    // THEN the app synth fails naming the stack's construct path
    expect(() => app.synth()).toThrow(/stack\/cluster .*NI-AKS-007 node_os_upgrade_channel is "SecurityPatch"/);
  });

  it('leaves stacks with their own checks to those (their suppressions win)', () => {
    const { app, stack, cluster } = rawIsolatedStack();
    cluster.privateClusterEnabled = false;
    NetworkIsolationChecks.of(stack, { suppressions: [{ ruleId: 'NI-AKS-001', reason: 'Sandbox cluster, public on purpose' }] });
    NetworkIsolationChecks.of(app);
    expect(() => app.synth()).not.toThrow();
  });

  it('turns a suppressed error into a suppressed finding that does not fail', () => {
    const { stack, cluster } = rawIsolatedStack();
    cluster.privateClusterEnabled = false;
    const checks = NetworkIsolationChecks.of(stack);
    checks.addSuppression('NI-AKS-001', 'Sandbox cluster, public on purpose', 'stack/cluster');
    expect(checks.validate()).toEqual([]);
    expect(() => Testing.synth(stack, true)).not.toThrow();
  });

  it('prints warnings to stderr without failing, unless failOnWarnings', () => {
    const { stack } = rawIsolatedStack();
    new PublicIp(stack, 'fw-ip', { name: 'fw', resourceGroupName: 'rg', location: 'westeurope', allocationMethod: 'Static' });
    const checks = NetworkIsolationChecks.of(stack);
    expect(checks.validate()).toEqual([]);
    expect(printed()).toMatch(/WARNING NI-NET-005 no-public-ip\n {2}at {5}stack\/fw-ip \(azurerm_public_ip\.fw-ip\)/);
    expect(printed()).toMatch(/0 errors, 1 warning/);

    const { stack: strict } = rawIsolatedStack();
    new PublicIp(strict, 'fw-ip', { name: 'fw', resourceGroupName: 'rg', location: 'westeurope', allocationMethod: 'Static' });
    NetworkIsolationChecks.of(strict, { failOnWarnings: true });
    expect(() => Testing.synth(strict, true)).toThrow(/NI-NET-005/);
  });

  it('rejects a suppression with a too-short reason or an unknown rule id', () => {
    const { stack } = rawIsolatedStack();
    expect(() => NetworkIsolationChecks.of(stack, { suppressions: [{ ruleId: 'NI-AKS-001', reason: 'because' }] })).toThrow(
      /reason "because" is too short \(7 characters\); give at least 10 characters/,
    );
    expect(() => new NetworkIsolationChecks(stack, 'Other', { suppressions: [{ ruleId: 'NI-AKS-999', reason: 'a long enough reason' }] })).toThrow(
      /unknown rule id "NI-AKS-999"/,
    );
  });

  it('attaches once per scope and only to an App or a stack', () => {
    const { app, stack } = rawIsolatedStack();
    expect(NetworkIsolationChecks.of(stack)).toBe(NetworkIsolationChecks.of(stack));
    expect(() => NetworkIsolationChecks.of(stack, {})).toThrow(/already attached; add suppressions with addSuppression/);
    expect(() => NetworkIsolationChecks.of(new Construct(stack, 'Inner'))).toThrow(/attach to an App or a TerraformStack, not to Construct "stack\/Inner"/);
    expect(NetworkIsolationChecks.of(app).node.path).toBe('NetworkIsolationChecks');
  });
});

describe('NetworkIsolationRules', () => {
  it('exposes the rule metadata in id order', () => {
    const rules = NetworkIsolationRules.all();
    expect(rules.map((r) => r.id)).toEqual(NetworkIsolationRules.ids());
    expect(rules.find((r) => r.id === 'NI-AKS-001')).toMatchObject({ name: 'private-cluster', severity: RuleSeverity.ERROR });
    expect(Object.keys(rules[0]).sort()).toEqual(['docUrl', 'explanation', 'fix', 'id', 'name', 'severity', 'title']);
  });
});
