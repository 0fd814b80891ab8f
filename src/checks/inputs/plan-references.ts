/**
 * Follows the expressions of a plan's `configuration` (references as Terraform lists them, e.g.
 * `["azurerm_container_registry.acr.id", "azurerm_container_registry.acr"]`) to the resource they name, by its
 * full address: through module inputs (`var.x` -> the module call's argument in the parent) and module
 * outputs (`module.acr.id` -> the output's expression in the child).
 */
import { asObject, JsonObject } from '../model/values';

/** A module of a plan's configuration: its resources and its module calls. */
export interface ConfigModule {
  readonly resources?: readonly JsonObject[];
  readonly module_calls?: { readonly [name: string]: JsonObject };
  readonly outputs?: { readonly [name: string]: JsonObject };
}

/** The resource of a plan's configuration: its expressions and depends_on. */
export interface ConfigResource {
  readonly expressions?: JsonObject;
  readonly depends_on?: readonly string[];
}

const MAX_DEPTH = 16;
const NOT_RESOURCES = new Set(['each', 'count', 'path', 'self', 'terraform', 'local']);

/** Looks up configuration resources and follows references in a plan's configuration tree. */
export class ConfigResolver {
  private readonly byModule = new Map<string, Map<string, ConfigResource>>();

  /** @param root `configuration.root_module` of the plan, if any */
  public constructor(private readonly root: ConfigModule | undefined) {}

  /** The configuration of the resource at `localAddress` (`type.name`) in the module instance `moduleAddress`. */
  public resource(moduleAddress: string, localAddress: string): ConfigResource | undefined {
    const key = moduleNames(moduleAddress).join('.');
    let index = this.byModule.get(key);
    if (!index) {
      index = new Map();
      for (const r of this.module(moduleNames(moduleAddress))?.resources ?? []) {
        if (typeof r.address === 'string') index.set(r.address, r as ConfigResource);
      }
      this.byModule.set(key, index);
    }
    return index.get(localAddress);
  }

  /**
   * The expression to write for a value whose configuration lists `references`, from the module instance
   * `moduleAddress`: `${<full address>.<attribute>}` of the first reference that leads to a resource (or a
   * root variable, `${var.x}`); undefined when none does.
   */
  public expression(moduleAddress: string, references: readonly string[], depth = 0): string | undefined {
    if (depth > MAX_DEPTH) return undefined;
    for (const ref of references) {
      const found = this.follow(moduleAddress, ref, depth);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  /** The resource's depends_on and those of the module calls above it, as full addresses. */
  public dependsOn(moduleAddress: string, config: ConfigResource | undefined): string[] {
    const out = (config?.depends_on ?? []).map((d) => prefixed(moduleAddress, d));
    let address = moduleAddress;
    while (address) {
      const { parent, name } = splitLast(address);
      const call = asObject(this.module(moduleNames(parent))?.module_calls?.[name]);
      for (const d of Array.isArray(call?.depends_on) ? call.depends_on : []) {
        if (typeof d === 'string') out.push(prefixed(parent, d));
      }
      address = parent;
    }
    return out;
  }

  private follow(moduleAddress: string, ref: string, depth: number): string | undefined {
    const [head, second, third] = ref.split('.');
    if (head === 'var' && second) {
      const name = second.replace(/\[.*$/, '');
      if (!moduleAddress) return `\${var.${name}}`;
      const { parent, name: call } = splitLast(moduleAddress);
      const argument = asObject(asObject(this.module(moduleNames(parent))?.module_calls?.[call]?.expressions)?.[name]);
      if (typeof argument?.constant_value === 'string') return argument.constant_value;
      const refs = Array.isArray(argument?.references) ? argument.references.filter((r): r is string => typeof r === 'string') : [];
      return this.expression(parent, refs, depth + 1);
    }
    if (head === 'module' && second && third) {
      const call = second.replace(/\[.*$/, '');
      const child = this.module([...moduleNames(moduleAddress), call]);
      const output = asObject(asObject(child?.outputs?.[third.replace(/\[.*$/, '')])?.expression);
      const refs = Array.isArray(output?.references) ? output.references.filter((r): r is string => typeof r === 'string') : [];
      return this.expression(prefixed(moduleAddress, `module.${call}`), refs, depth + 1);
    }
    if (NOT_RESOURCES.has(head) || head === 'module' || !second) return undefined;
    return `\${${prefixed(moduleAddress, ref)}}`;
  }

  private module(names: readonly string[]): ConfigModule | undefined {
    let current = this.root;
    for (const name of names) current = asObject(asObject(current?.module_calls?.[name])?.module) as ConfigModule | undefined;
    return current;
  }
}

/** The call names of a module address: `module.a["x"].module.b` -> [a, b]. */
function moduleNames(moduleAddress: string): string[] {
  return [...moduleAddress.matchAll(/module\.([A-Za-z_][\w-]*)/g)].map((m) => m[1]);
}

/** `module.a.module.b["k"]` -> parent `module.a`, call name `b`. */
function splitLast(moduleAddress: string): { parent: string; name: string } {
  const m = /^(.*?)\.?module\.([A-Za-z_][\w-]*)(?:\[[^\]]*\])?$/.exec(moduleAddress);
  return m ? { parent: m[1], name: m[2] } : { parent: '', name: '' };
}

function prefixed(moduleAddress: string, address: string): string {
  return moduleAddress ? `${moduleAddress}.${address}` : address;
}
