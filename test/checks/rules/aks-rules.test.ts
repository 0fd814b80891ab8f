import { NOT_APPLICABLE } from '../../../src/checks/rule';
import { artifactSourceCache } from '../../../src/checks/rules/artifact-source-cache';
import { azureCni } from '../../../src/checks/rules/azure-cni';
import { clusterDependsOn } from '../../../src/checks/rules/cluster-depends-on';
import { clusterPresent } from '../../../src/checks/rules/cluster-present';
import { kubernetesVersion } from '../../../src/checks/rules/kubernetes-version';
import { kubernetesVersionMinorOnly } from '../../../src/checks/rules/kubernetes-version-minor-only';
import { noAuthorizedIpRanges } from '../../../src/checks/rules/no-authorized-ip-ranges';
import { noNodePublicIp } from '../../../src/checks/rules/no-node-public-ip';
import { noPublicFqdn } from '../../../src/checks/rules/no-public-fqdn';
import { noWindowsNodePools } from '../../../src/checks/rules/no-windows-node-pools';
import { nodeOsUpgradeChannel } from '../../../src/checks/rules/node-os-upgrade-channel';
import { outboundTypeBlockPreview } from '../../../src/checks/rules/outbound-type-block-preview';
import { outboundTypeNone } from '../../../src/checks/rules/outbound-type-none';
import { privateCluster } from '../../../src/checks/rules/private-cluster';
import { A, at, findingAddresses, findingMessages, Json, put, ref, remove } from '../fixtures';
import { describeRule, expectAllDescribed } from '../rule-cases';

const noCluster = (d: Json) => remove(d, 'azurerm_kubernetes_cluster', 'azurerm_kubernetes_cluster_node_pool');
const cluster = (d: Json) => at(d, A.cluster);
const azapiBlock = (d: Json, outboundType: unknown) =>
  put(d, 'azapi_update_resource.outbound', {
    type: 'Microsoft.ContainerService/managedClusters@2025-05-02-preview',
    resource_id: ref(A.cluster),
    body: { properties: { networkProfile: { outboundType } } },
  });

const described = [
  describeRule(privateCluster, [
    { when: 'private_cluster_enabled "true" (string)', mutate: (d) => (cluster(d).private_cluster_enabled = 'true'), expect: [] },
    { when: 'private_cluster_enabled missing (default false)', mutate: (d) => delete cluster(d).private_cluster_enabled, expect: [A.cluster], message: /provider default false/ },
    { when: 'private_cluster_enabled false', mutate: (d) => (cluster(d).private_cluster_enabled = false), expect: [A.cluster] },
    {
      when: 'VNet integration without private cluster',
      mutate: (d) => {
        cluster(d).private_cluster_enabled = false;
        cluster(d).api_server_access_profile = [{ virtual_network_integration_enabled: true, subnet_id: ref(A.nodes) }];
      },
      expect: [A.cluster],
      message: /VNet Integration alone keeps a public endpoint/,
    },
    {
      when: 'private_cluster_enabled from a variable default true',
      mutate: (d) => {
        d.variable = { private: { type: 'bool', default: true } };
        cluster(d).private_cluster_enabled = '${var.private}';
      },
      expect: [],
    },
    { when: 'private_cluster_enabled an unresolvable expression', mutate: (d) => (cluster(d).private_cluster_enabled = '${local.nope}'), expect: [A.cluster], message: /unresolved/ },
    { when: 'no cluster', mutate: noCluster, expect: NOT_APPLICABLE },
  ]),
  describeRule(noPublicFqdn, [
    { when: 'public FQDN missing (default false)', mutate: (d) => delete cluster(d).private_cluster_public_fqdn_enabled, expect: [] },
    { when: 'public FQDN true', mutate: (d) => (cluster(d).private_cluster_public_fqdn_enabled = true), expect: [A.cluster], message: /private_cluster_public_fqdn_enabled is true/ },
    { when: 'no cluster', mutate: noCluster, expect: NOT_APPLICABLE },
  ]),
  describeRule(noAuthorizedIpRanges, [
    { when: 'empty authorized ranges', mutate: (d) => (cluster(d).api_server_access_profile = { authorized_ip_ranges: [] }), expect: [] },
    { when: 'authorized ranges set', mutate: (d) => (cluster(d).api_server_access_profile = [{ authorized_ip_ranges: ['1.2.3.4/32'] }]), expect: [A.cluster], message: /1\.2\.3\.4/ },
    { when: 'no cluster', mutate: noCluster, expect: NOT_APPLICABLE },
  ]),
  describeRule(outboundTypeNone, [
    { when: 'block through azapi (cluster says none)', mutate: (d) => azapiBlock(d, 'block'), expect: [] },
    { when: 'outbound_type missing (default loadBalancer)', mutate: (d) => delete cluster(d).network_profile.outbound_type, expect: [A.cluster], message: /provider default "loadBalancer"/ },
    { when: 'no network_profile at all', mutate: (d) => delete cluster(d).network_profile, expect: [A.cluster] },
    { when: 'userDefinedRouting', mutate: (d) => (cluster(d).network_profile.outbound_type = 'userDefinedRouting'), expect: [A.cluster], message: /"userDefinedRouting" \(your route table/ },
    { when: 'managedNATGatewayV2 (known to the AKS API)', mutate: (d) => (cluster(d).network_profile.outbound_type = 'managedNATGatewayV2'), expect: [A.cluster], message: /"managedNATGatewayV2" \(an AKS-managed NAT gateway V2/ },
    { when: 'userAssignedNATGateway', mutate: (d) => (cluster(d).network_profile.outbound_type = 'userAssignedNATGateway'), expect: [A.cluster], message: /^(?!.*unknown outbound type).*your NAT gateway/ },
    { when: 'an unknown value', mutate: (d) => (cluster(d).network_profile.outbound_type = 'natGatewayV3'), expect: [A.cluster], message: /"natGatewayV3" \(unknown outbound type; AKS knows loadBalancer, .*managedNATGatewayV2, none, block\)/ },
    { when: 'azapi sets an unknown value', mutate: (d) => azapiBlock(d, 'open'), expect: [A.cluster], message: /"open" \(unknown outbound type/ },
    { when: 'block on the azurerm resource', mutate: (d) => (cluster(d).network_profile.outbound_type = 'block'), expect: [A.cluster], message: /azapi_update_resource/ },
    { when: 'azapi sets loadBalancer', mutate: (d) => azapiBlock(d, 'loadBalancer'), expect: [A.cluster], message: /azapi_update_resource\.outbound sets/ },
    {
      when: 'azapi body as a JSON string (azapi 1.x) with block',
      mutate: (d) => {
        azapiBlock(d, 'x');
        at(d, 'azapi_update_resource.outbound').body = JSON.stringify({ properties: { networkProfile: { outboundType: 'block' } } });
      },
      expect: [],
    },
    { when: 'no cluster', mutate: noCluster, expect: NOT_APPLICABLE },
  ]),
  describeRule(outboundTypeBlockPreview, [
    { when: 'azapi sets none', mutate: (d) => azapiBlock(d, 'none'), expect: NOT_APPLICABLE },
    { when: 'block through azapi', mutate: (d) => azapiBlock(d, 'block'), expect: [A.cluster], message: /preview.*azapi_update_resource\.outbound/ },
    {
      when: 'block through a jsonencode expression',
      mutate: (d) => {
        azapiBlock(d, 'x');
        at(d, 'azapi_update_resource.outbound').body = '${jsonencode({properties = {networkProfile = {outboundType = "block"}}})}';
      },
      expect: [A.cluster],
    },
  ]),
  describeRule(artifactSourceCache, [
    { when: 'AKS-managed registry (no container_registry_id)', mutate: (d) => delete cluster(d).bootstrap_profile.container_registry_id, expect: [] },
    { when: 'bootstrap_profile missing (default Direct)', mutate: (d) => delete cluster(d).bootstrap_profile, expect: [A.cluster], message: /provider default "Direct"/ },
    { when: 'artifact_source Direct', mutate: (d) => (cluster(d).bootstrap_profile = [{ artifact_source: 'Direct' }]), expect: [A.cluster] },
    { when: 'no cluster', mutate: noCluster, expect: NOT_APPLICABLE },
  ]),
  describeRule(nodeOsUpgradeChannel, [
    { when: 'channel missing (default NodeImage)', mutate: (d) => delete cluster(d).node_os_upgrade_channel, expect: [] },
    { when: 'channel None', mutate: (d) => (cluster(d).node_os_upgrade_channel = 'None'), expect: [] },
    { when: 'channel SecurityPatch', mutate: (d) => (cluster(d).node_os_upgrade_channel = 'SecurityPatch'), expect: [A.cluster], message: /"SecurityPatch".*"NodeImage", "None"/ },
    { when: 'channel Unmanaged', mutate: (d) => (cluster(d).node_os_upgrade_channel = 'Unmanaged'), expect: [A.cluster] },
    { when: 'no cluster', mutate: noCluster, expect: NOT_APPLICABLE },
  ]),
  describeRule(noWindowsNodePools, [
    { when: 'os_type missing (default Linux)', mutate: (d) => delete at(d, A.pool).os_type, expect: [] },
    { when: 'os_type Windows', mutate: (d) => (at(d, A.pool).os_type = 'Windows'), expect: [A.pool], message: /"Windows"/ },
    { when: 'os_type windows (lower case)', mutate: (d) => (at(d, A.pool).os_type = 'windows'), expect: [A.pool] },
    { when: 'no separate node pools', mutate: (d) => remove(d, A.pool), expect: NOT_APPLICABLE },
  ]),
  describeRule(noNodePublicIp, [
    { when: 'node_public_ip_enabled missing everywhere', mutate: (d) => delete cluster(d).default_node_pool.node_public_ip_enabled, expect: [] },
    { when: 'default pool with public IPs', mutate: (d) => (cluster(d).default_node_pool.node_public_ip_enabled = true), expect: [A.cluster], message: /default_node_pool\.node_public_ip_enabled is true/ },
    { when: 'node pool with public IPs ("true")', mutate: (d) => (at(d, A.pool).node_public_ip_enabled = 'true'), expect: [A.pool] },
    { when: 'default pool written as a list', mutate: (d) => (cluster(d).default_node_pool = [{ name: 'x', node_public_ip_enabled: true }]), expect: [A.cluster] },
    { when: 'no cluster or pool', mutate: noCluster, expect: NOT_APPLICABLE },
  ]),
  describeRule(azureCni, [
    { when: 'network_plugin azure without overlay', mutate: (d) => delete cluster(d).network_profile.network_plugin_mode, expect: [] },
    { when: 'network_profile missing (default kubenet)', mutate: (d) => delete cluster(d).network_profile, expect: [A.cluster], message: /provider default "kubenet"/ },
    { when: 'kubenet', mutate: (d) => (cluster(d).network_profile.network_plugin = 'kubenet'), expect: [A.cluster] },
    { when: 'none (BYO CNI)', mutate: (d) => (cluster(d).network_profile.network_plugin = 'none'), expect: [A.cluster] },
    { when: 'no cluster', mutate: noCluster, expect: NOT_APPLICABLE },
  ]),
  describeRule(kubernetesVersion, [
    { when: 'minor version 1.31', mutate: (d) => (cluster(d).kubernetes_version = '1.31'), expect: [] },
    { when: 'version from a data source', mutate: (d) => (cluster(d).kubernetes_version = '${data.azurerm_kubernetes_service_versions.v.latest_version}'), expect: [] },
    { when: 'cluster 1.29.7', mutate: (d) => (cluster(d).kubernetes_version = '1.29.7'), expect: [A.cluster], message: /"1\.29\.7".*1\.30 or later/ },
    { when: 'node pool 1.28', mutate: (d) => (at(d, A.pool).orchestrator_version = '1.28'), expect: [A.pool] },
    { when: 'no cluster', mutate: noCluster, expect: NOT_APPLICABLE },
  ]),
  describeRule(kubernetesVersionMinorOnly, [
    { when: 'minor version 1.33', mutate: (d) => (cluster(d).kubernetes_version = '1.33'), expect: [] },
    { when: 'no version (region default)', mutate: (d) => delete cluster(d).kubernetes_version, expect: [] },
    { when: 'cluster pinned to 1.30.3 (the quickstart pin)', mutate: (d) => (cluster(d).kubernetes_version = '1.30.3'), expect: [A.cluster], message: /^kubernetes_version is "1\.30\.3", a patch version; allowed: "MAJOR\.MINOR" \(e\.g\. "1\.30"\)\.$/ },
    { when: 'a node pool pinned to a patch', mutate: (d) => (at(d, A.pool).orchestrator_version = '1.33.1'), expect: [A.pool] },
    { when: 'a patch from a variable default', mutate: (d) => { d.variable = { k: { default: '1.31.2' } }; cluster(d).kubernetes_version = '${var.k}'; }, expect: [A.cluster] },
    { when: 'no cluster', mutate: noCluster, expect: NOT_APPLICABLE },
  ]),
  describeRule(clusterDependsOn, [
    {
      when: 'depends on the prerequisites through a terraform_data gate (transitive)',
      mutate: (d) => {
        const deps = cluster(d).depends_on;
        put(d, 'terraform_data.gate', { depends_on: deps });
        cluster(d).depends_on = ['${terraform_data.gate}'];
      },
      expect: [],
    },
    {
      when: 'a depends_on cycle does not hang',
      mutate: (d) => {
        put(d, 'terraform_data.a', { depends_on: ['terraform_data.b'] });
        put(d, 'terraform_data.b', { depends_on: ['terraform_data.a'] });
        cluster(d).depends_on = ['terraform_data.a'];
      },
      expect: [A.cluster],
    },
    {
      when: 'depends_on missing the private endpoint and the DNS link',
      mutate: (d) => (cluster(d).depends_on = [A.acrPull, A.mio, A.nodesNc, A.cacheRule]),
      expect: [A.cluster],
      message: /azurerm_private_endpoint\.acr, azurerm_private_dns_zone_virtual_network_link\.acr/,
    },
    { when: 'no depends_on at all', mutate: (d) => delete cluster(d).depends_on, expect: [A.cluster], message: /azurerm_role_assignment\.acr_pull/ },
    {
      when: 'AKS-managed registry, system identity, no BYO VNet: nothing to wait for',
      mutate: (d) => {
        const c = cluster(d);
        delete c.bootstrap_profile.container_registry_id;
        delete c.kubelet_identity;
        delete c.default_node_pool.vnet_subnet_id;
        remove(d, A.pool);
        c.identity = { type: 'SystemAssigned' };
      },
      expect: NOT_APPLICABLE,
    },
  ]),
  describeRule(clusterPresent, [
    { when: 'no cluster: one finding on the document saying nothing was judged', mutate: noCluster, expect: ['(document)'], message: /^no AKS cluster in this document .*no cluster rule judged anything/ },
    { when: 'an empty document', doc: () => ({}), expect: ['(document)'] },
    { when: 'a registry-only stack (cluster elsewhere)', mutate: (d) => remove(d, 'azurerm_kubernetes_cluster', 'azurerm_kubernetes_cluster_node_pool', 'azurerm_role_assignment'), expect: ['(document)'] },
    { when: 'a cluster without node pools', mutate: (d) => remove(d, 'azurerm_kubernetes_cluster_node_pool'), expect: [] },
  ]),
];

expectAllDescribed('NI-AKS', described);

describe('NI-AKS-012 cluster-depends-on with clusters that depend on each other', () => {
  const CLUSTERS = 2_000;
  /** Every 7th cluster does not list its role assignment in depends_on: exactly those are reported. */
  const missesItsRole = (i: number) => i % 7 === 3;

  /** 2,000 clusters, each with its subnet, identity and Network Contributor assignment; k<i> depends_on k<i+1>. */
  function chainedClusters(cyclic: boolean): Json {
    const resource: Json = {};
    const add = (type: string, name: string, config: Json) => ((resource[type] ??= {})[name] = config);
    for (let i = 0; i < CLUSTERS; i++) {
      add('azurerm_virtual_network', `v${i}`, { name: `v${i}` });
      add('azurerm_subnet', `s${i}`, { name: `s${i}`, virtual_network_name: ref(`azurerm_virtual_network.v${i}`, 'name') });
      add('azurerm_user_assigned_identity', `u${i}`, { name: `u${i}` });
      add('azurerm_role_assignment', `r${i}`, { scope: ref(`azurerm_subnet.s${i}`), principal_id: ref(`azurerm_user_assigned_identity.u${i}`, 'principal_id'), role_definition_name: 'Network Contributor' });
      const next = i + 1 < CLUSTERS ? [`azurerm_kubernetes_cluster.k${i + 1}`] : cyclic ? ['azurerm_kubernetes_cluster.k0'] : [];
      add('azurerm_kubernetes_cluster', `k${i}`, {
        name: `k${i}`,
        identity: { type: 'UserAssigned', identity_ids: [ref(`azurerm_user_assigned_identity.u${i}`)] },
        default_node_pool: { name: 'system', vnet_subnet_id: ref(`azurerm_subnet.s${i}`) },
        depends_on: [...(missesItsRole(i) ? [] : [`azurerm_role_assignment.r${i}`]), ...next],
      });
    }
    return { resource };
  }
  const expected = Array.from({ length: CLUSTERS }, (_, i) => i)
    .filter(missesItsRole)
    .map((i) => `azurerm_kubernetes_cluster.k${i}`)
    .sort();

  // Correctness only, no timing assertion. jest's default timeout (5 s) catches a regression to quadratic
  // work (each cluster's closure computed from scratch: 20-50 s here), but a timeout can only fire while
  // the event loop is free: the test yields once after the synchronous check.
  it.each([
    ['a chain', false],
    ['a cycle', true],
  ])('2,000 clusters in %s: reports exactly the clusters whose own role assignment is not covered', async (_shape, cyclic) => {
    const json = chainedClusters(cyclic);
    const addresses = findingAddresses(clusterDependsOn, json);
    const messages = findingMessages(clusterDependsOn, json);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(addresses).toEqual(expected);
    for (const message of messages) expect(message).toMatch(/does not cover .*: azurerm_role_assignment\.r\d+\.$/);
  });
});
