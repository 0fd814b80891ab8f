// The plan guards judge a plan's resource changes (before/after), in azurerm and in azapi form.
import { runChecks } from '../../../src/checks/engine';
import { NOT_APPLICABLE, Rule } from '../../../src/checks/rule';
import type { ResourceChange } from '../../../src/checks/model/resource-change';
import { TerraformDocument } from '../../../src/checks/model/terraform-document';
import { ALL_RULES } from '../../../src/checks/rules';
import { planArtifactSourceAndOutboundTypeTogether } from '../../../src/checks/rules/plan-artifact-source-and-outbound-type-together';
import { planNoCacheToDirect } from '../../../src/checks/rules/plan-no-cache-to-direct';
import { planNoClusterOrRegistryReplacement } from '../../../src/checks/rules/plan-no-cluster-or-registry-replacement';
import { planOutboundEgressReopened } from '../../../src/checks/rules/plan-outbound-egress-reopened';
import { A, compliantDoc, Json } from '../fixtures';

const CLUSTER = 'module.aks.azurerm_kubernetes_cluster.this';
const AZAPI = 'azapi_resource.aks';
const UPDATE = 'azapi_update_resource.outbound';
const ACR_ID = '/subscriptions/0000/resourceGroups/rg/providers/Microsoft.ContainerRegistry/registries/acr1';
const CLUSTER_TYPE = 'Microsoft.ContainerService/managedClusters@2025-05-02-preview';

/** One resource change. */
function change(address: string, type: string, actions: string[], before: Json | null, after: Json | null, extra: Partial<ResourceChange> = {}): ResourceChange {
  return { address, type, actions, before, after, ...extra };
}
/** azurerm cluster values with an artifact source and an outbound type (undefined: block left out). */
function azurerm(artifactSource?: string, outboundType?: string, registryId?: string): Json {
  return {
    name: 'aks',
    private_cluster_enabled: true,
    ...(artifactSource ? { bootstrap_profile: [{ artifact_source: artifactSource, ...(registryId ? { container_registry_id: registryId } : {}) }] } : {}),
    ...(outboundType ? { network_profile: [{ network_plugin: 'azure', outbound_type: outboundType }] } : {}),
  };
}
/** azapi values: `{ type, body: { properties } }` (body as an object, or a JSON string for azapi 1.x). */
function azapi(properties: Json, asString = false): Json {
  const body = { properties };
  return { type: CLUSTER_TYPE, name: 'aks', body: asString ? JSON.stringify(body) : body };
}
const profile = (artifactSource?: string, outboundType?: string): Json => ({
  ...(artifactSource ? { bootstrapProfile: { artifactSource } } : {}),
  ...(outboundType ? { networkProfile: { outboundType } } : {}),
});
const update = (address: string, type: string, before: Json, after: Json, extra?: Partial<ResourceChange>) => change(address, type, ['update'], before, after, extra);

/** The sorted finding addresses of a rule over a document built from changes (and an optional configuration). */
function run(rule: Rule, changes: ResourceChange[], json: Json = {}): string[] | typeof NOT_APPLICABLE {
  const outcome = rule.evaluate(new TerraformDocument(json, { changes }));
  return outcome === NOT_APPLICABLE ? outcome : outcome.map((f) => f.address).sort();
}
function messages(rule: Rule, changes: ResourceChange[], json: Json = {}): string[] {
  const outcome = rule.evaluate(new TerraformDocument(json, { changes }));
  return outcome === NOT_APPLICABLE ? [] : outcome.map((f) => f.message);
}
const unrelated = [change('azurerm_resource_group.rg', 'azurerm_resource_group', ['update'], { name: 'a' }, { name: 'b' })];

describe('NI-PLAN-001 plan-artifact-source-and-outbound-type-together', () => {
  const rule = planArtifactSourceAndOutboundTypeTogether;
  it('reports one azurerm update switching both (Direct/loadBalancer -> Cache/none)', () => {
    const changes = [update(CLUSTER, 'azurerm_kubernetes_cluster', azurerm('Direct', 'loadBalancer'), azurerm('Cache', 'none'))];
    expect(run(rule, changes)).toEqual([CLUSTER]);
    expect(messages(rule, changes)[0]).toMatch(/"Direct" -> "Cache".*"loadBalancer" -> "none".*InvalidNetworkIsolatedClusterConfiguration/);
  });
  it('reads absent blocks as the defaults (Direct, loadBalancer)', () => {
    expect(run(rule, [update(CLUSTER, 'azurerm_kubernetes_cluster', azurerm(), azurerm('Cache', 'none'))])).toEqual([CLUSTER]);
  });
  it('reports the azapi form (body.properties)', () => {
    expect(run(rule, [update(AZAPI, 'azapi_resource', azapi(profile('Direct', 'loadBalancer')), azapi(profile('Cache', 'none')))])).toEqual([AZAPI]);
  });
  it('reports the azapi 1.x form (body as a JSON string)', () => {
    expect(run(rule, [update(AZAPI, 'azapi_resource', azapi(profile('Direct', 'loadBalancer'), true), azapi(profile('Cache', 'none'), true))])).toEqual([AZAPI]);
  });
  it('accepts the documented order: Cache first, outbound type later', () => {
    expect(run(rule, [update(CLUSTER, 'azurerm_kubernetes_cluster', azurerm('Direct', 'loadBalancer'), azurerm('Cache', 'loadBalancer'))])).toEqual([]);
    expect(run(rule, [update(CLUSTER, 'azurerm_kubernetes_cluster', azurerm('Cache', 'loadBalancer'), azurerm('Cache', 'none'))])).toEqual([]);
  });
  it('does not judge a create, or a value known only after apply', () => {
    expect(run(rule, [change(CLUSTER, 'azurerm_kubernetes_cluster', ['create'], null, azurerm('Cache', 'none'))])).toEqual([]);
    const unknown = update(CLUSTER, 'azurerm_kubernetes_cluster', azurerm('Direct', 'loadBalancer'), azurerm('Cache'), { afterUnknown: ['network_profile.0.outbound_type'] });
    expect(run(rule, [unknown])).toEqual([]);
  });
  it('is not applicable without cluster changes', () => {
    expect(run(rule, [])).toBe(NOT_APPLICABLE);
    expect(run(rule, unrelated)).toBe(NOT_APPLICABLE);
  });
});

describe('NI-PLAN-002 plan-no-cache-to-direct', () => {
  const rule = planNoCacheToDirect;
  it('reports azurerm Cache -> Direct', () => {
    const changes = [update(CLUSTER, 'azurerm_kubernetes_cluster', azurerm('Cache', 'none'), azurerm('Direct', 'none'))];
    expect(run(rule, changes)).toEqual([CLUSTER]);
    expect(messages(rule, changes)[0]).toMatch(/from "Cache" to "Direct".*BootstrapArtifactSourceNotAllowed/);
  });
  it('reports azurerm Cache -> absent (bootstrap_profile removed)', () => {
    const changes = [update(CLUSTER, 'azurerm_kubernetes_cluster', azurerm('Cache', 'none'), azurerm(undefined, 'none'))];
    expect(run(rule, changes)).toEqual([CLUSTER]);
    expect(messages(rule, changes)[0]).toMatch(/to "Direct" \(not set\)/);
  });
  it('reports the azapi forms: azapi_resource Cache -> Direct, azapi_update_resource setting Direct', () => {
    expect(run(rule, [update(AZAPI, 'azapi_resource', azapi(profile('Cache')), azapi(profile('Direct')))])).toEqual([AZAPI]);
    expect(run(rule, [update(UPDATE, 'azapi_update_resource', azapi(profile('Cache')), azapi(profile('Direct')))])).toEqual([UPDATE]);
  });
  it('reads an azapi_update_resource body without artifactSource as unchanged', () => {
    expect(run(rule, [update(UPDATE, 'azapi_update_resource', azapi(profile('Cache', 'none')), azapi(profile(undefined, 'block')))])).toEqual([]);
  });
  it('accepts Direct -> Cache and Cache -> Cache', () => {
    expect(run(rule, [update(CLUSTER, 'azurerm_kubernetes_cluster', azurerm('Direct'), azurerm('Cache'))])).toEqual([]);
    expect(run(rule, [update(CLUSTER, 'azurerm_kubernetes_cluster', azurerm('Cache', 'loadBalancer'), azurerm('Cache', 'none'))])).toEqual([]);
  });
  it('leaves a replacement to NI-PLAN-003 and is not applicable without cluster changes', () => {
    expect(run(rule, [change(CLUSTER, 'azurerm_kubernetes_cluster', ['delete', 'create'], azurerm('Cache'), azurerm('Direct'))])).toEqual([]);
    expect(run(rule, [])).toBe(NOT_APPLICABLE);
  });
});

describe('NI-PLAN-003 plan-no-cluster-or-registry-replacement', () => {
  const rule = planNoClusterOrRegistryReplacement;
  it('reports a cluster replaced by private_cluster_enabled, naming replace_paths', () => {
    const changes = [change(CLUSTER, 'azurerm_kubernetes_cluster', ['delete', 'create'], azurerm('Cache', 'none'), azurerm('Cache', 'none'), { replacePaths: ['private_cluster_enabled'] })];
    expect(run(rule, changes)).toEqual([CLUSTER]);
    expect(messages(rule, changes)[0]).toBe('the plan replaces this AKS cluster (actions ["delete","create"]); replace_paths: private_cluster_enabled.');
  });
  it('reports a deleted cluster and an azapi cluster replaced create-before-destroy', () => {
    const changes = [
      change(CLUSTER, 'azurerm_kubernetes_cluster', ['delete'], azurerm('Cache', 'none'), null),
      change(AZAPI, 'azapi_resource', ['create', 'delete'], azapi(profile('Cache', 'none')), azapi(profile('Cache', 'none'))),
    ];
    expect(run(rule, changes)).toEqual([AZAPI, CLUSTER]);
    expect(messages(rule, changes)[0]).toMatch(/^the plan deletes this AKS cluster/);
  });
  it('reports the bootstrap registry of the configuration (by address) when replaced', () => {
    const changes = [change(A.registry, 'azurerm_container_registry', ['delete', 'create'], { id: ACR_ID }, { name: 'acr' }, { replacePaths: ['name'] })];
    expect(run(rule, changes, compliantDoc())).toEqual([A.registry]);
    expect(messages(rule, changes, compliantDoc())[0]).toMatch(/replaces this bootstrap registry .*replace_paths: name/);
  });
  it('reports a deleted registry a cluster bootstraps from (by id), azurerm and azapi', () => {
    const cluster = update(CLUSTER, 'azurerm_kubernetes_cluster', azurerm('Cache', 'none', ACR_ID), azurerm('Cache', 'none', ACR_ID));
    const azurermAcr = change('azurerm_container_registry.gone', 'azurerm_container_registry', ['delete'], { id: ACR_ID.toUpperCase() }, null);
    const azapiAcr = change('azapi_resource.acr', 'azapi_resource', ['delete'], { id: ACR_ID, type: 'Microsoft.ContainerRegistry/registries@2025-04-01' }, null);
    expect(run(rule, [cluster, azurermAcr, azapiAcr])).toEqual(['azapi_resource.acr', 'azurerm_container_registry.gone']);
  });
  it('leaves other registries, updates and creates alone', () => {
    const cluster = update(CLUSTER, 'azurerm_kubernetes_cluster', azurerm('Cache', 'none', ACR_ID), azurerm('Cache', 'none', ACR_ID));
    const other = change('azurerm_container_registry.apps', 'azurerm_container_registry', ['delete'], { id: `${ACR_ID}-apps` }, null);
    const created = change('azurerm_kubernetes_cluster.new', 'azurerm_kubernetes_cluster', ['create'], null, azurerm('Cache', 'none'));
    expect(run(rule, [cluster, other, created])).toEqual([]);
  });
  it('is suppressible with a reason like any rule', () => {
    const changes = [change(CLUSTER, 'azurerm_kubernetes_cluster', ['delete', 'create'], azurerm('Cache', 'none'), azurerm('Cache', 'none'))];
    const report = runChecks([{ stack: 'plan', document: new TerraformDocument({}, { changes }) }], {
      suppressions: [{ ruleId: 'NI-PLAN-003', address: CLUSTER, reason: 'Planned rebuild as a private cluster, CHG-42' }],
    });
    const found = report.findings.find((f) => f.ruleId === 'NI-PLAN-003');
    expect(found).toMatchObject({ address: CLUSTER, suppressed: true, suppressionReason: 'Planned rebuild as a private cluster, CHG-42' });
  });
  it('is not applicable without cluster or registry changes', () => {
    expect(run(rule, [])).toBe(NOT_APPLICABLE);
    expect(run(rule, unrelated)).toBe(NOT_APPLICABLE);
  });
});

describe('NI-PLAN-004 plan-outbound-egress-reopened', () => {
  const rule = planOutboundEgressReopened;
  it('reports azurerm none -> loadBalancer, and none -> absent (the loadBalancer default)', () => {
    const changes = [update(CLUSTER, 'azurerm_kubernetes_cluster', azurerm('Cache', 'none'), azurerm('Cache', 'loadBalancer'))];
    expect(run(rule, changes)).toEqual([CLUSTER]);
    expect(messages(rule, changes)[0]).toMatch(/from "none" to "loadBalancer" \(a public load balancer.*egress re-opened/);
    expect(run(rule, [update(CLUSTER, 'azurerm_kubernetes_cluster', azurerm('Cache', 'none'), azurerm('Cache'))])).toEqual([CLUSTER]);
  });
  it('reports the azapi forms: block -> loadBalancer (update resource), none -> managedNATGatewayV2', () => {
    expect(run(rule, [update(UPDATE, 'azapi_update_resource', azapi(profile(undefined, 'block')), azapi(profile(undefined, 'loadBalancer')))])).toEqual([UPDATE]);
    const v2 = [update(AZAPI, 'azapi_resource', azapi(profile('Cache', 'none')), azapi(profile('Cache', 'managedNATGatewayV2')))];
    expect(run(rule, v2)).toEqual([AZAPI]);
    expect(messages(rule, v2)[0]).toMatch(/"managedNATGatewayV2" \(an AKS-managed NAT gateway V2/);
  });
  it('accepts none <-> block and loadBalancer -> none', () => {
    expect(run(rule, [update(UPDATE, 'azapi_update_resource', azapi(profile(undefined, 'none')), azapi(profile(undefined, 'block')))])).toEqual([]);
    expect(run(rule, [update(UPDATE, 'azapi_update_resource', azapi(profile(undefined, 'block')), azapi(profile(undefined, 'none')))])).toEqual([]);
    expect(run(rule, [update(CLUSTER, 'azurerm_kubernetes_cluster', azurerm('Cache', 'loadBalancer'), azurerm('Cache', 'none'))])).toEqual([]);
  });
  it('is a warning, and not applicable without cluster changes', () => {
    expect(rule.severity).toBe('warning');
    expect(run(rule, [])).toBe(NOT_APPLICABLE);
  });
});

describe('the plan guards in the pack', () => {
  it('are NI-PLAN-001..004 in order', () => {
    expect(ALL_RULES.filter((r) => r.id.startsWith('NI-PLAN-')).map((r) => r.id)).toEqual(['NI-PLAN-001', 'NI-PLAN-002', 'NI-PLAN-003', 'NI-PLAN-004']);
  });
});
