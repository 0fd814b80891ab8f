import { boolAttributeRule } from '../attribute-rules';
import { DOCS, RuleSeverity } from '../rule';
import { usedSubnets } from '../model/subjects';

/** NI-NET-001: the subnets of the cluster and the registry endpoint have default outbound access off. */
export const subnetDefaultOutboundDisabled = boolAttributeRule(
  {
    id: 'NI-NET-001',
    name: 'subnet-default-outbound-disabled',
    severity: RuleSeverity.ERROR,
    title: 'Cluster and endpoint subnets have default outbound access disabled',
    explanation:
      'With the provider default (default_outbound_access_enabled = true) Azure gives VMs in the subnet an ' +
      'implicit outbound internet address, an egress path that outbound type none does not close.',
    fix: 'Set default_outbound_access_enabled = false on the azurerm_subnet (IsolatedNetwork does it).',
    docUrl: DOCS.defaultOutbound,
  },
  { subjects: usedSubnets, attribute: 'default_outbound_access_enabled', expected: false, providerDefault: true }
);
