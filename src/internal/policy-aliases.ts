/**
 * Every Azure Policy alias, resource type and built-in definition id the package writes into a policy
 * rule, in one place: if Azure renames an alias, this is the only file that changes.
 *
 * Alias form: `<resource type>/<property path without "properties.">`; `[*]` walks an array.
 * Checked against built-in definitions in github.com/Azure/azure-policy and published alias lists;
 * list the live aliases with
 * `az provider show --namespace Microsoft.ContainerService --expand "resourceTypes/aliases"
 *  --query "resourceTypes[?resourceType=='managedClusters'].aliases[].name"`.
 *
 * @see https://learn.microsoft.com/azure/governance/policy/concepts/definition-structure-alias
 */

/** Resource type of an AKS cluster. */
export const MANAGED_CLUSTERS_TYPE = 'Microsoft.ContainerService/managedClusters';

/** Resource type of a node pool created on its own (azurerm_kubernetes_cluster_node_pool). */
export const AGENT_POOLS_TYPE = 'Microsoft.ContainerService/managedClusters/agentPools';

/** The `field` that holds a resource's type in a policy rule (not an alias). */
export const TYPE_FIELD = 'type';

/** Aliases on `Microsoft.ContainerService/managedClusters`. */
export const MANAGED_CLUSTER_ALIASES = {
  /** `networkProfile.outboundType`: loadBalancer, userDefinedRouting, managedNATGateway, userAssignedNATGateway, none, block. */
  outboundType: `${MANAGED_CLUSTERS_TYPE}/networkProfile.outboundType`,
  /** The node pools embedded in the cluster resource (the default pool and any pool in the cluster's PUT). */
  agentPoolProfiles: `${MANAGED_CLUSTERS_TYPE}/agentPoolProfiles[*]`,
  /** `agentPoolProfiles[*].enableNodePublicIP`. */
  agentPoolProfilesEnableNodePublicIp: `${MANAGED_CLUSTERS_TYPE}/agentPoolProfiles[*].enableNodePublicIP`,
  /** `agentPoolProfiles[*].osType`: Linux or Windows. */
  agentPoolProfilesOsType: `${MANAGED_CLUSTERS_TYPE}/agentPoolProfiles[*].osType`,
  /** `apiServerAccessProfile.enablePrivateCluster` (what the built-in private-cluster policy checks). */
  enablePrivateCluster: `${MANAGED_CLUSTERS_TYPE}/apiServerAccessProfile.enablePrivateCluster`,
} as const;

/** Aliases on `Microsoft.ContainerService/managedClusters/agentPools` (standalone node pools). */
export const AGENT_POOL_ALIASES = {
  /** `enableNodePublicIP` of a standalone node pool. */
  enableNodePublicIp: `${AGENT_POOLS_TYPE}/enableNodePublicIP`,
  /** `osType` of a standalone node pool: Linux or Windows. */
  osType: `${AGENT_POOLS_TYPE}/osType`,
} as const;

/** Every field name a rule of this package may use: the aliases above and `type`. */
export const KNOWN_POLICY_FIELDS: readonly string[] = [
  TYPE_FIELD,
  ...Object.values(MANAGED_CLUSTER_ALIASES),
  ...Object.values(AGENT_POOL_ALIASES),
];

/**
 * Built-in definition "Azure Kubernetes Service Private Clusters should be enabled" (mode Indexed,
 * parameter `effect`: Audit, Deny or Disabled; default Audit).
 */
export const BUILT_IN_PRIVATE_CLUSTER_POLICY_ID =
  '/providers/Microsoft.Authorization/policyDefinitions/040732e8-d947-40b8-95d6-854c95024bf8';
