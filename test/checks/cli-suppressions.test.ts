// The CLI's suppressions: a --suppressions file, warnings for suppressions that match nothing, suppressions on
// a finding's related address, and the suppression to paste printed with each finding.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/checks/cli';
import { A, at, compliantDoc, docWith, put, ref } from './fixtures';

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-isolated-aks-supp-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(rel: string, content: unknown): string {
  fs.writeFileSync(path.join(dir, rel), JSON.stringify(content));
  return rel;
}

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['node', 'cdktf-isolated-aks', 'check', ...args], { cwd: dir, stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

const blockPreview = () =>
  put(compliantDoc(), 'azapi_update_resource.outbound', {
    type: 'Microsoft.ContainerService/managedClusters@2025-05-02-preview',
    resource_id: ref(A.cluster),
    body: { properties: { networkProfile: { outboundType: 'block' } } },
  });

describe('check --suppressions FILE', () => {
  it('suppresses a finding by rule id and address, with the reason in the report', async () => {
    const doc = write('cdk.tf.json', docWith((d) => (at(d, A.cluster).private_cluster_enabled = false)));
    const supp = write('s.json', [{ ruleId: 'NI-AKS-001', address: A.cluster, reason: 'Public cluster for the lab, SEC-1' }]);
    const { code, out } = await run(doc, '--suppressions', supp, '--format', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(out).findings).toMatchObject([{ ruleId: 'NI-AKS-001', suppressed: true, suppressionReason: 'Public cluster for the lab, SEC-1' }]);
  });

  it('warns about a suppression that matches no finding (text, JSON and SARIF)', async () => {
    const doc = write('cdk.tf.json', compliantDoc());
    const supp = write('s.json', [{ ruleId: 'NI-NET-005', address: 'azurerm_public_ip.typo', reason: 'Hub firewall IP, SEC-123' }]);
    const text = await run(doc, '--suppressions', supp);
    expect(text.code).toBe(0);
    expect(text.out).toContain('WARNING suppression {"ruleId":"NI-NET-005","address":"azurerm_public_ip.typo"} matched no finding');
    const json = JSON.parse((await run(doc, '--suppressions', supp, '--format', 'json')).out);
    expect(json.unusedSuppressions).toEqual([{ ruleId: 'NI-NET-005', address: 'azurerm_public_ip.typo', reason: 'Hub firewall IP, SEC-123' }]);
    const sarif = JSON.parse((await run(doc, '--suppressions', supp, '--format', 'sarif')).out);
    expect(sarif.runs[0].invocations[0].toolExecutionNotifications).toEqual([
      { level: 'warning', message: { text: expect.stringMatching(/^suppression .*azurerm_public_ip\.typo.*matched no finding/) } },
    ]);
  });

  it('does not warn about a suppression that matched', async () => {
    const doc = write('cdk.tf.json', put(compliantDoc(), 'azurerm_public_ip.fw', { name: 'fw' }));
    const supp = write('s.json', [{ ruleId: 'NI-NET-005', address: 'azurerm_public_ip.fw', reason: 'Hub firewall IP, SEC-123' }]);
    expect((await run(doc, '--suppressions', supp)).out).not.toContain('matched no finding');
  });

  it('matches a finding on one of its related addresses (NI-AKS-005 names the azapi_update_resource)', async () => {
    const doc = write('cdk.tf.json', blockPreview());
    const before = JSON.parse((await run(doc, '--format', 'json')).out).findings;
    expect(before).toMatchObject([{ ruleId: 'NI-AKS-005', address: A.cluster, relatedAddresses: ['azapi_update_resource.outbound'], suppressed: false }]);
    const supp = write('s.json', [{ ruleId: 'NI-AKS-005', address: 'azapi_update_resource.outbound', reason: 'Block preview intended, SEC-42' }]);
    const { out } = await run(doc, '--suppressions', supp, '--format', 'json');
    expect(JSON.parse(out)).toMatchObject({ findings: [{ ruleId: 'NI-AKS-005', suppressed: true }], unusedSuppressions: [] });
  });

  it('prints the suppression to add under each unsuppressed finding', async () => {
    const { out } = await run(write('cdk.tf.json', docWith((d) => (at(d, A.cluster).private_cluster_enabled = false))));
    expect(out).toContain(`  accept {"ruleId":"NI-AKS-001","address":"${A.cluster}","reason":"<why this is acceptable, 10+ characters>"}`);
  });

  it.each([
    ['a file that is not a list', { ruleId: 'NI-AKS-001' }, /--suppressions s\.json: expected a JSON list/],
    ['a short reason', [{ ruleId: 'NI-AKS-001', reason: 'ok' }], /--suppressions s\.json: suppression #1 \(NI-AKS-001\): reason "ok" is too short/],
    ['an unknown rule id', [{ ruleId: 'NI-XXX-001', reason: 'long enough reason' }], /unknown rule id "NI-XXX-001"/],
  ])('exits 2 on %s', async (_what, content, message) => {
    const { code, err } = await run(write('cdk.tf.json', compliantDoc()), '--suppressions', write('s.json', content));
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });
});
