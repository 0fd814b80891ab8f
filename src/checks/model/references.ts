/**
 * Parsing of Terraform expressions inside JSON strings: `${azurerm_x.y.id}`, `${data.azurerm_x.y.id}`,
 * `${var.x}`, also inside bigger interpolations such as `${azurerm_x.y.id}/subnets/${var.s}` or
 * `${jsonencode({ a = azurerm_x.y.id })}`. Pure string functions; the document decides which of the
 * candidates are real resources.
 */

/**
 * A `type.name` (or `data.type.name`) candidate found in an expression, with the attribute after it. Module
 * paths and literal instance keys are part of the address, as Terraform writes them in a plan:
 * `module.aks.azurerm_kubernetes_cluster.this`, `azurerm_subnet.this["nodes"]`, `azurerm_subnet.this[0]`.
 */
export interface AddressCandidate {
  /** `type.name` or `data.type.name`, with the module path and a literal instance key (`[0]`, `["a"]`) if any. */
  readonly address: string;
  /** The first attribute after the name (`id`, `principal_id`, `kubelet_identity`), if any. */
  readonly attribute?: string;
}

// (module path)(data.)(type).(name)([index])(.attribute)
const CANDIDATE =
  /(?<![\w.\]-])((?:module\.[A-Za-z_][\w-]*(?:\[[^\]]*\])?\.)*)(data\.)?([A-Za-z_][\w-]*)\.([A-Za-z_][\w-]*)(\[[^\]]*\])?(?:\.([A-Za-z_][\w-]*))?/g;
const MODULE_PATH = /^((?:module\.[A-Za-z_][\w-]*(?:\[[^\]]*\])?\.)*)(data\.)?([A-Za-z_][\w-]*)\.([A-Za-z_][\w-]*)(\[[^\]]*\])?$/;

/** An instance key as written in an address (`[0]`, `["nodes"]`), or '' when it is not a literal. */
function literalIndex(index: string | undefined): string {
  const text = index?.replace(/\s+/g, '') ?? '';
  return /^\[(\d+|"[^"]*")\]$/.test(text) ? text : '';
}

/** The address without its last instance key: `module.a.azurerm_x.y["k"]` -> `module.a.azurerm_x.y`. */
export function baseAddress(address: string): string {
  return address.replace(/\[[^\]]*\]$/, '');
}

/**
 * The `${...}` expressions of a string (without the delimiters), honouring nested braces and quoted
 * strings; `$${` is Terraform's escape for a literal `${` and starts no expression.
 */
export function interpolations(value: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (;;) {
    const start = value.indexOf('${', from);
    if (start < 0) return out;
    if (start > 0 && value[start - 1] === '$') {
      from = start + 2;
      continue;
    }
    const end = closingBrace(value, start + 2);
    out.push(value.slice(start + 2, end));
    from = end + 1;
  }
}

function closingBrace(value: string, from: number): number {
  let depth = 1;
  let quoted = false;
  for (let i = from; i < value.length; i++) {
    const c = value[i];
    if (quoted) {
      if (c === '\\') i++;
      else if (c === '"') quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return value.length; // unterminated: take the rest
}

/** Every `type.name` candidate in the `${...}` expressions of a string. */
export function addressCandidates(value: string): AddressCandidate[] {
  const out: AddressCandidate[] = [];
  for (const expression of interpolations(value)) {
    for (const m of expression.matchAll(CANDIDATE)) {
      if (m[3] === 'module' && !m[1] && !m[2]) continue; // `module.x.output`: a module output, not a resource
      const address = `${m[1]}${m[2] ?? ''}${m[3]}.${m[4]}${literalIndex(m[5])}`;
      out.push(m[6] ? { address, attribute: m[6] } : { address });
    }
  }
  return out;
}

/** True when the string holds at least one `${...}` expression, i.e. it is not a plain literal. */
export function isExpression(value: unknown): value is string {
  return typeof value === 'string' && interpolations(value).length > 0;
}

/**
 * The single expression of a string that is exactly `${...}` and nothing else, e.g. `"${var.x}"`;
 * undefined for literals and for templates mixing text and expressions.
 */
export function soleExpression(value: string): string | undefined {
  if (!value.startsWith('${') || !value.endsWith('}')) return undefined;
  const parts = interpolations(value);
  return parts.length === 1 && parts[0].length === value.length - 3 ? parts[0].trim() : undefined;
}

/**
 * The resource address a `depends_on` entry names: `azurerm_x.y`, `${azurerm_x.y}`, `data.azurerm_x.y`,
 * `azurerm_x.y[0]`, `module.m.azurerm_x.y`; undefined for a whole module (`module.m`) and anything unparseable.
 */
export function dependsOnAddress(entry: unknown): string | undefined {
  if (typeof entry !== 'string') return undefined;
  const m = MODULE_PATH.exec(soleExpression(entry) ?? entry.trim());
  if (!m || (m[3] === 'module' && !m[1] && !m[2])) return undefined;
  return `${m[1]}${m[2] ?? ''}${m[3]}.${m[4]}${literalIndex(m[5])}`;
}

/**
 * Splits a document key of the module-aware address scheme: `name`, `name[0]`, `name["k"]`,
 * `module.aks.name`, `module.aks["x"].name[0]` -> the module path (with its trailing dot), the local name and
 * the instance key. Undefined for keys outside the scheme (which then are plain local names).
 */
export function splitResourceKey(key: string): { module: string; name: string; index: string } | undefined {
  const m = /^((?:module\.[A-Za-z_][\w-]*(?:\[[^\]]*\])?\.)*)([A-Za-z_][\w-]*)(\[(?:\d+|"[^"]*")\])?$/.exec(key);
  return m && (m[1] || m[3]) ? { module: m[1], name: m[2], index: m[3] ?? '' } : undefined;
}

/**
 * The string with each `${...}` expression replaced by `replace(expression)` (delimiters kept); the text
 * around the expressions and `$${` escapes are left as they are.
 */
export function replaceInterpolations(value: string, replace: (expression: string) => string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const start = value.indexOf('${', from);
    if (start < 0) return out + value.slice(from);
    if (start > 0 && value[start - 1] === '$') {
      out += value.slice(from, start + 2);
      from = start + 2;
      continue;
    }
    const end = closingBrace(value, start + 2);
    out += `${value.slice(from, start)}\${${replace(value.slice(start + 2, end))}}`;
    from = end + 1;
  }
}
