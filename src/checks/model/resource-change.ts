import type { JsonObject } from './values';

/**
 * One entry of a Terraform plan's `resource_changes`: what `terraform plan` will do to a resource. Only a
 * plan JSON input has them; the plan guards (rules over before/after) read them, every other rule reads the
 * planned configuration.
 */
export interface ResourceChange {
  /** Full address, module path included: `module.aks.azurerm_kubernetes_cluster.this`. */
  readonly address: string;
  /** The Terraform type of the resource as written (`azurerm_kubernetes_cluster`, `azapi_resource`, ...). */
  readonly type: string;
  /** Terraform's actions: `["no-op"]`, `["create"]`, `["update"]`, `["delete"]`, `["delete","create"]`, ... */
  readonly actions: readonly string[];
  /** The resource's values before the change (`null` for a create). */
  readonly before: JsonObject | null;
  /** The resource's values after the change (`null` for a delete); unknown values are absent. */
  readonly after: JsonObject | null;
  /** Paths of `after` values known only after apply (from `after_unknown`), as dotted attribute paths. */
  readonly afterUnknown?: readonly string[];
  /** Attribute paths that force the replacement (from `replace_paths`), as dotted attribute paths. */
  readonly replacePaths?: readonly string[];
}
