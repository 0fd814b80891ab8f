/** A bad input: the CLI prints its message as one line and exits 2. */
export class InputError extends Error {
  /** @param message what is wrong; line breaks and other control characters are escaped to keep it one line */
  public constructor(message: string) {
    super(escapeControlCharacters(message));
  }
}

const ESCAPES: { readonly [c: string]: string } = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Text with line breaks and other control characters written as escapes (`\n`, `\u2028`): one line. */
export function escapeControlCharacters(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** How a JSON value reads in a shape error: `a number`, `a string`, `an array`, `null`, `nothing` (absent). */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** A path in a document as shape errors name it: `resource.azurerm_x.y`, `resources[3].values`, `a["b c"]`. */
export function pathText(parts: readonly (string | number)[]): string {
  return parts
    .map((p, i) =>
      typeof p === 'number' ? `[${p}]` : /^[A-Za-z_][\w-]*$/.test(p) ? `${i === 0 ? '' : '.'}${p}` : `[${JSON.stringify(p)}]`
    )
    .join('');
}

/** Throws the shape error `<file>: <path>: expected <what>, got <kind>`. */
export function shapeError(file: string, parts: readonly (string | number)[], expected: string, got: unknown): never {
  throw new InputError(`${file}: ${pathText(parts)}: expected ${expected}, got ${kindOf(got)}.`);
}
