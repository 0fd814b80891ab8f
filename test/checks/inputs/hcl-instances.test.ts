// count / for_each in .tf files: resources and module calls whose instances the configuration decides are
// expanded, addressed as `terraform plan` addresses them, with each.* / count.index substituted; an unknown
// count / for_each stays one unkeyed instance with its values unresolved (fail closed).
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runChecks } from '../../../src/checks/engine';
import { loadInputs } from '../../../src/checks/inputs/load-inputs';
import { TerraformDocument } from '../../../src/checks/model/terraform-document';
import { TERRAFORM } from '../../terraform/terraform-load';

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-isolated-aks-hclmod-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
}

async function load(files: Record<string, string>, suppressions: Array<{ ruleId: string; address: string; reason: string }> = []) {
  write(files);
  const [input] = await loadInputs(['.'], dir);
  const doc = input.document instanceof TerraformDocument ? input.document : new TerraformDocument(input.document);
  const report = runChecks([input], { suppressions });
  const found = (ruleId: string, suppressed = false) =>
    report.findings.filter((f) => f.ruleId === ruleId && f.suppressed === suppressed).map((f) => f.address);
  const addresses = (type: string) => doc.all.filter((r) => r.type === type).map((r) => r.address);
  return { doc, found, addresses };
}

const CLUSTER = `
resource "azurerm_kubernetes_cluster" "aks" {
  name                = "aks"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "aks"
  default_node_pool {
    name    = "system"
    vm_size = "Standard_D4s_v5"
  }
  identity {
    type = "SystemAssigned"
  }
}
`;
const POOL = 'azurerm_kubernetes_cluster_node_pool';

/** A node pool resource of the root module with the given meta-argument and os_type expression. */
function pool(meta: string, osType: string, name = '"pool"'): string {
  return `
resource "${POOL}" "p" {
  ${meta}
  name                  = ${name}
  kubernetes_cluster_id = azurerm_kubernetes_cluster.aks.id
  vm_size               = "Standard_D4s_v5"
  os_type               = ${osType}
}
`;
}

const POOL_MODULE = {
  'modules/pool/main.tf': `
variable "cluster_id" {}
variable "os_type" {}
variable "pool_name" {}
resource "${POOL}" "p" {
  name                  = var.pool_name
  kubernetes_cluster_id = var.cluster_id
  vm_size               = "Standard_D4s_v5"
  os_type               = var.os_type
}
`,
};

/** The root's call of the pool module with the given meta-argument and inputs. */
function poolCall(name: string, meta: string, osType: string, poolName: string): string {
  return `
module "${name}" {
  source     = "./modules/pool"
  ${meta}
  cluster_id = azurerm_kubernetes_cluster.aks.id
  os_type    = ${osType}
  pool_name  = ${poolName}
}
`;
}

describe('resources with count', () => {
  it('a literal count makes type.name[0], [1] with count.index substituted', async () => {
    const { doc, addresses, found } = await load({ 'main.tf': CLUSTER + pool('count = 2', '"Linux"', '"pool${count.index}"') });
    expect(addresses(POOL)).toEqual([`${POOL}.p[0]`, `${POOL}.p[1]`]);
    expect(doc.get(`${POOL}.p[1]`)!.config.name).toBe('pool1');
    expect(doc.get(`${POOL}.p[0]`)!.config).not.toHaveProperty('count');
    expect(found('NI-AKS-008')).toEqual([]);
  });

  it('count = 0 makes no instance: the resource is not judged', async () => {
    const { addresses, found } = await load({ 'main.tf': CLUSTER + pool('count = 0', '"Windows"') });
    expect(addresses(POOL)).toEqual([]);
    expect(found('NI-AKS-008')).toEqual([]);
  });

  it('a condition on a literal variable default decides the count (0 when true, one [0] instance when false)', async () => {
    const files = (flag: boolean) => ({
      'main.tf': CLUSTER + pool('count = var.output_data_only ? 0 : 1', '"Windows"'),
      'variables.tf': `variable "output_data_only" {\n  default = ${flag}\n}\n`,
    });
    expect((await load(files(true))).addresses(POOL)).toEqual([]);
    expect((await load(files(true))).found('NI-AKS-008')).toEqual([]);
    expect((await load(files(false))).found('NI-AKS-008')).toEqual([`${POOL}.p[0]`]);
  });

  it('an unknown count keeps one unkeyed instance with count.index unresolved', async () => {
    const { doc, addresses } = await load({
      'main.tf': CLUSTER + pool('count = length(azurerm_kubernetes_cluster.aks.kubelet_identity)', '"Linux"', '"pool${count.index}"'),
    });
    expect(addresses(POOL)).toEqual([`${POOL}.p`]);
    expect(doc.get(`${POOL}.p`)!.config.name).toBe('pool${count.index}');
  });
});

describe('resources with for_each', () => {
  it('a literal map makes type.name["key"] with each.value substituted: NI-AKS-008 on the Windows instance only', async () => {
    const { doc, addresses, found } = await load({
      'main.tf': CLUSTER + pool('for_each = { lin = { os = "Linux" }, win = { os = "Windows" } }', 'each.value.os', 'each.key'),
    });
    expect(addresses(POOL)).toEqual([`${POOL}.p["lin"]`, `${POOL}.p["win"]`]);
    expect(doc.get(`${POOL}.p["win"]`)!.config).toMatchObject({ name: 'win', os_type: 'Windows' });
    expect(found('NI-AKS-008')).toEqual([`${POOL}.p["win"]`]);
  });

  it('a literal set (toset) makes one instance per element, each.key = each.value', async () => {
    const { doc, addresses, found } = await load({
      'main.tf': CLUSTER + pool('for_each = toset(["Windows", "Linux"])', 'each.value', 'lower(each.key)'),
    });
    expect(addresses(POOL)).toEqual([`${POOL}.p["Linux"]`, `${POOL}.p["Windows"]`]);
    expect(doc.get(`${POOL}.p["Linux"]`)!.config.name).toBe('${lower("Linux")}');
    expect(found('NI-AKS-008')).toEqual([`${POOL}.p["Windows"]`]);
  });

  it('a map from a variable default, through a local, expands the same way', async () => {
    const { addresses, found } = await load({
      'main.tf': CLUSTER + pool('for_each = local.pools', 'each.value["os"]'),
      'variables.tf': `
variable "pools" {
  default = { gpu = { os = "Linux" }, win = { os = "Windows" } }
}
locals {
  pools = var.pools
}
`,
    });
    expect(addresses(POOL)).toEqual([`${POOL}.p["gpu"]`, `${POOL}.p["win"]`]);
    expect(found('NI-AKS-008')).toEqual([`${POOL}.p["win"]`]);
  });

  it('an unknown for_each keeps one unkeyed instance: each.value unresolved is judged as unknown (fail closed)', async () => {
    const { addresses, found, doc } = await load({
      'main.tf': CLUSTER + pool('for_each = var.pools', 'each.value.os'),
      'variables.tf': 'variable "pools" {}\n',
    });
    expect(addresses(POOL)).toEqual([`${POOL}.p`]);
    expect(doc.get(`${POOL}.p`)!.config.os_type).toBe('${each.value.os}');
    expect(found('NI-AKS-008')).toEqual([`${POOL}.p`]);
  });
});

describe('module calls with count / for_each', () => {
  it('for_each over a local map: module.pools["key"].<address>, each.* substituted in the inputs', async () => {
    const { doc, addresses, found } = await load({
      ...POOL_MODULE,
      'main.tf': `${CLUSTER}
locals {
  pools = { lin = "Linux", win = "Windows" }
}
${poolCall('pools', 'for_each = local.pools', 'each.value', '"np${each.key}"')}`,
    });
    const win = `module.pools["win"].${POOL}.p`;
    expect(addresses(POOL)).toEqual([`module.pools["lin"].${POOL}.p`, win]);
    expect(doc.get(win)!.config).toMatchObject({ name: 'npwin', os_type: 'Windows' });
    expect(doc.resolve(doc.get(win)!.config.kubernetes_cluster_id)?.address).toBe('azurerm_kubernetes_cluster.aks');
    expect(found('NI-AKS-008')).toEqual([win]);
  });

  it('a literal count: module.x[0], module.x[1]', async () => {
    const { addresses } = await load({
      ...POOL_MODULE,
      'main.tf': CLUSTER + poolCall('x', 'count = 2', '"Linux"', '"np${count.index}"'),
    });
    expect(addresses(POOL)).toEqual([`module.x[0].${POOL}.p`, `module.x[1].${POOL}.p`]);
  });

  it('an unknown for_each keeps one module instance with its inputs unresolved', async () => {
    const { addresses, found, doc } = await load({
      ...POOL_MODULE,
      'main.tf': `${CLUSTER}\nvariable "pools" {}\n${poolCall('pools', 'for_each = var.pools', 'each.value', 'each.key')}`,
    });
    expect(addresses(POOL)).toEqual([`module.pools.${POOL}.p`]);
    expect(doc.get(`module.pools.${POOL}.p`)!.config.os_type).toBe('${each.value}');
    expect(found('NI-AKS-008')).toEqual([`module.pools.${POOL}.p`]);
  });

  it('count = 0 on a module call makes none of its resources', async () => {
    const { addresses } = await load({
      ...POOL_MODULE,
      'main.tf': CLUSTER + poolCall('x', 'count = 0', '"Windows"', '"np"'),
    });
    expect(addresses(POOL)).toEqual([]);
  });

  it('a module with for_each inside a module with count; a suppression on the plan address matches', async () => {
    const files = {
      'modules/pools/main.tf': `
variable "cluster_id" {}
variable "pools" {}
variable "prefix" {}
module "pool" {
  source     = "../pool"
  for_each   = var.pools
  cluster_id = var.cluster_id
  os_type    = each.value.os
  pool_name  = "\${var.prefix}\${each.key}"
}
`,
      ...POOL_MODULE,
      'main.tf': `${CLUSTER}
variable "pools" {
  default = { lin = { os = "Linux" }, win = { os = "Windows" } }
}
module "outer" {
  source     = "./modules/pools"
  count      = 2
  cluster_id = azurerm_kubernetes_cluster.aks.id
  pools      = var.pools
  prefix     = "c\${count.index}"
}
`,
    };
    const win1 = `module.outer[1].module.pool["win"].${POOL}.p`;
    const reason = 'Windows pool of the second cell, reviewed';
    const { doc, addresses, found } = await load(files, [{ ruleId: 'NI-AKS-008', address: win1, reason }]);
    expect(addresses(POOL)).toEqual([
      `module.outer[0].module.pool["lin"].${POOL}.p`,
      `module.outer[0].module.pool["win"].${POOL}.p`,
      `module.outer[1].module.pool["lin"].${POOL}.p`,
      win1,
    ]);
    expect(doc.get(win1)!.config.name).toBe('c1win');
    expect(found('NI-AKS-008')).toEqual([`module.outer[0].module.pool["win"].${POOL}.p`]);
    expect(found('NI-AKS-008', true)).toEqual([win1]);
  });
});

describe('the addresses and values are those of `terraform plan`', () => {
  // GIVEN a configuration of terraform_data resources (built into terraform: it plans offline) with count and
  // for_each on resources and on nested module calls
  const files = {
    'main.tf': `
variable "pools" {
  default = { win = { os = "Windows" }, lin = { os = "Linux" } }
}
variable "off" {
  default = true
}
module "outer" {
  source = "./m"
  count  = 2
  pools  = var.pools
  tag    = "outer-\${count.index}"
}
resource "terraform_data" "s" {
  for_each = toset(["b", "a"])
  input    = "s-\${each.key}"
}
resource "terraform_data" "z" {
  count = var.off ? 0 : 1
  input = "z"
}
`,
    'm/main.tf': `
variable "pools" {}
variable "tag" {}
module "inner" {
  source   = "./inner"
  for_each = var.pools
  os       = each.value.os
  tag      = "\${var.tag}-\${each.key}"
}
`,
    'm/inner/main.tf': `
variable "os" {}
variable "tag" {}
resource "terraform_data" "p" {
  input = "\${var.tag}-\${var.os}"
}
`,
  };

  it('reads the .tf files into the same addresses and inputs as the plan JSON terraform writes for them', async () => {
    write(files);
    const env = { ...process.env, CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1', TF_CLI_CONFIG_FILE: path.join(dir, 'none.tfrc') };
    const tf = (...args: string[]) => spawnSync(TERRAFORM, args, { cwd: dir, env, encoding: 'utf8', maxBuffer: 1 << 26 });
    for (const args of [['init', '-input=false', '-no-color'], ['plan', '-input=false', '-no-color', '-out=p.out']]) {
      const run = tf(...args);
      expect({ args, status: run.status, error: run.error?.message, stderr: run.stderr }).toMatchObject({ status: 0 });
    }
    const shown = tf('show', '-json', 'p.out');
    fs.writeFileSync(path.join(dir, 'plan.json'), shown.stdout);
    const inputs = (doc: TerraformDocument) => Object.fromEntries(doc.all.map((r) => [r.address, r.config.input]));
    const [plan] = (await loadInputs(['plan.json'], dir)) as Array<{ document: TerraformDocument }>;
    const hcl = (await load({})).doc; // the same directory, read as .tf files
    expect(inputs(hcl)).toEqual(inputs(plan.document));
    expect(Object.keys(inputs(plan.document))).toContain('module.outer[1].module.inner["win"].terraform_data.p');
  }, 60_000);
});
