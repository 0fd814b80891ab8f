import * as path from 'path';
import { runChecks } from '../../src/checks/engine';
import { renderJson, renderSarif, renderText, summaryLine } from '../../src/checks/report/report';
import { ALL_RULES } from '../../src/checks/rules';
import { A, at, docWith, put } from './fixtures';

// GIVEN one error, one suppressed warning, one info
const json = docWith((d) => {
  at(d, A.cluster).private_cluster_enabled = false;
  delete at(d, A.registry).network_rule_bypass_option;
  put(d, 'azurerm_public_ip.fw', { name: 'fw' });
});
const file = path.join('/repo', 'cdktf.out', 'stacks', 'prod', 'cdk.tf.json');
const report = runChecks([{ stack: 'prod', document: json, file, text: JSON.stringify(json, null, 2) }], {
  suppressions: [{ ruleId: 'NI-NET-005', reason: 'Hub firewall IP, reviewed in SEC-7' }],
});

describe('renderText', () => {
  const text = renderText(report);

  it('writes one block per finding with construct path, rule id, message and fix', () => {
    expect(text).toContain('ERROR NI-AKS-001 private-cluster\n  at     fixture/aks/Cluster (azurerm_kubernetes_cluster.aks) [stack prod]');
    expect(text).toMatch(/what {3}private_cluster_enabled is false; allowed: true\./);
    expect(text).toMatch(/fix {4}Set private_cluster_enabled = true/);
    expect(text).toContain('INFO NI-ACR-010');
  });

  it('lists suppressed findings last, with the reason, and ends with the summary', () => {
    expect(text.indexOf('SUPPRESSED WARNING NI-NET-005')).toBeGreaterThan(text.indexOf('INFO NI-ACR-010'));
    expect(text).toContain('  reason Hub firewall IP, reviewed in SEC-7');
    expect(text.trimEnd().split('\n').pop()).toBe(`cdktf-isolated-aks check: 1 error, 0 warnings, 1 info, 1 suppressed in 1 stack (${ALL_RULES.length} rules)`);
    expect(summaryLine(report)).toMatch(/^1 error, 0 warnings/);
  });
});

describe('renderJson', () => {
  it('holds counts, stacks and findings', () => {
    const parsed = JSON.parse(renderJson(report));
    expect(parsed).toMatchObject({ tool: 'cdktf-isolated-aks', counts: { error: 1, warning: 0, info: 1, suppressed: 1 }, stacks: ['prod'] });
    expect(parsed.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['NI-ACR-010', 'NI-AKS-001', 'NI-NET-005']);
  });
});

describe('renderSarif', () => {
  const sarif = JSON.parse(renderSarif(report, { cwd: '/repo' }));
  const run = sarif.runs[0];

  it('is SARIF 2.1.0 with the tool driver and every rule', () => {
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/);
    expect(sarif.version).toBe('2.1.0');
    expect(run.tool.driver).toMatchObject({ name: 'cdktf-isolated-aks', informationUri: expect.stringMatching(/^https:/) });
    expect(run.tool.driver.rules).toHaveLength(ALL_RULES.length);
    for (const rule of run.tool.driver.rules) {
      expect(rule).toEqual(
        expect.objectContaining({
          id: expect.stringMatching(/^NI-/),
          name: expect.any(String),
          shortDescription: { text: expect.any(String) },
          fullDescription: { text: expect.any(String) },
          help: { text: expect.stringContaining('Fix:'), markdown: expect.stringContaining('**Fix:**') },
          helpUri: expect.stringMatching(/^https:/),
          defaultConfiguration: { level: expect.stringMatching(/^(error|warning|note)$/) },
        }),
      );
    }
  });

  it('writes results with level, message, file relative to cwd and the address as logical location', () => {
    const result = run.results.find((r: { ruleId: string }) => r.ruleId === 'NI-AKS-001');
    expect(result.level).toBe('error');
    expect(result.message.text).toMatch(/azurerm_kubernetes_cluster\.aks \(fixture\/aks\/Cluster\): private_cluster_enabled/);
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe('cdktf.out/stacks/prod/cdk.tf.json');
    expect(result.locations[0].physicalLocation.region.startLine).toBeGreaterThan(1);
    expect(result.locations[0].logicalLocations[0].fullyQualifiedName).toBe('azurerm_kubernetes_cluster.aks');
    expect(run.tool.driver.rules[result.ruleIndex].id).toBe('NI-AKS-001');
    expect(run.results.find((r: { ruleId: string }) => r.ruleId === 'NI-ACR-010').level).toBe('note');
  });

  it('marks suppressed results with an external suppression and its justification', () => {
    const suppressed = run.results.find((r: { ruleId: string }) => r.ruleId === 'NI-NET-005');
    expect(suppressed.suppressions).toEqual([{ kind: 'external', justification: 'Hub firewall IP, reviewed in SEC-7' }]);
    expect(run.results.find((r: { ruleId: string }) => r.ruleId === 'NI-AKS-001').suppressions).toBeUndefined();
  });
});
