import { checkEach, DOCS, Rule, RuleSeverity } from '../rule';

/** NI-NET-005: no public IP resources in an isolated stack. */
export const noPublicIp: Rule = {
  id: 'NI-NET-005',
  name: 'no-public-ip',
  severity: RuleSeverity.WARNING,
  title: 'The stack creates no public IP addresses or prefixes',
  explanation:
    'A public IP in a network isolated stack is an ingress or egress path (load balancer, NAT gateway, ' +
    'firewall, VM). It may be intended, e.g. a hub firewall, but should be a reviewed exception.',
  fix: 'Remove the azurerm_public_ip / azurerm_public_ip_prefix, or suppress with the reason it is needed.',
  docUrl: DOCS.networkIsolated,
  evaluate: (doc) =>
    checkEach(
      [...doc.resources('azurerm_public_ip'), ...doc.resources('azurerm_public_ip_prefix')],
      (ip) => `${ip.type} creates a public address.`
    ),
};
