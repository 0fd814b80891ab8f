/**
 * `Microsoft.ContainerService/managedClusters` written with azapi, as an `azurerm_kubernetes_cluster`:
 * `body.properties` (API server access, network, bootstrap, auto-upgrade, Entra ID, identities, add-ons)
 * and the azapi `identity` block; the System pool of `agentPoolProfiles` is the default node pool, every
 * other item a node pool of the cluster.
 */
import { T } from '../subjects';
import type { TfResource } from '../terraform-document';
import { Body, MapContext } from './body';
import { profilePool, setPool } from './agent-pool';
import { subject, SubjectBuilder, topLevel } from './subject';

/** ARM type of an AKS cluster. */
export const MANAGED_CLUSTERS = 'microsoft.containerservice/managedclusters';

/** The cluster and the node pools of its agentPoolProfiles. */
export function mapManagedCluster(ctx: MapContext, raw: TfResource): TfResource[] {
  // `identity` is the same block in both forms: no field to name.
  const built = topLevel(raw).set('identity', raw.config.identity);
  const properties = Body.of(ctx, raw).at('properties');
  setClusterProperties(ctx, built, properties);
  const pools = setPools(ctx, raw, built, properties);
  return [subject(raw, T.cluster, 'Microsoft.ContainerService/managedClusters', built), ...pools];
}

/**
 * Sets the cluster attributes read from a managedClusters `properties` (also of an azapi_update_resource).
 * Pools are left to the caller.
 */
export function setClusterProperties(ctx: MapContext, built: SubjectBuilder, p: Body): void {
  const api = p.at('apiServerAccessProfile');
  built
    .from('private_cluster_enabled', api, 'enablePrivateCluster')
    .from('private_cluster_public_fqdn_enabled', api, 'enablePrivateClusterPublicFQDN')
    .from('private_dns_zone_id', api, 'privateDNSZone')
    .from('api_server_access_profile.virtual_network_integration_enabled', api, 'enableVnetIntegration')
    .from('api_server_access_profile.subnet_id', api, 'subnetId')
    .from('api_server_access_profile.authorized_ip_ranges', api, 'authorizedIPRanges');
  const net = p.at('networkProfile');
  for (const [attribute, property] of [
    ['network_plugin', 'networkPlugin'],
    ['network_plugin_mode', 'networkPluginMode'],
    ['outbound_type', 'outboundType'],
    ['network_policy', 'networkPolicy'],
    ['network_data_plane', 'networkDataplane'],
    ['service_cidr', 'serviceCidr'],
    ['dns_service_ip', 'dnsServiceIP'],
    ['pod_cidr', 'podCidr'],
  ]) {
    built.from(`network_profile.${attribute}`, net, property);
  }
  const boot = p.at('bootstrapProfile');
  built
    .from('bootstrap_profile.artifact_source', boot, 'artifactSource')
    .from('bootstrap_profile.container_registry_id', boot, 'containerRegistryId');
  const upgrade = p.at('autoUpgradeProfile');
  built
    .from('automatic_upgrade_channel', upgrade, 'upgradeChannel')
    .from('node_os_upgrade_channel', upgrade, 'nodeOSUpgradeChannel');
  const aad = p.at('aadProfile');
  built
    .from('azure_active_directory_role_based_access_control.azure_rbac_enabled', aad, 'enableAzureRBAC')
    .from('azure_active_directory_role_based_access_control.tenant_id', aad, 'tenantID')
    .from('azure_active_directory_role_based_access_control.admin_group_object_ids', aad, 'adminGroupObjectIDs');
  built
    .from('local_account_disabled', p, 'disableLocalAccounts')
    .from('kubernetes_version', p, 'kubernetesVersion')
    .from('dns_prefix', p, 'dnsPrefix');
  setIdentities(ctx, built, p);
  setAddOns(ctx, built, p);
}

function setIdentities(ctx: MapContext, built: SubjectBuilder, p: Body): void {
  const kubelet = p.at('identityProfile.kubeletidentity');
  if (!kubelet.absent) {
    built
      .field('kubelet_identity', kubelet.path)
      .from('kubelet_identity.client_id', kubelet, 'clientId')
      .from('kubelet_identity.object_id', kubelet, 'objectId')
      .from('kubelet_identity.user_assigned_identity_id', kubelet, 'resourceId');
  }
  const sp = p.at('servicePrincipalProfile');
  const clientId = sp.get('clientId');
  // `clientId = "msi"` is how the API says "managed identity, no service principal".
  if (!sp.absent && ctx.literal(clientId) !== 'msi') {
    built.set('service_principal', { client_id: clientId ?? sp.text }, sp.path);
  }
}

/** True when an add-on flag is on or cannot be read (fail closed: an unreadable add-on counts as enabled). */
function on(ctx: MapContext, value: unknown): boolean {
  const v = ctx.literal(value);
  if (v === undefined || v === null || v === false) return false;
  return !(typeof v === 'string' && v.trim().toLowerCase() === 'false');
}

function setAddOns(ctx: MapContext, built: SubjectBuilder, p: Body): void {
  const addOn = (names: readonly string[]): Body | undefined => {
    for (const name of names) {
      const profile = p.at(`addonProfiles.${name}`);
      if (!profile.absent && on(ctx, profile.get('enabled'))) return profile;
    }
    return undefined;
  };
  const oms = addOn(['omsagent', 'omsAgent']);
  if (oms) {
    const workspace = oms.get('config.logAnalyticsWorkspaceResourceID') ?? null;
    built.set('oms_agent', { log_analytics_workspace_id: workspace, msi_auth_for_monitoring_enabled: oms.get('config.useAADAuth') ?? null }, oms.path);
  }
  const vault = addOn(['azureKeyvaultSecretsProvider', 'azureKeyVaultSecretsProvider']);
  if (vault) built.set('key_vault_secrets_provider', { secret_rotation_enabled: vault.get('config.enableSecretRotation') ?? null }, vault.path);
  const storage = p.at('storageProfile');
  built
    .from('storage_profile.file_driver_enabled', storage, 'fileCSIDriver.enabled')
    .from('storage_profile.blob_driver_enabled', storage, 'blobCSIDriver.enabled');
  const policy = addOn(['azurepolicy', 'azurePolicy']);
  if (policy) built.set('azure_policy_enabled', true, policy.where('enabled'));
  if (on(ctx, p.get('azureMonitorProfile.metrics.enabled'))) {
    built.set('monitor_metrics', {}, p.where('azureMonitorProfile.metrics'));
  }
  const defender = p.at('securityProfile.defender');
  if (on(ctx, defender.get('securityMonitoring.enabled'))) {
    built.set('microsoft_defender', { log_analytics_workspace_id: defender.get('logAnalyticsWorkspaceResourceId') ?? null }, defender.path);
  }
  const workload = p.get('securityProfile.workloadIdentity.enabled');
  if (workload !== undefined) built.set('workload_identity_enabled', workload, p.where('securityProfile.workloadIdentity.enabled'));
}

/**
 * Sets the default node pool (the first System pool of agentPoolProfiles, else the first item) and
 * returns the other items as node pools. An unreadable list fails closed: an unknown default pool and an
 * unknown node pool (its os_type cannot be verified).
 */
function setPools(ctx: MapContext, raw: TfResource, built: SubjectBuilder, p: Body): TfResource[] {
  const list = p.list('agentPoolProfiles');
  if (list === 'unknown') {
    const unknown = p.at('agentPoolProfiles');
    setPool(built, unknown, 'default_node_pool.');
    return [profilePool(ctx, raw, unknown, 0)];
  }
  if (list.length === 0) return [];
  const mode = (pool: Body): unknown => ctx.literal(pool.get('mode'));
  let main = list.findIndex((pool) => typeof mode(pool) === 'string' && /^system$/i.test(mode(pool) as string));
  if (main < 0) main = 0;
  setPool(built, list[main], 'default_node_pool.');
  built.field('default_node_pool', list[main].path);
  return list.flatMap((pool, i) => (i === main ? [] : [profilePool(ctx, raw, pool, i)]));
}
