// A compliant network isolated stack written with azapi only (azapi 2.x: `body` as an object), the way
// Microsoft's network isolated quickstart and the AKS Azure Verified Module write it, as Terraform JSON;
// and helpers to break one thing at a time. Identities and the resource group are azapi resources of
// types the checks do not map: references to them still resolve by address.
import { NOT_APPLICABLE, Rule } from '../../src/checks/rule';
import { findingAddresses, findingMessages, Json, ref } from './fixtures';

/** Addresses of the azapi fixture's resources. */
export const Z = {
  rg: 'azapi_resource.rg',
  cp: 'azapi_resource.cp',
  kubelet: 'azapi_resource.kubelet',
  vnet: 'azapi_resource.vnet',
  endpoints: 'azapi_resource.endpoints',
  nodesNsg: 'azapi_resource.nodes_nsg',
  endpointsNsg: 'azapi_resource.endpoints_nsg',
  registry: 'azapi_resource.acr',
  cacheRule: 'azapi_resource.mcr',
  zone: 'azapi_resource.zone',
  link: 'azapi_resource.link',
  endpoint: 'azapi_resource.pe',
  zoneGroup: 'azapi_resource.pe_zones',
  acrPull: 'azapi_resource.acr_pull',
  mio: 'azapi_resource.mio',
  nodesNc: 'azapi_resource.nodes_nc',
  cluster: 'azapi_resource.aks',
} as const;

/** The inline node subnet of the VNet body, as the cluster references it. */
export const NODES_SUBNET = `${ref(Z.vnet)}/subnets/nodes`;

const principal = (identity: string): string => ref(identity, 'output.properties.principalId');
const roleId = (guid: string): string => `/providers/Microsoft.Authorization/roleDefinitions/${guid}`;

const denyInternet = {
  name: 'deny-internet-outbound',
  properties: {
    priority: 4096,
    direction: 'Outbound',
    access: 'Deny',
    protocol: '*',
    sourceAddressPrefix: '*',
    sourcePortRange: '*',
    destinationAddressPrefix: 'Internet',
    destinationPortRange: '*',
  },
};

function azapi(type: string, name: string, parent: string, body?: Json, extra: Json = {}): Json {
  return { type, name, parent_id: parent, location: 'westeurope', ...(body ? { body } : {}), ...extra };
}

function role(scope: string, guid: string, principalOf: string): Json {
  return azapi('Microsoft.Authorization/roleAssignments@2022-04-01', 'guid', scope, {
    properties: { roleDefinitionId: roleId(guid), principalId: principal(principalOf), principalType: 'ServicePrincipal' },
  });
}

/** The compliant cluster body (a fresh copy on every call). */
export function clusterBody(): Json {
  return {
    properties: {
      dnsPrefix: 'aks',
      kubernetesVersion: '1.31',
      disableLocalAccounts: true,
      aadProfile: { managed: true, enableAzureRBAC: true },
      apiServerAccessProfile: { enablePrivateCluster: true, enablePrivateClusterPublicFQDN: false, privateDNSZone: 'system' },
      bootstrapProfile: { artifactSource: 'Cache', containerRegistryId: ref(Z.registry) },
      autoUpgradeProfile: { upgradeChannel: 'patch', nodeOSUpgradeChannel: 'NodeImage' },
      identityProfile: {
        kubeletidentity: {
          resourceId: ref(Z.kubelet),
          clientId: ref(Z.kubelet, 'output.properties.clientId'),
          objectId: principal(Z.kubelet),
        },
      },
      agentPoolProfiles: [
        { name: 'system', mode: 'System', count: 2, vmSize: 'Standard_D4ds_v5', osType: 'Linux', vnetSubnetID: NODES_SUBNET },
        { name: 'user', mode: 'User', count: 2, vmSize: 'Standard_D4ds_v5', osType: 'Linux', vnetSubnetID: NODES_SUBNET },
      ],
      networkProfile: {
        networkPlugin: 'azure',
        networkPluginMode: 'overlay',
        networkPolicy: 'cilium',
        networkDataplane: 'cilium',
        outboundType: 'none',
        serviceCidr: '10.234.0.0/16',
        dnsServiceIP: '10.234.10.10',
      },
      storageProfile: { fileCSIDriver: { enabled: false }, blobCSIDriver: { enabled: false } },
    },
  };
}

/** A compliant network isolated stack written with azapi (a fresh deep copy on every call). */
export function azapiDoc(): Json {
  const rg = ref(Z.rg);
  return {
    terraform: { required_providers: { azapi: { source: 'Azure/azapi', version: '2.5.0' } } },
    provider: { azapi: [{}] },
    resource: {
      azapi_resource: {
        rg: { type: 'Microsoft.Resources/resourceGroups@2024-03-01', name: 'rg', location: 'westeurope' },
        cp: azapi('Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31', 'cp', rg),
        kubelet: azapi('Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31', 'kubelet', rg),
        nodes_nsg: azapi('Microsoft.Network/networkSecurityGroups@2024-05-01', 'nodes-nsg', rg, { properties: { securityRules: [denyInternet] } }),
        endpoints_nsg: azapi('Microsoft.Network/networkSecurityGroups@2024-05-01', 'endpoints-nsg', rg, { properties: { securityRules: [denyInternet] } }),
        vnet: azapi('Microsoft.Network/virtualNetworks@2024-05-01', 'vnet', rg, {
          properties: {
            addressSpace: { addressPrefixes: ['10.10.0.0/16'] },
            subnets: [
              {
                name: 'nodes',
                properties: { addressPrefix: '10.10.0.0/22', defaultOutboundAccess: false, networkSecurityGroup: { id: ref(Z.nodesNsg) } },
              },
            ],
          },
        }),
        endpoints: azapi('Microsoft.Network/virtualNetworks/subnets@2024-05-01', 'endpoints', ref(Z.vnet), {
          properties: { addressPrefixes: ['10.10.4.0/24'], defaultOutboundAccess: false, networkSecurityGroup: { id: ref(Z.endpointsNsg) } },
        }),
        acr: azapi('Microsoft.ContainerRegistry/registries@2025-04-01', 'acr', rg, {
          sku: { name: 'Premium' },
          properties: {
            publicNetworkAccess: 'Disabled',
            adminUserEnabled: false,
            anonymousPullEnabled: false,
            dataEndpointEnabled: true,
            networkRuleBypassOptions: 'None',
            policies: { quarantinePolicy: { status: 'disabled' }, azureADAuthenticationAsArmPolicy: { status: 'enabled' } },
          },
        }),
        mcr: azapi('Microsoft.ContainerRegistry/registries/cacheRules@2025-04-01', 'aks-managed-mcr', ref(Z.registry), {
          properties: { sourceRepository: 'mcr.microsoft.com/*', targetRepository: 'aks-managed-repository/*' },
        }),
        zone: { ...azapi('Microsoft.Network/privateDnsZones@2024-06-01', 'privatelink.azurecr.io', rg), location: 'global' },
        link: azapi('Microsoft.Network/privateDnsZones/virtualNetworkLinks@2024-06-01', 'acr-link', ref(Z.zone), {
          properties: { virtualNetwork: { id: ref(Z.vnet) }, registrationEnabled: false },
        }),
        pe: azapi('Microsoft.Network/privateEndpoints@2024-05-01', 'acr-pe', rg, {
          properties: {
            subnet: { id: ref(Z.endpoints) },
            privateLinkServiceConnections: [{ name: 'acr', properties: { privateLinkServiceId: ref(Z.registry), groupIds: ['registry'] } }],
          },
        }),
        pe_zones: azapi('Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01', 'default', ref(Z.endpoint), {
          properties: { privateDnsZoneConfigs: [{ name: 'acr', properties: { privateDnsZoneId: ref(Z.zone) } }] },
        }),
        acr_pull: role(ref(Z.registry), '7f951dda-4ed3-4680-a7ca-43fe172d538d', Z.kubelet),
        mio: role(ref(Z.kubelet), 'f1a07417-d97a-45cb-824c-7a7467783830', Z.cp),
        nodes_nc: role(NODES_SUBNET, '4d97b98b-1d4f-4787-a291-c67834d212e7', Z.cp),
        aks: azapi('Microsoft.ContainerService/managedClusters@2025-05-01', 'aks', rg, clusterBody(), {
          identity: [{ type: 'UserAssigned', identity_ids: [ref(Z.cp)] }],
          depends_on: [Z.acrPull, Z.mio, Z.nodesNc, Z.cacheRule, Z.endpoint, Z.zoneGroup, Z.link],
        }),
      },
    },
  };
}

/** The config of an azapi resource of a fixture, by address. */
export function res(doc: Json, address: string): Json {
  const [type, name] = address.split('.');
  const config = doc.resource?.[type]?.[name];
  if (!config) throw new Error(`fixture has no ${address}`);
  return config;
}

/** `body.properties` of an azapi resource of a fixture. */
export function props(doc: Json, address: string): Json {
  return res(doc, address).body.properties;
}

/** Adds (or replaces) an azapi resource: `add(doc, 'azapi_resource.x', { type, ... })`. */
export function add(doc: Json, address: string, config: Json): Json {
  const [type, name] = address.split('.');
  doc.resource[type] = { ...(doc.resource[type] ?? {}), [name]: config };
  return doc;
}

/** Removes resources by address. */
export function drop(doc: Json, ...addresses: string[]): Json {
  for (const address of addresses) {
    const [type, name] = address.split('.');
    delete doc.resource[type]?.[name];
  }
  return doc;
}

/** One azapi fixture and the rule's expected outcome on it. */
export interface AzapiCase {
  /** What the fixture does. */
  readonly when: string;
  /** Change to the compliant azapi fixture. */
  readonly mutate: (doc: Json) => void;
  /** Addresses of the findings (empty: compliant), or 'not-applicable'. */
  readonly expect: readonly string[] | typeof NOT_APPLICABLE;
  /** Pattern every finding message must match. */
  readonly message?: RegExp;
}

/**
 * Declares the azapi tests of one rule: the compliant azapi fixture passes, then every case; requires a
 * failing case. Returns the rule id (for the coverage check).
 */
export function describeAzapiRule(rule: Rule, cases: readonly AzapiCase[]): string {
  describe(`${rule.id} ${rule.name} (azapi)`, () => {
    it('passes the compliant azapi fixture', () => {
      const outcome = findingAddresses(rule, azapiDoc());
      expect(outcome === NOT_APPLICABLE ? [] : outcome).toEqual([]);
    });

    it.each(cases.map((c) => [c.when, c] as const))('%s', (_when, c) => {
      const json = azapiDoc();
      c.mutate(json);
      const expected = c.expect === NOT_APPLICABLE ? NOT_APPLICABLE : [...c.expect].sort();
      expect(findingAddresses(rule, json)).toEqual(expected);
      if (c.message) for (const message of findingMessages(rule, json)) expect(message).toMatch(c.message);
    });

    it('has a failing azapi case', () => {
      expect(cases.some((c) => c.expect !== NOT_APPLICABLE && c.expect.length > 0)).toBe(true);
    });
  });
  return rule.id;
}
