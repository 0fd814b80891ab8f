/**
 * The one place that knows which CDK and which azurerm provider this build of the package targets.
 *
 * The same src/ is compiled twice: as `cdktf-isolated-aks` (cdktf 0.21, @cdktf/provider-azurerm 14.23, azurerm
 * 4.55) and as `cdktn-isolated-aks` (CDK Terrain: cdktn 0.24, @cdktn/provider-azurerm 16.1, azurerm 4.73). The
 * cdktn build (scripts/flavor/build-cdktn.js) rewrites the imports and the `ACTIVE_FLAVOR` line below; nothing
 * else differs. Everything that changed between azurerm 4.55 and 4.73 for a resource this package emits is
 * recorded in `AZURERM_CHANGES` with how the constructs handle it, so their output and the checks stay the same
 * in both flavors.
 */

/** What one build of the package targets. */
export interface ProviderFlavor {
  /** The CDK core package: `cdktf` or `cdktn`. */
  readonly cdk: 'cdktf' | 'cdktn';
  /** The npm name of this package in that flavor (also the CLI and report tool name). */
  readonly packageName: string;
  /** The CLI that synthesizes an app in that flavor. */
  readonly cli: string;
  /** The azurerm provider version the prebuilt bindings were generated from (what `cdk.tf.json` pins). */
  readonly azurermVersion: string;
  /** The AKS REST API version that azurerm version sends for clusters and agent pools. */
  readonly aksApiVersion: string;
}

/** Both flavors, side by side. */
export const PROVIDER_FLAVORS: { readonly [name in ProviderFlavor['cdk']]: ProviderFlavor } = {
  cdktf: {
    cdk: 'cdktf',
    packageName: 'cdktf-isolated-aks',
    cli: 'cdktf',
    azurermVersion: '4.55.0',
    aksApiVersion: '2025-07-01',
  },
  cdktn: {
    cdk: 'cdktn',
    packageName: 'cdktn-isolated-aks',
    cli: 'cdktn',
    azurermVersion: '4.73.0',
    aksApiVersion: '2025-10-01',
  },
};

// The cdktn build rewrites this line (and only this line) to 'cdktn'.
const ACTIVE_FLAVOR: ProviderFlavor['cdk'] = 'cdktf';

/** The flavor this copy of the package was built as. */
export const PROVIDER_FLAVOR: ProviderFlavor = PROVIDER_FLAVORS[ACTIVE_FLAVOR];

/** One azurerm change between 4.55 and 4.73 on a resource this package emits, and how the package handles it. */
export interface AzurermChange {
  /** The first azurerm version with the change. */
  readonly since: string;
  /** The Terraform resource type. */
  readonly resource: string;
  /** What changed (from the azurerm CHANGELOG and the provider source). */
  readonly change: string;
  /** What the constructs and the checks do about it, in both flavors. */
  readonly handling: string;
}

/**
 * Every change between azurerm 4.55.0 and 4.73.0 (CHANGELOG-v4.md and the 4.73.0 provider source) on the
 * resources the constructs emit. Additions the constructs do not use (new optional attributes, new delegation
 * names, list resources) are left out. test/flavor/ asserts the two flavors synthesize the same resources and
 * attributes, so a change that would need handling shows up there.
 */
export const AZURERM_CHANGES: readonly AzurermChange[] = [
  {
    since: '4.64.0',
    resource: 'azurerm_kubernetes_cluster',
    change:
      'containerservice API 2025-07-01 -> 2025-10-01 (managedClusters and agentPools). 2025-10-01 still has no ' +
      '"block" outbound type (loadBalancer, managedNATGateway, none, userAssignedNATGateway, userDefinedRouting), ' +
      'and the outbound_type schema still rejects "block".',
    handling:
      'Unchanged: OutboundType.blockPreview() keeps "none" on the azurerm resource and sets block through azapi on ' +
      'the preview API version; a later azurerm PUT re-sends the model on 2025-10-01 (unverified, as on 4.55).',
  },
  {
    since: '4.68.0',
    resource: 'azurerm_kubernetes_cluster',
    change:
      'oidc_issuer_enabled now defaults to true (4.55: no default, Azure chose, and AKS 1.34+ changed its default ' +
      'and drifted); changing it from true to false forces recreation; false can be set on create.',
    handling:
      'Set oidc_issuer_enabled explicitly on the cluster so the attribute never falls back to a flavor default; an ' +
      'explicit value is the same plan in both flavors. Never flip it from true to false on an existing cluster.',
  },
  {
    since: '4.68.0',
    resource: 'azurerm_private_endpoint',
    change: 'request_message and is_manual_connection are validated at plan time.',
    handling: 'Unchanged: the registry endpoint sets is_manual_connection = false and no request_message.',
  },
  {
    since: '4.71.0',
    resource: 'azurerm_kubernetes_cluster, azurerm_kubernetes_cluster_node_pool',
    change: 'kubelet_config.container_log_max_line is renamed container_log_max_files (the old name is deprecated).',
    handling: 'Not emitted: the constructs set no kubelet_config; escape hatches should use container_log_max_files on 4.73.',
  },
  {
    since: '4.57.0',
    resource: 'azurerm_kubernetes_cluster',
    change: 'new optional node_provisioning_profile block (node auto provisioning).',
    handling: 'Not emitted.',
  },
  {
    since: '4.59.0',
    resource: 'azurerm_user_assigned_identity',
    change: 'new optional isolation_scope attribute.',
    handling: 'Not emitted (Azure default).',
  },
  {
    since: '4.63.0',
    resource: 'provider azurerm',
    change: 'new optional enhanced_validation block on the provider.',
    handling: 'Not emitted: the user configures the provider.',
  },
];
