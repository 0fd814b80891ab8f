/**
 * How a subject of the model was written when it came from azapi: the Terraform type as written, the ARM
 * resource type, and where each azurerm-shaped attribute the rules read lives in the azapi resource.
 */
import type { TfResource } from '../terraform-document';

/** The azapi form of a subject: what the user wrote, for messages and for reference keys. */
export interface AzapiForm {
  /** The Terraform type as written: `azapi_resource`. */
  readonly writtenType: string;
  /** The ARM resource type without the API version, e.g. `Microsoft.ContainerService/managedClusters`. */
  readonly resourceType: string;
  /** The azurerm attribute path (as rules name it) -> where it is written, e.g. `body.properties.x`. */
  readonly fields: Readonly<Record<string, string>>;
  /**
   * The id expression of a subject that is part of another resource (a subnet inline in a VNet body, a
   * node pool of `agentPoolProfiles`), e.g. `${azapi_resource.vnet.id}/subnets/nodes`. Such a subject has
   * the address of the resource it is written in, and is listed by type but not by address.
   */
  readonly id?: string;
}

/** The ARM resource type each azurerm type a message may name stands for (`<type>@<api-version>` in azapi). */
const ARM_TYPES: Readonly<Record<string, string>> = {
  azurerm_kubernetes_cluster: 'Microsoft.ContainerService/managedClusters',
  azurerm_kubernetes_cluster_node_pool: 'Microsoft.ContainerService/managedClusters/agentPools',
  azurerm_container_registry: 'Microsoft.ContainerRegistry/registries',
  azurerm_container_registry_cache_rule: 'Microsoft.ContainerRegistry/registries/cacheRules',
  azurerm_private_endpoint: 'Microsoft.Network/privateEndpoints',
  azurerm_private_dns_zone: 'Microsoft.Network/privateDnsZones',
  azurerm_private_dns_zone_virtual_network_link: 'Microsoft.Network/privateDnsZones/virtualNetworkLinks',
  azurerm_role_assignment: 'Microsoft.Authorization/roleAssignments',
  azurerm_subnet: 'Microsoft.Network/virtualNetworks/subnets',
  azurerm_subnet_network_security_group_association: 'Microsoft.Network/virtualNetworks/subnets networkSecurityGroup.id',
  azurerm_network_security_group: 'Microsoft.Network/networkSecurityGroups',
  azurerm_kubernetes_cluster_extension: 'Microsoft.KubernetesConfiguration/extensions',
  azurerm_kubernetes_flux_configuration: 'Microsoft.KubernetesConfiguration/fluxConfigurations',
  azurerm_public_ip: 'Microsoft.Network/publicIPAddresses',
  azurerm_public_ip_prefix: 'Microsoft.Network/publicIPPrefixes',
};
const TYPE_PATTERN = /(?<![\w.])azurerm_[a-z_]+(?![\w])/g;

const patterns = new WeakMap<object, RegExp>();

/**
 * A finding message about a subject, in the subject's own form: an azurerm attribute path the message
 * names is followed by where the azapi resource writes it, e.g.
 * `private_cluster_enabled (azapi: body.properties.apiServerAccessProfile.enablePrivateCluster) is ...`.
 * An azurerm resource type it names (`no azurerm_private_endpoint ...`) is followed by its ARM type.
 * Messages about azurerm resources are returned unchanged.
 */
export function inForm(resource: TfResource, message: string): string {
  if (resource.azapi?.writtenType === 'azapi_resource') message = withArmTypes(message);
  const fields = resource.azapi?.fields;
  if (!fields || Object.keys(fields).length === 0) return message;
  let pattern = patterns.get(fields);
  if (!pattern) {
    const keys = Object.keys(fields).sort((a, b) => b.length - a.length);
    // Not inside a longer name or path: `identity` does not match `identity.type` or `kubelet_identity`.
    pattern = new RegExp(`(?<![\\w.])(${keys.map(escape).join('|')})(?!\\w|\\.\\w)`, 'g');
    patterns.set(fields, pattern);
  }
  const done = new Set<string>();
  return message.replace(pattern, (key: string) => {
    if (done.has(key)) return key;
    done.add(key);
    return `${key} (azapi: ${fields[key]})`;
  });
}

/** Each azurerm type a message names, first mention only, followed by its azapi form. */
function withArmTypes(message: string): string {
  const done = new Set<string>();
  return message.replace(TYPE_PATTERN, (type: string) => {
    const arm = ARM_TYPES[type];
    if (!arm || done.has(type)) return type;
    done.add(type);
    return `${type} (or azapi ${arm})`;
  });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
