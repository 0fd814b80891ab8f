// Fail closed: a document that is not the shape it claims is bad input (exit 2, one line naming the path in
// the document), never "0 errors".
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../../src/checks/cli';

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-isolated-aks-bad-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(rel: string, content: unknown): string {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), typeof content === 'string' ? content : JSON.stringify(content));
  return rel;
}

async function check(file: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['node', 'cdktf-isolated-aks', 'check', file], { cwd: dir, stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

const plan = (patch: Record<string, unknown>) => ({ format_version: '1.2', planned_values: { root_module: {} }, ...patch });

describe.each([
  ['a resource type mapped to a number', 'cdk.tf.json', { resource: { azurerm_kubernetes_cluster: 3 } }, 'cdk.tf.json: resource.azurerm_kubernetes_cluster: expected an object of resources, got a number.'],
  ['a resource body that is a string', 'cdk.tf.json', { resource: { azurerm_kubernetes_cluster: { aks: 'x' } } }, 'cdk.tf.json: resource.azurerm_kubernetes_cluster.aks: expected a resource body (an object), got a string.'],
  ['resource as an array of non-objects', 'a.json', { resource: [1, 2] }, 'a.json: resource[0]: expected an object of resource types, got a number.'],
  ['a data source list of strings', 'a.json', { data: { azurerm_subnet: { s: ['x'] } } }, 'a.json: data.azurerm_subnet.s[0]: expected a resource body (an object), got a string.'],
  ['a variable that is a number', 'a.json', { variable: { x: 1 }, resource: {} }, 'a.json: variable.x: expected a variable body (an object), got a number.'],
  ['locals that are a string', 'a.json', { locals: 'x', resource: {} }, 'a.json: locals: expected an object of local values, got a string.'],
  ['a plan whose planned_values is not an object', 'plan.json', plan({ planned_values: 'x' }), 'plan.json: planned_values: expected an object with root_module, got a string.'],
  ['a plan resource whose values are a list', 'plan.json', plan({ planned_values: { root_module: { resources: [{ address: 'a_b.c', type: 'a_b', name: 'c', values: [] }] } } }), 'plan.json: planned_values.root_module.resources[0].values: expected an object of attribute values, got an array.'],
  ['a plan child module without address', 'plan.json', plan({ planned_values: { root_module: { child_modules: [{ resources: [] }] } } }), 'plan.json: planned_values.root_module.child_modules[0].address: expected a module address (a string), got nothing.'],
  ['plan resource_changes that are an object', 'plan.json', plan({ resource_changes: {} }), 'plan.json: resource_changes: expected an array of resource changes, got an object.'],
  ['a plan change without actions', 'plan.json', plan({ resource_changes: [{ address: 'a_b.c', type: 'a_b', change: {} }] }), 'plan.json: resource_changes[0].change.actions: expected an array of action names, got nothing.'],
  ['invalid HCL', 'main.tf', 'resource "a" {\n  x = \n}\n', /^main\.tf: invalid HCL \(main\.tf:2,\d+-3,1: Invalid expression;/],
  ['a .tf.json file with a bad resource', 'net.tf.json', { resource: { azurerm_subnet: [] } }, 'net.tf.json: resource.azurerm_subnet: expected an object of resources, got an array.'],
  ['a local module whose directory is missing', 'root/main.tf', 'module "aks" {\n  source = "./modules/aks"\n}\n', /^root\/main\.tf: module\.aks: source "\.\/modules\/aks" has no \.tf or \.tf\.json files/],
])('%s', (_what, file, content, message) => {
  it('exits 2 with one line naming the path in the document', async () => {
    const { code, out, err } = await check(write(file, content));
    expect({ code, out }).toEqual({ code: 2, out: '' });
    const line = err.replace(/^cdktf-isolated-aks: /, '').trimEnd();
    if (typeof message === 'string') expect(line).toBe(message);
    else expect(line).toMatch(message);
    expect(err.trimEnd().split('\n')).toHaveLength(1);
  });
});

it('a directory of .tf files with a malformed .tf.json file names that file', async () => {
  write('mod/main.tf', 'resource "azurerm_resource_group" "rg" {\n  name = "rg"\n}\n');
  write('mod/extra.tf.json', { resource: { azurerm_subnet: 'x' } });
  const { code, err } = await check('mod');
  expect(code).toBe(2);
  expect(err).toMatch(/mod\/extra\.tf\.json: resource\.azurerm_subnet: expected an object of resources, got a string/);
});
