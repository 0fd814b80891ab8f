import type { Rule, RuleInfo } from './rule';

/** The rule modules load on first use, not when the package is imported. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const allRules = (): readonly Rule[] => require('./rules').ALL_RULES;

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
