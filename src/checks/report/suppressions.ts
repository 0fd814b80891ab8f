/**
 * Suppressions of rule findings: by rule id, optionally narrowed to one resource (Terraform address or
 * construct path), always with a reason that is written into the report.
 */

/** Minimum length of a suppression reason (trimmed). */
export const MIN_REASON_LENGTH = 10;

/** A suppression as users write it. */
export interface SuppressionSpec {
  /** The rule id, e.g. `NI-NET-005`. */
  readonly ruleId: string;
  /** A Terraform address (`azurerm_public_ip.fw`) or construct path; absent = every finding of the rule. */
  readonly address?: string;
  /** Why the finding is acceptable; at least 10 characters. */
  readonly reason: string;
}

/** A validated set of suppressions. */
export class Suppressions {
  private readonly byRule = new Map<string, SuppressionSpec[]>();

  /**
   * Validates every suppression.
   * @param specs the suppressions
   * @param knownRuleIds the rule ids that exist; an unknown id is rejected (a typo would suppress nothing)
   * @throws Error naming the suppression, the bad value and the fix
   */
  public constructor(specs: readonly SuppressionSpec[] = [], knownRuleIds?: readonly string[]) {
    specs.forEach((spec, index) => {
      validate(spec, index, knownRuleIds);
      const list = this.byRule.get(spec.ruleId) ?? [];
      list.push(spec);
      this.byRule.set(spec.ruleId, list);
    });
  }

  /** Every suppression, in the order given. */
  public get all(): SuppressionSpec[] {
    return [...this.byRule.values()].flat();
  }

  /**
   * The suppression covering a finding of `ruleId` on a resource (address or construct path), or on one of
   * the finding's related addresses, if any.
   */
  public match(
    ruleId: string,
    address: string,
    constructPath?: string,
    relatedAddresses: readonly string[] = []
  ): SuppressionSpec | undefined {
    return this.byRule
      .get(ruleId)
      ?.find(
        (s) =>
          s.address === undefined ||
          s.address === address ||
          s.address === constructPath ||
          relatedAddresses.includes(s.address)
      );
  }
}

function validate(spec: SuppressionSpec, index: number, knownRuleIds?: readonly string[]): void {
  const where = `suppression #${index + 1}`;
  if (typeof spec !== 'object' || spec === null) {
    throw new Error(`${where} is ${JSON.stringify(spec)}; expected { ruleId, address?, reason }.`);
  }
  const { ruleId, address, reason } = spec;
  if (typeof ruleId !== 'string' || ruleId.trim() === '') {
    throw new Error(`${where}: ruleId is ${JSON.stringify(ruleId)}; give a rule id such as "NI-NET-005".`);
  }
  if (knownRuleIds && !knownRuleIds.includes(ruleId)) {
    throw new Error(
      `${where}: unknown rule id ${JSON.stringify(ruleId)}; use one of the ids in the README rules table ` +
        `(${knownRuleIds[0]} ... ${knownRuleIds[knownRuleIds.length - 1]}).`
    );
  }
  if (address !== undefined && (typeof address !== 'string' || address.trim() === '')) {
    throw new Error(
      `${where} (${ruleId}): address is ${JSON.stringify(address)}; give a Terraform address or omit it.`
    );
  }
  const text = typeof reason === 'string' ? reason.trim() : '';
  if (text.length < MIN_REASON_LENGTH) {
    throw new Error(
      `${where} (${ruleId}${address ? ` on ${address}` : ''}): reason ${JSON.stringify(reason ?? null)} is too short ` +
        `(${text.length} characters); give at least ${MIN_REASON_LENGTH} characters saying why the finding is ` +
        'acceptable, e.g. "Hub firewall public IP, reviewed in SEC-123".'
    );
  }
}
