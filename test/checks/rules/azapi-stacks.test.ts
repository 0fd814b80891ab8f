// Whole stacks written with azapi: the fail-open case of issue 11 (a Microsoft-quickstart-shaped azapi
// cluster that is public, kubenet, loadBalancer, with a Windows pool, SecurityPatch and 1.29), stacks that
// mix azurerm and azapi, the body forms (object, JSON string, jsonencode), azapi_update_resource and
// suppressions on azapi addresses.
import { runChecks } from '../../../src/checks/engine';
import { TerraformDocument } from '../../../src/checks/model/terraform-document';
import { T } from '../../../src/checks/model/subjects';
import { RuleSeverity } from '../../../src/checks/rule';
import { add, azapiDoc, clusterBody, props, res, Z } from '../azapi-fixtures';
import { A, compliantDoc, Json, ref, remove } from '../fixtures';

const unsuppressed = (json: Json) => runChecks([{ stack: 'stack', document: json }]).findings.filter((f) => !f.suppressed);
const errorIds = (json: Json) => [...new Set(unsuppressed(json).filter((f) => f.severity === RuleSeverity.ERROR).map((f) => f.ruleId))].sort();

/** The quickstart-shaped cluster made public, kubenet, loadBalancer, Windows, SecurityPatch and 1.29. */
function failOpenCluster(doc: Json): Json {
  const p = props(doc, Z.cluster);
  p.apiServerAccessProfile = { enablePrivateCluster: false };
  p.networkProfile = { networkPlugin: 'kubenet', outboundType: 'loadBalancer' };
  p.agentPoolProfiles.push({ name: 'win', mode: 'User', count: 1, vmSize: 'Standard_D4ds_v5', osType: 'Windows' });
  p.autoUpgradeProfile.nodeOSUpgradeChannel = 'SecurityPatch';
  p.kubernetesVersion = '1.29';
  return doc;
}

/** The azurerm compliant fixture with its cluster written as an azapi_resource over the azurerm resources. */
function mixedDoc(): Json {
  const doc = compliantDoc();
  const cp = 'azurerm_user_assigned_identity.cp';
  const kubelet = 'azurerm_user_assigned_identity.kubelet';
  const dependsOn = doc.resource.azurerm_kubernetes_cluster.aks.depends_on;
  remove(doc, 'azurerm_kubernetes_cluster');
  const body = clusterBody();
  body.properties.bootstrapProfile.containerRegistryId = ref(A.registry);
  body.properties.identityProfile.kubeletidentity = { resourceId: ref(kubelet), clientId: ref(kubelet, 'client_id'), objectId: ref(kubelet, 'principal_id') };
  for (const pool of body.properties.agentPoolProfiles) pool.vnetSubnetID = ref(A.nodes);
  add(doc, Z.cluster, {
    type: 'Microsoft.ContainerService/managedClusters@2025-05-01',
    name: 'aks',
    parent_id: ref('azurerm_resource_group.rg'),
    location: 'westeurope',
    identity: [{ type: 'UserAssigned', identity_ids: [ref(cp)] }],
    body,
    depends_on: dependsOn,
  });
  doc.resource.azurerm_kubernetes_cluster_node_pool.user.kubernetes_cluster_id = ref(Z.cluster);
  return doc;
}

describe('azapi stacks', () => {
  it('judges the compliant azapi stack with no finding, every rule but the absent features applicable', () => {
    const report = runChecks([{ stack: 'stack', document: azapiDoc() }]);
    expect(report.findings).toEqual([]);
    expect(report.notApplicable.stack).toEqual(['NI-AKS-005', 'NI-EXT-001', 'NI-EXT-002', 'NI-EXT-005', 'NI-EXT-006', 'NI-IAM-007', 'NI-NET-005', 'NI-PLAN-001', 'NI-PLAN-002', 'NI-PLAN-003', 'NI-PLAN-004']);
  });

  it('fails the quickstart-shaped public/kubenet/loadBalancer/Windows/SecurityPatch/1.29 azapi cluster (was 0 errors)', () => {
    // GIVEN the compliant azapi stack with the cluster weakened the way issue 11 measured it
    const json = failOpenCluster(azapiDoc());
    // THEN exactly these errors, all on the azapi address
    expect(errorIds(json)).toEqual(['NI-AKS-001', 'NI-AKS-004', 'NI-AKS-007', 'NI-AKS-008', 'NI-AKS-010', 'NI-AKS-011']);
    expect(new Set(unsuppressed(json).map((f) => f.address))).toEqual(new Set([Z.cluster]));
  });

  it('fails the same cluster alone (no registry, network or roles in the stack) on the same rules', () => {
    const doc = failOpenCluster(azapiDoc());
    const alone = { resource: { azapi_resource: { aks: res(doc, Z.cluster) } } };
    expect(errorIds(alone)).toEqual(expect.arrayContaining(['NI-AKS-001', 'NI-AKS-004', 'NI-AKS-007', 'NI-AKS-008', 'NI-AKS-010', 'NI-AKS-011']));
  });

  it('judges an azapi cluster over azurerm network, registry, identities and roles as compliant', () => {
    expect(unsuppressed(mixedDoc())).toEqual([]);
  });

  it('reports on the azapi cluster and on the azurerm node pool of a mixed stack', () => {
    const doc = mixedDoc();
    props(doc, Z.cluster).networkProfile.outboundType = 'loadBalancer';
    doc.resource.azurerm_kubernetes_cluster_node_pool.user.os_type = 'Windows';
    const found = unsuppressed(doc).map((f) => `${f.ruleId} ${f.address}`);
    expect(found.sort()).toEqual([`NI-AKS-004 ${Z.cluster}`, `NI-AKS-008 ${A.pool}`]);
  });

  it('judges an azurerm cluster bootstrapping from an azapi registry', () => {
    const doc = azapiDoc();
    const azurerm = compliantDoc();
    const cluster = azurerm.resource.azurerm_kubernetes_cluster.aks;
    cluster.bootstrap_profile.container_registry_id = ref(Z.registry);
    props(doc, Z.registry).publicNetworkAccess = 'Enabled';
    doc.resource.azurerm_kubernetes_cluster = { aks: cluster };
    const found = unsuppressed(doc).filter((f) => f.ruleId.startsWith('NI-ACR')).map((f) => `${f.ruleId} ${f.address}`);
    expect(found).toEqual([`NI-ACR-002 ${Z.registry}`]);
  });

  it('maps the subjects under their own address, so references and parent_id resolve', () => {
    const doc = new TerraformDocument(azapiDoc());
    expect(doc.resolve(`\${${Z.cluster}.id}`)).toMatchObject({ type: T.cluster, address: Z.cluster });
    expect(doc.resources(T.cluster).map((r) => r.address)).toEqual([Z.cluster]);
    expect(doc.resources(T.nodePool).map((r) => r.address)).toEqual([Z.cluster]); // the User item of agentPoolProfiles
    expect(doc.resources(T.subnet).map((r) => r.address).sort()).toEqual([Z.endpoints, Z.vnet]);
    expect(doc.resources('azapi_resource').map((r) => r.address)).toEqual([Z.rg, Z.cp, Z.kubelet, Z.zoneGroup]);
    expect(doc.dependsOn(Z.cluster).map((r) => r.address)).toContain(Z.endpoint);
    expect(doc.get(Z.endpoint)?.config.private_dns_zone_group).toEqual({ name: 'default', private_dns_zone_ids: [ref(Z.zone)] });
  });

  it('reads a JSON string body (azapi 1.x) like an object body', () => {
    const json = failOpenCluster(azapiDoc());
    res(json, Z.cluster).body = JSON.stringify(res(json, Z.cluster).body);
    expect(errorIds(json)).toEqual(['NI-AKS-001', 'NI-AKS-004', 'NI-AKS-007', 'NI-AKS-008', 'NI-AKS-010', 'NI-AKS-011']);
  });

  it('fails closed on a body it cannot read (${jsonencode(...)})', () => {
    const json = azapiDoc();
    res(json, Z.cluster).body = '${jsonencode({ properties = local.properties })}';
    const ids = errorIds(json);
    expect(ids).toEqual(expect.arrayContaining(['NI-AKS-001', 'NI-AKS-004', 'NI-AKS-006', 'NI-AKS-007', 'NI-AKS-008', 'NI-AKS-009', 'NI-AKS-010']));
    const message = unsuppressed(json).find((f) => f.ruleId === 'NI-AKS-001')!.message;
    expect(message).toMatch(/unresolved or non-literal value \("\$\{jsonencode/);
  });

  it('leaves an azapi resource whose type it cannot read as written', () => {
    const json = azapiDoc();
    res(json, Z.cluster).type = '${var.cluster_type}';
    const doc = new TerraformDocument(json);
    expect(doc.resources(T.cluster)).toEqual([]);
    expect(doc.get(Z.cluster)?.type).toBe('azapi_resource');
  });

  it('applies an azapi_update_resource on top of an azurerm cluster, without changing the input', () => {
    const json = compliantDoc();
    add(json, 'azapi_update_resource.plugin', {
      type: 'Microsoft.ContainerService/managedClusters@2025-05-01',
      resource_id: ref(A.cluster),
      body: { properties: { networkProfile: { networkPlugin: 'kubenet' } } },
    });
    const found = unsuppressed(json);
    expect(found.map((f) => `${f.ruleId} ${f.address}`)).toEqual([`NI-AKS-010 ${A.cluster}`]);
    expect(found[0].message).toMatch(/azapi_update_resource\.plugin body\.properties\.networkProfile\.networkPlugin/);
    expect(json.resource.azurerm_kubernetes_cluster.aks.network_profile.network_plugin).toBe('azure');
  });

  it('keeps the block preview through azapi_update_resource on an azurerm cluster a warning, not an error', () => {
    const json = compliantDoc();
    add(json, 'azapi_update_resource.outbound', {
      type: 'Microsoft.ContainerService/managedClusters@2025-05-02-preview',
      resource_id: ref(A.cluster),
      body: { properties: { networkProfile: { outboundType: 'block' } } },
    });
    expect(unsuppressed(json).map((f) => `${f.ruleId} ${f.address}`)).toEqual([`NI-AKS-005 ${A.cluster}`]);
  });

  it('suppresses a finding by the azapi address', () => {
    const json = failOpenCluster(azapiDoc());
    const reason = 'public API server accepted for this sandbox until 2027';
    const report = runChecks([{ stack: 'stack', document: json }], { suppressions: [{ ruleId: 'NI-AKS-001', address: Z.cluster, reason }] });
    expect(report.findings.find((f) => f.ruleId === 'NI-AKS-001')).toMatchObject({ suppressed: true, address: Z.cluster });
  });
});
