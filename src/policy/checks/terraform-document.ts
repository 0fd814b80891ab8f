import { addressCandidates, dependsOnAddress, soleExpression } from './references';
import { JsonObject, asObject, valuesAt, walkStrings } from './values';

/** One `resource` or `data` block of a Terraform JSON document. */
export interface TfResource {
  /** `resource` for managed resources, `data` for data sources. */
  readonly kind: 'resource' | 'data';
  /** The Terraform type, e.g. `azurerm_kubernetes_cluster`. */
  readonly type: string;
  /** The local name, e.g. `cluster_1a2b3c4d`. */
  readonly name: string;
  /** `type.name`, or `data.type.name` for data sources. */
  readonly address: string;
  /** The block's attributes as written in the JSON (snake_case keys). */
  readonly config: JsonObject;
  /** The construct path cdktf wrote into `//.metadata.path`, when present. */
  readonly constructPath?: string;
}

/** A reference from an expression to a resource in the document. */
export interface ResourceReference {
  /** The resource referenced. */
  readonly resource: TfResource;
  /** The attribute read from it (`id`, `principal_id`, ...), if any. */
  readonly attribute?: string;
}

/** Options of {@link TerraformDocument.dependencies}. */
export interface DependencyOptions {
  /** Also follow attribute references (Terraform's implicit dependencies), not only `depends_on`. */
  readonly includeReferences?: boolean;
}

const MAX_ALIAS_DEPTH = 8;

/**
 * A parsed, indexed view of one Terraform JSON document (`cdk.tf.json`). Indexes are built once (by type
 * and address eagerly, reverse references and attribute lookups lazily), so rules stay linear in the
 * size of the document. Never throws on unexpected shapes: malformed parts are skipped.
 */
export class TerraformDocument {
  /** The raw JSON object. */
  public readonly json: JsonObject;
  private readonly byType = new Map<string, TfResource[]>();
  private readonly byAddress = new Map<string, TfResource>();
  private readonly refCache = new Map<string, ResourceReference[]>();
  private readonly attributeIndexes = new Map<string, Map<string, TfResource[]>>();
  private readonly targetKeys = new Map<string, string | undefined>();
  private readonly outgoing = new Map<string, string[]>();
  private readonly memos = new Map<string, unknown>();
  private referrerIndex?: Map<string, TfResource[]>;

  /** Indexes a parsed Terraform JSON object; non-object input yields an empty document. */
  public constructor(json: unknown) {
    this.json = asObject(json) ?? {};
    this.indexBlocks('resource', this.json.resource);
    this.indexBlocks('data', this.json.data);
  }

  /** All resources and data sources, in document order. */
  public get all(): TfResource[] {
    return [...this.byAddress.values()];
  }

  /** The managed resources of a type (data sources have their own `data.` address and are not listed). */
  public resources(type: string): TfResource[] {
    return this.byType.get(type) ?? [];
  }

  /** The resource at `type.name` (or `data.type.name`). */
  public get(address: string): TfResource | undefined {
    return this.byAddress.get(address);
  }

  /**
   * The resources referenced by a value: every `${type.name...}` in a string (also inside bigger
   * interpolations) or anywhere in a nested object/array, that names a resource of this document.
   */
  public references(value: unknown): ResourceReference[] {
    if (typeof value === 'string') return this.stringReferences(value);
    const out: ResourceReference[] = [];
    walkStrings(value, (s) => out.push(...this.stringReferences(s)));
    return out;
  }

  /** The resource a value points at, e.g. `"${azurerm_container_registry.acr.id}"`; the first if several. */
  public resolve(value: unknown): TfResource | undefined {
    return this.references(value)[0]?.resource;
  }

  /**
   * A value with `${var.x}` (variable default) and `${local.x}` aliases followed; anything else,
   * including resource attributes, is returned unchanged (still an expression).
   */
  public literal(value: unknown): unknown {
    let current = value;
    for (let depth = 0; depth < MAX_ALIAS_DEPTH && typeof current === 'string'; depth++) {
      const expression = soleExpression(current);
      const m = expression && /^(var|local)\.([A-Za-z_][\w-]*)$/.exec(expression);
      if (!m) return current;
      const next = m[1] === 'var' ? asObject(asObject(this.json.variable)?.[m[2]])?.default : this.local(m[2]);
      if (next === undefined) return current;
      current = next;
    }
    return current;
  }

  /**
   * The key two values share when they point at the same thing: the address of the resource a
   * single-reference expression names (whatever the attribute), else the lower-cased literal.
   * `"${azurerm_user_assigned_identity.cp.id}"` and `"${azurerm_user_assigned_identity.cp.principal_id}"` match.
   */
  public targetKey(value: unknown): string | undefined {
    if (typeof value !== 'string') return undefined;
    if (this.targetKeys.has(value)) return this.targetKeys.get(value);
    let key: string | undefined;
    const v = this.literal(value);
    if (typeof v === 'string' && v.trim() !== '') {
      const refs = soleExpression(v) !== undefined ? this.stringReferences(v) : [];
      key = refs.length === 1 ? `@${refs[0].resource.address}` : v.trim().toLowerCase();
    }
    this.targetKeys.set(value, key);
    return key;
  }

  /** True when both values point at the same resource or are the same literal (case-insensitive). */
  public sameTarget(a: unknown, b: unknown): boolean {
    const ka = this.targetKey(a);
    return ka !== undefined && ka === this.targetKey(b);
  }

  /**
   * The resources of `type` whose attribute at `path` (blocks as object or one-element array) points at
   * the same target as `value` (see {@link targetKey}). Indexed per (type, path) on first use.
   */
  public findByAttribute(type: string, path: readonly string[], value: unknown): TfResource[] {
    const key = this.targetKey(value);
    if (key === undefined) return [];
    const indexKey = `${type}|${path.join('.')}`;
    let index = this.attributeIndexes.get(indexKey);
    if (!index) {
      index = new Map();
      for (const resource of this.resources(type)) {
        for (const v of valuesAt(resource.config, path)) {
          const k = this.targetKey(v);
          if (k !== undefined) pushTo(index, k, resource);
        }
      }
      this.attributeIndexes.set(indexKey, index);
    }
    return index.get(key) ?? [];
  }

  /** The resources whose configuration (not `depends_on`) references `address`, optionally of one type. */
  public referrers(address: string, type?: string): TfResource[] {
    if (!this.referrerIndex) {
      const index = new Map<string, TfResource[]>();
      for (const resource of this.byAddress.values()) {
        for (const target of this.referencedAddresses(resource)) pushTo(index, target, resource);
      }
      this.referrerIndex = index;
    }
    const found = this.referrerIndex.get(address) ?? [];
    return type ? found.filter((r) => r.type === type) : found;
  }

  /** The resources a resource names directly in `depends_on` that exist in this document. */
  public dependsOn(address: string): TfResource[] {
    const entries = this.get(address)?.config.depends_on;
    if (!Array.isArray(entries)) return [];
    return entries.map(dependsOnAddress).flatMap((a) => (a && this.byAddress.has(a) ? [this.get(a)!] : []));
  }

  /**
   * The transitive dependencies of a resource: `depends_on` (and with `includeReferences`, attribute
   * references too), followed breadth-first with a visited set, so cycles terminate. Excludes the
   * resource itself unless a cycle leads back to it.
   */
  public dependencies(address: string, options: DependencyOptions = {}): Set<string> {
    const visited = new Set<string>();
    const queue = [address];
    for (let i = 0; i < queue.length; i++) {
      const resource = this.get(queue[i]);
      if (!resource) continue;
      const next = this.dependsOn(resource.address).map((r) => r.address);
      if (options.includeReferences) next.push(...this.referencedAddresses(resource));
      for (const dep of next) {
        if (!visited.has(dep)) {
          visited.add(dep);
          queue.push(dep);
        }
      }
    }
    return visited;
  }

  /**
   * A value computed once per document (rules share look-ups such as a cluster's role requirements).
   * @param key unique key of the computation, e.g. `roles:azurerm_kubernetes_cluster.aks`
   */
  public memo<T>(key: string, compute: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, compute());
    return this.memos.get(key) as T;
  }

  /** The construct path of a resource (`stack/construct/path`), when cdktf recorded one. */
  public constructPath(address: string): string | undefined {
    return this.get(address)?.constructPath;
  }

  private local(name: string): unknown {
    const locals = this.json.locals;
    const blocks = Array.isArray(locals) ? locals : [locals];
    for (const block of blocks) {
      const value = asObject(block)?.[name];
      if (value !== undefined) return value;
    }
    return undefined;
  }

  /** The distinct addresses a resource's configuration (not `depends_on`) references; computed once. */
  private referencedAddresses(resource: TfResource): string[] {
    let out = this.outgoing.get(resource.address);
    if (!out) {
      const found = new Set<string>();
      for (const [key, value] of Object.entries(resource.config)) {
        if (key === 'depends_on' || key.startsWith('//')) continue;
        walkStrings(value, (s) => this.stringReferences(s).forEach((r) => found.add(r.resource.address)));
      }
      out = [...found];
      this.outgoing.set(resource.address, out);
    }
    return out;
  }

  private stringReferences(value: string): ResourceReference[] {
    let refs = this.refCache.get(value);
    if (!refs) {
      refs = [];
      if (value.includes('${')) {
        for (const c of addressCandidates(value)) {
          const resource = this.byAddress.get(c.address);
          if (resource) refs.push(c.attribute ? { resource, attribute: c.attribute } : { resource });
        }
      }
      this.refCache.set(value, refs);
    }
    return refs;
  }

  private indexBlocks(kind: 'resource' | 'data', section: unknown): void {
    // Terraform JSON also allows a list of `{ type: { name: config } }` objects.
    for (const part of Array.isArray(section) ? section : [section]) {
      for (const [type, named] of Object.entries(asObject(part) ?? {})) {
        if (type.startsWith('//')) continue;
        for (const [name, raw] of Object.entries(asObject(named) ?? {})) {
          const config = asObject(Array.isArray(raw) ? raw[0] : raw);
          if (name.startsWith('//') || !config) continue;
          this.add(kind, type, name, config);
        }
      }
    }
  }

  private add(kind: 'resource' | 'data', type: string, name: string, config: JsonObject): void {
    const address = kind === 'data' ? `data.${type}.${name}` : `${type}.${name}`;
    const path = asObject(asObject(config['//'])?.metadata)?.path;
    const resource: TfResource = {
      kind,
      type,
      name,
      address,
      config,
      ...(typeof path === 'string' ? { constructPath: path } : {}),
    };
    this.byAddress.set(address, resource);
    if (kind === 'resource') pushTo(this.byType, type, resource);
  }
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
