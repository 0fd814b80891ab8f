import { hasFailures, runChecks } from '../../src/checks/engine';
import { ALL_RULES } from '../../src/checks/rules';
import { TerraformDocument } from '../../src/checks/model/terraform-document';
import { A, at, compliantDoc, docWith, Json, put } from './fixtures';

describe('runChecks', () => {
  it('reports nothing for the compliant fixture', () => {
    const report = runChecks([{ stack: 'ok', document: compliantDoc() }]);
    expect(report.findings).toEqual([]);
    expect(report.counts).toEqual({ error: 0, warning: 0, info: 0, suppressed: 0 });
    expect(hasFailures(report)).toBe(false);
    expect(report.notApplicable.ok).toContain('NI-NET-005');
  });

  it('reports findings with stack, construct path, fix and counts, across documents', () => {
    // GIVEN a stack with a public cluster and another with a public IP
    const bad = docWith((d) => (at(d, A.cluster).private_cluster_enabled = false));
    const ip = put(compliantDoc(), 'azurerm_public_ip.fw', { name: 'fw' });
    // WHEN both are checked
    const report = runChecks([
      { stack: 'one', document: bad, file: 'one.json' },
      { stack: 'two', document: new TerraformDocument(ip) },
    ]);
    // THEN
    expect(report.stacks).toEqual(['one', 'two']);
    expect(report.findings.map((f) => [f.stack, f.ruleId, f.address])).toEqual([
      ['one', 'NI-AKS-001', A.cluster],
      ['two', 'NI-NET-005', 'azurerm_public_ip.fw'],
    ]);
    expect(report.findings[0]).toMatchObject({ severity: 'error', constructPath: 'fixture/aks/Cluster', file: 'one.json', suppressed: false });
    expect(report.findings[0].fix).toMatch(/private_cluster_enabled = true/);
    expect(report.counts).toEqual({ error: 1, warning: 1, info: 0, suppressed: 0 });
    expect(hasFailures(report)).toBe(true);
  });

  it('keeps suppressed findings, marked, and leaves them out of the counts', () => {
    const json = put(compliantDoc(), 'azurerm_public_ip.fw', { name: 'fw' });
    const report = runChecks([{ stack: 's', document: json }], {
      suppressions: [{ ruleId: 'NI-NET-005', address: 'azurerm_public_ip.fw', reason: '  Hub firewall, reviewed in SEC-9  ' }],
    });
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ suppressed: true, suppressionReason: 'Hub firewall, reviewed in SEC-9' });
    expect(report.counts).toEqual({ error: 0, warning: 0, info: 0, suppressed: 1 });
    expect(hasFailures(report, true)).toBe(false);
  });

  it('fails on warnings only when asked', () => {
    const report = runChecks([{ stack: 's', document: put(compliantDoc(), 'azurerm_public_ip.fw', {}) }]);
    expect(hasFailures(report)).toBe(false);
    expect(hasFailures(report, true)).toBe(true);
  });

  it('gives findings the line of the resource when the file text is known', () => {
    const json = docWith((d) => (at(d, A.cluster).private_cluster_enabled = false));
    const text = JSON.stringify(json, null, 2);
    const [f] = runChecks([{ stack: 's', document: json, text }]).findings;
    expect(text.split('\n')[f.line! - 1]).toMatch(/^\s+"aks": \{$/);
  });

  it('checks a generated 10,000-resource document correctly', () => {
    // GIVEN 250 copies of the compliant stack (40 resources each), every 50th cluster public
    const big: Json = { resource: {}, data: { azurerm_client_config: { current: {} } } };
    for (let i = 0; i < 250; i++) {
      const copy = compliantDoc();
      if (i % 50 === 0) at(copy, A.cluster).private_cluster_enabled = false;
      const text = JSON.stringify(copy.resource).replace(/(\$\{(?:data\.)?[a-z_]+\.)([a-z_]+)/g, `$1$2_${i}`);
      const renamed = JSON.parse(text);
      for (const [type, byName] of Object.entries<Json>(renamed)) {
        big.resource[type] ??= {};
        for (const [name, config] of Object.entries(byName)) {
          if (Array.isArray(config.depends_on)) config.depends_on = config.depends_on.map((a: string) => `${a}_${i}`);
          big.resource[type][`${name}_${i}`] = config;
        }
      }
    }
    let count = 0;
    for (const byName of Object.values<Json>(big.resource)) count += Object.keys(byName).length;
    for (let i = 0; count < 10_000; i++, count++) big.resource.azurerm_user_assigned_identity[`filler_${i}`] = { name: `f${i}` };
    // WHEN the whole engine runs
    const report = runChecks([{ stack: 'big', document: big }]);
    // THEN exactly the five public clusters are reported, and nothing else
    expect(count).toBe(10_000);
    expect(report.findings.map((f) => `${f.ruleId} ${f.address}`)).toEqual(
      [0, 50, 100, 150, 200].map((i) => `NI-AKS-001 azurerm_kubernetes_cluster.aks_${i}`),
    );
  });

  it('runs every rule in id order with unique ids', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    for (const rule of ALL_RULES) {
      expect(rule.id).toMatch(/^NI-[A-Z]+-\d{3}$/);
      expect(rule.title).not.toMatch(/\n/);
      expect(rule.docUrl).toMatch(/^https:\/\//);
      expect(rule.explanation.length).toBeGreaterThan(rule.title.length);
    }
  });
});
