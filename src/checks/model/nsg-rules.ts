/**
 * Network security rules of a document, inline (`security_rule` blocks of azurerm_network_security_group)
 * and standalone (azurerm_network_security_rule), with the predicates the NSG rules need.
 */
import type { TerraformDocument, TfResource } from './terraform-document';
import { idOf, T } from './subjects';
import { asString, blocks, JsonObject, UNKNOWN } from './values';

/** One security rule and the resource that carries it (the NSG for inline rules). */
export interface NsgRule {
  /** The resource a finding is reported on. */
  readonly owner: TfResource;
  /** The rule's attributes. */
  readonly rule: JsonObject;
}

const INTERNET = ['internet', '*', '0.0.0.0/0', '::/0', 'any'];

/** Every security rule in the document. */
export function allNsgRules(doc: TerraformDocument): NsgRule[] {
  return [
    ...doc.resources(T.nsg).flatMap((nsg) => blocks(nsg.config, 'security_rule').map((rule) => ({ owner: nsg, rule }))),
    ...doc.resources(T.nsgRule).map((resource) => ({ owner: resource, rule: resource.config })),
  ];
}

/** The security rules of one NSG: inline, plus standalone rules naming it. */
export function rulesOfNsg(doc: TerraformDocument, nsg: TfResource): NsgRule[] {
  return [
    ...blocks(nsg.config, 'security_rule').map((rule) => ({ owner: nsg, rule })),
    ...doc
      .findByAttribute(T.nsgRule, ['network_security_group_name'], idOf(nsg))
      .map((resource) => ({ owner: resource, rule: resource.config })),
  ];
}

/** True when a rule is `direction`/`access` (case-insensitive) towards the internet (Internet, *, 0.0.0.0/0, ::/0). */
export function isInternetRule(doc: TerraformDocument, rule: JsonObject, direction: string, access: string): boolean {
  const is = (key: string, expected: string): boolean => {
    const value = asString(doc.literal(rule[key]));
    return typeof value === 'string' && value.toLowerCase() === expected.toLowerCase();
  };
  if (!is('direction', direction) || !is('access', access)) return false;
  const prefixes = [rule.destination_address_prefix, ...asArray(rule.destination_address_prefixes)];
  return prefixes.some((p) => {
    const value = asString(doc.literal(p));
    // Fail closed: an unresolvable destination counts for an Allow, never for a Deny.
    if (value === UNKNOWN) return access.toLowerCase() === 'allow';
    return typeof value === 'string' && INTERNET.includes(value.trim().toLowerCase());
  });
}

/** The name of a rule for messages. */
export function ruleName(rule: JsonObject): string {
  return typeof rule.name === 'string' ? `"${rule.name}"` : '(unnamed)';
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}
