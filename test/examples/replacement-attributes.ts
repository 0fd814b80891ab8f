/**
 * Attributes whose change makes Terraform destroy and recreate the resource (ForceNew in azurerm 4.55),
 * per resource type, as paths into the synthesized JSON. Used by the upgrade-safety manifest.
 */
export const REPLACEMENT_ATTRIBUTES: { [type: string]: string[] } = {
  azurerm_kubernetes_cluster: [
    'name',
    'location',
    'resource_group_name',
    'dns_prefix',
    'private_cluster_enabled',
    'private_dns_zone_id',
    'kubelet_identity.user_assigned_identity_id',
    'network_profile.network_plugin',
    'network_profile.network_plugin_mode',
    'network_profile.service_cidr',
    'network_profile.dns_service_ip',
    'network_profile.pod_cidr',
    'default_node_pool.vnet_subnet_id',
  ],
  azurerm_kubernetes_cluster_node_pool: ['name', 'kubernetes_cluster_id', 'os_type', 'vnet_subnet_id', 'zones'],
  azurerm_container_registry: ['name', 'location', 'resource_group_name'],
  azurerm_container_registry_cache_rule: ['name', 'container_registry_id', 'source_repo'],
  azurerm_private_endpoint: ['name', 'location', 'resource_group_name', 'subnet_id', 'private_service_connection.subresource_names'],
  azurerm_private_dns_zone: ['name', 'resource_group_name'],
  azurerm_private_dns_zone_virtual_network_link: ['name', 'resource_group_name', 'private_dns_zone_name', 'virtual_network_id'],
  azurerm_virtual_network: ['name', 'location', 'resource_group_name'],
  azurerm_subnet: ['name', 'resource_group_name', 'virtual_network_name'],
  azurerm_network_security_group: ['name', 'location', 'resource_group_name'],
  azurerm_network_security_rule: ['name', 'resource_group_name', 'network_security_group_name'],
  azurerm_subnet_network_security_group_association: ['subnet_id', 'network_security_group_id'],
  azurerm_user_assigned_identity: ['name', 'location', 'resource_group_name'],
  azurerm_role_assignment: ['scope', 'role_definition_id', 'principal_id'],
  azurerm_resource_group: ['name', 'location'],
  azapi_update_resource: ['type', 'resource_id'],
};

function valueAt(config: any, path: string): unknown {
  return path.split('.').reduce((value, key) => {
    const node = Array.isArray(value) ? value[0] : value;
    return node === undefined || node === null ? undefined : node[key];
  }, config);
}

/** For each resource address: its replacement-forcing attributes and their values. */
export function replacementManifest(json: any): { [address: string]: { [attribute: string]: unknown } } {
  const manifest: { [address: string]: { [attribute: string]: unknown } } = {};
  for (const [type, byId] of Object.entries<any>(json.resource ?? {})) {
    for (const [id, config] of Object.entries<any>(byId)) {
      const attrs: { [attribute: string]: unknown } = {};
      for (const path of REPLACEMENT_ATTRIBUTES[type] ?? []) {
        const value = valueAt(config, path);
        if (value !== undefined) attrs[path] = value;
      }
      manifest[`${type}.${id}`] = attrs;
    }
  }
  return Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => a.localeCompare(b)));
}
