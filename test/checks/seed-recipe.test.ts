// The seed how-to's own "Bring your own ACR" recipe (https://learn.microsoft.com/azure/aks/network-isolated)
// passes the rule pack with no error, as azurerm HCL and as cdktf JSON: what it leaves out (dedicated data
// endpoints, NSGs) is hardening, reported as info / warning only.
import { parse } from '@cdktf/hcl2json';
import * as fs from 'fs';
import * as path from 'path';
import { runChecks } from '../../src/checks/engine';
import { TerraformDocument } from '../../src/checks/model/terraform-document';

const DIR = path.join(__dirname, 'fixtures', 'seed-recipe');
type Json = { [key: string]: any };

/**
 * hcl2json writes a bare `depends_on` reference as a `${...}` template; in HCL it is a static reference
 * (what terraform requires), so the conversion unwraps it, as the HCL reader does.
 */
function unwrapDependsOn(json: Json): Json {
  for (const part of ['resource', 'data']) {
    for (const byName of Object.values<Json>(json[part] ?? {})) {
      for (const blocks of Object.values<Json[]>(byName)) {
        for (const config of blocks) {
          if (Array.isArray(config.depends_on)) config.depends_on = config.depends_on.map((d: string) => d.replace(/^\$\{(.*)\}$/, '$1'));
        }
      }
    }
  }
  return json;
}

/** rule id -> severity of every unsuppressed finding, sorted. */
function findings(document: TerraformDocument): string[] {
  const report = runChecks([{ stack: 'seed-recipe', document }]);
  return report.findings.map((f) => `${f.severity} ${f.ruleId} ${f.address}`).sort();
}

/** What the recipe leaves out, and the severity it deserves: hardening only. */
const EXPECTED = [
  'info NI-ACR-005 azurerm_container_registry.acr', // data endpoint left off, as the how-to does
  'info NI-ACR-010 azurerm_container_registry.acr', // network_rule_bypass_option default AzureServices
  'warning NI-EXT-004 azurerm_kubernetes_cluster.aks', // storage_profile unset: the Files CSI driver stays on with only public classes
  'warning NI-NET-002 azurerm_subnet.acr', // no NSG
  'warning NI-NET-002 azurerm_subnet.aks', // no NSG
];

describe('the seed how-to BYO ACR recipe', () => {
  it('as cdktf JSON: no error, only the hardening it leaves out', () => {
    const json = JSON.parse(fs.readFileSync(path.join(DIR, 'cdk.tf.json'), 'utf8'));
    expect(findings(new TerraformDocument(json))).toEqual(EXPECTED);
  });

  it('as azurerm HCL converted with @cdktf/hcl2json: the same findings', async () => {
    const raw = await parse('main.tf', fs.readFileSync(path.join(DIR, 'main.tf'), 'utf8'));
    expect(findings(new TerraformDocument(unwrapDependsOn(raw)))).toEqual(EXPECTED);
  });

  it('the HCL and the JSON hold the same resources', async () => {
    const raw = await parse('main.tf', fs.readFileSync(path.join(DIR, 'main.tf'), 'utf8'));
    const json = JSON.parse(fs.readFileSync(path.join(DIR, 'cdk.tf.json'), 'utf8'));
    const addresses = (doc: TerraformDocument) => doc.all.map((r) => r.address).sort();
    expect(addresses(new TerraformDocument(raw))).toEqual(addresses(new TerraformDocument(json)));
    expect(addresses(new TerraformDocument(json))).toHaveLength(15);
  });

  it('hcl2json itself writes depends_on as templates: a reader that does not unwrap them gets NI-TF-001', async () => {
    const raw = await parse('main.tf', fs.readFileSync(path.join(DIR, 'main.tf'), 'utf8'));
    expect(findings(new TerraformDocument(raw))).toContain('error NI-TF-001 azurerm_kubernetes_cluster.aks');
  });
});
