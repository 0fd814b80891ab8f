import { App, TerraformStack } from 'cdktf';
import { Construct, IValidation } from 'constructs';
import type { CheckReport, ReportFinding } from './engine';
import { RuleSeverity } from './rule';
import { NetworkIsolationRules } from './rule-catalog';
import { checksRuntime } from './runtime-loader';

/** A finding to accept: by rule id, optionally one resource, always with a reason. */
export interface RuleSuppression {
  /** The rule id, e.g. `NI-NET-005`. */
  readonly ruleId: string;
  /**
   * The Terraform address (`azurerm_public_ip.firewall_1a2b3c4d`) or construct path
   * (`hub/firewall/ip`) of the one resource to suppress the rule for.
   * @default - every finding of the rule
   */
  readonly address?: string;
  /** Why the finding is acceptable (at least 10 characters); written into the report. */
  readonly reason: string;
}

/** Props of {@link NetworkIsolationChecks}. */
export interface NetworkIsolationChecksProps {
  /**
   * Findings to accept; each stays in the report, marked suppressed with its reason.
   * @default - none
   */
  readonly suppressions?: RuleSuppression[];
  /**
   * Fail the synth on unsuppressed warnings too, not only on errors.
   * @default false
   */
  readonly failOnWarnings?: boolean;
}

const DEFAULT_ID = 'NetworkIsolationChecks';
// Stacks with checks of their own: checks on the App leave them to those (their suppressions win).
const STACKS_WITH_CHECKS = new WeakSet<TerraformStack>();

/**
 * Runs the network isolation rule pack at synth over the final Terraform JSON of a stack (attached to a
 * TerraformStack) or of every stack (attached to the App), after overrides and escape hatches. Errors fail
 * the synth with the construct path, rule id, what is wrong and the fix; warnings are printed to stderr.
 *
 * Attached to a stack the checks run in `Testing.synth(stack, true)` and in `app.synth()` before the
 * stack is written; attached to the App they run in `app.synth()` after the stacks are written.
 *
 * @example
 * import { App } from 'cdktf';
 * import { NetworkIsolationChecks } from 'cdktf-isolated-aks';
 * const app = new App();
 * // ... stacks ...
 * NetworkIsolationChecks.of(app, {
 *   suppressions: [{ ruleId: 'NI-NET-005', address: 'azurerm_public_ip.hub_fw', reason: 'Hub firewall IP, reviewed in SEC-123' }],
 * });
 * app.synth();
 */
export class NetworkIsolationChecks extends Construct implements IValidation {
  /**
   * The checks of an App or stack, created (with id `NetworkIsolationChecks`) on first call.
   * @param scope the App or TerraformStack to check
   * @param props suppressions and options; only on the first call
   * @throws Error when props are given again for a scope that already has checks
   */
  public static of(scope: Construct, props?: NetworkIsolationChecksProps): NetworkIsolationChecks {
    const existing = scope.node.tryFindChild(DEFAULT_ID);
    if (existing instanceof NetworkIsolationChecks) {
      if (props) {
        throw new Error(
          `${scope.node.path || '<app>'}: NetworkIsolationChecks are already attached; add suppressions with ` +
            'addSuppression(ruleId, reason, address) instead of passing props again.'
        );
      }
      return existing;
    }
    return new NetworkIsolationChecks(scope, DEFAULT_ID, props);
  }

  private readonly specs: RuleSuppression[] = [];
  private readonly failOnWarnings: boolean;

  /**
   * @param scope an App or a TerraformStack
   * @throws Error when the scope is neither, or a suppression is invalid (unknown rule id, reason under 10 characters)
   */
  public constructor(scope: Construct, id: string, props: NetworkIsolationChecksProps = {}) {
    super(scope, id);
    this.failOnWarnings = props.failOnWarnings ?? false;
    (props.suppressions ?? []).forEach((s) => this.addSuppression(s.ruleId, s.reason, s.address));
    if (App.isApp(scope)) {
      scope.node.addValidation(this); // the App runs only its own node's validations
    } else if (TerraformStack.isStack(scope)) {
      STACKS_WITH_CHECKS.add(scope);
      this.node.addValidation(this); // a stack runs the validations of every construct in it
    } else {
      throw new Error(
        `${this.node.path}: NetworkIsolationChecks attach to an App or a TerraformStack, not to ` +
          `${scope.constructor.name} "${scope.node.path}"; use NetworkIsolationChecks.of(app) or .of(stack).`
      );
    }
  }

  /**
   * Accepts the findings of a rule, on one resource or (without address) everywhere.
   * @param ruleId rule id, e.g. `NI-NET-005`
   * @param reason why it is acceptable; at least 10 characters
   * @param address Terraform address or construct path of the resource
   * @throws Error for an unknown rule id or a reason under 10 characters
   */
  public addSuppression(ruleId: string, reason: string, address?: string): void {
    const spec: RuleSuppression = address === undefined ? { ruleId, reason } : { ruleId, reason, address };
    new (checksRuntime().Suppressions)([spec], NetworkIsolationRules.ids()); // validates, throws with the fix
    this.specs.push(spec);
  }

  /**
   * Runs the rules; called by cdktf during synth. Prints warnings to stderr.
   * @returns one message per failing finding: construct path, rule id, what is wrong, the fix
   */
  public validate(): string[] {
    const { findingBlock, summaryLine, suppressionFor, unusedSuppressionLines, TOOL_NAME } = checksRuntime();
    const result = this.check();
    const failing = (f: ReportFinding) =>
      !f.suppressed &&
      (f.severity === RuleSeverity.ERROR || (this.failOnWarnings && f.severity === RuleSeverity.WARNING));
    const printed = [
      ...result.findings.filter((f) => !f.suppressed && !failing(f)).map(findingBlock),
      ...unusedSuppressionLines(result.unusedSuppressions).map((line) => `${this.node.path || '<app>'}: ${line}`),
    ];
    if (printed.length > 0) {
      process.stderr.write(`${printed.join('\n\n')}\n${TOOL_NAME} checks: ${summaryLine(result)}\n`);
    }
    if (!checksRuntime().hasFailures(result, this.failOnWarnings)) return [];
    return result.findings.filter(failing).map((f) => `${failureMessage(f)} To accept it, add the suppression ${suppressionFor(f)}`);
  }

  private check(): CheckReport {
    const scope = this.node.scope!;
    const stacks = TerraformStack.isStack(scope)
      ? [scope]
      : scope.node
          .findAll()
          .filter((c): c is TerraformStack => TerraformStack.isStack(c) && !STACKS_WITH_CHECKS.has(c));
    const inputs = stacks.map((stack) => ({ stack: stack.node.id, document: stack.toTerraform() }));
    return checksRuntime().runChecks(inputs, { suppressions: this.specs });
  }
}

function failureMessage(f: ReportFinding): string {
  const where = f.constructPath ? `${f.constructPath} (${f.address})` : `${f.stack}: ${f.address}`;
  return `${where}: ${f.ruleId} ${f.message} Fix: ${f.fix} See ${f.docUrl}`;
}
