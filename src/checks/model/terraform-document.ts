import type { AzapiForm } from './azapi/form';
import { condense, DependencyGraph, reaches } from './dependency-graph';
import { normalize } from './normalize';
import { addressCandidates, baseAddress, dependsOnAddress, soleExpression, splitResourceKey } from './references';
import type { ResourceChange } from './resource-change';
import { JsonObject, asObject, valuesAt, walkStrings } from './values';

/** One `resource` or `data` block of a Terraform JSON document. */
export interface TfResource {
  /** `resource` for managed resources, `data` for data sources. */
  readonly kind: 'resource' | 'data';
  /** The Terraform type, e.g. `azurerm_kubernetes_cluster`; for an azapi resource, the azurerm type it maps onto. */
  readonly type: string;
  /** The local name, e.g. `cluster_1a2b3c4d` (without module path or instance key). */
  readonly name: string;
  /**
   * `type.name`, or `data.type.name` for data sources; with the module path and instance key when the
   * document's key carries them (`module.aks.azurerm_kubernetes_cluster.this`, `azurerm_subnet.this["nodes"]`).
   */
  readonly address: string;
  /** The block's attributes as written in the JSON (snake_case keys). */
  readonly config: JsonObject;
  /** The construct path cdktf wrote into `//.metadata.path`, when present. */
  readonly constructPath?: string;
  /** How the subject was written when it came from azapi (`config` is then the azurerm-shaped mapping). */
  readonly azapi?: AzapiForm;
}

/** A reference from an expression to a resource in the document. */
export interface ResourceReference {
  /** The resource referenced. */
  readonly resource: TfResource;
  /** The attribute read from it (`id`, `principal_id`, ...), if any. */
  readonly attribute?: string;
}

/** Options of the {@link TerraformDocument} constructor. */
export interface DocumentOptions {
  /** The plan's resource changes, when the document was read from a plan JSON. @default none */
  readonly changes?: readonly ResourceChange[];
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
 * size of the document. Never throws on unexpected shapes: malformed parts are skipped (the CLI's readers
 * reject them before).
 *
 * Address scheme: a resource key is a local name (`cluster`), optionally with a module path and a literal
 * instance key (`module.aks.this`, `this["nodes"]`, `module.net.this[0]`), which the plan and HCL readers write
 * for module and count/for_each resources; the address then is Terraform's (`module.aks.azurerm_x.this`).
 */
export class TerraformDocument {
  /** The JSON object as read (resources keep their written form; see {@link TerraformDocument.resources}). */
  public readonly json: JsonObject;
  /** The plan's resource changes (empty unless the input was a plan JSON): what the plan guards judge. */
  public readonly changes: readonly ResourceChange[];
  private readonly byType = new Map<string, TfResource[]>();
  private readonly byAddress = new Map<string, TfResource>();
  // Instances by their address without instance key (`azurerm_subnet.this` -> this["a"], this["b"]).
  private readonly instances = new Map<string, TfResource[]>();
  private idIndex?: Map<string, TfResource>;
  private readonly refCache = new Map<string, ResourceReference[]>();
  private readonly attributeIndexes = new Map<string, Map<string, TfResource[]>>();
  private readonly targetKeys = new Map<string, string | undefined>();
  private readonly outgoing = new Map<string, string[]>();
  private readonly memos = new Map<string, unknown>();
  private referrerIndex?: Map<string, TfResource[]>;

  /** Indexes a parsed Terraform JSON object; non-object input yields an empty document. */
  public constructor(json: unknown, options: DocumentOptions = {}) {
    this.json = asObject(json) ?? {};
    this.changes = options.changes ?? [];
    this.indexBlocks('resource', this.json.resource);
    this.indexBlocks('data', this.json.data);
    this.registerSubjects(normalize(this));
  }

  /** All resources and data sources, in document order. */
  public get all(): TfResource[] {
    return [...this.byAddress.values()];
  }

  /**
   * The managed resources of a type (data sources have their own `data.` address and are not listed). An
   * azapi resource is listed under the azurerm type it maps onto (`azapi_resource.aks` under
   * `azurerm_kubernetes_cluster`), with parts of it (node pools of `agentPoolProfiles`, inline subnets).
   */
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
      const refs = soleExpression(v) !== undefined || v.startsWith('/') ? this.stringReferences(v) : [];
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
    return entries.map(dependsOnAddress).flatMap((a) => (a ? this.lookup(a, true) : []));
  }

  /**
   * The transitive dependencies of a resource: `depends_on` (and with `includeReferences`, attribute
   * references too), followed breadth-first with a visited set, so cycles terminate. Excludes the
   * resource itself unless a cycle leads back to it. Costs the size of the closure on every call: to test
   * a few resources for many clusters use {@link missingDependencies}.
   */
  public dependencies(address: string, options: DependencyOptions = {}): Set<string> {
    const visited = new Set<string>();
    const queue = [address];
    for (let i = 0; i < queue.length; i++) {
      const resource = this.get(queue[i]);
      if (!resource) continue;
      for (const dep of this.directDependencies(resource, options.includeReferences === true)) {
        if (!visited.has(dep)) {
          visited.add(dep);
          queue.push(dep);
        }
      }
    }
    return visited;
  }

  /**
   * The addresses of `required` that are not among the transitive {@link dependencies} of `address`, in
   * their order. Each one is a reachability question on the dependency graph, condensed once per document
   * into its strongly connected components (cycles), answered by a search from both ends at once: forward
   * from `address` and backward from the required resource, one edge at a time. It ends when the two meet
   * or when either side runs out, so it costs what the cheaper side needs: a listed dependency is found
   * in a step, and a missing one nothing depends on is known missing in a step. Checking every cluster
   * of a document stays about linear, also when the clusters depend on each other in a chain or a cycle.
   */
  public missingDependencies(address: string, required: readonly string[], options: DependencyOptions = {}): string[] {
    const graph = this.dependencyGraph(options.includeReferences === true);
    const from = graph.component.get(address);
    return required.filter((target) => {
      const to = graph.component.get(target);
      return from === undefined || to === undefined || !reaches(graph, from, to);
    });
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

  /** The addresses a resource depends on directly: `depends_on`, and with `includeReferences` its references. */
  private directDependencies(resource: TfResource, includeReferences: boolean): string[] {
    const next = this.dependsOn(resource.address).map((r) => r.address);
    if (includeReferences) next.push(...this.referencedAddresses(resource));
    return next;
  }

  /** The dependency graph of every resource, condensed into strongly connected components; built once. */
  private dependencyGraph(includeReferences: boolean): DependencyGraph {
    return this.memo(`dependency-graph:${includeReferences}`, () => {
      const edges = new Map<string, string[]>();
      for (const resource of this.byAddress.values()) {
        edges.set(resource.address, this.directDependencies(resource, includeReferences));
      }
      return condense(edges);
    });
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
          const [resource] = this.lookup(c.address, false);
          if (resource) refs.push(c.attribute ? { resource, attribute: c.attribute } : { resource });
        }
      } else if (value.startsWith('/')) {
        // A literal Azure id (plans of existing resources): the resource whose planned `id` it is.
        const resource = this.resourceWithId(value);
        if (resource) refs.push({ resource, attribute: 'id' });
      }
      this.refCache.set(value, refs);
    }
    return refs;
  }

  /**
   * The resources an address names: the exact address, else the address without its instance key (a
   * document that does not expand count/for_each), else the instances of `azurerm_subnet.this` (a reference
   * such as `azurerm_subnet.this[each.key]`): all of them with `all`, else the only one.
   */
  private lookup(address: string, all: boolean): TfResource[] {
    const exact = this.byAddress.get(address) ?? this.byAddress.get(baseAddress(address));
    if (exact) return [exact];
    const found = this.instances.get(baseAddress(address)) ?? [];
    return all || found.length === 1 ? found : [];
  }

  /** The resource whose literal `id` attribute is `id` (case-insensitive); indexed on first use. */
  private resourceWithId(id: string): TfResource | undefined {
    if (!this.idIndex) {
      this.idIndex = new Map();
      for (const r of this.byAddress.values()) {
        if (typeof r.config.id === 'string' && r.config.id.startsWith('/')) this.idIndex.set(r.config.id.toLowerCase(), r);
      }
    }
    return this.idIndex.size === 0 ? undefined : this.idIndex.get(id.toLowerCase());
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

  /**
   * Puts the azapi subjects in place of the resources at their addresses and lists every resource under its
   * (subject) type again; parts of a resource are listed by type only. Clears what the mapping cached.
   */
  private registerSubjects(subjects: readonly TfResource[]): void {
    if (subjects.length === 0) return;
    const parts = subjects.filter((s) => s.azapi?.id !== undefined);
    for (const s of subjects) if (s.azapi?.id === undefined) this.byAddress.set(s.address, s);
    this.byType.clear();
    for (const r of [...this.byAddress.values(), ...parts]) if (r.kind === 'resource') pushTo(this.byType, r.type, r);
    this.refCache.clear();
    this.targetKeys.clear();
  }

  private add(kind: 'resource' | 'data', type: string, key: string, config: JsonObject): void {
    const parts = splitResourceKey(key) ?? { module: '', name: key, index: '' };
    const address = `${parts.module}${kind === 'data' ? 'data.' : ''}${type}.${parts.name}${parts.index}`;
    const path = asObject(asObject(config['//'])?.metadata)?.path;
    const resource: TfResource = {
      kind,
      type,
      name: parts.name,
      address,
      config,
      ...(typeof path === 'string' ? { constructPath: path } : {}),
    };
    this.byAddress.set(address, resource);
    if (parts.index) pushTo(this.instances, baseAddress(address), resource);
    if (kind === 'resource') pushTo(this.byType, type, resource);
  }
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
