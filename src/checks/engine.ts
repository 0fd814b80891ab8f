/**
 * Runs the rule pack over one or many Terraform documents (one per stack) and builds the report model.
 */
import { RuleSeverity, Rule, NOT_APPLICABLE } from './rule';
import { ALL_RULES } from './rules';
import { SuppressionSpec, Suppressions } from './report/suppressions';
import { resourceLines } from './report/source-line';
import { TerraformDocument } from './model/terraform-document';

/** One document to check. */
export interface CheckInput {
  /** The stack name, shown in the report. */
  readonly stack: string;
  /** The parsed Terraform JSON or an indexed document. */
  readonly document: TerraformDocument | unknown;
  /** Where the document was read from (for SARIF locations), if a file. */
  readonly file?: string;
  /** The file's text, to give findings a line number (SARIF regions). */
  readonly text?: string;
}

/** Options of {@link runChecks}. */
export interface CheckOptions {
  /** Suppressions; validated (reason length, known rule id). */
  readonly suppressions?: readonly SuppressionSpec[] | Suppressions;
  /** The rules to run. @default ALL_RULES */
  readonly rules?: readonly Rule[];
}

/** A finding in the report: the rule's finding plus where it was found and whether it is suppressed. */
export interface ReportFinding {
  /** Rule id, e.g. `NI-AKS-001`. */
  readonly ruleId: string;
  /** Rule name (its file name). */
  readonly ruleName: string;
  /** Severity: the rule's, or info for a finding expected at this stage of a migration (see `expected`). */
  readonly severity: RuleSeverity;
  /** Why the finding is expected for now (a migration stage), and when it goes away. */
  readonly expected?: string;
  /** Rule title. */
  readonly title: string;
  /** Stack the document belongs to. */
  readonly stack: string;
  /** File the document was read from. */
  readonly file?: string;
  /** 1-based line of the resource in the file, when the text was given. */
  readonly line?: number;
  /** Terraform address of the offending resource. */
  readonly address: string;
  /** Other resources the finding names; a suppression on any of them covers it. */
  readonly relatedAddresses?: readonly string[];
  /** Construct path of the offending resource, when cdktf recorded it. */
  readonly constructPath?: string;
  /** What is wrong. */
  readonly message: string;
  /** How to fix it. */
  readonly fix: string;
  /** Documentation page. */
  readonly docUrl: string;
  /** True when a suppression covers the finding. */
  readonly suppressed: boolean;
  /** The suppression's reason. */
  readonly suppressionReason?: string;
}

/** Counts of a report: unsuppressed findings per severity, and suppressed findings. */
export interface ReportCounts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
  readonly suppressed: number;
}

/** The result of a check run. */
export interface CheckReport {
  /** The findings, by stack, then rule id, then document order. */
  readonly findings: readonly ReportFinding[];
  /** Counts of the findings. */
  readonly counts: ReportCounts;
  /** The stacks checked, in input order. */
  readonly stacks: readonly string[];
  /** The rules run. */
  readonly rules: readonly Rule[];
  /** Per stack, the ids of the rules that were not applicable (no subject resources). */
  readonly notApplicable: Readonly<Record<string, readonly string[]>>;
  /** The suppressions that matched no finding (a typo in an address, or a finding that was fixed). */
  readonly unusedSuppressions: readonly SuppressionSpec[];
}

/** Runs every rule over every input and builds the report. */
export function runChecks(inputs: readonly CheckInput[], options: CheckOptions = {}): CheckReport {
  const rules = options.rules ?? ALL_RULES;
  const suppressions =
    options.suppressions instanceof Suppressions
      ? options.suppressions
      : new Suppressions(
          options.suppressions ?? [],
          rules.map((r) => r.id)
        );
  const findings: ReportFinding[] = [];
  const used = new Set<SuppressionSpec>();
  const notApplicable: Record<string, string[]> = {};
  for (const input of inputs) {
    const doc = input.document instanceof TerraformDocument ? input.document : new TerraformDocument(input.document);
    notApplicable[input.stack] = [];
    let lines: Map<string, number> | undefined;
    const lineOf = (address: string): number | undefined => {
      if (input.text === undefined) return undefined;
      lines ??= resourceLines(input.text);
      return lines.get(address) ?? 1;
    };
    for (const rule of rules) {
      const outcome = rule.evaluate(doc);
      if (outcome === NOT_APPLICABLE) {
        notApplicable[input.stack].push(rule.id);
        continue;
      }
      for (const f of outcome) {
        const constructPath = doc.constructPath(f.address);
        const suppression = suppressions.match(rule.id, f.address, constructPath, f.relatedAddresses);
        if (suppression) used.add(suppression);
        findings.push({
          ruleId: rule.id,
          ruleName: rule.name,
          severity: f.expected !== undefined ? RuleSeverity.INFO : rule.severity,
          ...(f.expected !== undefined ? { expected: f.expected } : {}),
          title: rule.title,
          stack: input.stack,
          ...(input.file !== undefined ? { file: input.file } : {}),
          ...(input.text !== undefined ? { line: lineOf(f.address) } : {}),
          address: f.address,
          ...(f.relatedAddresses?.length ? { relatedAddresses: f.relatedAddresses } : {}),
          ...(constructPath !== undefined ? { constructPath } : {}),
          message: f.message,
          fix: rule.fix,
          docUrl: rule.docUrl,
          suppressed: suppression !== undefined,
          ...(suppression ? { suppressionReason: suppression.reason.trim() } : {}),
        });
      }
    }
  }
  const unusedSuppressions = suppressions.all.filter((s) => !used.has(s));
  return { findings, counts: countFindings(findings), stacks: inputs.map((i) => i.stack), rules, notApplicable, unusedSuppressions };
}

/** True when the report has unsuppressed errors (or, with `failOnWarnings`, unsuppressed warnings). */
export function hasFailures(report: CheckReport, failOnWarnings = false): boolean {
  return report.counts.error > 0 || (failOnWarnings && report.counts.warning > 0);
}

function countFindings(findings: readonly ReportFinding[]): ReportCounts {
  const counts = { error: 0, warning: 0, info: 0, suppressed: 0 };
  for (const f of findings) {
    if (f.suppressed) counts.suppressed++;
    else counts[f.severity]++;
  }
  return counts;
}
