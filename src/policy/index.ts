// Public surface of the Azure Policy guardrail. Internal helpers (rule JSON, assignment factory) stay unexported.
export { OutboundTypePolicy, OutboundTypePolicyProps } from './outbound-type-policy';
export { PolicyEffect } from './policy-effect';
export { PolicyScope, PolicyScopeKind } from './policy-scope';
