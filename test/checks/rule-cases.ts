// Table-driven rule tests: each case breaks (or keeps) one thing of the compliant fixture and states
// the addresses the rule must report, or 'not-applicable'.
import { NOT_APPLICABLE, Rule } from '../../src/checks/rule';
import { ALL_RULES } from '../../src/checks/rules';
import { compliantDoc, docWith, findingAddresses, findingMessages, Json } from './fixtures';

/** One fixture and the rule's expected outcome on it. */
export interface RuleCase {
  /** What the fixture does, e.g. 'private_cluster_enabled missing (default false)'. */
  readonly when: string;
  /** Change to the compliant fixture (default: none). */
  readonly mutate?: (doc: Json) => void;
  /** A complete fixture instead of a mutated compliant one. */
  readonly doc?: () => Json;
  /** Addresses of the findings (empty: compliant), or 'not-applicable'. */
  readonly expect: readonly string[] | typeof NOT_APPLICABLE;
  /** Pattern every finding message must match. */
  readonly message?: RegExp;
}

/**
 * Declares the tests of one rule: the compliant fixture passes, then every case. Requires at least one
 * compliant and one failing case.
 */
export function describeRule(rule: Rule, cases: readonly RuleCase[]): string {
  describe(`${rule.id} ${rule.name}`, () => {
    it('passes the compliant fixture', () => {
      // GIVEN the compliant stack THEN no finding
      const outcome = findingAddresses(rule, compliantDoc());
      expect(outcome === NOT_APPLICABLE ? [] : outcome).toEqual([]);
    });

    it.each(cases.map((c) => [c.when, c] as const))('%s', (_when, c) => {
      const json = c.doc ? c.doc() : docWith(c.mutate ?? (() => undefined));
      const expected = c.expect === NOT_APPLICABLE ? NOT_APPLICABLE : [...c.expect].sort();
      expect(findingAddresses(rule, json)).toEqual(expected);
      if (c.message) for (const message of findingMessages(rule, json)) expect(message).toMatch(c.message);
    });

    it('has a failing case', () => {
      expect(cases.some((c) => c.expect !== NOT_APPLICABLE && c.expect.length > 0)).toBe(true);
    });
  });
  return rule.id;
}

/** Asserts that a test file described every rule whose id starts with `prefix`. */
export function expectAllDescribed(prefix: string, described: readonly string[]): void {
  it(`describes every ${prefix} rule`, () => {
    const ids = ALL_RULES.map((r) => r.id).filter((id) => id.startsWith(prefix));
    expect([...described].sort()).toEqual(ids);
  });
}
