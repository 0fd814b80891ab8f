/**
 * Building blocks for rules that require an attribute to hold one of a few values. A missing attribute
 * means the azurerm provider default; an unresolvable value is a finding (fail closed).
 */
import { checkEach, Rule, RuleInfo } from './rule';
import type { TerraformDocument, TfResource } from './model/terraform-document';
import { asBool, asString, describe } from './model/values';

/** Options of {@link checkString}. */
export interface StringCheckOptions {
  /** The azurerm provider default, used when the attribute is absent. */
  readonly providerDefault?: string;
  /** Compare case-insensitively. */
  readonly ignoreCase?: boolean;
}

/**
 * A finding message when a string attribute is not one of `allowed` (absent: the provider default), else
 * undefined: `network_profile.network_plugin is not set (provider default "kubenet"); allowed: "azure".`
 */
export function checkString(
  doc: TerraformDocument,
  raw: unknown,
  attribute: string,
  allowed: readonly string[],
  options: StringCheckOptions = {}
): string | undefined {
  const value = asString(doc.literal(raw));
  const effective = value === undefined ? options.providerDefault : value;
  const norm = (s: string): string => (options.ignoreCase ? s.toLowerCase() : s);
  if (typeof effective === 'string' && allowed.some((a) => norm(a) === norm(effective))) return undefined;
  const shownDefault = options.providerDefault === undefined ? undefined : JSON.stringify(options.providerDefault);
  return `${attribute} is ${describe(value, raw, shownDefault)}; allowed: ${allowed
    .map((a) => JSON.stringify(a))
    .join(', ')}.`;
}

/** What a boolean-attribute rule checks: an attribute of each subject must be `expected`. */
export interface BoolAttributeSpec {
  /** The subject resources (none: not applicable). */
  readonly subjects: (doc: TerraformDocument) => TfResource[];
  /** The top-level attribute, e.g. `public_network_access_enabled`. */
  readonly attribute: string;
  /** The compliant value. */
  readonly expected: boolean;
  /** The azurerm provider default, used when the attribute is absent (fail closed). */
  readonly providerDefault: boolean;
}

/**
 * A rule requiring a boolean attribute to have one value; absent means the provider default, an
 * unresolvable value is a finding.
 */
export function boolAttributeRule(meta: RuleInfo, spec: BoolAttributeSpec): Rule {
  return {
    ...meta,
    evaluate: (doc) =>
      checkEach(spec.subjects(doc), (subject) => {
        const raw = subject.config[spec.attribute];
        const value = asBool(doc.literal(raw));
        if ((value === undefined ? spec.providerDefault : value) === spec.expected) return undefined;
        return `${spec.attribute} is ${describe(value, raw, String(spec.providerDefault))}; allowed: ${spec.expected}.`;
      }),
  };
}
