import type { Rule, RuleInfo } from './rule';
import { checksRuntime } from './runtime-loader';

/** The rule modules load on first use, not when the package is imported. */
const allRules = (): readonly Rule[] => checksRuntime().ALL_RULES;

/** The rules that `NetworkIsolationChecks` and the `check` CLI run, as plain metadata. */
export class NetworkIsolationRules {
  /** Every rule, in id order. */
  public static all(): RuleInfo[] {
    return allRules().map(({ id, name, severity, title, explanation, fix, docUrl }) => ({
      id,
      name,
      severity,
      title,
      explanation,
      fix,
      docUrl,
    }));
  }

  /** The ids of every rule, in id order. */
  public static ids(): string[] {
    return allRules().map((r) => r.id);
  }

  private constructor() {}
}
