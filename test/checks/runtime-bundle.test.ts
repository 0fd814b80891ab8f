import * as fs from 'fs';
import * as path from 'path';
import { Testing } from 'cdktf';
import { EXAMPLES } from '../../examples/all';
import * as runtime from '../../src/checks/runtime';

const BUNDLE = path.join(__dirname, '..', '..', 'lib', 'checks', 'runtime.bundle.js');

describe('the bundled rule pack runtime (lib/checks/runtime.bundle.js, built by npm run build)', () => {
  test('exists: npm test builds it before jest runs', () => {
    expect({ bundle: BUNDLE, exists: fs.existsSync(BUNDLE) }).toEqual({ bundle: BUNDLE, exists: true });
  });

  test('has the same rules and gives the same report as the sources', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const bundled: typeof runtime = require(BUNDLE);
    expect(bundled.ALL_RULES.map((r) => r.id)).toEqual(runtime.ALL_RULES.map((r) => r.id));
    const stack = new EXAMPLES['byo-acr-private-link'](Testing.app(), 'byo');
    const document = JSON.parse(Testing.synth(stack));
    const registry: any = Object.values(document.resource.azurerm_container_registry)[0];
    registry.sku = 'Standard';
    registry.public_network_access_enabled = true;
    const inputs = [{ stack: 'byo', document }];
    const fromSources = runtime.runChecks(inputs, {});
    expect(JSON.stringify(bundled.runChecks(inputs, {}))).toBe(JSON.stringify(fromSources));
    expect(fromSources.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['NI-ACR-001', 'NI-ACR-002']));
  });
});
