import * as fs from 'fs';
import * as path from 'path';
import { App, ISynthesisSession, TerraformStack } from 'cdktf';
import { Construct, IValidation } from 'constructs';
import type { ReportFinding } from './engine';
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
 * `new App({ skipValidation: true })` does not turn them off: cdktf then skips every validation, so the
 * checks run from the stack's synthesis instead, and an error finding fails the synth and removes the
 * stack's `cdk.tf.json`. Accept a finding with a suppression, not with skipValidation.
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
      guardAppStacks(scope);
      if (scope.skipValidation && !scope.node.findAll().some(TerraformStack.isStack)) {
        const tool = checksRuntime().TOOL_NAME;
        process.stderr.write(
          `WARNING ${tool}: NetworkIsolationChecks were attached to an App with skipValidation: true before any stack, ` +
            'so they cannot run at synth (cdktf skips the validation they use). Attach them after the stacks, or to each ' +
            `stack with NetworkIsolationChecks.of(stack), and run \`npx ${tool} check cdktf.out\` in CI.\n`,
        );
      }
    } else if (TerraformStack.isStack(scope)) {
      STACKS_WITH_CHECKS.add(scope);
      this.node.addValidation(this); // a stack runs the validations of every construct in it
      guardSynthesis(scope);
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
    return this.failures(this.stacks());
  }

  /** Runs the rules over some stacks, prints warnings, returns one message per failing finding. */
  private failures(stacks: TerraformStack[]): string[] {
    const { findingBlock, summaryLine, suppressionFor, unusedSuppressionLines, TOOL_NAME } = checksRuntime();
    const inputs = stacks.map((stack) => ({ stack: stack.node.id, document: stack.toTerraform() }));
    const result = checksRuntime().runChecks(inputs, { suppressions: this.specs });
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

  /** The stacks these checks judge: their own stack, or every stack of the App without checks of its own. */
  private stacks(): TerraformStack[] {
    const scope = this.node.scope!;
    if (TerraformStack.isStack(scope)) return [scope];
    return scope.node.findAll().filter((c): c is TerraformStack => TerraformStack.isStack(c) && !STACKS_WITH_CHECKS.has(c));
  }

  /**
   * Runs the checks for one stack from its synthesis when cdktf skips validations.
   * @internal
   */
  public _checkSkippedStack(stack: TerraformStack, session: ISynthesisSession): void {
    const failures = this.failures([stack]);
    if (failures.length === 0) return;
    fs.rmSync(path.join(session.outdir, session.manifest.forStack(stack).synthesizedStackPath), { force: true });
    throw new Error(
      `${stack.node.path}: the App skips validations (skipValidation: true), but the network isolation checks still ` +
        `run and found ${failures.length} error(s), so its synthesized file was removed:\n  ${failures.join('\n  ')}\n` +
        `Fix them, or accept a finding with a suppression (${CHECKS_DOC}); skipValidation does not turn the checks off.`,
    );
  }
}

const CHECKS_DOC = 'https://github.com/cdktf-isolated-aks/cdktf-isolated-aks#checks';
const GUARDED = new WeakSet<TerraformStack>();

/** The checks that judge a stack: its own, else the App's. */
function checksOf(stack: TerraformStack): NetworkIsolationChecks | undefined {
  const own = stack.node.tryFindChild(DEFAULT_ID);
  if (own instanceof NetworkIsolationChecks) return own;
  const app = stack.node.root;
  const onApp = App.isApp(app) ? app.node.tryFindChild(DEFAULT_ID) : undefined;
  return onApp instanceof NetworkIsolationChecks ? onApp : undefined;
}

/**
 * Wraps the stack's synthesizer (a public cdktf seam): after cdktf wrote the stack, a session that skipped
 * validations runs the checks anyway; with validations on, the node validation has already run them.
 */
function guardSynthesis(stack: TerraformStack): void {
  if (GUARDED.has(stack)) return;
  GUARDED.add(stack);
  const inner = stack.synthesizer;
  stack.synthesizer = {
    synthesize: (session: ISynthesisSession) => {
      const app = stack.node.root;
      if (App.isApp(app)) guardAppStacks(app); // stacks added after the App's checks: all exist by now
      inner.synthesize(session);
      if (session.skipValidation) checksOf(stack)?._checkSkippedStack(stack, session);
    },
  };
}

function guardAppStacks(app: App): void {
  if (!(app.node.tryFindChild(DEFAULT_ID) instanceof NetworkIsolationChecks)) return;
  app.node.findAll().filter(TerraformStack.isStack).forEach(guardSynthesis);
}

function failureMessage(f: ReportFinding): string {
  const where = f.constructPath ? `${f.constructPath} (${f.address})` : `${f.stack}: ${f.address}`;
  return `${where}: ${f.ruleId} ${f.message} Fix: ${f.fix} See ${f.docUrl}`;
}
