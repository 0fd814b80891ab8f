/**
 * Turns a module tree read from .tf files into one Terraform JSON document for the model: the root module's
 * resources as they are (the model follows `${var.x}` and `${local.x}` itself), and each local module's
 * resources keyed `module.<name>.<local name>` with their expressions rewritten into the root's terms:
 * references to the module's own resources get the module path (`azurerm_subnet.this.id` ->
 * `module.net.azurerm_subnet.this.id`), `var.x` becomes the module call's argument (or the variable's
 * default), `local.x` the module's local value, and `module.child.out` the child's output expression.
 *
 * A resource, data source or module call whose `count` / `for_each` the configuration decides (a literal, or
 * through literal `var` defaults, module arguments and `local`s) is expanded into its instances, addressed as
 * `terraform plan` addresses them (`azurerm_subnet.this["a"]`, `module.pools[0].azurerm_x.y`), with
 * `each.key`, `each.value` and `count.index` substituted; `count = 0` makes none. Otherwise it stays one
 * unkeyed instance with those values unresolved, as the rules' fail-closed reading expects.
 */
import { replaceInterpolations, soleExpression } from '../model/references';
import { isObject, JsonObject } from '../model/values';
import { EvaluationScope, evaluateExpression, UNKNOWN_VALUE } from './hcl-evaluate';
import type { RawModule } from './hcl-files';
import { BlockInstance, blockInstances, instanceBody, Iteration } from './hcl-instances';

const META_ARGUMENTS = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on']);
const NOT_RESOURCES = new Set(['var', 'local', 'module', 'each', 'count', 'path', 'self', 'terraform']);
const TOKEN =
  /(?<![\w.\]"-])(?:each\.(?:key|value)(?:\.[A-Za-z_][\w-]*|\[(?:\d+|"[^"]*")\])*|count\.index|module\.[A-Za-z_][\w-]*(?:\[(?:\d+|"[^"]*")\])?\.[A-Za-z_][\w-]*|(?:data\.)?[A-Za-z_][\w-]*\.[A-Za-z_][\w-]*)/g;
const MODULE_OUTPUT = /^module\.([A-Za-z_][\w-]*)(\[[^\]]*\])?\.([A-Za-z_][\w-]*)$/;
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
        for (const [name, body] of Object.entries(named)) {
          for (const instance of blockInstances(body, (v) => scope.literalOf(v))) {
            (target[type] ??= {})[`${scope.prefix}${name}${instance.key}`] = scope.rewriteBody(instanceBody(body, instance), instance.iteration);
          }
        }
      }
    }
    for (const name of scope.raw.children.keys()) for (const instance of scope.moduleInstances(name)) emit(scope.child(name, instance));
  };
  emit(new ModuleScope(root, '', undefined));
  const { config } = root;
  return { ...config.other, variable: config.variable, locals: config.locals, module: config.module, output: config.output, resource, data };
}

/** One module instance: its prefix, and its variables, locals and child outputs resolved on demand. */
class ModuleScope {
  private readonly children = new Map<string, ModuleScope>();
  private readonly locals = new Map<string, unknown>();
  private readonly literalLocals = new Map<string, unknown>();
  private readonly instancesByCall = new Map<string, readonly BlockInstance[]>();

  /**
   * @param raw the module's parsed files
   * @param prefix `module.a.` (empty for the root)
   * @param call the calling scope, the call's name and the instance's `each` / `count` (absent for the root)
   */
  public constructor(
    public readonly raw: RawModule,
    public readonly prefix: string,
    private readonly call: { readonly scope: ModuleScope; readonly name: string; readonly iteration?: Iteration } | undefined
  ) {}

  /** The instances of a module call of this module (its `count` / `for_each` evaluated here). */
  public moduleInstances(name: string): readonly BlockInstance[] {
    let instances = this.instancesByCall.get(name);
    if (!instances) {
      instances = blockInstances(this.raw.config.module[name] ?? {}, (v) => this.literalOf(v));
      this.instancesByCall.set(name, instances);
    }
    return instances;
  }

  /** The scope of one instance of a local module called by this one. */
  public child(name: string, instance: BlockInstance = { key: '' }): ModuleScope {
    const id = `${name}${instance.key}`;
    let scope = this.children.get(id);
    if (!scope) {
      const call = { scope: this, name, ...(instance.iteration ? { iteration: instance.iteration } : {}) };
      scope = new ModuleScope(this.raw.children.get(name)!, `${this.prefix}module.${name}${instance.key}.`, call);
      this.children.set(id, scope);
    }
    return scope;
  }

  /**
   * A resource body in the root's terms: its expressions (with the instance's `each` / `count`), and its bare
   * `depends_on` addresses with the module path.
   */
  public rewriteBody(body: JsonObject, iteration?: Iteration): unknown {
    const rewritten = this.rewrite(body, iteration);
    const entries = body.depends_on;
    if (!this.prefix || !isObject(rewritten) || !Array.isArray(entries)) return rewritten;
    const bare = (e: unknown): unknown => (typeof e === 'string' && !e.includes('${') ? `${this.prefix}${e}` : this.rewrite(e, iteration));
    return { ...rewritten, depends_on: entries.map(bare) };
  }

  /** A value of this module with its expressions in the root's terms (identity for the root's own values). */
  public rewrite(value: unknown, iteration?: Iteration): unknown {
    if (depth > MAX_DEPTH) return value;
    depth++;
    try {
      if (typeof value === 'string') return value.includes('${') ? this.rewriteString(value, iteration) : value;
      if (Array.isArray(value)) return value.map((v) => this.rewrite(v, iteration));
      if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.rewrite(v, iteration)]));
      return value;
    } finally {
      depth--;
    }
  }

  /**
   * The literal value of an attribute of this module (root variables' defaults and root locals followed too),
   * or UNKNOWN_VALUE: what `count` and `for_each` are evaluated with. Lists and maps come back in the root's
   * terms; their elements may still be expressions.
   */
  public literalOf(value: unknown, iteration?: Iteration): unknown {
    if (Array.isArray(value) || isObject(value)) return this.rewrite(value, iteration);
    if (typeof value !== 'string' || !value.includes('${')) return value;
    const sole = soleExpression(value);
    return sole === undefined ? UNKNOWN_VALUE : evaluateExpression(sole, this.evaluationScope(iteration));
  }

  private evaluationScope(iteration: Iteration | undefined): EvaluationScope {
    return { ...iteration, variable: (name) => this.variableLiteral(name), local: (name) => this.localLiteral(name) };
  }

  private variableLiteral(name: string): unknown {
    const argument = this.call?.scope.raw.config.module[this.call.name]?.[name];
    if (this.call && argument !== undefined && !META_ARGUMENTS.has(name)) return this.call.scope.literalOf(argument, this.call.iteration);
    const fallback = this.raw.config.variable[name]?.default;
    return fallback === undefined ? UNKNOWN_VALUE : this.literalOf(fallback);
  }

  private localLiteral(name: string): unknown {
    if (!this.literalLocals.has(name)) {
      this.literalLocals.set(name, UNKNOWN_VALUE); // a local that refers to itself stays unknown
      const raw = this.raw.config.locals[name];
      this.literalLocals.set(name, raw === undefined ? UNKNOWN_VALUE : this.literalOf(raw));
    }
    return this.literalLocals.get(name);
  }

  private rewriteString(value: string, iteration: Iteration | undefined): unknown {
    const sole = soleExpression(value);
    if (sole !== undefined && /^[\w.-]+$/.test(sole)) {
      const resolved = this.resolve(sole, iteration);
      if (resolved !== undefined) return resolved;
    }
    const rewritten = replaceInterpolations(value, (expression) =>
      expression.replace(TOKEN, (token) => {
        const resolved = this.resolve(token, iteration);
        return resolved === undefined ? this.qualify(token) : inline(resolved) ?? this.qualify(token);
      })
    );
    // `vnet-${"aks"}` and `pool-${0}` (a resolved literal inside a template) read as `vnet-aks` and `pool-0`.
    return rewritten
      .replace(/(?<!\$)\$\{("(?:[^"\\$]|\\.)*")\}/g, (whole, quoted: string) => {
        try {
          return JSON.parse(quoted) as string;
        } catch {
          return whole;
        }
      })
      .replace(/(?<!\$)\$\{(-?\d+(?:\.\d+)?|true|false)\}/g, '$1');
  }

  /**
   * The value a `var.x`, `local.x`, `module.m.out`, `each.*` or `count.index` stands for here, in the root's
   * terms; else undefined.
   */
  private resolve(token: string, iteration: Iteration | undefined): unknown {
    const [head, name] = token.split('.');
    if (head === 'each' || head === 'count') {
      const value = iteration ? evaluateExpression(token, iteration) : UNKNOWN_VALUE;
      return value === UNKNOWN_VALUE ? undefined : value;
    }
    const output = MODULE_OUTPUT.exec(token);
    if (output) {
      if (!this.raw.children.has(output[1])) return undefined;
      const instance = this.moduleInstances(output[1]).find((i) => i.key === (output[2] ?? '').replace(/\s+/g, ''));
      const child = instance && this.child(output[1], instance);
      const value = child?.raw.config.output[output[3]]?.value;
      return value === undefined ? undefined : child!.rewrite(value);
    }
    if (!this.call) return undefined; // the root's variables and locals are left to the model
    if (head === 'var') {
      const argument = this.call.scope.raw.config.module[this.call.name]?.[name];
      if (argument !== undefined && !META_ARGUMENTS.has(name)) return this.call.scope.rewrite(argument, this.call.iteration);
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
