import { AnnotationMetadataEntryType } from 'cdktf';
import { AddOnsRequiringEgress, EgressAddOn } from '../../src';
import { onlyResource, synth } from '../helpers';
import { clusterStack } from './addon-stack';

describe('AddOnsRequiringEgress', () => {
  test('turns the add-ons on and warns naming the egress each needs and who provides it', () => {
    const { stack, cluster } = clusterStack();
    new AddOnsRequiringEgress(stack, 'Egress', {
      cluster,
      addOns: [EgressAddOn.WORKLOAD_IDENTITY, EgressAddOn.AZURE_POLICY, EgressAddOn.DEFENDER],
      egressProvidedBy: 'hub firewall fw-hub, FQDN rules',
      defenderLogAnalyticsWorkspaceId: '/subscriptions/s/resourceGroups/r/providers/Microsoft.OperationalInsights/workspaces/law',
    });
    const json = synth(stack);
    expect(onlyResource(json, 'azurerm_kubernetes_cluster')).toMatchObject({
      workload_identity_enabled: true,
      oidc_issuer_enabled: true,
      azure_policy_enabled: true,
      microsoft_defender: { log_analytics_workspace_id: expect.stringMatching(/workspaces\/law$/) },
    });
    const warnings = stack.node.findAll().flatMap((c) => c.node.metadata).filter((m) => m.type === AnnotationMetadataEntryType.WARN).map((m) => String(m.data));
    expect(warnings.some((w) => /workload identity.*login\.microsoftonline\.com.*hub firewall fw-hub/.test(w))).toBe(true);
  });

  test('requires add-ons, a named egress path, and a Defender workspace', () => {
    const { stack, cluster } = clusterStack();
    expect(() => new AddOnsRequiringEgress(stack, 'A', { cluster, addOns: [], egressProvidedBy: 'hub firewall fw-hub' })).toThrow(/do not name an opt-in/);
    expect(() => new AddOnsRequiringEgress(stack, 'B', { cluster, addOns: [EgressAddOn.AZURE_POLICY], egressProvidedBy: 'yes' })).toThrow(/egressProvidedBy of 10 or more/);
    expect(() => new AddOnsRequiringEgress(stack, 'C', { cluster, addOns: [EgressAddOn.DEFENDER], egressProvidedBy: 'hub firewall fw-hub' })).toThrow(/defenderLogAnalyticsWorkspaceId is missing/);
  });
});
