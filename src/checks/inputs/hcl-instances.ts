/**
 * The instances a `count` or `for_each` block (resource, data source or module call) makes, when the
 * configuration alone decides them: keyed as `terraform plan` addresses them (`[0]`, `["a"]`), with the
 * `count.index` or `each.key` / `each.value` of each. Terraform orders map keys and set elements lexically.
 * A `count` or `for_each` whose value is not known from the configuration gives one unkeyed instance whose
 * `each.*` / `count.index` stay unresolved (the rules see them as unknown: fail closed).
 * @see https://developer.hashicorp.com/terraform/language/meta-arguments/count
 * @see https://developer.hashicorp.com/terraform/language/meta-arguments/for_each
 */
import { isObject, JsonObject } from '../model/values';
import { EvaluationScope, UNKNOWN_VALUE } from './hcl-evaluate';

/** One instance of a block. */
export interface BlockInstance {
  /** The instance key as written in an address: `[0]`, `["a"]`; '' for a single or unexpanded instance. */
  readonly key: string;
  /** What `each.*` or `count.index` stand for in this instance; absent when the block is not expanded. */
  readonly iteration?: Iteration;
}

/** `each` or `count` of an expanded instance. */
export type Iteration = Pick<EvaluationScope, 'each' | 'count'>;

/** The most instances one block is expanded into; a bigger literal count stays one unexpanded instance. */
const MAX_INSTANCES = 1000;
const SINGLE: readonly BlockInstance[] = [{ key: '' }];

/**
 * The instances of a block.
 * @param body the block's attributes as written
 * @param literal the literal value of one of the block's attributes, or UNKNOWN_VALUE
 * @returns no instance for `count = 0` or an empty `for_each`; one unkeyed instance without (or with an
 *   unknown) `count` / `for_each`; else one instance per index or key
 */
export function blockInstances(body: JsonObject, literal: (value: unknown) => unknown): readonly BlockInstance[] {
  if (body.count !== undefined) {
    const raw = literal(body.count);
    const count = typeof raw === 'string' && /^\d+$/.test(raw.trim()) ? Number(raw) : raw;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || count > MAX_INSTANCES) return SINGLE;
    return Array.from({ length: count }, (_, index) => ({ key: `[${index}]`, iteration: { count: { index } } }));
  }
  if (body.for_each !== undefined) {
    const entries = forEachEntries(literal(body.for_each));
    if (!entries || entries.length > MAX_INSTANCES) return SINGLE;
    return entries.map(([key, value]) => ({ key: `[${JSON.stringify(key)}]`, iteration: { each: { key, value } } }));
  }
  return SINGLE;
}

/** The block without the meta-arguments its instances have spent (`count`, `for_each`). */
export function instanceBody(body: JsonObject, instance: BlockInstance): JsonObject {
  if (!instance.iteration) return body;
  return Object.fromEntries(Object.entries(body).filter(([k]) => k !== 'count' && k !== 'for_each'));
}

/** A map's (key, value) pairs, or a set of strings' (element, element), sorted; undefined otherwise. */
function forEachEntries(value: unknown): Array<[string, unknown]> | undefined {
  if (value === UNKNOWN_VALUE) return undefined;
  if (isObject(value)) {
    const keys = Object.keys(value).sort();
    return keys.some((k) => k.includes('${')) ? undefined : keys.map((k) => [k, value[k]]);
  }
  if (Array.isArray(value) && value.every((e) => typeof e === 'string' && !e.includes('${'))) {
    return [...new Set(value as string[])].sort().map((e) => [e, e]);
  }
  return undefined;
}
