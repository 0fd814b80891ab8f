import { Testing, Token, TerraformVariable } from 'cdktf';
import {
  ApiServerAccess,
  ArtifactSource,
  IsolatedNetwork,
  KubernetesVersion,
  NetworkDataPlane,
  NetworkIsolatedCluster,
  NetworkIsolatedClusterProps,
  NetworkPolicy,
  OutboundType,
  PrivateClusterDnsZone,
  PrivateRegistry,
} from '../../src';
import { newStack, RG, synth } from '../helpers';

function build(props: Partial<NetworkIsolatedClusterProps>, withNetwork = false) {
  const stack = newStack();
  const network = withNetwork ? new IsolatedNetwork(stack, 'Network', RG) : undefined;
  const cluster = new NetworkIsolatedCluster(stack, 'Aks', { ...RG, network, ...props });
  return { stack, cluster, network };
}

describe('bad input fails at construction with path, prop, value, allowed values and fix', () => {
  test.each<[string, () => unknown, RegExp]>([
    ['Kubernetes older than 1.30', () => build({ kubernetesVersion: KubernetesVersion.of('1.29') }), /test\/Aks: kubernetesVersion "1.29" is older than .* Allowed: 1.30 or later/],
    ['a malformed version', () => build({ kubernetesVersion: KubernetesVersion.of('latest') }), /kubernetesVersion "latest" is not a Kubernetes version/],
    ['block without acknowledgement', () => build({ outboundType: OutboundType.blockPreview({ acknowledgePreview: false }) }), /test\/Aks: outboundType "block" is a preview feature and was not acknowledged.*Fix: use OutboundType.NONE/],
    ['block with a BYO VNet', () => build({ outboundType: OutboundType.blockPreview({ acknowledgePreview: true }) }, true), /outboundType "block" is only supported with an AKS-managed VNet.*Fix: use OutboundType.NONE.*NSG rules that deny outbound/],
    ['a BYO registry without a network', () => build({ artifactSource: ArtifactSource.registryId('acr-id') }), /artifactSource "EXISTING_REGISTRY" needs your own VNet/],
    ['VNet integration in your VNet without a subnet', () => build({ apiServerAccess: ApiServerAccess.vnetIntegration() }, true), /test\/Aks: apiServerAccess "vnetIntegration" has no API server subnet in your VNet.*Fix: create the network with apiServerSubnet: true/],
    ['an API server subnet on the AKS-managed VNet with block', () => build({ apiServerAccess: ApiServerAccess.vnetIntegration({ subnet: { id: 'api' } }), outboundType: OutboundType.blockPreview({ acknowledgePreview: true }) }), /test\/Aks: apiServerAccess.subnet "api" is set on the AKS-managed VNet \(outbound type block needs it\); AKS creates the API server subnet.*Fix: remove subnet from ApiServerAccess.vnetIntegration\(\)/],
    ['an API server subnet without a network', () => build({ apiServerAccess: ApiServerAccess.vnetIntegration({ subnet: { id: 'api' } }) }), /test\/Aks: apiServerAccess.subnet "api" is set without a network.*Fix: pass network .* or remove subnet/],
    ['an explicit API server subnet smaller than /28', () => build({ apiServerAccess: ApiServerAccess.vnetIntegration({ subnet: { id: 'api', addressPrefix: '10.250.0.0/29' } }) }, true), /test\/Aks: apiServerAccess.subnet.addressPrefix "10.250.0.0\/29" is smaller than \/28/],
    ['a malformed node pool subnet prefix', () => build({}, true).cluster.addNodePool('P', { subnet: { id: 's', addressPrefix: 'x' } }), /test\/Aks\/P: subnet.addressPrefix "x" is not a valid IPv4 CIDR block/],
    ['a custom DNS zone id that is not a private cluster zone', () => build({ apiServerAccess: ApiServerAccess.privateLink({ privateDnsZone: PrivateClusterDnsZone.fromZoneId('my-zone') }) }), /apiServerAccess.privateDnsZone "my-zone" is not the resource id of a private cluster DNS zone/],
    ['cilium policy without the cilium data plane', () => build({ networkPolicy: NetworkPolicy.CILIUM, networkDataPlane: NetworkDataPlane.AZURE }), /networkPolicy "cilium" needs networkDataPlane "cilium"/],
    ['a service CIDR overlapping the VNet', () => build({ serviceCidr: '10.240.0.0/16', dnsServiceIp: '10.240.0.10' }, true), /serviceCidr "10.240.0.0\/16" overlaps the VNet address space 10.240.0.0\/16/],
    ['a pod CIDR overlapping the service CIDR', () => build({ podCidr: '172.16.0.0/12' }), /podCidr "172.16.0.0\/12" overlaps serviceCidr/],
    ['a DNS service IP outside the service CIDR', () => build({ dnsServiceIp: '10.0.0.10' }), /dnsServiceIp "10.0.0.10" is not a usable address inside serviceCidr 172.16.0.0\/16/],
    ['the first address of the service CIDR as DNS IP', () => build({ dnsServiceIp: '172.16.0.0' }), /dnsServiceIp "172.16.0.0" is not a usable address/],
    ['a malformed service CIDR', () => build({ serviceCidr: '172.16.0.0' }), /serviceCidr "172.16.0.0" is not a valid IPv4 CIDR block/],
    ['one autoscaler bound', () => build({ systemNodePool: { minCount: 1 } }), /systemNodePool.minCount\/maxCount .* sets only one autoscaler bound/],
    ['min above max', () => build({ systemNodePool: { minCount: 5, maxCount: 2 } }), /systemNodePool.minCount 5 is greater than maxCount 2/],
    ['a negative node count', () => build({ systemNodePool: { nodeCount: -1 } }), /systemNodePool.nodeCount -1 is not a valid node count/],
    ['a bad cluster name', () => build({ name: '-bad' }), /name "-bad" breaks the Azure naming rule for AKS clusters/],
    ['a bad DNS prefix', () => build({ dnsPrefix: 'a_b' }), /dnsPrefix "a_b" breaks the Azure naming rule for AKS DNS prefixes/],
  ])('%s', (_name, act, message) => {
    expect(act).toThrow(message);
  });

  test('a bad node pool name, with the rule', () => {
    const { cluster } = build({}, true);
    expect(() => cluster.addNodePool('Pool', { name: 'Windows1' })).toThrow(
      /test\/Aks\/Pool: name "Windows1" breaks the Azure naming rule for Linux AKS node pools. Allowed: 1-12 characters, lowercase letters and digits/,
    );
  });
});

describe('escape hatches that break isolation fail the synth', () => {
  test.each<[string, (c: NetworkIsolatedCluster) => void, RegExp]>([
    ['SecurityPatch channel', (c) => c.cluster.addOverride('node_os_upgrade_channel', 'SecurityPatch'), /test\/Aks\/Cluster: azurerm_kubernetes_cluster node_os_upgrade_channel must be NodeImage or None/],
    ['Unmanaged channel', (c) => c.cluster.addOverride('node_os_upgrade_channel', 'Unmanaged'), /node_os_upgrade_channel must be NodeImage or None/],
    ['service principal', (c) => c.cluster.addOverride('service_principal', { client_id: 'x', client_secret: 'y' }), /service_principal is not allowed/],
    ['kubenet', (c) => c.cluster.addOverride('network_profile.network_plugin', 'kubenet'), /network_plugin must be "azure"/],
    ['loadBalancer outbound', (c) => c.cluster.addOverride('network_profile.outbound_type', 'loadBalancer'), /outbound_type must be "none"/],
    ['node public IP on the system pool', (c) => c.cluster.addOverride('default_node_pool.node_public_ip_enabled', true), /node_public_ip_enabled must not be true/],
    ['public FQDN', (c) => c.cluster.addOverride('private_cluster_public_fqdn_enabled', true), /private_cluster_enabled must be true and private_cluster_public_fqdn_enabled false/],
    ['Direct artifact source', (c) => c.cluster.addOverride('bootstrap_profile.artifact_source', 'Direct'), /artifact_source must be "Cache"/],
    ['Windows pool', (c) => c.addNodePool('Win', { name: 'win' }).nodePool.addOverride('os_type', 'Windows'), /test\/Aks\/Win\/NodePool: azurerm_kubernetes_cluster_node_pool os_type must be Linux/],
    ['node public IP on a user pool', (c) => c.addNodePool('Pub', { name: 'pub' }).nodePool.addOverride('node_public_ip_enabled', true), /node_public_ip_enabled must not be true/],
  ])('%s', (_name, breakIt, message) => {
    const { stack, cluster } = build({}, true);
    breakIt(cluster);
    expect(() => Testing.synth(stack, true)).toThrow(message);
  });

  test('a registry that is not Premium', () => {
    const stack = newStack();
    const network = new IsolatedNetwork(stack, 'Network', RG);
    const registry = new PrivateRegistry(stack, 'Registry', { ...RG, network });
    registry.registry.addOverride('sku', 'Standard');
    expect(() => Testing.synth(stack, true)).toThrow(/test\/Registry\/Registry: azurerm_container_registry sku must be "Premium"/);
  });

  test('a public registry', () => {
    const stack = newStack();
    const network = new IsolatedNetwork(stack, 'Network', RG);
    const registry = new PrivateRegistry(stack, 'Registry', { ...RG, network });
    registry.registry.addOverride('public_network_access_enabled', true);
    expect(() => Testing.synth(stack, true)).toThrow(/public_network_access_enabled must be false/);
  });

  test('subnet too small for the pools, with the formula', () => {
    const stack = newStack();
    const network = new IsolatedNetwork(stack, 'Network', { ...RG, nodeSubnetPrefix: '10.240.0.0/28' });
    const cluster = new NetworkIsolatedCluster(stack, 'Aks', { ...RG, network });
    cluster.addNodePool('Big', { name: 'big', minCount: 1, maxCount: 20 });
    expect(() => Testing.synth(stack, true)).toThrow(
      /subnet 10.240.0.0\/28 is too small for its node pools: needs sum\(max nodes \+ 10% surge, rounded up\) = 26 \(systemNodePool: 3 \+ 1, Big: 20 \+ 2\) but has 11 usable addresses .*Fix: give nodeSubnetPrefix of the IsolatedNetwork a shorter prefix \(at least \/27\), or lower maxCount \/ nodeCount/,
    );
  });
});

describe('the fixes of the VNet integration messages lead somewhere (no circle)', () => {
  // GIVEN each refused VNet integration form, WHEN the fix its message names is applied, THEN the stack synthesizes.
  test('block on the managed VNet: removing the subnet synthesizes', () => {
    const { stack } = build({ apiServerAccess: ApiServerAccess.vnetIntegration(), outboundType: OutboundType.blockPreview({ acknowledgePreview: true }) });
    expect(() => synth(stack)).not.toThrow();
  });

  test('a subnet without a network: passing the network synthesizes', () => {
    const stack = newStack();
    const network = new IsolatedNetwork(stack, 'Network', { ...RG, apiServerSubnet: true });
    new NetworkIsolatedCluster(stack, 'Aks', { ...RG, network, apiServerAccess: ApiServerAccess.vnetIntegration({ subnet: network.apiServerSubnet }) });
    expect(() => synth(stack)).not.toThrow();
  });

  test('your VNet without an API server subnet: apiServerSubnet: true synthesizes', () => {
    const stack = newStack();
    const network = new IsolatedNetwork(stack, 'Network', { ...RG, apiServerSubnet: true });
    new NetworkIsolatedCluster(stack, 'Aks', { ...RG, network, apiServerAccess: ApiServerAccess.vnetIntegration() });
    expect(() => synth(stack)).not.toThrow();
  });
});

describe('subnet capacity names the subnet of a pool of its own', () => {
  test('a pool subnet too small', () => {
    const { stack, cluster } = build({}, true);
    cluster.addNodePool('Big', { name: 'big', minCount: 1, maxCount: 20, subnet: { id: 'pool-subnet', addressPrefix: '10.241.0.0/28' } });
    expect(() => Testing.synth(stack, true)).toThrow(/subnet 10.241.0.0\/28 is too small .*Fix: give the subnet of node pool test\/Aks\/Big a shorter prefix \(at least \/27\)/);
  });
});

describe('unresolved tokens are not guessed at', () => {
  test('tokens for names, CIDRs, versions and zone ids synthesize', () => {
    const stack = newStack();
    const v = (name: string) => new TerraformVariable(stack, name, { type: 'string' }).stringValue;
    const network = new IsolatedNetwork(stack, 'Network', { ...RG, name: v('vnetName'), addressSpace: v('space'), nodeSubnetPrefix: v('nodes') });
    const registry = new PrivateRegistry(stack, 'Registry', { ...RG, network, name: v('acrName') });
    new NetworkIsolatedCluster(stack, 'Aks', {
      ...RG,
      network,
      name: v('clusterName'),
      dnsPrefix: v('prefix'),
      kubernetesVersion: KubernetesVersion.of(v('version')),
      serviceCidr: v('serviceCidr'),
      dnsServiceIp: v('dnsIp'),
      apiServerAccess: ApiServerAccess.privateLink({ privateDnsZone: PrivateClusterDnsZone.fromZoneId(v('zone')) }),
      artifactSource: ArtifactSource.registry(registry),
      systemNodePool: { nodeCount: Token.asNumber(new TerraformVariable(stack, 'count', { type: 'number' }).numberValue) },
    });
    const json = synth(stack);
    expect(Object.values(json.resource.azurerm_kubernetes_cluster)[0]).toMatchObject({ name: '${var.clusterName}', kubernetes_version: '${var.version}' });
  });
});
