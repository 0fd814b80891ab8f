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
