/** Which mapping turns an azapi resource of an ARM type into its azurerm-shaped subjects. */
import { T } from '../subjects';
import type { TfResource } from '../terraform-document';
import type { MapContext } from './body';
import { AGENT_POOLS, mapAgentPool } from './agent-pool';
import { DNS, mapDnsLink, mapPrivateDnsZone } from './dns';
import { EXTENSIONS, mapExtension, mapFluxConfiguration, mapPrivateLinkScope } from './extensions';
import { MANAGED_CLUSTERS, mapManagedCluster } from './managed-cluster';
import * as N from './network';
import { mapPrivateEndpoint, PRIVATE_ENDPOINTS } from './private-endpoint';
import { CACHE_RULES, mapCacheRule, mapRegistry, REGISTRIES } from './registry';
import { mapRoleAssignment, ROLE_ASSIGNMENTS } from './role-assignment';

/** Maps one azapi resource onto its subject(s): the first has the resource's address, others are parts of it. */
export type Mapper = (ctx: MapContext, raw: TfResource) => TfResource[];

/** Mappers by lower-cased ARM resource type (without the API version). */
export const MAPPERS: Readonly<Record<string, Mapper>> = {
  [MANAGED_CLUSTERS]: mapManagedCluster,
  [AGENT_POOLS]: mapAgentPool,
  [REGISTRIES]: mapRegistry,
  [CACHE_RULES]: mapCacheRule,
  [PRIVATE_ENDPOINTS]: mapPrivateEndpoint,
  [DNS.zone]: mapPrivateDnsZone,
  [DNS.link]: mapDnsLink,
  [N.NETWORK.vnet]: N.mapVirtualNetwork,
  [N.NETWORK.subnet]: N.mapSubnet,
  [N.NETWORK.nsg]: N.mapNetworkSecurityGroup,
  [N.NETWORK.nsgRule]: N.mapSecurityRule,
  [N.NETWORK.publicIp]: N.mapPublicIp('azurerm_public_ip', 'Microsoft.Network/publicIPAddresses'),
  [N.NETWORK.publicIpPrefix]: N.mapPublicIp('azurerm_public_ip_prefix', 'Microsoft.Network/publicIPPrefixes'),
  [ROLE_ASSIGNMENTS]: mapRoleAssignment,
  [EXTENSIONS.extension]: mapExtension,
  [EXTENSIONS.flux]: mapFluxConfiguration,
  [EXTENSIONS.ampls]: mapPrivateLinkScope,
};

/** The ARM type an azurerm subject type stands for (to read an azapi update of an azurerm resource). */
export const ARM_TYPE_OF: Readonly<Record<string, string>> = {
  [T.cluster]: MANAGED_CLUSTERS,
  [T.nodePool]: AGENT_POOLS,
  [T.registry]: REGISTRIES,
  [T.cacheRule]: CACHE_RULES,
  [T.privateEndpoint]: PRIVATE_ENDPOINTS,
  [T.subnet]: N.NETWORK.subnet,
  [T.vnet]: N.NETWORK.vnet,
  [T.nsg]: N.NETWORK.nsg,
};
