import { TerraformResource } from 'cdktf';
import { LIMITS_DOC } from './validation';

/** One property a resource's final config must keep for the stack to stay network isolated (internal). */
export interface Invariant {
  /** What must hold, phrased for the error message. */
  readonly what: string;
  /** True when the final config breaks it. */
  readonly broken: (config: { [key: string]: any }) => boolean;
  /** How to fix it. */
  readonly fix: string;
}

/** The final config of a resource after escape hatches (`addOverride`), as Terraform will get it. */
export function finalConfig(resource: TerraformResource): { [key: string]: any } {
  const synthesized = resource.toTerraform().resource?.[resource.terraformResourceType] ?? {};
  return (Object.values(synthesized)[0] as { [key: string]: any }) ?? {};
}

/**
 * Synth-time guard of a construct's own resources, run after escape hatches: one error per broken
 * invariant, naming the construct path, the resource type, what must hold and the fix.
 */
export function invariantErrors(resource: TerraformResource, invariants: Invariant[]): string[] {
  const config = finalConfig(resource);
  return invariants
    .filter((i) => i.broken(config))
    .map((i) => `${resource.node.path}: ${resource.terraformResourceType} ${i.what}. Fix: ${i.fix} (see ${LIMITS_DOC})`);
}
