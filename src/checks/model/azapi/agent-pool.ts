/**
 * AKS agent pools written with azapi: `Microsoft.ContainerService/managedClusters/agentPools` resources
 * and the items of a cluster's `agentPoolProfiles`, as `azurerm_kubernetes_cluster_node_pool` attributes.
 */
import { T } from '../subjects';
import type { TfResource } from '../terraform-document';
import { Body, MapContext } from './body';
import { subject, SubjectBuilder } from './subject';

/** ARM type of a separate agent pool. */
export const AGENT_POOLS = 'microsoft.containerservice/managedclusters/agentpools';

/** Pool properties (ARM name -> azurerm name); the same in agentPoolProfiles items and agentPools bodies. */
const POOL_PROPERTIES: ReadonlyArray<readonly [string, string]> = [
  ['name', 'name'],
  ['mode', 'mode'],
  ['vmSize', 'vm_size'],
  ['count', 'node_count'],
  ['osType', 'os_type'],
  ['osSKU', 'os_sku'],
  ['enableNodePublicIP', 'node_public_ip_enabled'],
  ['nodePublicIPPrefixID', 'node_public_ip_prefix_id'],
  ['vnetSubnetID', 'vnet_subnet_id'],
  ['podSubnetID', 'pod_subnet_id'],
  ['orchestratorVersion', 'orchestrator_version'],
];

/**
 * Sets the pool attributes read from `pool` (an agentPoolProfiles item or an agentPools `properties`).
 * @param prefix azurerm path prefix: `default_node_pool.` for the default pool, '' for a node pool
 */
export function setPool(built: SubjectBuilder, pool: Body, prefix: string): void {
  for (const [property, attribute] of POOL_PROPERTIES) built.from(`${prefix}${attribute}`, pool, property);
}

/** A `managedClusters/agentPools` resource as an `azurerm_kubernetes_cluster_node_pool`. */
export function mapAgentPool(ctx: MapContext, raw: TfResource): TfResource[] {
  const built = new SubjectBuilder()
    .set('name', raw.config.name)
    .set('kubernetes_cluster_id', raw.config.parent_id, 'parent_id');
  setPool(built, Body.of(ctx, raw).at('properties'), '');
  return [subject(raw, T.nodePool, 'Microsoft.ContainerService/managedClusters/agentPools', built)];
}

/** An item of a cluster's agentPoolProfiles (not its default pool) as a node pool of that cluster. */
export function profilePool(ctx: MapContext, cluster: TfResource, pool: Body, index: number): TfResource {
  const built = new SubjectBuilder().set('kubernetes_cluster_id', `\${${cluster.address}.id}`);
  setPool(built, pool, '');
  const name = ctx.literal(pool.get('name'));
  const part = typeof name === 'string' ? name : String(index);
  return subject(cluster, T.nodePool, 'Microsoft.ContainerService/managedClusters', built, {
    id: `\${${cluster.address}.id}/agentPools/${part}`,
  });
}
