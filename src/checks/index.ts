// Public (jsii) surface of the network isolation checks. The engine, documents and rules stay internal.
export { NetworkIsolationChecks, NetworkIsolationChecksProps, RuleSuppression } from './network-isolation-checks';
export { NetworkIsolationRules } from './rule-catalog';
export { RuleInfo, RuleSeverity } from './rule';
