/**
 * Renders a check report as text (for people), JSON (for scripts) or SARIF 2.1.0 (for GitHub code
 * scanning and other SARIF viewers).
 */
import { createHash } from 'crypto';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { PROVIDER_FLAVOR } from '../../internal/provider-flavor';
import { PACKAGE_VERSION } from '../../internal/version';
import type { CheckReport, ReportFinding } from '../engine';
import { DOCUMENT_ADDRESS, RuleSeverity } from '../rule';
import type { SuppressionSpec } from './suppressions';

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
  if (f.expected !== undefined) lines.push(`  expect ${f.expected}`);
  if (f.relatedAddresses?.length) lines.push(`  also   ${f.relatedAddresses.join(', ')}`);
  if (f.suppressed) lines.push(`  reason ${f.suppressionReason}`);
  else lines.push(`  accept ${suppressionFor(f)}`);
  return lines.join('\n');
}

/**
 * The suppression that accepts a finding, to paste into `NetworkIsolationChecks` suppressions or a
 * `--suppressions` file: `{"ruleId":"NI-NET-002","address":"azurerm_subnet.nodes","reason":"<why ...>"}`.
 */
export function suppressionFor(f: Pick<ReportFinding, 'ruleId' | 'address'>): string {
  return JSON.stringify({ ruleId: f.ruleId, address: f.address, reason: '<why this is acceptable, 10+ characters>' });
}

/** One line per suppression that matched no finding: a typo in its address, or a finding since fixed. */
export function unusedSuppressionLines(unused: readonly SuppressionSpec[]): string[] {
  return unused.map(
    (s) =>
      `WARNING suppression ${JSON.stringify({ ruleId: s.ruleId, ...(s.address !== undefined ? { address: s.address } : {}) })} ` +
      'matched no finding; remove it, or correct its rule id or address (a Terraform address or construct path).'
  );
}

/** The human report: one block per finding (unsuppressed first), unused suppressions, then the summary line. */
export function renderText(report: CheckReport): string {
  const ordered = [...report.findings.filter((f) => !f.suppressed), ...report.findings.filter((f) => f.suppressed)];
  const blocks = ordered.map(findingBlock);
  const unused = unusedSuppressionLines(report.unusedSuppressions ?? []);
  if (unused.length > 0) blocks.push(unused.join('\n'));
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
    unusedSuppressions: report.unusedSuppressions ?? [],
  };
  return JSON.stringify(json, null, 2) + '\n';
}

/** Options of {@link renderSarif}. */
export interface SarifOptions {
  /** Artifact URIs are relative to this directory, the `SRCROOT` base. @default process.cwd() */
  readonly cwd?: string;
}

/** The `originalUriBaseIds` key that artifact URIs are relative to: the working directory of the run. */
export const SARIF_BASE_ID = 'SRCROOT';

/**
 * SARIF 2.1.0 accepted by GitHub code scanning: every rule with help text and a default level, results
 * with the input file (relative to `cwd`, the `SRCROOT` base given as a file:// URI in `originalUriBaseIds`)
 * and the resource address as logical location; suppressed results carry an external suppression with the
 * reason; unused suppressions are tool notifications at warning level.
 */
export function renderSarif(report: CheckReport, options: SarifOptions = {}): string {
  const cwd = path.resolve(options.cwd ?? process.cwd());
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
        originalUriBaseIds: { [SARIF_BASE_ID]: { uri: directoryUri(cwd) } },
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: unusedSuppressionLines(report.unusedSuppressions ?? []).map((text) => ({
              level: 'warning',
              message: { text: text.replace(/^WARNING /, '') },
            })),
          },
        ],
        results: report.findings.map((f) => sarifResult(f, ruleIndex.get(f.ruleId) ?? -1, cwd)),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

function sarifResult(f: ReportFinding, ruleIndex: number, cwd: string): object {
  const file = f.file ?? path.join('cdktf.out', 'stacks', f.stack, 'cdk.tf.json');
  const where = f.constructPath ? ` (${f.constructPath})` : '';
  return {
    ruleId: f.ruleId,
    ...(ruleIndex >= 0 ? { ruleIndex } : {}),
    level: SARIF_LEVEL[f.severity],
    message: { text: `${f.address}${where}: ${f.message} Fix: ${f.fix}` },
    locations: [
      {
        physicalLocation: { artifactLocation: artifactLocation(file, cwd), region: { startLine: f.line ?? 1 } },
        logicalLocations: [
          f.address === DOCUMENT_ADDRESS
            ? { fullyQualifiedName: f.stack, name: f.stack, kind: 'module' } // the whole document (stack)
            : { fullyQualifiedName: f.address, name: f.address.split('.').pop(), kind: 'resource' },
        ],
      },
    ],
    ...(f.relatedAddresses?.length
      ? {
          relatedLocations: f.relatedAddresses.map((address, id) => ({
            id,
            logicalLocations: [{ fullyQualifiedName: address, name: address.split('.').pop(), kind: 'resource' }],
          })),
        }
      : {}),
    partialFingerprints: { 'cdktfIsolatedAksResource/v1': fingerprint(f) },
    properties: { stack: f.stack, ...(f.constructPath ? { constructPath: f.constructPath } : {}) },
    ...(f.suppressed ? { suppressions: [{ kind: 'external', justification: f.suppressionReason }] } : {}),
  };
}

/** A file under `cwd` relative to the `SRCROOT` base; a file elsewhere by its absolute file:// URI. */
function artifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const absolute = path.resolve(cwd, file);
  const relative = path.relative(cwd, absolute);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return { uri: pathToFileURL(absolute).href };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SARIF_BASE_ID };
}

/** A directory as a file:// URI ending in a slash (SARIF requires it of a base URI). */
function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function fingerprint(f: ReportFinding): string {
  return createHash('sha256').update(`${f.ruleId}|${f.stack}|${f.address}`).digest('hex').slice(0, 32);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
