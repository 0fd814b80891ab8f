import { createHash } from 'crypto';
import { TerraformVariable } from 'cdktf';
import { IsolatedNetwork, PrivateRegistry } from '../../src';
import { evaluateGlobalName, expectedGlobalNameExpression } from '../global-name-eval';
import { addressAt, BARE_ADDRESS, newStack, onlyResource, refAt, RG, resourcesOf, synth } from '../helpers';

function registryStack(props: Partial<ConstructorParameters<typeof PrivateRegistry>[2]> = {}) {
  const stack = newStack();
  const network = new IsolatedNetwork(stack, 'Network', RG);
  const registry = new PrivateRegistry(stack, 'Registry', { ...RG, network, ...props });
  return { stack, network, registry };
}

describe('PrivateRegistry', () => {
  test('is a locked-down Premium ACR', () => {
    const json = synth(registryStack().stack);
    expect(onlyResource(json, 'azurerm_container_registry')).toMatchObject({
      sku: 'Premium',
      public_network_access_enabled: false,
      admin_enabled: false,
      anonymous_pull_enabled: false,
      data_endpoint_enabled: true,
      network_rule_bypass_option: 'None',
      quarantine_policy_enabled: false,
    });
  });

  test('has the exact aks-managed-mcr cache rule and no credential set', () => {
    const json = synth(registryStack().stack);
    const rule = onlyResource(json, 'azurerm_container_registry_cache_rule');
    expect(rule).toMatchObject({
      name: 'aks-managed-mcr',
      source_repo: 'mcr.microsoft.com/*',
      target_repo: 'aks-managed-repository/*',
      container_registry_id: refAt(json, 'azurerm_container_registry', 'Registry/Registry'),
    });
    expect(rule.credential_set_id).toBeUndefined();
  });

  test('private endpoint targets the registry subresource in the endpoint subnet with a DNS zone group', () => {
    const json = synth(registryStack().stack);
    const endpoint = onlyResource(json, 'azurerm_private_endpoint');
    expect(endpoint.subnet_id).toBe(refAt(json, 'azurerm_subnet', 'Network/PrivateEndpointSubnet/Subnet'));
    expect(endpoint.private_service_connection).toEqual({
      name: 'registry',
      private_connection_resource_id: refAt(json, 'azurerm_container_registry', 'Registry/Registry'),
      subresource_names: ['registry'],
      is_manual_connection: false,
    });
    expect(endpoint.private_dns_zone_group.private_dns_zone_ids).toEqual([
      refAt(json, 'azurerm_private_dns_zone', 'Registry/PrivateDnsZone'),
    ]);
  });

  test('creates privatelink.azurecr.io linked to the network with registration off', () => {
    const json = synth(registryStack().stack);
    expect(onlyResource(json, 'azurerm_private_dns_zone').name).toBe('privatelink.azurecr.io');
    expect(onlyResource(json, 'azurerm_private_dns_zone_virtual_network_link')).toMatchObject({
      registration_enabled: false,
      virtual_network_id: refAt(json, 'azurerm_virtual_network', 'Network/VirtualNetwork'),
    });
  });

  test('private endpoint depends_on the DNS zone link by bare address (terraform rejects "${...}" there)', () => {
    const json = synth(registryStack().stack);
    const dependsOn: string[] = onlyResource(json, 'azurerm_private_endpoint').depends_on;
    expect(dependsOn).toEqual([addressAt(json, 'azurerm_private_dns_zone_virtual_network_link', 'Registry/PrivateDnsZoneLink')]);
    for (const entry of dependsOn) expect(entry).toMatch(BARE_ADDRESS);
  });

  test('with an existing hub zone it creates no zone and no link', () => {
    const hubZone = '/subscriptions/hub/resourceGroups/dns/providers/Microsoft.Network/privateDnsZones/privatelink.azurecr.io';
    const json = synth(registryStack({ existingPrivateDnsZoneId: hubZone }).stack);
    expect(resourcesOf(json, 'azurerm_private_dns_zone')).toEqual({});
    expect(resourcesOf(json, 'azurerm_private_dns_zone_virtual_network_link')).toEqual({});
    expect(onlyResource(json, 'azurerm_private_endpoint').private_dns_zone_group.private_dns_zone_ids).toEqual([hubZone]);
    expect(onlyResource(json, 'azurerm_private_endpoint').depends_on).toBeUndefined();
  });

  test('geo-replication and zone redundancy are opt-in', () => {
    const json = synth(registryStack({ geoReplicationLocations: ['northeurope'], zoneRedundancyEnabled: true }).stack);
    const acr = onlyResource(json, 'azurerm_container_registry');
    expect(acr.zone_redundancy_enabled).toBe(true);
    expect(acr.georeplications).toEqual([{ location: 'northeurope', zone_redundancy_enabled: true }]);
  });

  test('grantPull assigns AcrPull on the registry to the identity', () => {
    const { stack, registry } = registryStack();
    registry.grantPull('CiPull', { id: 'uami-id', principalId: 'principal-1', clientId: 'client-1' });
    const json = synth(stack);
    const assignment = onlyResource(json, 'azurerm_role_assignment');
    expect(assignment.principal_id).toBe('principal-1');
    expect(assignment.scope).toBe(refAt(json, 'azurerm_container_registry', 'Registry/Registry'));
    expect(assignment.role_definition_id).toMatch(/\/providers\/Microsoft.Authorization\/roleDefinitions\/7f951dda-4ed3-4680-a7ca-43fe172d538d$/);
  });

  describe('default name (globally unique across Azure)', () => {
    const SUB_A = '00000000-0000-0000-0000-00000000000a';
    const SUB_B = '00000000-0000-0000-0000-00000000000b';
    const nameIn = (resourceGroupName: string, stackId = 'isolated-aks') => {
      const stack = newStack(stackId);
      const network = new IsolatedNetwork(stack, 'Network', { ...RG, resourceGroupName });
      new PrivateRegistry(stack, 'Registry', { ...RG, resourceGroupName, network });
      return onlyResource(synth(stack), 'azurerm_container_registry').name as string;
    };

    test('is built in Terraform from the subscription, the resource group and the construct path', () => {
      expect(nameIn('rg-aks')).toBe(expectedGlobalNameExpression('isolatedaksregistry', '', 'rg-aks', 'isolated-aks/Registry', 12));
    });

    test('two stacks of the same code in different resource groups get different names', () => {
      // GIVEN the README's stack copied into two resource groups of one subscription
      const [a, b] = [nameIn('rg-team-a'), nameIn('rg-team-b')];
      // THEN the expressions differ and so do their values
      expect(a).not.toBe(b);
      expect(evaluateGlobalName(a, SUB_A)).not.toBe(evaluateGlobalName(b, SUB_A));
      // and the same resource group in another subscription differs too
      expect(evaluateGlobalName(a, SUB_A)).not.toBe(evaluateGlobalName(a, SUB_B));
    });

    test('is the same on every synth of the same deployment, and a valid registry name', () => {
      const name = nameIn('rg-aks');
      expect(nameIn('rg-aks')).toBe(name);
      expect(evaluateGlobalName(name, SUB_A)).toBe(
        `isolatedaksregistry${createHash('sha1').update(`${SUB_A}/rg-aks/isolated-aks/Registry`).digest('hex').slice(0, 12)}`,
      );
      expect(evaluateGlobalName(name, SUB_A)).toMatch(/^[a-z0-9]{5,50}$/);
    });

    test('a resource group given as a reference goes into the hash as that reference', () => {
      const stack = newStack();
      const rg = new TerraformVariable(stack, 'rg', { type: 'string' }).stringValue;
      const network = new IsolatedNetwork(stack, 'Network', { ...RG, resourceGroupName: rg });
      new PrivateRegistry(stack, 'Registry', { ...RG, resourceGroupName: rg, network });
      expect(onlyResource(synth(stack), 'azurerm_container_registry').name).toBe(
        'testregistry${substr(sha1(join("/", [data.azurerm_client_config.IsolatedAksClientConfig.subscription_id, var.rg, "test/Registry"])), 0, 12)}',
      );
    });

    test('a literal name wins', () => {
      expect(onlyResource(synth(registryStack({ name: 'isolatedaksregistryf6c131a8' }).stack), 'azurerm_container_registry').name).toBe(
        'isolatedaksregistryf6c131a8',
      );
    });
  });

  test.each(['ab', 'has-dash', 'x'.repeat(51)])('rejects the registry name %s with the rule', (name) => {
    expect(() => registryStack({ name })).toThrow(/Registry: name .* breaks the Azure naming rule for container registries .* 5-50 characters, letters and digits only/);
  });

  test('needs a private endpoint subnet', () => {
    const stack = newStack();
    const network = IsolatedNetwork.fromExistingSubnets(stack, 'Network', { virtualNetworkId: 'vnet', nodeSubnet: { id: 'nodes' } });
    expect(() => new PrivateRegistry(stack, 'Registry', { ...RG, network })).toThrow(
      /^test\/Registry: privateEndpointSubnet is missing: the registry needs a subnet for its private endpoint and the network has none\. .*Fix: pass privateEndpointSubnet to PrivateRegistry, or adopt the network with IsolatedNetwork\.fromExistingSubnets\(\{ \.\.\., privateEndpointSubnet \}\)/,
    );
  });

  test('exposes the endpoint, link and cache rule as dependables', () => {
    const { registry } = registryStack();
    expect(registry.dependables).toEqual([registry.cacheRule, registry.privateEndpoint, registry.dnsZoneLink]);
  });

  test('a list token of replication regions becomes a dynamic block', () => {
    const stack = newStack();
    const network = new IsolatedNetwork(stack, 'Network', RG);
    const regions = new TerraformVariable(stack, 'regions', { type: 'list(string)' }).listValue;
    new PrivateRegistry(stack, 'Registry', { ...RG, network, geoReplicationLocations: regions });
    const acr = onlyResource(synth(stack), 'azurerm_container_registry');
    expect(acr.dynamic.georeplications).toEqual({
      for_each: '${toset(var.regions)}',
      iterator: 'each',
      content: { location: '${each.value}', zone_redundancy_enabled: false },
    });
  });

  test('the default private endpoint name stays within 64 characters on a long path', () => {
    const stack = newStack();
    const network = new IsolatedNetwork(stack, 'Network', RG);
    new PrivateRegistry(stack, `Registry${'Long'.repeat(20)}`, { ...RG, network });
    expect(onlyResource(synth(stack), 'azurerm_private_endpoint').name.length).toBeLessThanOrEqual(64);
  });
});
