/**
 * Tolerant readers for Terraform JSON values. Terraform JSON writes a nested block as an object or as a
 * list of objects, a bool as `true` or `"true"`, and any value may be an unresolved `${...}` expression:
 * these helpers accept all of it and never throw.
 */
import { isExpression } from './references';

/** A JSON object with unknown values. */
export type JsonObject = { readonly [key: string]: unknown };

/** Marker for a value that is present but cannot be judged at synth (an expression or a wrong type). */
export const UNKNOWN = Symbol('unknown');

/** A value read from the JSON: the value, `undefined` when absent, or {@link UNKNOWN}. */
export type Read<T> = T | undefined | typeof UNKNOWN;

/** True for a non-null, non-array object. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value as an object, or undefined. */
export function asObject(value: unknown): JsonObject | undefined {
  return isObject(value) ? value : undefined;
}

/** The first nested block `key` of a config, whether written as an object or a list of objects. */
export function block(config: unknown, key: string): JsonObject | undefined {
  return blocks(config, key)[0];
}

/** All nested blocks `key` of a config (object -> one, list -> each object element). */
export function blocks(config: unknown, key: string): JsonObject[] {
  const value = asObject(config)?.[key];
  const list = Array.isArray(value) ? value : [value];
  return list.filter(isObject);
}

/**
 * Calls `visit` for every string anywhere in a JSON value (objects, arrays, nested), in document order.
 * Iterative: a value nested any number of levels deep cannot overflow the call stack.
 */
export function walkStrings(value: unknown, visit: (s: string) => void): void {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const current = pending.pop();
    if (typeof current === 'string') visit(current);
    else if (Array.isArray(current) || isObject(current)) {
      const children = Array.isArray(current) ? current : Object.values(current);
      for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]);
    }
  }
}

/** A boolean (`true`, `"true"`, `false`, `"false"`); absent/null -> undefined; anything else UNKNOWN. */
export function asBool(value: unknown): Read<boolean> {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === 'true';
  return UNKNOWN;
}

/** A literal string; absent/null -> undefined; expressions and non-strings -> UNKNOWN. Numbers become strings. */
export function asString(value: unknown): Read<string> {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string' || isExpression(value)) return UNKNOWN;
  return value;
}

/** A list of literal strings; a single string counts as a one-element list; any expression -> UNKNOWN. */
export function asStringList(value: unknown): Read<string[]> {
  if (value === undefined || value === null) return undefined;
  const list = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  for (const item of list) {
    const s = asString(item);
    if (s === UNKNOWN || s === undefined) return UNKNOWN;
    out.push(s);
  }
  return out;
}

/** Case-insensitive equality of a read string with an expected literal. */
export function equalsIgnoreCase(value: Read<string>, expected: string): boolean {
  return typeof value === 'string' && value.trim().toLowerCase() === expected.toLowerCase();
}

/** How many levels of a nested value {@link jsonText} shows. */
const MAX_SHOWN_DEPTH = 20;

/**
 * A value as JSON text for messages, like `JSON.stringify`, but objects and arrays nested deeper than
 * {@link MAX_SHOWN_DEPTH} levels are shown as `"..."`: a value nested any number of levels deep cannot
 * overflow the call stack (JSON.stringify recurses).
 */
export function jsonText(value: unknown): string {
  const depths = new WeakMap<object, number>();
  const text = JSON.stringify(value, function (this: unknown, _key: string, v: unknown) {
    if (typeof v !== 'object' || v === null) return v;
    const depth = (typeof this === 'object' && this !== null ? depths.get(this) ?? 0 : 0) + 1;
    if (depth > MAX_SHOWN_DEPTH) return '...';
    depths.set(v, depth);
    return v;
  });
  return text ?? String(value);
}

/**
 * How a read value reads in a finding message: `"loadBalancer"`, `not set (provider default "x")`,
 * or `an unresolved expression ("${var.x}")`.
 */
export function describe(read: Read<unknown>, raw: unknown, providerDefault?: string): string {
  if (read === UNKNOWN) return `an unresolved or non-literal value (${jsonText(raw)})`;
  if (read === undefined)
    return providerDefault === undefined ? 'not set' : `not set (provider default ${providerDefault})`;
  return jsonText(read);
}

/** The values at a path of attribute names; blocks may be objects or arrays (every element is visited). */
export function valuesAt(config: unknown, path: readonly string[]): unknown[] {
  let current: unknown[] = [config];
  for (const key of path) {
    const next: unknown[] = [];
    for (const c of current) {
      for (const item of Array.isArray(c) ? c : [c]) {
        if (isObject(item) && item[key] !== undefined) next.push(item[key]);
      }
    }
    current = next;
  }
  return current.flatMap((v) => (Array.isArray(v) ? v : [v]));
}
