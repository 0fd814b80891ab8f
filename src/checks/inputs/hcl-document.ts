/**
 * Turns a module tree read from .tf files into one Terraform JSON document for the model: the root module's
 * resources as they are (the model follows `${var.x}` and `${local.x}` itself), and each local module's
 * resources keyed `module.<name>.<local name>` with their expressions rewritten into the root's terms:
 * references to the module's own resources get the module path (`azurerm_subnet.this.id` ->
 * `module.net.azurerm_subnet.this.id`), `var.x` becomes the module call's argument (or the variable's
 * default), `local.x` the module's local value, and `module.child.out` the child's output expression.
 */
import { replaceInterpolations, soleExpression } from '../model/references';
import { isObject, JsonObject } from '../model/values';
import type { RawModule } from './hcl-files';

const META_ARGUMENTS = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on']);
const NOT_RESOURCES = new Set(['var', 'local', 'module', 'each', 'count', 'path', 'self', 'terraform']);
const TOKEN = /(?<![\w.\]"-])(?:module\.[A-Za-z_][\w-]*\.[A-Za-z_][\w-]*|(?:data\.)?[A-Za-z_][\w-]*\.[A-Za-z_][\w-]*)/g;
const MAX_DEPTH = 64;
// Nesting of rewrites across all scopes: a module input that leads back to itself stops here.
let depth = 0;

/** The Terraform JSON document of a module tree (root module plus its local modules). */
export function moduleTreeDocument(root: RawModule): JsonObject {
  const resource: Record<string, Record<string, unknown>> = {};
  const data: Record<string, Record<string, unknown>> = {};
  const emit = (scope: ModuleScope): void => {
    for (const [section, target] of [['resource', resource], ['data', data]] as const) {
      for (const [type, named] of Object.entries(scope.raw.config[section])) {
        for (const [name, body] of Object.entries(named)) (target[type] ??= {})[`${scope.prefix}${name}`] = scope.rewriteBody(body);
      }
    }
    for (const name of scope.raw.children.keys()) emit(scope.child(name));
  };
  emit(new ModuleScope(root, '', undefined));
  const { config } = root;
  return { ...config.other, variable: config.variable, locals: config.locals, module: config.module, output: config.output, resource, data };
}

/** One module instance: its prefix, and its variables, locals and child outputs resolved on demand. */
class ModuleScope {
  private readonly children = new Map<string, ModuleScope>();
  private readonly locals = new Map<string, unknown>();

  /**
   * @param raw the module's parsed files
   * @param prefix `module.a.` (empty for the root)
   * @param call the calling scope and the call's name (absent for the root)
   */
  public constructor(
    public readonly raw: RawModule,
    public readonly prefix: string,
    private readonly call: { readonly scope: ModuleScope; readonly name: string } | undefined
  ) {}

  /** The scope of a local module called by this one. */
  public child(name: string): ModuleScope {
    let scope = this.children.get(name);
    if (!scope) {
      scope = new ModuleScope(this.raw.children.get(name)!, `${this.prefix}module.${name}.`, { scope: this, name });
      this.children.set(name, scope);
    }
    return scope;
  }

  /** A resource body in the root's terms: its expressions, and its bare `depends_on` addresses with the module path. */
  public rewriteBody(body: JsonObject): unknown {
    const rewritten = this.rewrite(body);
    const entries = body.depends_on;
    if (!this.prefix || !isObject(rewritten) || !Array.isArray(entries)) return rewritten;
    const bare = (e: unknown): unknown => (typeof e === 'string' && !e.includes('${') ? `${this.prefix}${e}` : this.rewrite(e));
    return { ...rewritten, depends_on: entries.map(bare) };
  }

  /** A value of this module with its expressions in the root's terms (identity for the root's own values). */
  public rewrite(value: unknown): unknown {
    if (depth > MAX_DEPTH) return value;
    depth++;
    try {
      if (typeof value === 'string') return value.includes('${') ? this.rewriteString(value) : value;
      if (Array.isArray(value)) return value.map((v) => this.rewrite(v));
      if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.rewrite(v)]));
      return value;
    } finally {
      depth--;
    }
  }

  private rewriteString(value: string): unknown {
    const sole = soleExpression(value);
    if (sole !== undefined && /^[\w.-]+$/.test(sole)) {
      const resolved = this.resolve(sole);
      if (resolved !== undefined) return resolved;
    }
    const rewritten = replaceInterpolations(value, (expression) =>
      expression.replace(TOKEN, (token) => {
        const resolved = this.resolve(token);
        return resolved === undefined ? this.qualify(token) : inline(resolved) ?? this.qualify(token);
      })
    );
    // `vnet-${"aks"}` (a resolved literal inside a template) reads as the literal `vnet-aks`.
    return rewritten.replace(/(?<!\$)\$\{("(?:[^"\\$]|\\.)*")\}/g, (whole, quoted: string) => {
      try {
        return JSON.parse(quoted) as string;
      } catch {
        return whole;
      }
    });
  }

  /** The value a `var.x`, `local.x` or `module.m.out` stands for here, in the root's terms; else undefined. */
  private resolve(token: string): unknown {
    const [head, name, output] = token.split('.');
    if (head === 'module' && output !== undefined) {
      if (!this.raw.children.has(name)) return undefined;
      const child = this.child(name);
      const value = child.raw.config.output[output]?.value;
      return value === undefined ? undefined : child.rewrite(value);
    }
    if (!this.call) return undefined; // the root's variables and locals are left to the model
    if (head === 'var') {
      const argument = this.call.scope.raw.config.module[this.call.name]?.[name];
      if (argument !== undefined && !META_ARGUMENTS.has(name)) return this.call.scope.rewrite(argument);
      const fallback = this.raw.config.variable[name]?.default;
      return fallback === undefined ? undefined : this.rewrite(fallback);
    }
    if (head === 'local') {
      if (!this.locals.has(name)) {
        this.locals.set(name, undefined); // a local that refers to itself stays unresolved
        const raw = this.raw.config.locals[name];
        this.locals.set(name, raw === undefined ? undefined : this.rewrite(raw));
      }
      return this.locals.get(name);
    }
    return undefined;
  }

  /** A token that is not resolved: a resource reference gets the module path; anything else stays opaque. */
  private qualify(token: string): string {
    const head = token.split('.')[0];
    if (!this.prefix || (NOT_RESOURCES.has(head) && head !== 'var' && head !== 'local' && head !== 'module')) return token;
    return `${this.prefix}${token}`; // `module.a.var.x` names nothing: an unresolved input stays unresolved
  }
}

/** A resolved value as text inside an expression: a literal, or the inner expression of `${...}`. */
function inline(value: unknown): string | undefined {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'string') return undefined;
  const sole = soleExpression(value);
  if (sole !== undefined) return /^[\w.[\]"-]+$/.test(sole) ? sole : `(${sole})`;
  return value.includes('${') ? undefined : JSON.stringify(value);
}
