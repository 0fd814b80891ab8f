import { Token } from 'cdktf';
import {
  AGENT_POOL_ALIASES,
  AGENT_POOLS_TYPE,
  MANAGED_CLUSTER_ALIASES,
  MANAGED_CLUSTERS_TYPE,
  TYPE_FIELD,
} from '../internal/policy-aliases';
import { PolicyEffect } from './policy-effect';

/**
 * The JSON documents of the outbound type guardrail definition (internal: built as objects with a
 * fixed key order and JSON.stringify-ed into the azurerm resources).
 *
 * One definition covers both resource types with an anyOf, so one assignment (and one compliance
 * row) carries the whole guardrail:
 * - `managedClusters`: outbound type not in the allowed list, or any embedded agentPoolProfiles[*]
 *   with a node public IP or osType Windows;
 * - `managedClusters/agentPools`: a node pool created on its own (azurerm_kubernetes_cluster_node_pool)
 *   with a node public IP or osType Windows.
 * Mode is therefore `All`: `Indexed` only evaluates resource types with top-level tags and location,
 * which agentPools child resources do not have, so Windows or public-IP pools added later would slip
 * through.
 */

/** The AKS doc the messages link to. */
export const NETWORK_ISOLATED_DOC = 'https://learn.microsoft.com/azure/aks/concepts-network-isolated';

/** Policy mode of the definition (see the note above on why not Indexed). */
export const OUTBOUND_TYPE_POLICY_MODE = 'All';

/** Every outbound type AKS accepts, as AKS spells it. */
export const AKS_OUTBOUND_TYPES: readonly string[] = [
  'loadBalancer',
  'userDefinedRouting',
  'managedNATGateway',
  'userAssignedNATGateway',
  'none',
  'block',
];

/** Outbound types that keep the cluster network isolated (the default allowed list). */
export const ISOLATED_OUTBOUND_TYPES: readonly string[] = ['none', 'block'];

/** What the rule flags besides the outbound type. */
export interface OutboundTypeRuleOptions {
  readonly denyNodePublicIp: boolean;
  readonly denyWindowsNodePools: boolean;
}

type Json = { [key: string]: unknown };

/** `[parameters('name')]`: how a rule or an initiative refers to a parameter. */
export function parameterRef(name: string): string {
  return `[parameters('${name}')]`;
}

/** The policy rule: if (cluster breaks it) or (standalone pool breaks it) then the `effect` parameter. */
export function outboundTypePolicyRule(options: OutboundTypeRuleOptions): Json {
  const clusterChecks: Json[] = [
    { field: MANAGED_CLUSTER_ALIASES.outboundType, notIn: parameterRef('allowedOutboundTypes') },
  ];
  const poolChecks: Json[] = [];
  if (options.denyNodePublicIp) {
    clusterChecks.push(
      countEmbeddedPools({ field: MANAGED_CLUSTER_ALIASES.agentPoolProfilesEnableNodePublicIp, equals: true })
    );
    poolChecks.push({ field: AGENT_POOL_ALIASES.enableNodePublicIp, equals: true });
  }
  if (options.denyWindowsNodePools) {
    clusterChecks.push(
      countEmbeddedPools({ field: MANAGED_CLUSTER_ALIASES.agentPoolProfilesOsType, equals: 'Windows' })
    );
    poolChecks.push({ field: AGENT_POOL_ALIASES.osType, equals: 'Windows' });
  }
  const branches: Json[] = [
    { allOf: [{ field: TYPE_FIELD, equals: MANAGED_CLUSTERS_TYPE }, { anyOf: clusterChecks }] },
  ];
  if (poolChecks.length > 0) {
    branches.push({ allOf: [{ field: TYPE_FIELD, equals: AGENT_POOLS_TYPE }, { anyOf: poolChecks }] });
  }
  return { if: { anyOf: branches }, then: { effect: parameterRef('effect') } };
}

/** More than zero of the cluster's embedded node pools match `where`. */
function countEmbeddedPools(where: Json): Json {
  return { count: { field: MANAGED_CLUSTER_ALIASES.agentPoolProfiles, where }, greater: 0 };
}

/** Parameter declarations, shared by the definition and the initiative (defaults: Audit, none + block). */
export function outboundTypePolicyParameters(): Json {
  return {
    effect: {
      type: 'String',
      metadata: {
        displayName: 'Effect',
        description:
          'Audit reports non-compliant clusters and node pools; Deny refuses them; Disabled turns the policy off.',
      },
      allowedValues: [PolicyEffect.AUDIT, PolicyEffect.DENY, PolicyEffect.DISABLED].map((e) => e.value),
      defaultValue: PolicyEffect.AUDIT.value,
    },
    allowedOutboundTypes: {
      type: 'Array',
      metadata: {
        displayName: 'Allowed outbound types',
        description: 'AKS outbound types that keep the cluster network isolated (networkProfile.outboundType).',
      },
      allowedValues: [...AKS_OUTBOUND_TYPES],
      defaultValue: [...ISOLATED_OUTBOUND_TYPES],
    },
  };
}

/** Parameter values for an assignment (or for the initiative's reference to the definition). */
export function outboundTypePolicyParameterValues(effect: unknown, allowedOutboundTypes: unknown): Json {
  return { effect: { value: effect }, allowedOutboundTypes: { value: allowedOutboundTypes } };
}

/** Definition metadata: the portal category and the version of this rule (not of the package, to avoid plan churn). */
export function outboundTypePolicyMetadata(): Json {
  return { category: 'Kubernetes', version: '1.0.0', source: 'cdktf-isolated-aks' };
}

/** The definition's description: what it flags. */
export function outboundTypePolicyDescription(options: OutboundTypeRuleOptions): string {
  const flagged = ['AKS clusters whose outbound type is not in the allowed list'];
  if (options.denyNodePublicIp) flagged.push('node pools with node public IPs');
  if (options.denyWindowsNodePools) flagged.push('Windows node pools');
  const what = flagged.join(', ');
  return `Flags ${what} (in the cluster and as standalone node pools), so clusters stay network isolated.`;
}

/** The default non-compliance message: the allowed outbound types, what else is flagged, and the doc. */
export function outboundTypePolicyMessage(allowed: string[], options: OutboundTypeRuleOptions): string {
  const rules = [Token.isUnresolved(allowed) ? 'an allowed outbound type' : `outbound type ${allowed.join(' or ')}`];
  if (options.denyNodePublicIp) rules.push('no node public IPs');
  if (options.denyWindowsNodePools) rules.push('Linux node pools only');
  return `AKS clusters here must stay network isolated: ${rules.join(', ')}. See ${NETWORK_ISOLATED_DOC}`;
}
