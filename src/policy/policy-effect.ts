/**
 * What Azure Policy does with a resource that breaks the guardrail.
 *
 * Start with `AUDIT` (the default): existing and new clusters are reported as non-compliant and
 * nothing is blocked, so the policy is safe to roll out. Switch to `DENY` once the audit is clean:
 * Azure Resource Manager then refuses the create or update request. `DISABLED` keeps the
 * assignment but evaluates nothing.
 *
 * @see https://learn.microsoft.com/azure/governance/policy/concepts/effect-basics
 */
export class PolicyEffect {
  /** Report non-compliant resources in the compliance view; block nothing. */
  public static readonly AUDIT = new PolicyEffect('Audit');

  /** Refuse create and update requests for non-compliant resources (existing ones are reported). */
  public static readonly DENY = new PolicyEffect('Deny');

  /** Evaluate nothing; the assignment stays in place. */
  public static readonly DISABLED = new PolicyEffect('Disabled');

  /** The effect as Azure Policy spells it, e.g. "Deny". */
  public readonly value: string;

  private constructor(value: string) {
    this.value = value;
  }

  /** The effect as Azure Policy spells it. */
  public toString(): string {
    return this.value;
  }
}
