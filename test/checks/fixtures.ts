// Hand-written Terraform JSON fixtures for the rule tests: one fully compliant network isolated stack
// (BYO VNet, BYO registry over Private Link, user-assigned identities, every role assignment), written the
// way cdktf writes it, and small helpers to break one thing at a time.
import { NOT_APPLICABLE, Rule, RuleOutcome } from '../../src/checks/rule';
import { TerraformDocument } from '../../src/checks/model/terraform-document';

/** A Terraform JSON object. */
export type Json = { [key: string]: any };

const ref = (address: string, attribute = 'id'): string => `\${${address}.${attribute}}`;
const meta = (path: string) => ({ '//': { metadata: { path: `fixture/${path}`, uniqueId: path } } });
const roleId = (guid: string) => `/subscriptions/\${data.azurerm_client_config.current.subscription_id}/providers/Microsoft.Authorization/roleDefinitions/${guid}`;

/** Addresses of the fixture's main resources. */
export const A = {
  cluster: 'azurerm_kubernetes_cluster.aks',
  pool: 'azurerm_kubernetes_cluster_node_pool.user',
  registry: 'azurerm_container_registry.acr',
  cacheRule: 'azurerm_container_registry_cache_rule.mcr',
  endpoint: 'azurerm_private_endpoint.acr',
  zone: 'azurerm_private_dns_zone.acr',
  link: 'azurerm_private_dns_zone_virtual_network_link.acr',
  vnet: 'azurerm_virtual_network.vnet',
  nodes: 'azurerm_subnet.nodes',
  endpoints: 'azurerm_subnet.endpoints',
  nsg: 'azurerm_network_security_group.nodes',
  peNsg: 'azurerm_network_security_group.endpoints',
  acrPull: 'azurerm_role_assignment.acr_pull',
  mio: 'azurerm_role_assignment.mio',
  nodesNc: 'azurerm_role_assignment.nodes_nc',
} as const;

function nsg(name: string): Json {
  return {
    name,
    location: 'westeurope',
    resource_group_name: ref('azurerm_resource_group.rg', 'name'),
    security_rule: [
      {
        name: 'deny-internet-outbound',
        priority: 4096,
        direction: 'Outbound',
        access: 'Deny',
        protocol: '*',
        source_port_range: '*',
        destination_port_range: '*',
        source_address_prefix: '*',
        destination_address_prefix: 'Internet',
      },
    ],
    ...meta(name),
  };
}

function subnet(name: string, prefix: string): Json {
  return {
    name,
    resource_group_name: ref('azurerm_resource_group.rg', 'name'),
    virtual_network_name: ref(A.vnet, 'name'),
    address_prefixes: [prefix],
    default_outbound_access_enabled: false,
    ...meta(`network/${name}`),
  };
}

function role(guid: string, scope: string, principal: string, path: string): Json {
  return { scope, role_definition_id: roleId(guid), principal_id: principal, principal_type: 'ServicePrincipal', ...meta(path) };
}

/** A compliant network isolated stack (a fresh deep copy on every call). */
export function compliantDoc(): Json {
  const cp = 'azurerm_user_assigned_identity.cp';
  const kubelet = 'azurerm_user_assigned_identity.kubelet';
  return {
    '//': { metadata: { stackName: 'fixture', version: '0.21.0' } },
    terraform: { required_providers: { azurerm: { source: 'azurerm', version: '4.55.0' } } },
    provider: { azurerm: [{ features: [{}] }] },
    data: { azurerm_client_config: { current: {} } },
    resource: {
      azurerm_resource_group: { rg: { name: 'rg', location: 'westeurope' } },
      azurerm_virtual_network: { vnet: { name: 'vnet', address_space: ['10.10.0.0/16'], location: 'westeurope', resource_group_name: 'rg' } },
      azurerm_subnet: { nodes: subnet('nodes', '10.10.0.0/22'), endpoints: subnet('endpoints', '10.10.4.0/24') },
      azurerm_network_security_group: { nodes: nsg('nodes'), endpoints: nsg('endpoints') },
      azurerm_subnet_network_security_group_association: {
        nodes: { subnet_id: ref(A.nodes), network_security_group_id: ref(A.nsg) },
        endpoints: { subnet_id: ref(A.endpoints), network_security_group_id: ref(A.peNsg) },
      },
      azurerm_user_assigned_identity: {
        cp: { name: 'cp', location: 'westeurope', resource_group_name: 'rg' },
        kubelet: { name: 'kubelet', location: 'westeurope', resource_group_name: 'rg' },
      },
      azurerm_container_registry: {
        acr: {
          name: 'acr',
          location: 'westeurope',
          resource_group_name: 'rg',
          sku: 'Premium',
          public_network_access_enabled: false,
          admin_enabled: false,
          anonymous_pull_enabled: false,
          data_endpoint_enabled: true,
          network_rule_bypass_option: 'None',
          ...meta('registry/Registry'),
        },
      },
      azurerm_container_registry_cache_rule: {
        mcr: {
          name: 'aks-managed-mcr',
          container_registry_id: ref(A.registry),
          source_repo: 'mcr.microsoft.com/*',
          target_repo: 'aks-managed-repository/*',
          ...meta('registry/CacheRule'),
        },
      },
      azurerm_private_dns_zone: { acr: { name: 'privatelink.azurecr.io', resource_group_name: 'rg' } },
      azurerm_private_dns_zone_virtual_network_link: {
        acr: {
          name: 'acr-link',
          resource_group_name: 'rg',
          private_dns_zone_name: ref(A.zone, 'name'),
          virtual_network_id: ref(A.vnet),
          registration_enabled: false,
        },
      },
      azurerm_private_endpoint: {
        acr: {
          name: 'acr-pe',
          location: 'westeurope',
          resource_group_name: 'rg',
          subnet_id: ref(A.endpoints),
          private_service_connection: {
            name: 'acr',
            private_connection_resource_id: ref(A.registry),
            subresource_names: ['registry'],
            is_manual_connection: false,
          },
          private_dns_zone_group: { name: 'acr', private_dns_zone_ids: [ref(A.zone)] },
        },
      },
      azurerm_role_assignment: {
        acr_pull: role('7f951dda-4ed3-4680-a7ca-43fe172d538d', ref(A.registry), ref(kubelet, 'principal_id'), 'aks/AcrPull'),
        mio: role('f1a07417-d97a-45cb-824c-7a7467783830', ref(kubelet), ref(cp, 'principal_id'), 'aks/Mio'),
        nodes_nc: role('4d97b98b-1d4f-4787-a291-c67834d212e7', ref(A.nodes), ref(cp, 'principal_id'), 'aks/NodesNc'),
      },
      azurerm_kubernetes_cluster: {
        aks: {
          name: 'aks',
          location: 'westeurope',
          resource_group_name: 'rg',
          dns_prefix: 'aks',
          private_cluster_enabled: true,
          private_cluster_public_fqdn_enabled: false,
          private_dns_zone_id: 'System',
          node_os_upgrade_channel: 'NodeImage',
          bootstrap_profile: { artifact_source: 'Cache', container_registry_id: ref(A.registry) },
          default_node_pool: { name: 'system', vm_size: 'Standard_D4ds_v5', vnet_subnet_id: ref(A.nodes), node_public_ip_enabled: false },
          identity: { type: 'UserAssigned', identity_ids: [ref(cp)] },
          kubelet_identity: {
            client_id: ref(kubelet, 'client_id'),
            object_id: ref(kubelet, 'principal_id'),
            user_assigned_identity_id: ref(kubelet),
          },
          network_profile: { network_plugin: 'azure', network_plugin_mode: 'overlay', outbound_type: 'none' },
          storage_profile: { file_driver_enabled: false, blob_driver_enabled: false },
          depends_on: [A.acrPull, A.mio, A.nodesNc, A.cacheRule, A.endpoint, A.link],
          ...meta('aks/Cluster'),
        },
      },
      azurerm_kubernetes_cluster_node_pool: {
        user: {
          name: 'user',
          kubernetes_cluster_id: ref(A.cluster),
          vm_size: 'Standard_D4ds_v5',
          vnet_subnet_id: ref(A.nodes),
          os_type: 'Linux',
          ...meta('aks/UserPool'),
        },
      },
    },
  };
}

/** The config of a resource of a fixture, by address (`type.name`), for mutation. */
export function at(doc: Json, address: string): Json {
  const [type, name] = address.split('.');
  const config = doc.resource?.[type]?.[name];
  if (!config) throw new Error(`fixture has no ${address}`);
  return config;
}

/** Adds (or replaces) a resource in a fixture. */
export function put(doc: Json, address: string, config: Json): Json {
  const [type, name] = address.split('.');
  doc.resource[type] = { ...(doc.resource[type] ?? {}), [name]: config };
  return doc;
}

/** Removes resources (by address, or every resource of a type when given a bare type). */
export function remove(doc: Json, ...addresses: string[]): Json {
  for (const address of addresses) {
    const [type, name] = address.split('.');
    if (name === undefined) delete doc.resource[type];
    else delete doc.resource[type]?.[name];
  }
  return doc;
}

/** A compliant fixture changed by `mutate`. */
export function docWith(mutate: (doc: Json) => void): Json {
  const doc = compliantDoc();
  mutate(doc);
  return doc;
}

/** Runs one rule over a raw JSON fixture. */
export function evaluate(rule: Rule, json: Json): RuleOutcome {
  return rule.evaluate(new TerraformDocument(json));
}

/** The addresses of a rule's findings (sorted), or 'not-applicable'. */
export function findingAddresses(rule: Rule, json: Json): string[] | typeof NOT_APPLICABLE {
  const outcome = evaluate(rule, json);
  return outcome === NOT_APPLICABLE ? outcome : outcome.map((f) => f.address).sort();
}

/** The messages of a rule's findings. */
export function findingMessages(rule: Rule, json: Json): string[] {
  const outcome = evaluate(rule, json);
  return outcome === NOT_APPLICABLE ? [] : outcome.map((f) => f.message);
}

/** `ref` for tests: `${address.attribute}`. */
export { ref };
