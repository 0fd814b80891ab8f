import { Suppressions } from '../../src/checks/report/suppressions';

const IDS = ['NI-AKS-001', 'NI-NET-005'];

describe('Suppressions', () => {
  it('match by rule id, and by address or construct path when given', () => {
    const s = new Suppressions(
      [
        { ruleId: 'NI-NET-005', address: 'azurerm_public_ip.fw', reason: 'Hub firewall IP, reviewed in SEC-1' },
        { ruleId: 'NI-AKS-001', reason: 'Public test cluster, torn down nightly' },
      ],
      IDS,
    );
    expect(s.match('NI-NET-005', 'azurerm_public_ip.fw')?.reason).toMatch(/Hub firewall/);
    expect(s.match('NI-NET-005', 'azurerm_public_ip.other')).toBeUndefined();
    expect(s.match('NI-AKS-001', 'azurerm_kubernetes_cluster.any')).toBeDefined();
    const byPath = new Suppressions([{ ruleId: 'NI-NET-005', address: 'hub/fw/ip', reason: 'Hub firewall IP, reviewed' }], IDS);
    expect(byPath.match('NI-NET-005', 'azurerm_public_ip.x', 'hub/fw/ip')).toBeDefined();
  });

  it.each([
    ['an empty reason', { ruleId: 'NI-NET-005', reason: '' }, /reason "" is too short \(0 characters\); give at least 10/],
    ['a short reason', { ruleId: 'NI-NET-005', reason: '  ok fine  ' }, /reason " {2}ok fine {2}" is too short \(7 characters\)/],
    ['a missing reason', { ruleId: 'NI-NET-005' }, /reason null is too short/],
    ['an unknown rule id', { ruleId: 'NI-XXX-001', reason: 'long enough reason' }, /unknown rule id "NI-XXX-001"/],
    ['an empty rule id', { ruleId: '', reason: 'long enough reason' }, /ruleId is ""/],
    ['an empty address', { ruleId: 'NI-NET-005', address: ' ', reason: 'long enough reason' }, /address is " "/],
  ])('reject %s', (_what, spec, message) => {
    expect(() => new Suppressions([spec as never], IDS)).toThrow(message);
  });
});
