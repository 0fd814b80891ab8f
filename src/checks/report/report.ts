/**
 * Renders a check report as text (for people), JSON (for scripts) or SARIF 2.1.0 (for GitHub code
 * scanning and other SARIF viewers).
 */
import { createHash } from 'crypto';
import * as path from 'path';
import { PROVIDER_FLAVOR } from '../../internal/provider-flavor';
import { PACKAGE_VERSION } from '../../internal/version';
import type { CheckReport, ReportFinding } from '../engine';
import { RuleSeverity } from '../rule';

/** The tool name written into reports. */
export const TOOL_NAME = PROVIDER_FLAVOR.packageName;
/** Where the tool is documented. */
export const TOOL_URI = 'https://github.com/cdktf-isolated-aks/cdktf-isolated-aks';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SARIF_LEVEL: Record<RuleSeverity, string> = { error: 'error', warning: 'warning', info: 'note' };
// GitHub code scanning shows security-severity as critical/high/medium/low.
const SECURITY_SEVERITY: Record<RuleSeverity, string> = { error: '8.0', warning: '5.0', info: '2.0' };

/** One line: `2 errors, 1 warning, 0 info, 1 suppressed in 3 stacks (37 rules)`. */
export function summaryLine(report: CheckReport): string {
  const c = report.counts;
  const stacks = report.stacks.length;
  return (
    `${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${c.info} info, ${c.suppressed} suppressed ` +
    `in ${plural(stacks, 'stack')} (${report.rules.length} rules)`
  );
}

/** A finding as a text block: severity and rule, where, what, fix, docs (and the suppression reason). */
export function findingBlock(f: ReportFinding): string {
  const where = f.constructPath ? `${f.constructPath} (${f.address})` : f.address;
  const head = f.suppressed ? `SUPPRESSED ${f.severity.toUpperCase()}` : f.severity.toUpperCase();
  const lines = [
    `${head} ${f.ruleId} ${f.ruleName}`,
    `  at     ${where} [stack ${f.stack}]`,
    `  what   ${f.message}`,
    `  fix    ${f.fix}`,
    `  docs   ${f.docUrl}`,
  ];
  if (f.suppressed) lines.push(`  reason ${f.suppressionReason}`);
  return lines.join('\n');
}

/** The human report: one block per finding (unsuppressed first), then the summary line. */
export function renderText(report: CheckReport): string {
  const ordered = [...report.findings.filter((f) => !f.suppressed), ...report.findings.filter((f) => f.suppressed)];
  const blocks = ordered.map(findingBlock);
  return [...blocks, `${TOOL_NAME} check: ${summaryLine(report)}`].join('\n\n') + '\n';
}

/** The JSON report: tool, counts, stacks and findings. */
export function renderJson(report: CheckReport): string {
  const json = {
    tool: TOOL_NAME,
    version: PACKAGE_VERSION,
    counts: report.counts,
    stacks: report.stacks,
    findings: report.findings,
  };
  return JSON.stringify(json, null, 2) + '\n';
}

/** Options of {@link renderSarif}. */
export interface SarifOptions {
  /** Artifact URIs are relative to this directory. @default process.cwd() */
  readonly cwd?: string;
}

/**
 * SARIF 2.1.0 accepted by GitHub code scanning: every rule with help text and a default level, results
 * with the cdk.tf.json file (relative to `cwd`) and the resource address as logical location; suppressed
 * results carry an external suppression with the reason.
 */
export function renderSarif(report: CheckReport, options: SarifOptions = {}): string {
  const cwd = options.cwd ?? process.cwd();
  const ruleIndex = new Map(report.rules.map((r, i) => [r.id, i]));
  const sarif = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: PACKAGE_VERSION,
            semanticVersion: PACKAGE_VERSION,
            informationUri: TOOL_URI,
            rules: report.rules.map((r) => ({
              id: r.id,
              name: r.name,
              shortDescription: { text: r.title },
              fullDescription: { text: r.explanation },
              help: {
                text: `${r.explanation}\n\nFix: ${r.fix}\n\n${r.docUrl}`,
                markdown: `${r.explanation}\n\n**Fix:** ${r.fix}\n\n[Documentation](${r.docUrl})`,
              },
              helpUri: r.docUrl,
              defaultConfiguration: { level: SARIF_LEVEL[r.severity] },
              properties: {
                tags: ['security', 'network-isolation', 'terraform'],
                'security-severity': SECURITY_SEVERITY[r.severity],
              },
            })),
          },
        },
        results: report.findings.map((f) => sarifResult(f, ruleIndex.get(f.ruleId) ?? -1, cwd)),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

function sarifResult(f: ReportFinding, ruleIndex: number, cwd: string): object {
  const file = f.file ?? path.join('cdktf.out', 'stacks', f.stack, 'cdk.tf.json');
  const uri = path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/');
  const where = f.constructPath ? ` (${f.constructPath})` : '';
  return {
    ruleId: f.ruleId,
    ...(ruleIndex >= 0 ? { ruleIndex } : {}),
    level: SARIF_LEVEL[f.severity],
    message: { text: `${f.address}${where}: ${f.message} Fix: ${f.fix}` },
    locations: [
      {
        physicalLocation: { artifactLocation: { uri }, region: { startLine: f.line ?? 1 } },
        logicalLocations: [{ fullyQualifiedName: f.address, name: f.address.split('.').pop(), kind: 'resource' }],
      },
    ],
    partialFingerprints: { 'cdktfIsolatedAksResource/v1': fingerprint(f) },
    properties: { stack: f.stack, ...(f.constructPath ? { constructPath: f.constructPath } : {}) },
    ...(f.suppressed ? { suppressions: [{ kind: 'external', justification: f.suppressionReason }] } : {}),
  };
}

function fingerprint(f: ReportFinding): string {
  return createHash('sha256').update(`${f.ruleId}|${f.stack}|${f.address}`).digest('hex').slice(0, 32);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
