import { DOCS, checkEach, Rule, RuleSeverity } from '../rule';
import { isInternetRule, rulesOfNsg } from '../model/nsg-rules';
import { idOf, managed, T, usedSubnets } from '../model/subjects';
import type { TfResource } from '../model/terraform-document';

/** NI-NET-004: the NSGs of cluster subnets deny outbound internet explicitly. */
export const nsgOutboundInternetDeny: Rule = {
  id: 'NI-NET-004',
  name: 'nsg-outbound-internet-deny',
  severity: RuleSeverity.WARNING,
  title: 'NSGs of cluster subnets have an explicit Outbound Deny rule to Internet',
  explanation:
    'Every NSG has the built-in AllowInternetOutBound rule at priority 65001: without an explicit Deny ' +
    '(e.g. priority 4096, destination service tag Internet) the NSG itself blocks nothing. With a BYO VNet ' +
    'this Deny is the documented equivalent of outbound type block.',
  fix:
    'Add a security rule { direction = "Outbound", access = "Deny", priority = 4096, protocol = "*", ' +
    'destination_address_prefix = "Internet", ... } to the NSG.',
  docUrl: DOCS.nsg,
  evaluate: (doc) => {
    const nsgs = new Set<TfResource>();
    for (const subnet of usedSubnets(doc)) {
      for (const association of doc.findByAttribute(T.nsgAssociation, ['subnet_id'], idOf(subnet))) {
        const nsg = managed(doc, association.config.network_security_group_id, T.nsg);
        if (nsg) nsgs.add(nsg);
      }
    }
    return checkEach([...nsgs], (nsg) =>
      rulesOfNsg(doc, nsg).some(({ rule }) => isInternetRule(doc, rule, 'Outbound', 'Deny'))
        ? undefined
        : 'no Outbound Deny rule to Internet; the built-in AllowInternetOutBound (65001) allows egress.'
    );
  },
};
