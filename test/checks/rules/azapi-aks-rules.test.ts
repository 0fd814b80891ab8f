// Every NI-AKS rule on a cluster written with azapi (Microsoft.ContainerService/managedClusters).
import { NOT_APPLICABLE } from '../../../src/checks/rule';
import { artifactSourceCache } from '../../../src/checks/rules/artifact-source-cache';
import { azureCni } from '../../../src/checks/rules/azure-cni';
import { clusterPresent } from '../../../src/checks/rules/cluster-present';
import { clusterDependsOn } from '../../../src/checks/rules/cluster-depends-on';
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
import { add, describeAzapiRule, drop, NODES_SUBNET, props, res, Z } from '../azapi-fixtures';
import { Json, ref } from '../fixtures';
import { expectAllDescribed } from '../rule-cases';

const p = (d: Json) => props(d, Z.cluster);
const noCluster = (d: Json) => drop(d, Z.cluster);
const pools = (d: Json) => p(d).agentPoolProfiles;
const update = (d: Json, properties: Json) =>
  add(d, 'azapi_update_resource.aks', {
    type: 'Microsoft.ContainerService/managedClusters@2025-05-02-preview',
    resource_id: ref(Z.cluster),
    body: { properties },
  });
const agentPool = (d: Json, properties: Json) =>
  add(d, 'azapi_resource.win', {
    type: 'Microsoft.ContainerService/managedClusters/agentPools@2025-05-01',
    name: 'win',
    parent_id: ref(Z.cluster),
    body: { properties: { vmSize: 'Standard_D4ds_v5', vnetSubnetID: NODES_SUBNET, ...properties } },
  });

const described = [
  describeAzapiRule(privateCluster, [
    { when: 'enablePrivateCluster false', mutate: (d) => (p(d).apiServerAccessProfile.enablePrivateCluster = false), expect: [Z.cluster], message: /apiServerAccessProfile\.enablePrivateCluster\) is false/ },
    { when: 'no apiServerAccessProfile (API default public)', mutate: (d) => delete p(d).apiServerAccessProfile, expect: [Z.cluster] },
    { when: 'no cluster', mutate: noCluster, expect: NOT_APPLICABLE },
  ]),
  describeAzapiRule(noPublicFqdn, [
    { when: 'enablePrivateClusterPublicFQDN true', mutate: (d) => (p(d).apiServerAccessProfile.enablePrivateClusterPublicFQDN = true), expect: [Z.cluster], message: /enablePrivateClusterPublicFQDN/ },
  ]),
  describeAzapiRule(noAuthorizedIpRanges, [
    { when: 'authorizedIPRanges set', mutate: (d) => (p(d).apiServerAccessProfile.authorizedIPRanges = ['1.2.3.4/32']), expect: [Z.cluster], message: /authorizedIPRanges.*1\.2\.3\.4/ },
    { when: 'authorizedIPRanges empty', mutate: (d) => (p(d).apiServerAccessProfile.authorizedIPRanges = []), expect: [] },
  ]),
  describeAzapiRule(outboundTypeNone, [
    { when: 'outboundType loadBalancer', mutate: (d) => (p(d).networkProfile.outboundType = 'loadBalancer'), expect: [Z.cluster], message: /networkProfile\.outboundType\) is "loadBalancer"/ },
    { when: 'outboundType missing (API default loadBalancer)', mutate: (d) => delete p(d).networkProfile.outboundType, expect: [Z.cluster] },
    { when: 'outboundType block in the cluster body (preview, azapi)', mutate: (d) => (p(d).networkProfile.outboundType = 'block'), expect: [] },
    { when: 'an azapi_update_resource sets managedNATGateway', mutate: (d) => update(d, { networkProfile: { outboundType: 'managedNATGateway' } }), expect: [Z.cluster], message: /azapi_update_resource\.aks sets/ },
  ]),
  describeAzapiRule(outboundTypeBlockPreview, [
    { when: 'outboundType block in the cluster body', mutate: (d) => (p(d).networkProfile.outboundType = 'block'), expect: [Z.cluster], message: /set by azapi_resource\.aks/ },
    { when: 'block through an azapi_update_resource of the azapi cluster', mutate: (d) => update(d, { networkProfile: { outboundType: 'block' } }), expect: [Z.cluster], message: /set by azapi_update_resource\.aks/ },
    { when: 'outboundType none', mutate: () => undefined, expect: NOT_APPLICABLE },
  ]),
  describeAzapiRule(artifactSourceCache, [
    { when: 'artifactSource Direct', mutate: (d) => (p(d).bootstrapProfile.artifactSource = 'Direct'), expect: [Z.cluster], message: /bootstrapProfile\.artifactSource/ },
    { when: 'no bootstrapProfile (API default Direct)', mutate: (d) => delete p(d).bootstrapProfile, expect: [Z.cluster] },
  ]),
  describeAzapiRule(nodeOsUpgradeChannel, [
    { when: 'nodeOSUpgradeChannel SecurityPatch', mutate: (d) => (p(d).autoUpgradeProfile.nodeOSUpgradeChannel = 'SecurityPatch'), expect: [Z.cluster], message: /nodeOSUpgradeChannel\) is "SecurityPatch"/ },
    { when: 'SecurityPatch set by an azapi_update_resource', mutate: (d) => update(d, { autoUpgradeProfile: { nodeOSUpgradeChannel: 'SecurityPatch' } }), expect: [Z.cluster], message: /azapi_update_resource\.aks body\.properties\.autoUpgradeProfile\.nodeOSUpgradeChannel/ },
    { when: 'no autoUpgradeProfile (NodeImage default)', mutate: (d) => delete p(d).autoUpgradeProfile, expect: [] },
  ]),
  describeAzapiRule(noWindowsNodePools, [
    { when: 'a Windows item in agentPoolProfiles', mutate: (d) => (pools(d)[1].osType = 'Windows'), expect: [Z.cluster], message: /agentPoolProfiles\[1\]\.osType\) is "Windows"/ },
    { when: 'a Windows agentPools resource', mutate: (d) => agentPool(d, { osType: 'Windows', osSKU: 'Windows2022' }), expect: ['azapi_resource.win'] },
    { when: 'a Linux agentPools resource', mutate: (d) => agentPool(d, { osType: 'Linux' }), expect: [] },
    { when: 'agentPoolProfiles an unreadable expression', mutate: (d) => (p(d).agentPoolProfiles = '${local.pools}'), expect: [Z.cluster], message: /unresolved/ },
  ]),
  describeAzapiRule(noNodePublicIp, [
    { when: 'enableNodePublicIP on the System pool', mutate: (d) => (pools(d)[0].enableNodePublicIP = true), expect: [Z.cluster], message: /agentPoolProfiles\[0\]\.enableNodePublicIP/ },
    { when: 'enableNodePublicIP on an agentPools resource', mutate: (d) => agentPool(d, { osType: 'Linux', enableNodePublicIP: true }), expect: ['azapi_resource.win'] },
  ]),
  describeAzapiRule(azureCni, [
    { when: 'networkPlugin kubenet', mutate: (d) => (p(d).networkProfile.networkPlugin = 'kubenet'), expect: [Z.cluster], message: /networkProfile\.networkPlugin\) is "kubenet"/ },
    { when: 'no networkProfile', mutate: (d) => delete p(d).networkProfile, expect: [Z.cluster] },
  ]),
  describeAzapiRule(kubernetesVersion, [
    { when: 'kubernetesVersion 1.29', mutate: (d) => (p(d).kubernetesVersion = '1.29'), expect: [Z.cluster], message: /body\.properties\.kubernetesVersion\) is "1\.29"/ },
    { when: 'orchestratorVersion 1.28 on a pool item', mutate: (d) => (pools(d)[1].orchestratorVersion = '1.28'), expect: [Z.cluster], message: /agentPoolProfiles\[1\]\.orchestratorVersion/ },
    { when: 'no kubernetesVersion (region default)', mutate: (d) => delete p(d).kubernetesVersion, expect: [] },
  ]),
  describeAzapiRule(clusterPresent, [
    { when: 'the cluster is an azapi managedClusters resource', mutate: () => undefined, expect: [] },
    { when: 'no cluster in any form', mutate: noCluster, expect: ['(document)'], message: /no AKS cluster/i },
  ]),
  describeAzapiRule(kubernetesVersionMinorOnly, [
    { when: 'kubernetesVersion 1.30.3 (the quickstart pin)', mutate: (d) => (p(d).kubernetesVersion = '1.30.3'), expect: [Z.cluster], message: /body\.properties\.kubernetesVersion\) is "1\.30\.3", a patch version/ },
    { when: 'kubernetesVersion 1.33', mutate: (d) => (p(d).kubernetesVersion = '1.33'), expect: [] },
  ]),
  describeAzapiRule(clusterDependsOn, [
    { when: 'depends_on misses the private endpoint', mutate: (d) => (res(d, Z.cluster).depends_on = [Z.acrPull, Z.mio, Z.nodesNc, Z.cacheRule, Z.link]), expect: [Z.cluster], message: /azapi_resource\.pe/ },
    { when: 'no depends_on', mutate: (d) => delete res(d, Z.cluster).depends_on, expect: [Z.cluster] },
  ]),
];

expectAllDescribed('NI-AKS', described);
