/**
 * Shared look-ups over a Terraform document for the rules: the clusters, the registries they bootstrap
 * from, the subnets they use, their VNet, the private endpoints and cache rules of a registry.
 * Every look-up goes through the document's indexes, so it stays linear in the document size.
 */
import type { TerraformDocument, TfResource } from './terraform-document';
import { asBool, asString, block, UNKNOWN, valuesAt } from './values';

/** Terraform types the rules look at. */
export const T = {
  cluster: 'azurerm_kubernetes_cluster',
  nodePool: 'azurerm_kubernetes_cluster_node_pool',
  registry: 'azurerm_container_registry',
  cacheRule: 'azurerm_container_registry_cache_rule',
  privateEndpoint: 'azurerm_private_endpoint',
  dnsZone: 'azurerm_private_dns_zone',
  dnsLink: 'azurerm_private_dns_zone_virtual_network_link',
  roleAssignment: 'azurerm_role_assignment',
  subnet: 'azurerm_subnet',
  vnet: 'azurerm_virtual_network',
  nsg: 'azurerm_network_security_group',
  nsgRule: 'azurerm_network_security_rule',
  nsgAssociation: 'azurerm_subnet_network_security_group_association',
  azapiUpdate: 'azapi_update_resource',
} as const;

/** The exact pull-through cache rule AKS bootstraps from. */
export const AKS_CACHE_RULE = {
  name: 'aks-managed-mcr',
  sourceRepo: 'mcr.microsoft.com/*',
  targetRepo: 'aks-managed-repository/*',
} as const;

/**
 * An expression string pointing at a resource's id, for attribute look-ups; for a part of an azapi
 * resource (an inline subnet), the id expression of that part (`${azapi_resource.vnet.id}/subnets/nodes`).
 */
export function idOf(resource: TfResource): string {
  return resource.azapi?.id ?? `\${${resource.address}.id}`;
}

/** The clusters of a document. */
export function clusters(doc: TerraformDocument): TfResource[] {
  return doc.resources(T.cluster);
}

/** The raw `bootstrap_profile.container_registry_id` of a cluster (BYO registry), if set. */
export function registryIdOf(cluster: TfResource): unknown {
  return block(cluster.config, 'bootstrap_profile')?.container_registry_id;
}

/**
 * The registries the isolation rules judge: those a cluster bootstraps from, plus those carrying an
 * `aks-managed-mcr` cache rule (a registry prepared for AKS in a stack without the cluster). Only
 * `azurerm_container_registry` resources of this stack: not literal ids, variables or data sources.
 */
export function subjectRegistries(doc: TerraformDocument): TfResource[] {
  return doc.memo('subject-registries', () => findSubjectRegistries(doc));
}

function findSubjectRegistries(doc: TerraformDocument): TfResource[] {
  const found = new Set<TfResource>();
  for (const cluster of clusters(doc)) {
    const registry = managed(doc, registryIdOf(cluster), T.registry);
    if (registry) found.add(registry);
  }
  for (const rule of doc.resources(T.cacheRule)) {
    const registry = managed(doc, rule.config.container_registry_id, T.registry);
    if (registry && asString(rule.config.name) === AKS_CACHE_RULE.name) found.add(registry);
  }
  return [...found];
}

/**
 * The managed resource of a type a value points at. A data source (`${data.azurerm_subnet.x.id}`) is
 * not: this stack does not define it, so like a literal id of another stack it is not ours to judge.
 */
export function managed(doc: TerraformDocument, value: unknown, type: string): TfResource | undefined {
  const resource = doc.resolve(value);
  if (resource?.kind === 'resource' && resource.type === type) return resource;
  return resource ? partOf(doc, value, type) : undefined;
}

/** A part of an azapi resource (an inline subnet of a VNet body) that a value names by its id. */
function partOf(doc: TerraformDocument, value: unknown, type: string): TfResource | undefined {
  const key = doc.targetKey(value);
  const parts = doc.memo(`azapi-parts:${type}`, () => {
    const index = new Map<string, TfResource>();
    for (const r of doc.resources(type)) {
      const k = r.azapi?.id === undefined ? undefined : doc.targetKey(r.azapi.id);
      if (k !== undefined) index.set(k, r);
    }
    return index;
  });
  return key === undefined ? undefined : parts.get(key);
}

/** The clusters bootstrapping from a registry. */
export function clustersOfRegistry(doc: TerraformDocument, registry: TfResource): TfResource[] {
  return doc.findByAttribute(T.cluster, ['bootstrap_profile', 'container_registry_id'], idOf(registry));
}

/** The separate node pools of a cluster (`azurerm_kubernetes_cluster_node_pool`). */
export function nodePoolsOf(doc: TerraformDocument, cluster: TfResource): TfResource[] {
  return doc.findByAttribute(T.nodePool, ['kubernetes_cluster_id'], idOf(cluster));
}

/** Raw ids of the node and pod subnets of a cluster: default pool and its separate node pools. */
export function nodeSubnetIds(doc: TerraformDocument, cluster: TfResource): unknown[] {
  const pools = [block(cluster.config, 'default_node_pool'), ...nodePoolsOf(doc, cluster).map((p) => p.config)];
  return pools.flatMap((pool) => [...valuesAt(pool, ['vnet_subnet_id']), ...valuesAt(pool, ['pod_subnet_id'])]);
}

/** The raw API server subnet id of a cluster with API Server VNet Integration enabled. */
export function apiServerSubnetId(cluster: TfResource): unknown {
  const profile = block(cluster.config, 'api_server_access_profile');
  return asBool(profile?.virtual_network_integration_enabled) === true ? profile?.subnet_id : undefined;
}

/** The private endpoints whose private service connection targets a registry. */
export function privateEndpointsOf(doc: TerraformDocument, registry: TfResource): TfResource[] {
  return doc.findByAttribute(
    T.privateEndpoint,
    ['private_service_connection', 'private_connection_resource_id'],
    idOf(registry)
  );
}

/** The cache rules of a registry. */
export function cacheRulesOf(doc: TerraformDocument, registry: TfResource): TfResource[] {
  return doc.findByAttribute(T.cacheRule, ['container_registry_id'], idOf(registry));
}

/**
 * The `azurerm_subnet` resources used by clusters (node, pod, API server subnets, also of separate
 * node pools) and by private endpoints. Subnets given as literal ids, variables or data sources are not
 * ours to judge.
 */
export function usedSubnets(doc: TerraformDocument): TfResource[] {
  return doc.memo('used-subnets', () => findUsedSubnets(doc));
}

function findUsedSubnets(doc: TerraformDocument): TfResource[] {
  const raw: unknown[] = [];
  for (const cluster of clusters(doc)) raw.push(...nodeSubnetIds(doc, cluster), apiServerSubnetId(cluster));
  for (const pool of doc.resources(T.nodePool)) raw.push(pool.config.vnet_subnet_id, pool.config.pod_subnet_id);
  for (const endpoint of doc.resources(T.privateEndpoint)) raw.push(endpoint.config.subnet_id);
  const found = new Set<TfResource>();
  for (const value of raw) {
    const subnet = managed(doc, value, T.subnet);
    if (subnet) found.add(subnet);
  }
  return [...found];
}

/** The VNet of a cluster's node subnet: the `azurerm_virtual_network` resource, or its literal name. */
export interface ClusterVnet {
  /** The VNet resource, when the subnet names it by reference. */
  readonly resource?: TfResource;
  /** The VNet name, when the subnet gives it as a literal. */
  readonly name?: string;
}

/**
 * The VNet of a cluster (through the node subnet's `virtual_network_name`); undefined when not knowable,
 * also when the node subnet is not a resource of this stack (a literal id, variable or data source).
 */
export function clusterVnet(doc: TerraformDocument, cluster: TfResource): ClusterVnet | undefined {
  const subnet = managed(doc, nodeSubnetIds(doc, cluster)[0], T.subnet);
  if (!subnet) return undefined;
  const vnetName = subnet.config.virtual_network_name;
  const vnet = doc.resolve(vnetName);
  if (vnet) return { resource: vnet };
  const name = asString(doc.literal(vnetName));
  return name === undefined || name === UNKNOWN ? undefined : { name };
}

/** True when a raw `virtual_network_id` points at the given cluster VNet. */
export function isVnet(doc: TerraformDocument, vnetId: unknown, vnet: ClusterVnet): boolean {
  if (vnet.resource) return doc.sameTarget(vnetId, idOf(vnet.resource));
  const id = asString(doc.literal(vnetId));
  return typeof id === 'string' && id.toLowerCase().endsWith(`/virtualnetworks/${vnet.name!.toLowerCase()}`);
}

/** True when a subject was written as an `azapi_resource` (not an azurerm resource, nor only updated by azapi). */
export function writtenWithAzapi(resource: TfResource): boolean {
  return resource.azapi?.writtenType === 'azapi_resource';
}

/** Human name of a subject for messages: `azurerm_subnet.nodes (stack/network/nodes)`. */
export function label(resource: TfResource): string {
  return resource.constructPath ? `${resource.address} (${resource.constructPath})` : resource.address;
}

/** An `azapi_update_resource` that sets a cluster's outbound type (how `block` (preview) is applied). */
export interface AzapiOutboundType {
  /** The azapi resource. */
  readonly resource: TfResource;
  /** The outbound type its body sets (`block`, ...), or UNKNOWN when the body is not readable. */
  readonly outboundType: string | typeof UNKNOWN;
}

/** The azapi updates of a cluster that set `properties.networkProfile.outboundType`. */
export function azapiOutboundTypes(doc: TerraformDocument, cluster: TfResource): AzapiOutboundType[] {
  const out: AzapiOutboundType[] = [];
  for (const resource of doc.findByAttribute(T.azapiUpdate, ['resource_id'], idOf(cluster))) {
    const outboundType = bodyOutboundType(doc.literal(resource.config.body));
    if (outboundType !== undefined) out.push({ resource, outboundType });
  }
  return out;
}

function bodyOutboundType(body: unknown): string | typeof UNKNOWN | undefined {
  if (typeof body === 'string') {
    // A JSON string (azapi 1.x) or a `${jsonencode({...})}` expression: find the key textually.
    const m = /"?outboundType"?\s*[:=]\s*("?)([^",}\s]*)\1/.exec(body);
    if (!m) return undefined;
    return m[1] === '"' ? m[2] : UNKNOWN;
  }
  const value = valuesAt(body, ['properties', 'networkProfile', 'outboundType'])[0];
  if (value === undefined) return undefined;
  const text = asString(value);
  return text === undefined ? undefined : text;
}

/** The raw `private_dns_zone_group.private_dns_zone_ids` of a private endpoint. */
export function zoneGroupZoneIds(endpoint: TfResource): unknown[] {
  return valuesAt(endpoint.config, ['private_dns_zone_group', 'private_dns_zone_ids']);
}

/** The VNet links of a private DNS zone resource. */
export function dnsLinksOf(doc: TerraformDocument, zone: TfResource): TfResource[] {
  return doc.findByAttribute(T.dnsLink, ['private_dns_zone_name'], idOf(zone));
}

/**
 * The private DNS zone resources of this document that the private endpoints of the bootstrap registries
 * use, each once with the first registry that uses it. Zones given by literal id, variable or data source
 * (a hub zone outside the stack) are not listed. Undefined when no registry endpoint names a zone at all.
 */
export function registryEndpointZones(doc: TerraformDocument): Array<{ registry: TfResource; zone: TfResource }> | undefined {
  const zoneIds = subjectRegistries(doc).flatMap((registry) =>
    privateEndpointsOf(doc, registry).flatMap((endpoint) => zoneGroupZoneIds(endpoint).map((id) => ({ registry, id })))
  );
  if (zoneIds.length === 0) return undefined;
  const seen = new Set<TfResource>();
  const out: Array<{ registry: TfResource; zone: TfResource }> = [];
  for (const { registry, id } of zoneIds) {
    const zone = doc.resolve(id);
    if (zone?.kind !== 'resource' || zone.type !== T.dnsZone || seen.has(zone)) continue;
    seen.add(zone);
    out.push({ registry, zone });
  }
  return out;
}
