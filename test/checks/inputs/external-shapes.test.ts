// Shapes found in Terraform nobody on this team wrote (the AKS Azure Verified Module, Microsoft's network
// isolated quickstart, the azurerm provider's examples), reduced to small synthetic .tf fixtures: each is
// read and judged as terraform would read it.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runChecks } from '../../../src/checks/engine';
import { loadInputs } from '../../../src/checks/inputs/load-inputs';
import { TerraformDocument } from '../../../src/checks/model/terraform-document';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ext-shapes-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Writes files (relative path -> HCL) into the temp dir and reads the dir (or one file) as the CLI does. */
async function check(files: Record<string, string>, target = '.') {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  const [input] = await loadInputs([target], dir);
  const doc = input.document instanceof TerraformDocument ? input.document : new TerraformDocument(input.document);
  const report = runChecks([{ ...input, document: doc }]);
  const found = (ruleId: string) => report.findings.filter((f) => f.ruleId === ruleId).map((f) => f.address);
  return { doc, report, found };
}

/** A compliant network isolated cluster in azapi form, as the quickstart writes it. */
const AZAPI_CLUSTER = (type: string, extra = '') => `
resource "azapi_resource" "aks" {
  type      = ${type}
  name      = "aks"
  parent_id = "/subscriptions/0000/resourceGroups/rg"
  location  = "eastus"
  ${extra}
  body = {
    properties = {
      agentPoolProfiles = [{ name = "system", mode = "System", osType = "Linux" }]
      networkProfile         = { networkPlugin = "azure", outboundType = "none" }
      apiServerAccessProfile = { enablePrivateCluster = true }
      bootstrapProfile       = { artifactSource = "Cache" }
    }
  }
}
`;

describe('depends_on in .tf files (hcl2json writes bare references as templates)', () => {
  const TF = `
resource "azurerm_user_assigned_identity" "id" {
  name = "id"
}
resource "azurerm_role_assignment" "ra" {
  principal_id = azurerm_user_assigned_identity.id.principal_id
  depends_on   = [azurerm_user_assigned_identity.id]
}
module "m" {
  source     = "./m"
  depends_on = [azurerm_role_assignment.ra]
}
output "o" {
  value      = azurerm_role_assignment.ra.id
  depends_on = [azurerm_role_assignment.ra]
}
`;
  it('a bare reference in HCL is what terraform requires: no NI-TF-001, and the dependency is seen', async () => {
    const { doc, found } = await check({ 'main.tf': TF, 'm/main.tf': 'variable "x" {\n  default = 1\n}\n' });
    expect(found('NI-TF-001')).toEqual([]);
    expect(doc.dependsOn('azurerm_role_assignment.ra').map((r) => r.address)).toEqual(['azurerm_user_assigned_identity.id']);
  });

  it('a template in a .tf.json file is still an error (terraform rejects it there)', async () => {
    const json = { resource: { azurerm_role_assignment: { ra: { depends_on: ['${azurerm_user_assigned_identity.id}'] } } } };
    const { found } = await check({ 'main.tf.json': JSON.stringify(json) });
    expect(found('NI-TF-001')).toEqual(['azurerm_role_assignment.ra']);
  });
});

describe('dynamic blocks', () => {
  const cluster = (identity: string) => `
resource "azurerm_kubernetes_cluster" "aks" {
  name = "aks"
  ${identity}
}
`;
  it('with a literal for_each become the blocks they generate, iterator values filled in', async () => {
    const { doc, found } = await check({
      'main.tf': cluster(`dynamic "identity" {
    for_each = [{ type = "SystemAssigned" }]
    content {
      type = identity.value.type
    }
  }`),
    });
    expect(doc.get('azurerm_kubernetes_cluster.aks')!.config.identity).toEqual([{ type: 'SystemAssigned' }]);
    expect(found('NI-IAM-002')).toEqual(['azurerm_kubernetes_cluster.aks']);
  });

  it('with a literal map for_each: one block per entry, key and value filled in', async () => {
    const { doc } = await check({
      'main.tf': `resource "azurerm_network_security_group" "nsg" {
  dynamic "security_rule" {
    for_each = { deny = 4096, other = 4000 }
    iterator = rule
    content {
      name     = "r-\${rule.key}"
      priority = rule.value
    }
  }
}
`,
    });
    expect(doc.get('azurerm_network_security_group.nsg')!.config.security_rule).toEqual([
      { name: 'r-deny', priority: 4096 },
      { name: 'r-other', priority: 4000 },
    ]);
  });

  it('with a for_each that cannot be read: one block as written, its values unresolved (judged fail closed)', async () => {
    const { doc, found } = await check({
      'main.tf': cluster(`dynamic "identity" {
    for_each = var.identities
    content {
      type = identity.value.type
    }
  }`),
    });
    expect(doc.get('azurerm_kubernetes_cluster.aks')!.config.identity).toEqual([{ type: '${identity.value.type}' }]);
    expect(found('NI-IAM-002')).toEqual(['azurerm_kubernetes_cluster.aks']);
  });
});

describe('the seed recipe as a .tf file, read by the CLI reader', () => {
  it('has no error (its depends_on lists bare references)', async () => {
    const seed = path.join(__dirname, '..', 'fixtures', 'seed-recipe', 'main.tf');
    const [input] = await loadInputs([seed], dir);
    const report = runChecks([input]);
    expect(report.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId)).toEqual([]);
  });
});

describe('azapi clusters whose type is not one literal', () => {
  it('a conditional between API versions of managedClusters is the cluster (judged, not "no cluster")', async () => {
    const { doc, found } = await check({
      'main.tf': AZAPI_CLUSTER('var.preview == null ? "Microsoft.ContainerService/managedClusters@2026-03-01" : "Microsoft.ContainerService/managedClusters@2026-03-02-preview"'),
    });
    expect(doc.resources('azurerm_kubernetes_cluster').map((r) => r.address)).toEqual(['azapi_resource.aks']);
    expect(found('NI-AKS-013')).toEqual([]);
    expect(found('NI-AKS-001')).toEqual([]);
  });

  it('a conditional between two different resource types is not read as either', async () => {
    const { doc, found } = await check({
      'main.tf': AZAPI_CLUSTER('var.x ? "Microsoft.ContainerService/managedClusters@2026-03-01" : "Microsoft.ContainerRegistry/registries@2023-07-01"'),
    });
    expect(doc.resources('azurerm_kubernetes_cluster')).toEqual([]);
    expect(found('NI-AKS-013')).toEqual(['(document)']);
  });

  it('a type from a local with a literal value is read', async () => {
    const { found } = await check({
      'main.tf': `locals {\n  aks_type = "Microsoft.ContainerService/managedClusters@2025-08-01"\n}\n${AZAPI_CLUSTER('local.aks_type')}`,
    });
    expect(found('NI-AKS-013')).toEqual([]);
  });
});

describe('azapi_update_resource addressed by name + parent_id + type (no resource_id)', () => {
  const UPDATE = (type: string, version: string) => `
resource "azapi_update_resource" "version" {
  name      = "aks"
  parent_id = "/subscriptions/0000/resourceGroups/rg"
  type      = ${type}
  body = {
    properties = { kubernetesVersion = "${version}" }
  }
}
`;
  it('is applied on top of the cluster it names, type read from the cluster (`azapi_resource.aks.type`)', async () => {
    const { found, report } = await check({
      'main.tf': AZAPI_CLUSTER('"Microsoft.ContainerService/managedClusters@2025-08-01"') + UPDATE('azapi_resource.aks.type', '1.29'),
    });
    expect(found('NI-AKS-011')).toEqual(['azapi_resource.aks']);
    expect(report.findings.find((f) => f.ruleId === 'NI-AKS-011')!.message).toContain('azapi_update_resource.version');
  });

  it('with a literal type too; a compliant version gives no finding', async () => {
    const type = '"Microsoft.ContainerService/managedClusters@2025-08-01"';
    expect((await check({ 'main.tf': AZAPI_CLUSTER(type) + UPDATE(type, '1.29') })).found('NI-AKS-011')).toEqual(['azapi_resource.aks']);
    expect((await check({ 'main.tf': AZAPI_CLUSTER(type) + UPDATE(type, '1.31') })).found('NI-AKS-011')).toEqual([]);
  });

  it('names another cluster (a different name): not applied', async () => {
    const type = '"Microsoft.ContainerService/managedClusters@2025-08-01"';
    const other = UPDATE(type, '1.29').replace('name      = "aks"', 'name      = "other"');
    expect((await check({ 'main.tf': AZAPI_CLUSTER(type) + other })).found('NI-AKS-011')).toEqual([]);
  });
});

describe('messages about an updated cluster', () => {
  it('name the update only for the attributes it writes', async () => {
    const type = '"Microsoft.ContainerService/managedClusters@2025-08-01"';
    const cluster = AZAPI_CLUSTER(type).replace('outboundType = "none"', 'outboundType = "loadBalancer"');
    const update = `
resource "azapi_update_resource" "version" {
  type        = ${type}
  resource_id = azapi_resource.aks.id
  body = {
    properties = { kubernetesVersion = "1.29" }
  }
}
`;
    const { report } = await check({ 'main.tf': cluster + update });
    const message = (id: string) => report.findings.find((f) => f.ruleId === id)!.message;
    expect(message('NI-AKS-004')).toContain('(azapi: body.properties.networkProfile.outboundType)');
    expect(message('NI-AKS-011')).toContain('azapi_update_resource.version body.properties.kubernetesVersion');
  });
});
