/**
 * Evaluates the small part of Terraform's expression language that decides how many instances a `count` or
 * `for_each` makes: literals (numbers, strings without templates, bools, null, lists, objects), `var.x`,
 * `local.x`, `each.key`, `each.value...`, `count.index`, attribute and index access, `!`, `-`, arithmetic,
 * comparisons, `&&`, `||`, the conditional `c ? a : b` and the functions `length`, `toset`, `tolist`,
 * `tomap`, `keys`, `values`, `concat` and `merge`. Anything else (a resource attribute, a `for` expression,
 * another function, a template) is {@link UNKNOWN_VALUE}, and so is every result computed from it: the
 * reader then keeps one unexpanded instance (fail closed).
 * @see https://developer.hashicorp.com/terraform/language/expressions
 */
import { isObject } from '../model/values';

/** The result of an expression that cannot be computed from the configuration alone. */
export const UNKNOWN_VALUE = Symbol('unknown value');

/** What the names of an expression stand for; each lookup returns {@link UNKNOWN_VALUE} when not known. */
export interface EvaluationScope {
  /** The literal value of `var.<name>`. */
  readonly variable?: (name: string) => unknown;
  /** The literal value of `local.<name>`. */
  readonly local?: (name: string) => unknown;
  /** `each.key` and `each.value` of the instance, in a `for_each` block. */
  readonly each?: { readonly key: string; readonly value: unknown };
  /** `count.index` of the instance, in a `count` block. */
  readonly count?: { readonly index: number };
}

type Token = { readonly kind: 'num' | 'str' | 'id' | 'op'; readonly text: string; readonly value?: unknown };

const TOKENS = /\s*(?:(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|("(?:[^"\\]|\\.)*")|([A-Za-z_][\w-]*)|(==|!=|<=|>=|&&|\|\||=>|\.\.\.|[!?:()[\]{},.=<>+\-*/%]))/y;
const UNKNOWN_TEXT = new Error('not evaluated');

/** The value of one expression (the text inside `${...}`), or {@link UNKNOWN_VALUE}. */
export function evaluateExpression(text: string, scope: EvaluationScope): unknown {
  try {
    const parser = new Parser(tokenize(text), scope);
    const value = parser.expression();
    return parser.done() ? value : UNKNOWN_VALUE;
  } catch {
    return UNKNOWN_VALUE;
  }
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKENS.lastIndex = 0;
  while (TOKENS.lastIndex < text.trimEnd().length) {
    const m = TOKENS.exec(text);
    if (!m) throw UNKNOWN_TEXT;
    if (m[1]) out.push({ kind: 'num', text: m[1], value: Number(m[1]) });
    else if (m[2]) {
      const value = JSON.parse(m[2]) as string;
      if (value.includes('${') || value.includes('%{')) throw UNKNOWN_TEXT; // a template: not a literal
      out.push({ kind: 'str', text: m[2], value });
    } else if (m[3]) out.push({ kind: 'id', text: m[3] });
    else out.push({ kind: 'op', text: m[4] });
  }
  return out;
}

const U = UNKNOWN_VALUE;
const known = (...values: unknown[]): boolean => values.every((v) => v !== U);

/** Recursive descent over the tokens, lowest precedence first (Terraform's operator precedence). */
class Parser {
  private at = 0;

  public constructor(
    private readonly tokens: readonly Token[],
    private readonly scope: EvaluationScope
  ) {}

  public done(): boolean {
    return this.at === this.tokens.length;
  }

  public expression(): unknown {
    const condition = this.binary(0);
    if (!this.eat('?')) return condition;
    const yes = this.expression();
    this.expect(':');
    const no = this.expression();
    if (typeof condition !== 'boolean') return U;
    return condition ? yes : no;
  }

  private static readonly LEVELS: ReadonlyArray<readonly string[]> = [['||'], ['&&'], ['==', '!='], ['<', '>', '<=', '>='], ['+', '-'], ['*', '/', '%']];

  private binary(level: number): unknown {
    if (level === Parser.LEVELS.length) return this.unary();
    let left = this.binary(level + 1);
    for (;;) {
      const op = Parser.LEVELS[level].find((o) => this.peek(o));
      if (!op) return left;
      this.at++;
      left = operate(op, left, this.binary(level + 1));
    }
  }

  private unary(): unknown {
    if (this.eat('!')) {
      const v = this.unary();
      return typeof v === 'boolean' ? !v : U;
    }
    if (this.eat('-')) {
      const v = this.unary();
      return typeof v === 'number' ? -v : U;
    }
    return this.postfix(this.primary());
  }

  private postfix(start: unknown): unknown {
    let value = start;
    for (;;) {
      if (this.eat('.')) value = member(value, this.next('id').text);
      else if (this.eat('[')) {
        const key = this.expression();
        this.expect(']');
        value = member(value, key);
      } else return value;
    }
  }

  private primary(): unknown {
    const token = this.tokens[this.at++];
    if (!token) throw UNKNOWN_TEXT;
    if (token.kind === 'num' || token.kind === 'str') return token.value;
    if (token.kind === 'op') {
      if (token.text === '(') {
        const v = this.expression();
        this.expect(')');
        return v;
      }
      if (token.text === '[') return this.list();
      if (token.text === '{') return this.object();
      throw UNKNOWN_TEXT;
    }
    if (token.text === 'true' || token.text === 'false') return token.text === 'true';
    if (token.text === 'null') return null;
    if (this.eat('(')) return call(token.text, this.list(')'));
    if (token.text === 'var' || token.text === 'local') {
      this.expect('.');
      const name = this.next('id').text;
      const lookup = token.text === 'var' ? this.scope.variable : this.scope.local;
      return lookup ? lookup(name) : U;
    }
    if (token.text === 'each') return this.scope.each ?? U;
    if (token.text === 'count') return this.scope.count ?? U;
    return U; // a resource, data source, module output, path.*, ...: known after apply at best
  }

  private list(close = ']'): unknown {
    const items: unknown[] = [];
    while (!this.eat(close)) {
      if (this.peek('for')) throw UNKNOWN_TEXT;
      items.push(this.expression());
      if (!this.eat(',') && !this.peek(close)) throw UNKNOWN_TEXT;
    }
    return known(...items) ? items : U;
  }

  private object(): unknown {
    const out: Record<string, unknown> = {};
    let complete = true;
    while (!this.eat('}')) {
      if (this.peek('for')) throw UNKNOWN_TEXT;
      const key = this.tokens[this.at]?.kind === 'id' ? this.next('id').text : this.expression();
      if (!this.eat('=')) this.expect(':');
      const value = this.expression();
      this.eat(',');
      if (typeof key !== 'string' || !known(value)) complete = false;
      else out[key] = value;
    }
    return complete ? out : U;
  }

  private peek(text: string): boolean {
    const t = this.tokens[this.at];
    return t !== undefined && t.kind !== 'str' && t.text === text;
  }

  private eat(text: string): boolean {
    if (!this.peek(text)) return false;
    this.at++;
    return true;
  }

  private expect(text: string): void {
    if (!this.eat(text)) throw UNKNOWN_TEXT;
  }

  private next(kind: Token['kind']): Token {
    const t = this.tokens[this.at++];
    if (t?.kind !== kind) throw UNKNOWN_TEXT;
    return t;
  }
}

function operate(op: string, a: unknown, b: unknown): unknown {
  if (!known(a, b)) return U;
  if (op === '==' || op === '!=') return (JSON.stringify(a) === JSON.stringify(b)) === (op === '==');
  if (op === '&&' || op === '||') {
    if (typeof a !== 'boolean' || typeof b !== 'boolean') return U;
    return op === '&&' ? a && b : a || b;
  }
  const x = typeof a === 'string' && a.trim() !== '' ? Number(a) : a;
  const y = typeof b === 'string' && b.trim() !== '' ? Number(b) : b;
  if (typeof x !== 'number' || typeof y !== 'number' || Number.isNaN(x) || Number.isNaN(y)) return U;
  switch (op) {
    case '<': return x < y;
    case '>': return x > y;
    case '<=': return x <= y;
    case '>=': return x >= y;
    case '+': return x + y;
    case '-': return x - y;
    case '*': return x * y;
    case '/': return y === 0 ? U : x / y;
    default: return y === 0 ? U : x % y;
  }
}

function member(value: unknown, key: unknown): unknown {
  if (!known(value, key)) return U;
  if (Array.isArray(value) && typeof key === 'number') return key in value ? value[key] : U;
  if (isObject(value) && typeof key === 'string') return key in value ? value[key] : U;
  return U;
}

function call(name: string, args: unknown): unknown {
  if (!Array.isArray(args)) return U;
  const [first] = args;
  const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((e) => typeof e === 'string');
  switch (name) {
    case 'length':
      if (typeof first === 'string') return first.length;
      return Array.isArray(first) ? first.length : isObject(first) ? Object.keys(first).length : U;
    case 'toset':
      return strings(first) ? [...new Set(first)].sort() : U;
    case 'tolist':
      return Array.isArray(first) ? first : U;
    case 'tomap':
      return isObject(first) ? first : U;
    case 'keys':
      return isObject(first) ? Object.keys(first).sort() : U;
    case 'values':
      return isObject(first) ? Object.keys(first).sort().map((k) => first[k]) : U;
    case 'concat':
      return args.every(Array.isArray) ? args.flat() : U;
    case 'merge':
      return args.every(isObject) ? Object.assign({}, ...args) : U;
    default:
      return U;
  }
}
