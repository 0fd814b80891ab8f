import { NOT_APPLICABLE } from '../../../src/checks/rule';
import { registryAdminDisabled } from '../../../src/checks/rules/registry-admin-disabled';
import { registryAnonymousPullDisabled } from '../../../src/checks/rules/registry-anonymous-pull-disabled';
import { registryAuthenticationAsArm } from '../../../src/checks/rules/registry-authentication-as-arm';
import { registryCacheRule } from '../../../src/checks/rules/registry-cache-rule';
import { registryDataEndpointEnabled } from '../../../src/checks/rules/registry-data-endpoint-enabled';
import { registryDnsLinkRegistrationDisabled } from '../../../src/checks/rules/registry-dns-link-registration-disabled';
import { registryNetworkRuleBypass } from '../../../src/checks/rules/registry-network-rule-bypass';
import { registryNoPublicAccess } from '../../../src/checks/rules/registry-no-public-access';
import { registryPremiumSku } from '../../../src/checks/rules/registry-premium-sku';
import { registryPrivateDnsZone } from '../../../src/checks/rules/registry-private-dns-zone';
import { registryPrivateEndpoint } from '../../../src/checks/rules/registry-private-endpoint';
import { registryQuarantineDisabled } from '../../../src/checks/rules/registry-quarantine-disabled';
import { A, at, Json, put, ref, remove } from '../fixtures';
import { describeRule, expectAllDescribed } from '../rule-cases';

const acr = (d: Json) => at(d, A.registry);
/** The AKS-managed mode: the cluster names no registry, and no cache rule marks one for AKS. */
const aksManaged = (d: Json) => {
  delete at(d, A.cluster).bootstrap_profile.container_registry_id;
  remove(d, A.cacheRule);
};
const hubZone = '/subscriptions/0000/resourceGroups/hub/providers/Microsoft.Network/privateDnsZones/privatelink.azurecr.io';
/**
 * The cluster bootstraps from `data.azurerm_container_registry.acr`, a registry this stack does not manage
 * (AcrPull on it too). The managed namesake `azurerm_container_registry.acr` stays, now with Basic SKU,
 * public access, no data endpoint; with `keepCacheRule` its aks-managed-mcr cache rule still marks it for AKS.
 */
const registryFromDataSource = (keepCacheRule = false) => (d: Json) => {
  d.data.azurerm_container_registry = { acr: { name: 'acrhub', resource_group_name: 'rg-hub' } };
  at(d, A.cluster).bootstrap_profile.container_registry_id = '${data.azurerm_container_registry.acr.id}';
  at(d, A.acrPull).scope = '${data.azurerm_container_registry.acr.id}';
  Object.assign(acr(d), { sku: 'Basic', public_network_access_enabled: true, data_endpoint_enabled: false });
  if (!keepCacheRule) remove(d, A.cacheRule, A.endpoint);
};

const described = [
  describeRule(registryPremiumSku, [
    { when: 'sku premium (any case)', mutate: (d) => (acr(d).sku = 'premium'), expect: [] },
    { when: 'sku Standard', mutate: (d) => (acr(d).sku = 'Standard'), expect: [A.registry], message: /"Standard".*"Premium"/ },
    {
      when: 'registry of another stack marked by its aks-managed-mcr cache rule',
      mutate: (d) => {
        remove(d, 'azurerm_kubernetes_cluster');
        acr(d).sku = 'Basic';
      },
      expect: [A.registry],
    },
    { when: 'AKS-managed registry (none referenced)', mutate: aksManaged, expect: NOT_APPLICABLE },
    { when: 'registry from data.azurerm_container_registry (not in the stack); the managed namesake unused', mutate: registryFromDataSource(), expect: NOT_APPLICABLE },
    { when: 'registry from a data source; the managed Basic namesake still marked by its cache rule', mutate: registryFromDataSource(true), expect: [A.registry] },
  ]),
  describeRule(registryNoPublicAccess, [
    { when: 'public access missing (default true)', mutate: (d) => delete acr(d).public_network_access_enabled, expect: [A.registry], message: /provider default true/ },
    { when: 'public access true', mutate: (d) => (acr(d).public_network_access_enabled = true), expect: [A.registry] },
    { when: 'an unrelated public registry', mutate: (d) => put(d, 'azurerm_container_registry.other', { sku: 'Basic' }), expect: [] },
    { when: 'AKS-managed registry', mutate: aksManaged, expect: NOT_APPLICABLE },
    { when: 'registry from a data source (not in the stack)', mutate: registryFromDataSource(), expect: NOT_APPLICABLE },
    { when: 'registry from a data source; the public managed namesake still marked by its cache rule', mutate: registryFromDataSource(true), expect: [A.registry] },
  ]),
  describeRule(registryAdminDisabled, [
    { when: 'admin missing (default false)', mutate: (d) => delete acr(d).admin_enabled, expect: [] },
    { when: 'admin true', mutate: (d) => (acr(d).admin_enabled = true), expect: [A.registry], message: /admin_enabled is true; allowed: false/ },
    { when: 'AKS-managed registry', mutate: aksManaged, expect: NOT_APPLICABLE },
  ]),
  describeRule(registryAnonymousPullDisabled, [
    { when: 'anonymous pull missing', mutate: (d) => delete acr(d).anonymous_pull_enabled, expect: [] },
    { when: 'anonymous pull true', mutate: (d) => (acr(d).anonymous_pull_enabled = true), expect: [A.registry] },
    { when: 'AKS-managed registry', mutate: aksManaged, expect: NOT_APPLICABLE },
  ]),
  describeRule(registryDataEndpointEnabled, [
    { when: 'data endpoint missing (default false)', mutate: (d) => delete acr(d).data_endpoint_enabled, expect: [A.registry], message: /provider default false/ },
    { when: 'data endpoint false', mutate: (d) => (acr(d).data_endpoint_enabled = false), expect: [A.registry] },
    { when: 'AKS-managed registry', mutate: aksManaged, expect: NOT_APPLICABLE },
    { when: 'registry from a data source (not in the stack)', mutate: registryFromDataSource(), expect: NOT_APPLICABLE },
  ]),
  describeRule(registryQuarantineDisabled, [
    { when: 'quarantine false', mutate: (d) => (acr(d).quarantine_policy_enabled = false), expect: [] },
    { when: 'quarantine true', mutate: (d) => (acr(d).quarantine_policy_enabled = true), expect: [A.registry] },
    { when: 'AKS-managed registry', mutate: aksManaged, expect: NOT_APPLICABLE },
  ]),
  describeRule(registryCacheRule, [
    { when: 'an extra, unrelated cache rule', mutate: (d) => put(d, 'azurerm_container_registry_cache_rule.docker', { name: 'docker', container_registry_id: ref(A.registry), source_repo: 'docker.io/*', target_repo: 'docker/*' }), expect: [] },
    { when: 'no cache rule', mutate: (d) => remove(d, A.cacheRule), expect: [A.registry], message: /aks-managed-mcr/ },
    { when: 'registry from a data source: no cache rule in this stack', mutate: registryFromDataSource(), expect: NOT_APPLICABLE },
    { when: 'registry from a data source; the managed namesake marked by a cache rule with a wrong target', mutate: (d) => (registryFromDataSource(true)(d), (at(d, A.cacheRule).target_repo = 'mcr/*')), expect: [A.cacheRule] },
    { when: 'cache rule with another name', mutate: (d) => (at(d, A.cacheRule).name = 'mcr'), expect: [A.registry] },
    { when: 'wrong target repo', mutate: (d) => (at(d, A.cacheRule).target_repo = 'mcr/*'), expect: [A.cacheRule], message: /target_repo is "mcr\/\*"; allowed: "aks-managed-repository\/\*"/ },
    { when: 'wrong source repo', mutate: (d) => (at(d, A.cacheRule).source_repo = 'mcr.microsoft.com/aks/*'), expect: [A.cacheRule] },
    { when: 'a credential set', mutate: (d) => (at(d, A.cacheRule).credential_set_id = '${azurerm_container_registry_credential_set.c.id}'), expect: [A.cacheRule], message: /credential_set_id/ },
    { when: 'AKS-managed registry', mutate: aksManaged, expect: NOT_APPLICABLE },
  ]),
  describeRule(registryPrivateEndpoint, [
    { when: 'private_service_connection as a list', mutate: (d) => (at(d, A.endpoint).private_service_connection = [at(d, A.endpoint).private_service_connection]), expect: [] },
    { when: 'no private endpoint', mutate: (d) => remove(d, A.endpoint), expect: [A.registry], message: /no azurerm_private_endpoint/ },
    { when: 'registry from a data source: no private endpoint in this stack', mutate: registryFromDataSource(), expect: NOT_APPLICABLE },
    { when: 'registry from a data source; the managed namesake marked by its cache rule has no endpoint', mutate: (d) => (registryFromDataSource(true)(d), remove(d, A.endpoint)), expect: [A.registry] },
    { when: 'subresource registry_data_westeurope', mutate: (d) => (at(d, A.endpoint).private_service_connection.subresource_names = ['registry_data_westeurope']), expect: [A.endpoint], message: /\["registry"\]/ },
    { when: 'manual connection', mutate: (d) => (at(d, A.endpoint).private_service_connection.is_manual_connection = true), expect: [A.endpoint] },
    { when: 'no DNS zone group', mutate: (d) => delete at(d, A.endpoint).private_dns_zone_group, expect: [A.endpoint], message: /private_dns_zone_group/ },
    { when: 'AKS-managed registry', mutate: aksManaged, expect: NOT_APPLICABLE },
  ]),
  describeRule(registryPrivateDnsZone, [
    {
      when: 'hub zone by literal id (no zone resource needed)',
      mutate: (d) => {
        remove(d, A.zone, A.link);
        at(d, A.endpoint).private_dns_zone_group.private_dns_zone_ids = [hubZone];
      },
      expect: [],
    },
    {
      when: 'hub zone through a data source',
      mutate: (d) => {
        remove(d, A.zone, A.link);
        d.data.azurerm_private_dns_zone = { hub: { name: 'privatelink.azurecr.io' } };
        at(d, A.endpoint).private_dns_zone_group.private_dns_zone_ids = ['${data.azurerm_private_dns_zone.hub.id}'];
      },
      expect: [],
    },
    { when: 'zone named wrongly', mutate: (d) => (at(d, A.zone).name = 'azurecr.io'), expect: [A.zone], message: /"privatelink\.azurecr\.io"/ },
    { when: 'no VNet link', mutate: (d) => remove(d, A.link), expect: [A.zone], message: /no azurerm_private_dns_zone_virtual_network_link/ },
    { when: 'link to another VNet', mutate: (d) => (at(d, A.link).virtual_network_id = '/subscriptions/x/resourceGroups/y/providers/Microsoft.Network/virtualNetworks/hub'), expect: [A.zone], message: /cluster VNet azurerm_virtual_network\.vnet/ },
    { when: 'registration enabled on the link: hardening, judged by NI-ACR-012', mutate: (d) => (at(d, A.link).registration_enabled = true), expect: [] },
    {
      when: 'node subnet from a data source: its VNet is not knowable, any link is accepted',
      mutate: (d) => {
        d.data.azurerm_subnet = { nodes: { name: 'nodes', virtual_network_name: 'vnet-hub', resource_group_name: 'rg-hub' } };
        at(d, A.cluster).default_node_pool.vnet_subnet_id = '${data.azurerm_subnet.nodes.id}';
        at(d, A.link).virtual_network_id = '${var.vnet_id}';
      },
      expect: [],
    },
    { when: 'no private endpoint', mutate: (d) => remove(d, A.endpoint), expect: NOT_APPLICABLE },
  ]),
  describeRule(registryNetworkRuleBypass, [
    { when: 'bypass missing (default AzureServices)', mutate: (d) => delete acr(d).network_rule_bypass_option, expect: [A.registry], message: /"AzureServices"/ },
    { when: 'AKS-managed registry', mutate: aksManaged, expect: NOT_APPLICABLE },
  ]),
  describeRule(registryDnsLinkRegistrationDisabled, [
    { when: 'registration enabled', mutate: (d) => (at(d, A.link).registration_enabled = true), expect: [A.link], message: /^registration_enabled is not false; allowed: false\.$/ },
    { when: 'registration from a variable default true', mutate: (d) => { d.variable = { reg: { default: true } }; at(d, A.link).registration_enabled = '${var.reg}'; }, expect: [A.link] },
    { when: 'registration not set (provider default false)', mutate: (d) => delete at(d, A.link).registration_enabled, expect: [] },
    { when: 'hub zone by literal id (no link in this stack)', mutate: (d) => { remove(d, A.zone, A.link); at(d, A.endpoint).private_dns_zone_group.private_dns_zone_ids = [hubZone]; }, expect: NOT_APPLICABLE },
    { when: 'AKS-managed registry', mutate: aksManaged, expect: NOT_APPLICABLE },
  ]),
  describeRule(registryAuthenticationAsArm, [
    { when: 'authentication-as-arm disabled (azurerm >= 4.81)', mutate: (d) => (acr(d).azuread_authentication_as_arm_policy_enabled = false), expect: [A.registry], message: /^azuread_authentication_as_arm_policy_enabled is false; allowed: true\.$/ },
    { when: 'disabled as the string "false"', mutate: (d) => (acr(d).azuread_authentication_as_arm_policy_enabled = 'false'), expect: [A.registry] },
    { when: 'explicitly enabled', mutate: (d) => (acr(d).azuread_authentication_as_arm_policy_enabled = true), expect: [] },
    { when: 'an unresolved value (fail closed)', mutate: (d) => (acr(d).azuread_authentication_as_arm_policy_enabled = '${var.arm_auth}'), expect: [A.registry], message: /unresolved/ },
    { when: 'AKS-managed registry', mutate: aksManaged, expect: NOT_APPLICABLE },
  ]),
];

expectAllDescribed('NI-ACR', described);
