import * as fs from 'fs';
import * as path from 'path';
import { format } from '@cdktf/hcl-tools';
import { parse } from '@cdktf/hcl2json';
import { Testing, TerraformStack } from 'cdktf';
import { EXAMPLES } from '../../examples/all';
import { addresses } from '../helpers';
import { expectTerraformLoads, TerraformConfig } from '../terraform/terraform-load';
import { replacementManifest } from './replacement-attributes';

const MANIFEST_FILE = path.join(__dirname, 'resource-manifest.json');
const manifest: { [example: string]: any } = fs.existsSync(MANIFEST_FILE) ? JSON.parse(fs.readFileSync(MANIFEST_FILE, 'utf8')) : {};
const updatedManifest: { [example: string]: any } = {};

/** Blocks are objects in cdktf JSON and one-element lists in hcl2json: compare them the same way. */
function normalize(value: any): any {
  if (Array.isArray(value)) {
    if (value.length === 1 && value[0] && typeof value[0] === 'object' && !Array.isArray(value[0])) return normalize(value[0]);
    return value.map(normalize);
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([k]) => k !== '//').map(([k, v]) => [k, normalize(v)]));
  }
  return value;
}

function synthExample(name: keyof typeof EXAMPLES): TerraformStack {
  const app = Testing.app();
  return new EXAMPLES[name](app, name);
}

describe.each(Object.keys(EXAMPLES) as Array<keyof typeof EXAMPLES>)('example %s', (name) => {
  const json = JSON.parse(Testing.synth(synthExample(name), true));

  test('JSON snapshot', () => {
    expect(json).toMatchSnapshot();
  });

  test('HCL snapshot, and the HCL parses back to the same resources as the JSON', async () => {
    const hcl = await format(Testing.synthHcl(synthExample(name), true));
    expect(hcl).toMatchSnapshot();
    const parsed = await parse(`${name}.tf`, hcl);
    expect(Object.keys(parsed.resource).sort()).toEqual(Object.keys(json.resource).sort());
    for (const [type, byId] of Object.entries<any>(json.resource)) {
      expect(Object.keys(parsed.resource[type]).sort()).toEqual(Object.keys(byId).sort());
      for (const [id, config] of Object.entries<any>(byId)) {
        expect({ address: `${type}.${id}`, config: normalize(parsed.resource[type][id]) }).toEqual({
          address: `${type}.${id}`,
          config: normalize(config),
        });
      }
    }
  });

  test('resource addresses and replacement-forcing attributes match the committed manifest (upgrade safety)', () => {
    const current = { addresses: addresses(json), replacementAttributes: replacementManifest(json) };
    updatedManifest[name] = current;
    if (process.env.UPDATE_MANIFEST === '1') return;
    const committed = manifest[name];
    if (JSON.stringify(committed) !== JSON.stringify(current)) {
      throw new Error(
        `Example "${name}" changed resource addresses or attributes that force replacement: a user's next apply would ` +
          'destroy and recreate these resources. If intended, it is a BREAKING CHANGE: document it in CHANGELOG.md, ' +
          'add Terraform `moved` blocks (or `TerraformResource.moveTo`) for renamed addresses, then regenerate with ' +
          '`UPDATE_MANIFEST=1 npx jest test/examples`.\n' +
          `Committed: ${JSON.stringify(committed, null, 1)}\nCurrent: ${JSON.stringify(current, null, 1)}`,
      );
    }
  });
});

test('real terraform loads every example, its JSON and its HCL rendering (terraform init, offline)', async () => {
  const configs: TerraformConfig[] = [];
  for (const name of Object.keys(EXAMPLES) as Array<keyof typeof EXAMPLES>) {
    configs.push({ name: `${name} (cdk.tf.json)`, files: { 'cdk.tf.json': Testing.synth(synthExample(name), true) } });
    configs.push({ name: `${name} (main.tf)`, files: { 'main.tf': await format(Testing.synthHcl(synthExample(name), true)) } });
  }
  const results = await expectTerraformLoads(configs);
  expect(results.map((r) => r.name)).toEqual(configs.map((c) => c.name));
});

afterAll(() => {
  if (process.env.UPDATE_MANIFEST === '1') {
    fs.writeFileSync(MANIFEST_FILE, `${JSON.stringify({ ...manifest, ...updatedManifest }, null, 2)}\n`);
  }
});
