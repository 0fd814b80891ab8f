import { DOCS, finding, NOT_APPLICABLE, Rule, RuleSeverity } from '../rule';
import { allNsgRules, isInternetRule, ruleName } from '../model/nsg-rules';
import { jsonText } from '../model/values';

/** NI-NET-003: no NSG rule allows outbound traffic to the internet. */
export const noNsgOutboundInternetAllow: Rule = {
  id: 'NI-NET-003',
  name: 'no-nsg-outbound-internet-allow',
  severity: RuleSeverity.WARNING,
  title: 'No NSG rule allows outbound traffic to Internet, * or 0.0.0.0/0',
  explanation:
    'An Outbound Allow rule towards Internet, * or 0.0.0.0/0 opens the egress a network isolated cluster ' +
    'exists to prevent, and overrides any Deny rule with a higher priority number. Warning, not error: an NSG ' +
    'filters traffic but creates no route, and the built-in AllowInternetOutBound (65001) allows the same anyway; ' +
    'the egress paths themselves (outbound type, default outbound access, node public IPs) are errors of their own rules.',
  fix: 'Remove the rule or narrow destination_address_prefix to the private ranges or service tags you need.',
  docUrl: DOCS.nsg,
  evaluate: (doc) => {
    const rules = allNsgRules(doc);
    if (rules.length === 0 && doc.resources('azurerm_network_security_group').length === 0) return NOT_APPLICABLE;
    return rules
      .filter(({ rule }) => isInternetRule(doc, rule, 'Outbound', 'Allow'))
      .map(({ owner, rule }) =>
        finding(
          owner,
          `security rule ${ruleName(rule)} allows Outbound traffic to ${jsonText(
            rule.destination_address_prefix ?? rule.destination_address_prefixes
          )}; allowed: no Outbound Allow to the internet.`
        )
      );
  },
};
