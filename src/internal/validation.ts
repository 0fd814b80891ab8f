import { Token } from 'cdktf';
import { IConstruct } from 'constructs';

/** The project's home page (the README), for links in messages: always a full URL, never a relative path. */
export const PROJECT_URL = 'https://github.com/cdktf-isolated-aks/cdktf-isolated-aks';

/** Where the README documents the limits of network isolated clusters. */
export const LIMITS_DOC = `${PROJECT_URL}#limits-of-network-isolated-clusters`;

/** True when a value (or any string inside it) is an unresolved cdktf token: such values are checked where they resolve. */
export function isUnresolved(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (Array.isArray(value)) return Token.isUnresolved(value) || value.some(isUnresolved);
  return Token.isUnresolved(value);
}

/** What a validation error says: the prop, the bad value, what is allowed and how to fix it. */
export interface InvalidPropDetails {
  readonly prop: string;
  /** The bad value; `undefined` for a missing prop (the message then shows no value). */
  readonly value: unknown;
  readonly problem: string;
  readonly allowed: string;
  readonly fix: string;
}

/** Formats the one-line message every construct uses for bad input (path, prop, value, allowed values, fix). */
export function invalidPropMessage(scope: IConstruct, details: InvalidPropDetails): string {
  const shown =
    details.value === undefined ? '' : ` ${typeof details.value === 'string' ? `"${details.value}"` : JSON.stringify(details.value)}`;
  return (
    `${scope.node.path}: ${details.prop}${shown} ${details.problem}. ` +
    `Allowed: ${details.allowed}. Fix: ${details.fix} (see ${LIMITS_DOC})`
  );
}

/** Builds (does not throw) the Error for bad input, so call sites read `throw invalidProp(...)`. */
export function invalidProp(scope: IConstruct, details: InvalidPropDetails): Error {
  return new Error(invalidPropMessage(scope, details));
}

/** Throws when a literal string does not match a naming rule; unresolved tokens pass. */
export function checkName(scope: IConstruct, prop: string, value: string | undefined, rule: NameRule): void {
  if (value === undefined || isUnresolved(value)) return;
  if (value.length < rule.minLength || value.length > rule.maxLength || !rule.pattern.test(value)) {
    throw invalidProp(scope, {
      prop,
      value,
      problem: `breaks the Azure naming rule for ${rule.what}`,
      allowed: `${rule.minLength}-${rule.maxLength} characters, ${rule.description}`,
      fix: `choose a name that follows the rule, or omit ${prop} to get a valid name derived from the construct path`,
    });
  }
}

/** An Azure naming rule for one resource type. */
export interface NameRule {
  readonly what: string;
  readonly minLength: number;
  readonly maxLength: number;
  readonly pattern: RegExp;
  readonly description: string;
}

/** Azure tag limits: 50 tags per resource, names up to 512 characters without `<>%&\?/`, values up to 256. */
export const TAG_LIMITS = { maxTags: 50, maxKeyLength: 512, maxValueLength: 256, forbiddenKeyCharacters: /[<>%&\\?/]/ } as const;

/** Throws when literal tags break Azure's tag limits; unresolved tokens pass. */
export function checkTags(scope: IConstruct, tags: { [key: string]: string } | undefined): void {
  if (!tags || isUnresolved(tags)) return;
  const entries = Object.entries(tags);
  const fail = (value: unknown, problem: string, fix: string) =>
    invalidProp(scope, {
      prop: 'tags',
      value,
      problem,
      allowed: `at most ${TAG_LIMITS.maxTags} tags; names 1-${TAG_LIMITS.maxKeyLength} characters without < > % & \\ ? /; values up to ${TAG_LIMITS.maxValueLength} characters`,
      fix,
    });
  if (entries.length > TAG_LIMITS.maxTags) throw fail(`${entries.length} tags`, `exceeds ${TAG_LIMITS.maxTags} tags`, 'drop or merge tags');
  for (const [key, value] of entries) {
    if (isUnresolved(key)) continue;
    if (key.length === 0 || key.length > TAG_LIMITS.maxKeyLength || TAG_LIMITS.forbiddenKeyCharacters.test(key)) {
      throw fail(key, 'is not a valid tag name', 'rename the tag');
    }
    if (!isUnresolved(value) && typeof value === 'string' && value.length > TAG_LIMITS.maxValueLength) {
      throw fail(`${key}=${value.slice(0, 20)}...`, `has a value longer than ${TAG_LIMITS.maxValueLength} characters`, 'shorten the value');
    }
  }
}
