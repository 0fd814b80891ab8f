import { NameRule } from '../internal/validation';
import { PolicyScope, PolicyScopeKind } from './policy-scope';

/** Longest assignment name Azure accepts at a scope: 24 at a management group, 64 elsewhere. */
export function assignmentNameMaxLength(scope: PolicyScope): number {
  return scope.kind === PolicyScopeKind.MANAGEMENT_GROUP ? 24 : 64;
}

/**
 * Azure's rule for policy definition, initiative and assignment names: the REST API pattern
 * `^[^<>*%&:\\?.+/]*[^<>*%&:\\?.+/ ]+$` and a length limit (64, or 24 for management group assignments).
 *
 * @see https://learn.microsoft.com/rest/api/policy/policy-definitions/create-or-update
 */
export function policyNameRule(what: string, maxLength: number): NameRule {
  return {
    what,
    minLength: 1,
    maxLength,
    pattern: /^[^<>*%&:\\?.+/]*[^<>*%&:\\?.+/ ]$/,
    description: 'no <>*%&:\\?.+/ characters and no trailing space',
  };
}
