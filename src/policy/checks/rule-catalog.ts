import { RuleInfo } from './rule';
import { ALL_RULES } from './rules';

/** The rules that `NetworkIsolationChecks` and the `check` CLI run, as plain metadata. */
export class NetworkIsolationRules {
  /** Every rule, in id order. */
  public static all(): RuleInfo[] {
    return ALL_RULES.map(({ id, name, severity, title, explanation, fix, docUrl }) => ({
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
    return ALL_RULES.map((r) => r.id);
  }

  private constructor() {}
}
