// Generators for the CLI input bench (bench/cli-inputs.js): a Terraform plan JSON of exactly N resources made
// of copies of the hand-written plan fixture (a root registry and resource group, a module with the cluster,
// its VNet and a for_each subnet), and a .tf directory of exactly N resources made of copies of the .tf
// fixture (a root registry, cache rule and resource group per copy, each calling the shared local module).
'use strict';
const fs = require('fs');
const path = require('path');

const FIXTURES = path.join(__dirname, '..', '..', 'test', 'checks', 'inputs', 'fixtures');

/** Renames one copy's addresses: root `acr`/`rg` and the `aks` module call get the suffix. */
function renamer(suffix) {
  return (text) =>
    text
      .replace(/azurerm_container_registry\.acr\b/g, `azurerm_container_registry.acr${suffix}`)
      .replace(/azurerm_resource_group\.rg\b/g, `azurerm_resource_group.rg${suffix}`)
      .replace(/module\.aks\b/g, `module.aks${suffix}`);
}

/**
 * A plan JSON (format 1.2) with exactly `resources` resources: `clusters` copies of the fixture (5 resources,
 * one cluster each; default: as many as fit), the rest filler resource groups.
 */
function generatePlan(resources, clusters) {
  const plan = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'plan-with-module.json'), 'utf8'));
  const root = plan.planned_values.root_module;
  const perCopy = root.resources.length + root.child_modules.reduce((n, m) => n + m.resources.length, 0);
  const copies = Math.min(clusters ?? Infinity, Math.floor(resources / perCopy));
  const unit = JSON.stringify({ root: root.resources, children: root.child_modules, changes: plan.resource_changes, config: plan.configuration.root_module.resources });
  const call = JSON.stringify(plan.configuration.root_module.module_calls.aks);
  const out = { ...plan, planned_values: { root_module: { resources: [], child_modules: [] } }, resource_changes: [] };
  out.configuration = { ...plan.configuration, root_module: { resources: [], module_calls: {} } };
  for (let i = 0; i < copies; i++) {
    const suffix = `_c${i}`;
    const copy = JSON.parse(renamer(suffix)(unit));
    for (const r of [...copy.root, ...copy.config]) r.name = r.address.split('.').pop();
    for (const rc of copy.changes) if (!rc.module_address) rc.name = rc.address.split('.').pop();
    out.planned_values.root_module.resources.push(...copy.root);
    out.planned_values.root_module.child_modules.push(...copy.children);
    out.resource_changes.push(...copy.changes);
    out.configuration.root_module.resources.push(...copy.config);
    out.configuration.root_module.module_calls[`aks${suffix}`] = JSON.parse(renamer(suffix)(call));
  }
  for (let i = copies * perCopy; i < resources; i++) {
    const address = `azurerm_resource_group.filler_${i}`;
    out.planned_values.root_module.resources.push({ address, mode: 'managed', type: 'azurerm_resource_group', name: `filler_${i}`, provider_name: 'registry.terraform.io/hashicorp/azurerm', schema_version: 0, values: { name: `rg-${i}`, location: 'westeurope' }, sensitive_values: {} });
    out.resource_changes.push({ address, mode: 'managed', type: 'azurerm_resource_group', name: `filler_${i}`, change: { actions: ['create'], before: null, after: { name: `rg-${i}`, location: 'westeurope' }, after_unknown: { id: true } } });
  }
  return out;
}

/** Writes a .tf directory with exactly `resources` resources (the module's count included) into `dir`. */
function writeTfDir(dir, resources, files = 10) {
  const src = path.join(FIXTURES, 'tf-dir');
  fs.mkdirSync(path.join(dir, 'modules', 'aks'), { recursive: true });
  fs.copyFileSync(path.join(src, 'modules', 'aks', 'main.tf'), path.join(dir, 'modules', 'aks', 'main.tf'));
  fs.copyFileSync(path.join(src, 'variables.tf'), path.join(dir, 'variables.tf'));
  const main = fs.readFileSync(path.join(src, 'main.tf'), 'utf8');
  const perCopy = (main.match(/^resource /gm) || []).length + 3; // + the module's VNet, subnet and cluster
  const copies = Math.floor(resources / perCopy);
  const chunks = Array.from({ length: files }, () => []);
  for (let i = 0; i < copies; i++) {
    const suffix = `_c${i}`;
    chunks[i % files].push(renamer(suffix)(main).replace(/resource "(\w+)" "(\w+)"/g, `resource "$1" "$2${suffix}"`).replace(/module "aks"/, `module "aks${suffix}"`));
  }
  for (let i = copies * perCopy; i < resources; i++) {
    chunks[i % files].push(`resource "azurerm_resource_group" "filler_${i}" {\n  name     = "rg-${i}"\n  location = var.location\n}\n`);
  }
  chunks.forEach((chunk, i) => fs.writeFileSync(path.join(dir, `main-${String(i).padStart(2, '0')}.tf`), chunk.join('\n')));
}

module.exports = { generatePlan, writeTfDir };
