// Every NI-ACR rule on a registry, cache rule, private endpoint and DNS zone written with azapi.
import { NOT_APPLICABLE } from '../../../src/checks/rule';
import { registryAdminDisabled } from '../../../src/checks/rules/registry-admin-disabled';
import { registryAuthenticationAsArm } from '../../../src/checks/rules/registry-authentication-as-arm';
import { registryAnonymousPullDisabled } from '../../../src/checks/rules/registry-anonymous-pull-disabled';
import { registryCacheRule } from '../../../src/checks/rules/registry-cache-rule';
import { registryDataEndpointEnabled } from '../../../src/checks/rules/registry-data-endpoint-enabled';
import { registryDnsLinkRegistrationDisabled } from '../../../src/checks/rules/registry-dns-link-registration-disabled';
import { registryNetworkRuleBypass } from '../../../src/checks/rules/registry-network-rule-bypass';
import { registryNoPublicAccess } from '../../../src/checks/rules/registry-no-public-access';
import { registryPremiumSku } from '../../../src/checks/rules/registry-premium-sku';
import { registryPrivateDnsZone } from '../../../src/checks/rules/registry-private-dns-zone';
import { registryPrivateEndpoint } from '../../../src/checks/rules/registry-private-endpoint';
import { registryQuarantineDisabled } from '../../../src/checks/rules/registry-quarantine-disabled';
import { describeAzapiRule, drop, props, res, Z } from '../azapi-fixtures';
import { Json } from '../fixtures';
import { expectAllDescribed } from '../rule-cases';

const acr = (d: Json) => props(d, Z.registry);
const connection = (d: Json) => props(d, Z.endpoint).privateLinkServiceConnections[0];
const noRegistry = (d: Json) => {
  drop(d, Z.registry, Z.cacheRule);
  delete props(d, Z.cluster).bootstrapProfile.containerRegistryId;
};

const described = [
  describeAzapiRule(registryPremiumSku, [
    { when: 'sku Basic', mutate: (d) => (res(d, Z.registry).body.sku.name = 'Basic'), expect: [Z.registry], message: /sku \(azapi: body\.sku\.name\) is "Basic"/ },
    { when: 'no registry (AKS-managed cache)', mutate: noRegistry, expect: NOT_APPLICABLE },
  ]),
  describeAzapiRule(registryNoPublicAccess, [
    { when: 'publicNetworkAccess Enabled', mutate: (d) => (acr(d).publicNetworkAccess = 'Enabled'), expect: [Z.registry], message: /publicNetworkAccess/ },
    { when: 'publicNetworkAccess missing (API default Enabled)', mutate: (d) => delete acr(d).publicNetworkAccess, expect: [Z.registry] },
    { when: 'publicNetworkAccess from a variable default "Disabled"', mutate: (d) => { d.variable = { pna: { default: 'Disabled' } }; acr(d).publicNetworkAccess = '${var.pna}'; }, expect: [] },
  ]),
  describeAzapiRule(registryAdminDisabled, [
    { when: 'adminUserEnabled true', mutate: (d) => (acr(d).adminUserEnabled = true), expect: [Z.registry], message: /adminUserEnabled/ },
  ]),
  describeAzapiRule(registryAnonymousPullDisabled, [
    { when: 'anonymousPullEnabled true', mutate: (d) => (acr(d).anonymousPullEnabled = true), expect: [Z.registry], message: /anonymousPullEnabled/ },
  ]),
  describeAzapiRule(registryDataEndpointEnabled, [
    { when: 'dataEndpointEnabled false', mutate: (d) => (acr(d).dataEndpointEnabled = false), expect: [Z.registry], message: /dataEndpointEnabled/ },
  ]),
  describeAzapiRule(registryQuarantineDisabled, [
    { when: 'quarantinePolicy enabled', mutate: (d) => (acr(d).policies.quarantinePolicy.status = 'enabled'), expect: [Z.registry], message: /quarantinePolicy\.status/ },
    { when: 'no policies (quarantine off by default)', mutate: (d) => delete acr(d).policies, expect: [] },
  ]),
  describeAzapiRule(registryCacheRule, [
    { when: 'targetRepository wrong', mutate: (d) => (props(d, Z.cacheRule).targetRepository = 'mirror/*'), expect: [Z.cacheRule], message: /target_repo \(azapi: body\.properties\.targetRepository\) is "mirror\/\*"/ },
    { when: 'a credential set', mutate: (d) => (props(d, Z.cacheRule).credentialSetResourceId = '/x/credentialSets/dockerhub'), expect: [Z.cacheRule], message: /credentialSetResourceId/ },
    { when: 'no cache rule', mutate: (d) => drop(d, Z.cacheRule), expect: [Z.registry], message: /or azapi Microsoft\.ContainerRegistry\/registries\/cacheRules/ },
  ]),
  describeAzapiRule(registryPrivateEndpoint, [
    { when: 'groupIds registry_data', mutate: (d) => (connection(d).properties.groupIds = ['registry_data_westeurope']), expect: [Z.endpoint], message: /groupIds/ },
    { when: 'a manual connection', mutate: (d) => { const pe = props(d, Z.endpoint); pe.manualPrivateLinkServiceConnections = pe.privateLinkServiceConnections; delete pe.privateLinkServiceConnections; }, expect: [Z.endpoint], message: /is_manual_connection/ },
    { when: 'no zone group', mutate: (d) => drop(d, Z.zoneGroup), expect: [Z.endpoint] },
    { when: 'no private endpoint', mutate: (d) => drop(d, Z.endpoint, Z.zoneGroup), expect: [Z.registry], message: /or azapi Microsoft\.Network\/privateEndpoints/ },
  ]),
  describeAzapiRule(registryPrivateDnsZone, [
    { when: 'zone name wrong', mutate: (d) => (res(d, Z.zone).name = 'azurecr.io'), expect: [Z.zone] },
    { when: 'registrationEnabled true: hardening, judged by NI-ACR-012', mutate: (d) => (props(d, Z.link).registrationEnabled = true), expect: [] },
    { when: 'link to another VNet', mutate: (d) => (props(d, Z.link).virtualNetwork.id = '/subscriptions/x/resourceGroups/hub/providers/Microsoft.Network/virtualNetworks/hub'), expect: [Z.zone], message: /cluster VNet azapi_resource\.vnet/ },
    { when: 'no link', mutate: (d) => drop(d, Z.link), expect: [Z.zone] },
  ]),
  describeAzapiRule(registryNetworkRuleBypass, [
    { when: 'networkRuleBypassOptions AzureServices', mutate: (d) => (acr(d).networkRuleBypassOptions = 'AzureServices'), expect: [Z.registry], message: /networkRuleBypassOptions/ },
    { when: 'networkRuleBypassOptions missing (default AzureServices)', mutate: (d) => delete acr(d).networkRuleBypassOptions, expect: [Z.registry] },
  ]),
  describeAzapiRule(registryDnsLinkRegistrationDisabled, [
    { when: 'registrationEnabled true', mutate: (d) => (props(d, Z.link).registrationEnabled = true), expect: [Z.link], message: /registrationEnabled/ },
    { when: 'registrationEnabled false', mutate: (d) => (props(d, Z.link).registrationEnabled = false), expect: [] },
    { when: 'no link', mutate: (d) => drop(d, Z.link), expect: NOT_APPLICABLE },
  ]),
  describeAzapiRule(registryAuthenticationAsArm, [
    { when: 'azureADAuthenticationAsArmPolicy disabled', mutate: (d) => (acr(d).policies.azureADAuthenticationAsArmPolicy = { status: 'disabled' }), expect: [Z.registry], message: /azureADAuthenticationAsArmPolicy\.status/ },
    { when: 'azureADAuthenticationAsArmPolicy enabled', mutate: (d) => (acr(d).policies.azureADAuthenticationAsArmPolicy = { status: 'enabled' }), expect: [] },
    { when: 'no policy (enabled by default)', mutate: (d) => delete acr(d).policies, expect: [] },
  ]),
];

expectAllDescribed('NI-ACR', described);
