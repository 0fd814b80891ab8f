// Every NI-IAM, NI-EXT and NI-NET rule on resources written with azapi (role assignments, extensions,
// Flux configurations, VNets with inline and separate subnets, NSGs, public IPs).
import { NOT_APPLICABLE } from '../../../src/checks/rule';
import { acrPullRole } from '../../../src/checks/rules/acr-pull-role';
import { addonsNeedPrivateEndpoints } from '../../../src/checks/rules/addons-need-private-endpoints';
import { csiDriversPrivateStorageClasses } from '../../../src/checks/rules/csi-drivers-private-storage-classes';
import { keyVaultPrivate } from '../../../src/checks/rules/key-vault-private';
import { monitoringPrivateIngestion } from '../../../src/checks/rules/monitoring-private-ingestion';
import { kubeletIdentity } from '../../../src/checks/rules/kubelet-identity';
import { managedIdentityOperatorRole } from '../../../src/checks/rules/managed-identity-operator-role';
import { networkContributorRole } from '../../../src/checks/rules/network-contributor-role';
import { noFluxConfiguration } from '../../../src/checks/rules/no-flux-configuration';
import { noNsgOutboundInternetAllow } from '../../../src/checks/rules/no-nsg-outbound-internet-allow';
import { noPublicIp } from '../../../src/checks/rules/no-public-ip';
import { noServicePrincipal } from '../../../src/checks/rules/no-service-principal';
import { nsgOutboundInternetDeny } from '../../../src/checks/rules/nsg-outbound-internet-deny';
import { privateDnsZoneContributorRole } from '../../../src/checks/rules/private-dns-zone-contributor-role';
import { subnetDefaultOutboundDisabled } from '../../../src/checks/rules/subnet-default-outbound-disabled';
import { subnetNsg } from '../../../src/checks/rules/subnet-nsg';
import { unsupportedExtensions } from '../../../src/checks/rules/unsupported-extensions';
import { userAssignedIdentity } from '../../../src/checks/rules/user-assigned-identity';
import { add, describeAzapiRule, drop, props, res, Z } from '../azapi-fixtures';
import { Json, ref } from '../fixtures';
import { expectAllDescribed } from '../rule-cases';

const p = (d: Json) => props(d, Z.cluster);
const nodesSubnet = (d: Json) => props(d, Z.vnet).subnets[0].properties;
const nodesRules = (d: Json) => props(d, Z.nodesNsg).securityRules;
const child = (type: string, name: string, properties: Json = {}) => ({ type, name, parent_id: ref(Z.cluster), body: { properties } });
const customZone = (d: Json) => {
  add(d, 'azapi_resource.aks_zone', { type: 'Microsoft.Network/privateDnsZones@2024-06-01', name: 'privatelink.westeurope.azmk8s.io', parent_id: ref(Z.rg), location: 'global' });
  p(d).apiServerAccessProfile.privateDNSZone = ref('azapi_resource.aks_zone');
};

const described = [
  describeAzapiRule(noServicePrincipal, [
    { when: 'a servicePrincipalProfile', mutate: (d) => (p(d).servicePrincipalProfile = { clientId: '00000000-0000-0000-0000-000000000001', secret: '${var.secret}' }), expect: [Z.cluster], message: /servicePrincipalProfile/ },
    { when: 'servicePrincipalProfile clientId msi (managed identity)', mutate: (d) => (p(d).servicePrincipalProfile = { clientId: 'msi' }), expect: [] },
    { when: 'no identity block', mutate: (d) => delete res(d, Z.cluster).identity, expect: [Z.cluster], message: /has no identity block/ },
  ]),
  describeAzapiRule(userAssignedIdentity, [
    { when: 'identity SystemAssigned', mutate: (d) => (res(d, Z.cluster).identity = [{ type: 'SystemAssigned' }]), expect: [Z.cluster], message: /identity\.type is "SystemAssigned"/ },
  ]),
  describeAzapiRule(kubeletIdentity, [
    { when: 'no identityProfile.kubeletidentity', mutate: (d) => delete p(d).identityProfile, expect: [Z.cluster] },
    { when: 'kubeletidentity without objectId', mutate: (d) => delete p(d).identityProfile.kubeletidentity.objectId, expect: [Z.cluster], message: /identityProfile\.kubeletidentity/ },
  ]),
  describeAzapiRule(acrPullRole, [
    { when: 'no AcrPull assignment', mutate: (d) => drop(d, Z.acrPull), expect: [Z.cluster], message: /or azapi Microsoft\.Authorization\/roleAssignments/ },
    { when: 'AcrPull granted to the control-plane identity', mutate: (d) => (props(d, Z.acrPull).principalId = ref(Z.cp, 'output.properties.principalId')), expect: [Z.cluster] },
  ]),
  describeAzapiRule(managedIdentityOperatorRole, [
    { when: 'no Managed Identity Operator assignment', mutate: (d) => drop(d, Z.mio), expect: [Z.cluster] },
  ]),
  describeAzapiRule(networkContributorRole, [
    { when: 'no Network Contributor on the inline node subnet', mutate: (d) => drop(d, Z.nodesNc), expect: [Z.cluster], message: /subnets\/nodes/ },
    { when: 'Network Contributor on the VNet instead', mutate: (d) => (res(d, Z.nodesNc).parent_id = ref(Z.vnet)), expect: [] },
  ]),
  describeAzapiRule(privateDnsZoneContributorRole, [
    { when: 'a custom API server zone without the role', mutate: customZone, expect: [Z.cluster] },
    {
      when: 'a custom API server zone with the role',
      mutate: (d) => {
        customZone(d);
        add(d, 'azapi_resource.zone_role', {
          type: 'Microsoft.Authorization/roleAssignments@2022-04-01',
          name: 'guid',
          parent_id: ref('azapi_resource.aks_zone'),
          body: { properties: { roleDefinitionId: '/providers/Microsoft.Authorization/roleDefinitions/b12aa53e-6015-4669-85d0-8515ebb3ae7f', principalId: ref(Z.cp, 'output.properties.principalId') } },
        });
      },
      expect: [],
    },
    { when: 'privateDNSZone system', mutate: () => undefined, expect: NOT_APPLICABLE },
  ]),
  describeAzapiRule(unsupportedExtensions, [
    { when: 'a Dapr extension', mutate: (d) => add(d, 'azapi_resource.dapr', child('Microsoft.KubernetesConfiguration/extensions@2023-05-01', 'dapr', { extensionType: 'Microsoft.Dapr' })), expect: ['azapi_resource.dapr'], message: /Dapr/ },
    { when: 'an extension type that cannot be read', mutate: (d) => add(d, 'azapi_resource.ext', { ...child('Microsoft.KubernetesConfiguration/extensions@2023-05-01', 'x'), body: '${local.ext}' }), expect: ['azapi_resource.ext'] },
    { when: 'a supported extension', mutate: (d) => add(d, 'azapi_resource.ext', child('Microsoft.KubernetesConfiguration/extensions@2023-05-01', 'x', { extensionType: 'Microsoft.AzureKeyVaultSecretsProvider' })), expect: [] },
  ]),
  describeAzapiRule(noFluxConfiguration, [
    { when: 'a Flux configuration', mutate: (d) => add(d, 'azapi_resource.flux', child('Microsoft.KubernetesConfiguration/fluxConfigurations@2024-11-01', 'flux')), expect: ['azapi_resource.flux'] },
  ]),
  describeAzapiRule(addonsNeedPrivateEndpoints, [
    { when: 'Container insights without AMPLS', mutate: (d) => (p(d).addonProfiles = { omsagent: { enabled: true, config: { logAnalyticsWorkspaceResourceID: '/x/workspaces/la' } } }), expect: [Z.cluster], message: /Container insights/ },
    {
      // Issue 12: an AMPLS alone does not clear it; the scope must hold the workspace and a DCE (see ext-rules).
      when: 'Container insights with only an azapi AMPLS (nothing scoped in)',
      mutate: (d) => {
        p(d).addonProfiles = { omsagent: { enabled: true } };
        add(d, 'azapi_resource.ampls', { type: 'Microsoft.Insights/privateLinkScopes@2021-07-01-preview', name: 'ampls', parent_id: ref(Z.rg), location: 'global' });
      },
      expect: [Z.cluster],
    },
    { when: 'Container insights disabled', mutate: (d) => (p(d).addonProfiles = { omsagent: { enabled: false } }), expect: [] },
    { when: 'workload identity enabled', mutate: (d) => (p(d).securityProfile = { workloadIdentity: { enabled: true } }), expect: [Z.cluster], message: /Workload identity/ },
  ]),
  describeAzapiRule(csiDriversPrivateStorageClasses, [
    { when: 'storageProfile.fileCSIDriver enabled, no private class', mutate: (d) => (p(d).storageProfile.fileCSIDriver.enabled = true), expect: [Z.cluster], message: /file_driver_enabled/ },
    { when: 'no storageProfile (the API turns the Files driver on)', mutate: (d) => delete p(d).storageProfile, expect: [Z.cluster] },
    { when: 'blobCSIDriver enabled, no private class', mutate: (d) => (p(d).storageProfile.blobCSIDriver.enabled = true), expect: [Z.cluster], message: /blob_driver_enabled/ },
  ]),
  describeAzapiRule(monitoringPrivateIngestion, [
    { when: 'Container insights through addonProfiles.omsagent, no scope to judge (NI-EXT-003 reports the missing wiring)', mutate: (d) => (p(d).addonProfiles = { omsagent: { enabled: true, config: { useAADAuth: 'true' } } }), expect: [] },
    {
      when: 'Container insights on the azapi cluster, an azurerm scope with ingestion Open',
      mutate: (d) => {
        p(d).addonProfiles = { omsagent: { enabled: true } };
        add(d, 'azurerm_monitor_private_link_scope.ampls', { name: 'ampls', resource_group_name: 'rg', ingestion_access_mode: 'Open' });
      },
      expect: ['azurerm_monitor_private_link_scope.ampls'],
      message: /ingestion_access_mode/,
    },
    { when: 'no monitoring add-on', mutate: () => undefined, expect: NOT_APPLICABLE },
  ]),
  describeAzapiRule(keyVaultPrivate, [
    { when: 'secrets provider without rotation', mutate: (d) => (p(d).addonProfiles = { azureKeyvaultSecretsProvider: { enabled: true } }), expect: [Z.cluster], message: /secret_rotation_enabled/ },
    { when: 'secrets provider with config.enableSecretRotation "true"', mutate: (d) => (p(d).addonProfiles = { azureKeyvaultSecretsProvider: { enabled: true, config: { enableSecretRotation: 'true' } } }), expect: [] },
    { when: 'no secrets provider', mutate: () => undefined, expect: NOT_APPLICABLE },
  ]),
  describeAzapiRule(subnetDefaultOutboundDisabled, [
    { when: 'inline node subnet defaultOutboundAccess true', mutate: (d) => (nodesSubnet(d).defaultOutboundAccess = true), expect: [Z.vnet], message: /defaultOutboundAccess/ },
    { when: 'separate endpoint subnet without defaultOutboundAccess', mutate: (d) => delete props(d, Z.endpoints).defaultOutboundAccess, expect: [Z.endpoints] },
  ]),
  describeAzapiRule(subnetNsg, [
    { when: 'inline node subnet without networkSecurityGroup', mutate: (d) => delete nodesSubnet(d).networkSecurityGroup, expect: [Z.vnet] },
    { when: 'separate endpoint subnet without networkSecurityGroup', mutate: (d) => delete props(d, Z.endpoints).networkSecurityGroup, expect: [Z.endpoints], message: /networkSecurityGroup\.id/ },
  ]),
  describeAzapiRule(noNsgOutboundInternetAllow, [
    { when: 'an inline Outbound Allow to Internet', mutate: (d) => nodesRules(d).push({ name: 'allow-out', properties: { priority: 100, direction: 'Outbound', access: 'Allow', protocol: '*', destinationAddressPrefix: 'Internet' } }), expect: [Z.nodesNsg], message: /"allow-out"/ },
    {
      when: 'a securityRules resource allowing 0.0.0.0/0 outbound',
      mutate: (d) =>
        add(d, 'azapi_resource.allow', {
          type: 'Microsoft.Network/networkSecurityGroups/securityRules@2024-05-01',
          name: 'allow',
          parent_id: ref(Z.nodesNsg),
          body: { properties: { priority: 100, direction: 'Outbound', access: 'Allow', protocol: '*', destinationAddressPrefix: '0.0.0.0/0' } },
        }),
      expect: ['azapi_resource.allow'],
    },
  ]),
  describeAzapiRule(nsgOutboundInternetDeny, [
    { when: 'node NSG without the Deny rule', mutate: (d) => (props(d, Z.nodesNsg).securityRules = []), expect: [Z.nodesNsg] },
    { when: 'securityRules an unreadable expression', mutate: (d) => (props(d, Z.endpointsNsg).securityRules = '${local.rules}'), expect: [Z.endpointsNsg] },
  ]),
  describeAzapiRule(noPublicIp, [
    { when: 'a public IP address', mutate: (d) => add(d, 'azapi_resource.pip', { type: 'Microsoft.Network/publicIPAddresses@2024-05-01', name: 'pip', parent_id: ref(Z.rg), location: 'westeurope' }), expect: ['azapi_resource.pip'] },
    { when: 'a public IP prefix', mutate: (d) => add(d, 'azapi_resource.pfx', { type: 'Microsoft.Network/publicIPPrefixes@2024-05-01', name: 'pfx', parent_id: ref(Z.rg), location: 'westeurope' }), expect: ['azapi_resource.pfx'] },
  ]),
];

expectAllDescribed('NI-IAM', described.filter((id) => id.startsWith('NI-IAM')));
expectAllDescribed('NI-EXT', described.filter((id) => id.startsWith('NI-EXT')));
expectAllDescribed('NI-NET', described.filter((id) => id.startsWith('NI-NET')));
