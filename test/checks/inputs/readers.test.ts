// The CLI's readers: each input kind (plan JSON with a module, a .tf directory with a local module, a .tf.json
// file, a single .tf file) becomes one document for the rules, with Terraform's full addresses.
import * as path from 'path';
import { runChecks } from '../../../src/checks/engine';
import { loadInputs } from '../../../src/checks/inputs/load-inputs';
import { UNKNOWN_AFTER_APPLY } from '../../../src/checks/inputs/plan-document';
import { TerraformDocument } from '../../../src/checks/model/terraform-document';

const FIXTURES = path.join(__dirname, 'fixtures');
const CLUSTER = 'module.aks.azurerm_kubernetes_cluster.this';

async function load(name: string) {
  const [input] = await loadInputs([name], FIXTURES);
  const doc = input.document instanceof TerraformDocument ? input.document : new TerraformDocument(input.document);
  const report = runChecks([input]);
  const found = (ruleId: string) => report.findings.filter((f) => f.ruleId === ruleId).map((f) => f.address);
  return { input, doc, report, found };
}

describe('plan JSON (terraform show -json, format 1.2)', () => {
  it('keys resources by their full plan address, module path and for_each key included', async () => {
    const { doc } = await load('plan-with-module.json');
    expect(doc.all.map((r) => r.address).sort()).toEqual([
      'azurerm_container_registry.acr',
      'azurerm_resource_group.rg',
      CLUSTER,
      'module.aks.azurerm_subnet.this["nodes"]',
      'module.aks.azurerm_virtual_network.this',
    ]);
    expect(doc.get(CLUSTER)).toMatchObject({ type: 'azurerm_kubernetes_cluster', name: 'this' });
  });

  it('writes an unknown value as the configuration reference, followed through the module input', async () => {
    const { doc } = await load('plan-with-module.json');
    const bootstrap = (doc.get(CLUSTER)!.config.bootstrap_profile as Array<Record<string, unknown>>)[0];
    // var.registry_id in module.aks <- azurerm_container_registry.acr.id in the root
    expect(bootstrap.container_registry_id).toBe('${azurerm_container_registry.acr.id}');
    expect(doc.resolve(bootstrap.container_registry_id)?.address).toBe('azurerm_container_registry.acr');
    const pool = (doc.get(CLUSTER)!.config.default_node_pool as Array<Record<string, unknown>>)[0];
    expect(pool.vnet_subnet_id).toBe('${module.aks.azurerm_subnet.this["nodes"].id}');
    expect(doc.resolve(pool.vnet_subnet_id)?.address).toBe('module.aks.azurerm_subnet.this["nodes"]');
    // no resource reference in the configuration: opaque
    expect(doc.get(CLUSTER)!.config.fqdn).toBe(UNKNOWN_AFTER_APPLY);
    // known values stay the planned literals
    expect(doc.get(CLUSTER)!.config.node_os_upgrade_channel).toBe('SecurityPatch');
  });

  it('prefixes depends_on with the module path; it resolves to every instance', async () => {
    const { doc } = await load('plan-with-module.json');
    expect(doc.get(CLUSTER)!.config.depends_on).toEqual(['module.aks.azurerm_subnet.this']);
    expect(doc.dependsOn(CLUSTER).map((r) => r.address)).toEqual(['module.aks.azurerm_subnet.this["nodes"]']);
  });

  it('hands the resource changes to the model, with after_unknown as dotted paths', async () => {
    const { doc } = await load('plan-with-module.json');
    expect(doc.changes.map((c) => [c.address, c.actions])).toContainEqual([CLUSTER, ['create']]);
    const change = doc.changes.find((c) => c.address === CLUSTER)!;
    expect(change.afterUnknown).toEqual(expect.arrayContaining(['id', 'bootstrap_profile.0.container_registry_id']));
    expect(change.before).toBeNull();
  });

  it('is judged: findings on the module cluster and on the root registry it bootstraps from', async () => {
    const { found, report } = await load('plan-with-module.json');
    expect(found('NI-AKS-007')).toEqual([CLUSTER]); // SecurityPatch
    expect(found('NI-ACR-007')).toEqual(['azurerm_container_registry.acr']); // no cache rule: the registry is the cluster's
    expect(found('NI-NET-002')).toEqual(['module.aks.azurerm_subnet.this["nodes"]']);
    expect(report.findings.find((f) => f.ruleId === 'NI-IAM-004')?.message).toMatch(/registry azurerm_container_registry\.acr/);
  });
});

describe('.tf directory with a local module (HCL through @cdktf/hcl2json)', () => {
  it('merges the files of the directory and reads the local module with module.<name>. addresses', async () => {
    const { doc, input } = await load('tf-dir');
    expect(input.stack).toBe('tf-dir');
    expect(doc.all.map((r) => r.address).sort()).toEqual([
      'azurerm_container_registry.acr',
      'azurerm_container_registry_cache_rule.mcr',
      'azurerm_resource_group.rg',
      CLUSTER,
      'module.aks.azurerm_subnet.nodes',
      'module.aks.azurerm_virtual_network.this',
    ]);
  });

  it('resolves module inputs, module locals and root locals and variable defaults', async () => {
    const { doc } = await load('tf-dir');
    const cluster = doc.get(CLUSTER)!.config;
    expect(doc.literal(cluster.private_cluster_enabled)).toBe(false); // var.private <- local.private_cluster
    expect(cluster.node_os_upgrade_channel).toBe('NodeImage'); // variable default in the module
    expect(cluster.name).toBe('aks-isolated'); // module local
    expect(doc.get('module.aks.azurerm_virtual_network.this')!.config.name).toBe('vnet-aks-isolated'); // template
    expect(doc.literal(doc.get('azurerm_resource_group.rg')!.config.location)).toBe('westeurope'); // root var default
    expect(cluster.depends_on).toEqual(['module.aks.azurerm_subnet.nodes']); // a bare reference, as terraform requires
    expect(doc.dependsOn(CLUSTER).map((r) => r.address)).toEqual(['module.aks.azurerm_subnet.nodes']);
  });

  it('is judged: the module cluster and the root registry', async () => {
    const { found, report } = await load('tf-dir');
    expect(found('NI-AKS-001')).toEqual([CLUSTER]);
    expect(found('NI-ACR-002')).toEqual(['azurerm_container_registry.acr']);
    expect(found('NI-ACR-007')).toEqual([]); // the cache rule is found through the registry reference
    expect(report.findings.find((f) => f.ruleId === 'NI-IAM-006')?.message).toMatch(/subnet module\.aks\.azurerm_subnet\.nodes/);
  });

  it('reads one .tf file on its own (its variables unresolved)', async () => {
    const { found, doc } = await load('tf-dir/modules/aks/main.tf');
    expect(found('NI-NET-002')).toEqual(['azurerm_subnet.nodes']);
    expect(doc.get('azurerm_kubernetes_cluster.this')!.config.private_cluster_enabled).toBe('${var.private}');
    expect(found('NI-AKS-001')).toEqual([]); // the variable's default is true
  });
});

describe('.tf.json file', () => {
  it('is judged with its variable defaults followed', async () => {
    const { found, input } = await load('cluster.tf.json');
    expect(input.stack).toBe('cluster');
    expect(found('NI-AKS-004')).toEqual(['azurerm_kubernetes_cluster.aks']);
  });
});
