import { TerraformVariable } from 'cdktf';
import { IsolatedNetwork } from '../../src';
import { newStack, resourceAt, onlyResource, RG, resourcesOf, synth } from '../helpers';

describe('IsolatedNetwork', () => {
  test('creates node and private endpoint subnets with default outbound access off, each with an NSG and an Internet deny', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    new IsolatedNetwork(stack, 'Network', RG);
    const json = synth(stack);
    // THEN
    expect(onlyResource(json, 'azurerm_virtual_network').address_space).toEqual(['10.240.0.0/16']);
    const subnets = Object.values(resourcesOf(json, 'azurerm_subnet'));
    expect(subnets.map((s) => s.address_prefixes)).toEqual([['10.240.0.0/22'], ['10.240.4.0/24']]);
    for (const subnet of subnets) expect(subnet.default_outbound_access_enabled).toBe(false);
    expect(Object.keys(resourcesOf(json, 'azurerm_network_security_group'))).toHaveLength(2);
    expect(Object.keys(resourcesOf(json, 'azurerm_subnet_network_security_group_association'))).toHaveLength(2);
    const rules = Object.values(resourcesOf(json, 'azurerm_network_security_rule'));
    expect(rules).toHaveLength(2);
    for (const rule of rules) {
      expect(rule).toMatchObject({
        direction: 'Outbound',
        access: 'Deny',
        destination_address_prefix: 'Internet',
        priority: 4096,
        protocol: '*',
      });
    }
  });

  test('adds a delegated API server subnet on request', () => {
    const stack = newStack();
    new IsolatedNetwork(stack, 'Network', { ...RG, apiServerSubnet: true });
    const json = synth(stack);
    const subnet = resourceAt(json, 'azurerm_subnet', 'Network/ApiServerSubnet/Subnet');
    expect(subnet.address_prefixes).toEqual(['10.240.5.0/28']);
    expect(subnet.delegation[0].service_delegation.name).toBe('Microsoft.ContainerService/managedClusters');
  });

  test('allowInternetOutbound is a named opt-out that drops the deny rules', () => {
    const stack = newStack();
    new IsolatedNetwork(stack, 'Network', { ...RG, allowInternetOutbound: true });
    const json = synth(stack);
    expect(resourcesOf(json, 'azurerm_network_security_rule')).toEqual({});
    // default outbound access stays off either way
    for (const subnet of Object.values(resourcesOf(json, 'azurerm_subnet'))) expect(subnet.default_outbound_access_enabled).toBe(false);
  });

  test.each([
    [{ addressSpace: '10.240.0.0/33' }, /addressSpace "10.240.0.0\/33" is not a valid IPv4 CIDR block/],
    [{ addressSpace: '10.240.0.1/16' }, /addressSpace "10.240.0.1\/16" is not a valid IPv4 CIDR block/],
    [{ nodeSubnetPrefix: '10.1.0.0/22' }, /nodeSubnetPrefix "10.1.0.0\/22" lies outside the address space 10.240.0.0\/16/],
    [{ privateEndpointSubnetPrefix: '10.240.2.0/24' }, /privateEndpointSubnetPrefix "10.240.2.0\/24" overlaps nodeSubnetPrefix/],
    [{ apiServerSubnet: true, apiServerSubnetPrefix: '10.240.5.0/29' }, /apiServerSubnetPrefix "10.240.5.0\/29" is smaller than \/28/],
    [{ name: 'bad name!' }, /name "bad name!" breaks the Azure naming rule/],
    [{ name: 'v' }, /name "v" breaks the Azure naming rule for virtual networks. Allowed: 2-64 characters/],
    [{ name: 'v'.repeat(65) }, /breaks the Azure naming rule for virtual networks/],
  ])('rejects bad input %j', (props, message) => {
    const stack = newStack();
    expect(() => new IsolatedNetwork(stack, 'Network', { ...RG, ...props })).toThrow(message);
  });

  test('errors name the construct path and the fix', () => {
    const stack = newStack();
    expect(() => new IsolatedNetwork(stack, 'Network', { ...RG, nodeSubnetPrefix: '10.1.0.0/22' })).toThrow(
      /^test\/Network: nodeSubnetPrefix .* Fix: move nodeSubnetPrefix into the address space/,
    );
  });

  test('fromExistingSubnets adopts ids and creates nothing', () => {
    const stack = newStack();
    const network = IsolatedNetwork.fromExistingSubnets(stack, 'Network', {
      virtualNetworkId: '/subscriptions/x/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet',
      addressSpace: ['10.20.0.0/16'],
      nodeSubnet: { id: 'node-subnet-id', addressPrefix: '10.20.0.0/22' },
    });
    expect(network.nodeSubnet.id).toBe('node-subnet-id');
    expect(network.privateEndpointSubnet).toBeUndefined();
    expect(synth(stack).resource).toBeUndefined();
  });

  test('fromExistingSubnets validates what it is given', () => {
    const stack = newStack();
    expect(() =>
      IsolatedNetwork.fromExistingSubnets(stack, 'Network', {
        virtualNetworkId: 'vnet',
        addressSpace: ['nope'],
        nodeSubnet: { id: 'node' },
      }),
    ).toThrow(/addressSpace "nope" is not a valid IPv4 CIDR block/);
    expect(() =>
      IsolatedNetwork.fromExistingSubnets(stack, 'Network2', {
        virtualNetworkId: 'vnet',
        nodeSubnet: { id: 'node' },
        apiServerSubnet: { id: 'api', addressPrefix: '10.0.0.0/29' },
      }),
    ).toThrow(/apiServerSubnet.addressPrefix "10.0.0.0\/29" is smaller than \/28/);
  });

  test('fromExistingSubnets takes a list token as address space (checked where it resolves)', () => {
    const stack = newStack();
    const space = new TerraformVariable(stack, 'space', { type: 'list(string)' }).listValue;
    const network = IsolatedNetwork.fromExistingSubnets(stack, 'Network', { virtualNetworkId: 'vnet', addressSpace: space, nodeSubnet: { id: 'nodes' } });
    expect(network.addressSpace).toBe(space);
  });

  test.each(['10.20.0.0', 'subnet-a', '10.20.0.1/24'])('fromExistingSubnets rejects the malformed subnet prefix %s', (addressPrefix) => {
    const stack = newStack();
    expect(() =>
      IsolatedNetwork.fromExistingSubnets(stack, 'Network', { virtualNetworkId: 'vnet', nodeSubnet: { id: 'nodes', addressPrefix } }),
    ).toThrow(/test\/Network: nodeSubnet.addressPrefix .* is not a valid IPv4 CIDR block/);
  });
});
