/**
 * Parsing of Terraform expressions inside JSON strings: `${azurerm_x.y.id}`, `${data.azurerm_x.y.id}`,
 * `${var.x}`, also inside bigger interpolations such as `${azurerm_x.y.id}/subnets/${var.s}` or
 * `${jsonencode({ a = azurerm_x.y.id })}`. Pure string functions; the document decides which of the
 * candidates are real resources.
 */

/** A `type.name` (or `data.type.name`) candidate found in an expression, with the attribute after it. */
export interface AddressCandidate {
  /** `type.name` or `data.type.name`, without any index. */
  readonly address: string;
  /** The first attribute after the name (`id`, `principal_id`, `kubelet_identity`), if any. */
  readonly attribute?: string;
}

const CANDIDATE = /(?<![\w.-])(data\.)?([A-Za-z_][\w-]*)\.([A-Za-z_][\w-]*)(?:\[[^\]]*\])?(?:\.([A-Za-z_][\w-]*))?/g;

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
      const address = m[1] ? `data.${m[2]}.${m[3]}` : `${m[2]}.${m[3]}`;
      out.push(m[4] ? { address, attribute: m[4] } : { address });
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
 * `azurerm_x.y[0]`; undefined for modules and anything unparseable.
 */
export function dependsOnAddress(entry: unknown): string | undefined {
  if (typeof entry !== 'string') return undefined;
  const text = soleExpression(entry) ?? entry.trim();
  const m = /^(data\.)?([A-Za-z_][\w-]*)\.([A-Za-z_][\w-]*)(?:\[[^\]]*\])?$/.exec(text);
  if (!m || m[2] === 'module') return undefined;
  return m[1] ? `data.${m[2]}.${m[3]}` : `${m[2]}.${m[3]}`;
}
