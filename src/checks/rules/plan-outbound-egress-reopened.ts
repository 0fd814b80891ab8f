import { DOCS, Finding, NOT_APPLICABLE, Rule, RuleSeverity } from '../rule';
import { clusterChanges, knownTransitions, norm, outboundTypeOf } from '../model/plan-changes';
import { describeOutboundType, ISOLATED_OUTBOUND_TYPES } from '../model/outbound-types';

/** NI-PLAN-004: an update does not move the outbound type from none/block to a type with egress. */
export const planOutboundEgressReopened: Rule = {
  id: 'NI-PLAN-004',
  name: 'plan-outbound-egress-reopened',
  severity: RuleSeverity.WARNING,
  title: 'An update does not move the outbound type from none/block to one with egress',
  explanation:
    'Moving an isolated cluster from outbound type none or block to any other type (loadBalancer, a NAT ' +
    'gateway, userDefinedRouting, ...) re-opens an egress path on the next apply. Azure accepts it, so it is ' +
    'a warning on the plan; NI-AKS-004 judges the planned configuration itself. Read from a plan JSON for ' +
    'azurerm and azapi clusters (block <-> none stays isolated and is not reported).',
  fix: 'Keep network_profile.outbound_type = "none" (or block through azapi), or suppress with the reason egress is intended.',
  docUrl: DOCS.outboundType,
  evaluate: (doc) => {
    const changes = clusterChanges(doc);
    if (changes.length === 0) return NOT_APPLICABLE;
    const out: Finding[] = [];
    for (const { change, from, to } of knownTransitions(doc, outboundTypeOf)) {
      if (ISOLATED_OUTBOUND_TYPES.includes(norm(from)) && !ISOLATED_OUTBOUND_TYPES.includes(norm(to))) {
        out.push({ address: change.address, message: `the update moves the outbound type from "${from}" to ${describeOutboundType(to)}: egress re-opened.` });
      }
    }
    return out;
  },
};
