import { checkEach, DOCS, Rule, RuleSeverity } from '../rule';
import { idOf, T, usedSubnets } from '../model/subjects';

/** NI-NET-002: the subnets of the cluster and the registry endpoint have an NSG. */
export const subnetNsg: Rule = {
  id: 'NI-NET-002',
  name: 'subnet-nsg',
  severity: RuleSeverity.WARNING,
  title: 'Cluster and endpoint subnets have a network security group',
  explanation:
    'The NSG on a subnet is where outbound internet traffic is denied and audited (flow logs). A subnet ' +
    'without one has no network-level guard if a route to the internet ever appears. Warning, not error: with ' +
    "default outbound access off and outbound type none the subnet has no egress path to guard, and the how-to's " +
    'own BYO registry steps create no NSG; it is hardening (defense in depth, flow logs).',
  fix: 'Add an azurerm_network_security_group and an azurerm_subnet_network_security_group_association for the subnet.',
  docUrl: DOCS.nsg,
  evaluate: (doc) =>
    checkEach(usedSubnets(doc), (subnet) =>
      doc.findByAttribute(T.nsgAssociation, ['subnet_id'], idOf(subnet)).length > 0
        ? undefined
        : 'no azurerm_subnet_network_security_group_association for this subnet.'
    ),
};
