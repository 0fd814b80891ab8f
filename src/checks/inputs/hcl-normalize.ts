/**
 * What @cdktf/hcl2json writes differently from the Terraform JSON the model reads, undone for `.tf` files
 * (never for `.tf.json`, where the JSON is what terraform itself reads):
 * - a bare `depends_on` reference (`depends_on = [azurerm_x.y]`, the only form terraform accepts) comes out
 *   as the template `"${azurerm_x.y}"`; it is unwrapped to `"azurerm_x.y"`, so NI-TF-001 judges the HCL as
 *   terraform does;
 * - a `dynamic "x" { for_each = ..., content { ... } }` block comes out under `dynamic.x`; it becomes the
 *   `x` blocks it generates: one per element when `for_each` is a literal list or map (with `x.value` and
 *   `x.key` replaced where the element is a literal), else one block with `content` as written, whose
 *   values stay expressions the rules see as unresolved (fail closed).
 * @see https://developer.hashicorp.com/terraform/language/expressions/dynamic-blocks
 */
import { replaceInterpolations, soleExpression } from '../model/references';
import { isObject, JsonObject } from '../model/values';

const STATIC_REFERENCE = /^(?:data\.)?[A-Za-z_][\w-]*\.[A-Za-z_][\w-]*(?:\[[^\]]*\])*$|^module\.[A-Za-z_][\w-]*(?:\[[^\]]*\])?$/;
const BLOCK_SECTIONS = ['resource', 'data'] as const;
const NAMED_SECTIONS = ['module', 'output'] as const;
const MAX_DYNAMIC_DEPTH = 8;

/** hcl2json's output, which this module changes in place. */
type Mutable = Record<string, unknown>;

/** The hcl2json output of one `.tf` file in the form terraform's own JSON would take (changed in place). */
export function normalizeHcl(json: JsonObject): JsonObject {
  for (const section of BLOCK_SECTIONS) {
    for (const part of parts(json[section])) {
      for (const named of Object.values(part)) {
        for (const bodies of isObject(named) ? Object.values(named) : []) for (const body of parts(bodies)) normalizeBody(body, 0);
      }
    }
  }
  for (const section of NAMED_SECTIONS) {
    for (const part of parts(json[section])) for (const bodies of Object.values(part)) for (const body of parts(bodies)) unwrapDependsOn(body);
  }
  return json;
}

function normalizeBody(body: JsonObject, depth: number): void {
  unwrapDependsOn(body);
  expandDynamic(body, depth);
}

/** `depends_on = ["${azurerm_x.y}"]` -> `["azurerm_x.y"]` (only single static references; others stay). */
function unwrapDependsOn(body: JsonObject): void {
  const entries = body.depends_on;
  if (!Array.isArray(entries)) return;
  (body as Mutable).depends_on = entries.map((entry) => {
    const sole = typeof entry === 'string' ? soleExpression(entry) : undefined;
    return sole !== undefined && STATIC_REFERENCE.test(sole) ? sole : entry;
  });
}

/** Replaces `dynamic.<name>` by the `<name>` blocks it generates, also in nested blocks. */
function expandDynamic(body: JsonObject, depth: number): void {
  if (depth > MAX_DYNAMIC_DEPTH) return;
  for (const [key, value] of Object.entries(body)) {
    if (key === 'dynamic') continue;
    for (const nested of Array.isArray(value) ? value : [value]) if (isObject(nested)) expandDynamic(nested, depth + 1);
  }
  const dynamic = body.dynamic;
  if (!isObject(dynamic)) return;
  delete (body as Mutable).dynamic;
  for (const [name, specs] of Object.entries(dynamic)) {
    const generated: JsonObject[] = [];
    for (const spec of parts(specs)) generated.push(...generate(name, spec, depth));
    const existing = body[name];
    (body as Mutable)[name] = [...(Array.isArray(existing) ? existing : existing === undefined ? [] : [existing]), ...generated];
  }
}

/** The blocks one `dynamic` spec generates. */
function generate(name: string, spec: JsonObject, depth: number): JsonObject[] {
  const content = parts(spec.content)[0];
  if (!content) return [];
  const iterator = typeof spec.iterator === 'string' ? (soleExpression(spec.iterator) ?? spec.iterator) : name;
  const items = elements(spec.for_each);
  const blocks =
    items === undefined ? [structuredClone(content)] : items.map(([k, v]) => substitute(structuredClone(content), iterator, k, v) as JsonObject);
  for (const block of blocks) expandDynamic(block, depth + 1);
  return blocks;
}

/** The (key, value) pairs of a literal list or map `for_each`; undefined for an expression. */
function elements(forEach: unknown): Array<[unknown, unknown]> | undefined {
  if (Array.isArray(forEach)) return forEach.map((v, i) => [i, v]);
  if (isObject(forEach)) return Object.entries(forEach);
  return undefined;
}

/** `${<it>.value}`, `${<it>.value.a}` and `${<it>.key}` replaced by the element's literal parts. */
function substitute(value: unknown, iterator: string, key: unknown, element: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => substitute(v, iterator, key, element));
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, iterator, key, element)]));
  if (typeof value !== 'string' || !value.includes('${')) return value;
  const pick = (expression: string): unknown => {
    const m = new RegExp(`^${iterator}\\.(key|value)((?:\\.[A-Za-z_][\\w-]*)*)$`).exec(expression.trim());
    if (!m) return undefined;
    let current: unknown = m[1] === 'key' ? key : element;
    for (const field of m[2].split('.').filter(Boolean)) current = isObject(current) ? current[field] : undefined;
    return current;
  };
  const sole = soleExpression(value);
  if (sole !== undefined) {
    const picked = pick(sole);
    if (picked !== undefined) return picked;
  }
  const literal = (picked: unknown): picked is string | number | boolean =>
    typeof picked === 'string' || typeof picked === 'number' || typeof picked === 'boolean';
  // Inside a template a literal part becomes text: `nodes-${x.key}` -> `nodes-a`.
  const marker = '\uE000';
  const replaced = replaceInterpolations(value, (expression) => {
    const picked = pick(expression);
    return literal(picked) && !String(picked).includes('${') ? `${marker}${String(picked)}${marker}` : expression;
  });
  return replaced.replace(/\$\{\uE000([^\uE000]*)\uE000\}/g, '$1');
}

function parts(value: unknown): JsonObject[] {
  return (Array.isArray(value) ? value : [value]).filter(isObject);
}
