// At synth, a finding says how to accept it (its address and the exact suppression), and a suppression that
// matches no finding is reported instead of being silently ignored.
import { PublicIp } from '@cdktf/provider-azurerm/lib/public-ip';
import { NetworkIsolationChecks } from '../../src/checks';
import { rawIsolatedStack } from './raw-stack';

let stderr: jest.SpyInstance;
beforeEach(() => (stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true)));
afterEach(() => stderr.mockRestore());
const printed = () => stderr.mock.calls.map((c) => String(c[0])).join('');

describe('NetworkIsolationChecks suppression help', () => {
  it('a failing finding names its address and the suppression to add', () => {
    const { stack, cluster } = rawIsolatedStack();
    cluster.privateClusterEnabled = false;
    const [message] = NetworkIsolationChecks.of(stack).validate();
    expect(message).toContain(
      'To accept it, add the suppression {"ruleId":"NI-AKS-001","address":"azurerm_kubernetes_cluster.cluster","reason":"<why this is acceptable, 10+ characters>"}'
    );
  });

  it('a printed warning carries the suppression to add', () => {
    const { stack } = rawIsolatedStack();
    new PublicIp(stack, 'fw-ip', { name: 'fw', resourceGroupName: 'rg', location: 'westeurope', allocationMethod: 'Static' });
    NetworkIsolationChecks.of(stack).validate();
    expect(printed()).toContain('  accept {"ruleId":"NI-NET-005","address":"azurerm_public_ip.fw-ip","reason":');
  });

  it('warns about a suppression that matches no finding, without failing', () => {
    const { stack } = rawIsolatedStack();
    const checks = NetworkIsolationChecks.of(stack, {
      suppressions: [{ ruleId: 'NI-NET-005', address: 'azurerm_public_ip.gone', reason: 'Hub firewall IP, SEC-123' }],
    });
    expect(checks.validate()).toEqual([]);
    expect(printed()).toContain('stack/NetworkIsolationChecks: WARNING suppression {"ruleId":"NI-NET-005","address":"azurerm_public_ip.gone"} matched no finding');
  });

  it('says nothing about a suppression that matched', () => {
    const { stack, cluster } = rawIsolatedStack();
    cluster.privateClusterEnabled = false;
    NetworkIsolationChecks.of(stack).addSuppression('NI-AKS-001', 'Sandbox cluster, public on purpose', 'stack/cluster');
    NetworkIsolationChecks.of(stack).validate();
    expect(printed()).not.toContain('matched no finding');
  });
});
