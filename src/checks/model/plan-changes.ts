/**
 * What the plan guards read from a plan's resource changes: the clusters and registries a plan changes, in
 * azurerm form (`azurerm_kubernetes_cluster`, `azurerm_container_registry`) or azapi form (`azapi_resource` /
 * `azapi_update_resource` of type `Microsoft.ContainerService/managedClusters@...` or
 * `Microsoft.ContainerRegistry/registries@...`), and their artifact source and outbound type before and after.
 */
import { DEFAULT_OUTBOUND_TYPE } from './outbound-types';
import type { ResourceChange } from './resource-change';
import { AKS_CACHE_RULE, subjectRegistries, T } from './subjects';
import type { TerraformDocument } from './terraform-document';
import { asObject, isObject, JsonObject, valuesAt } from './values';

/** How a changed resource is written. */
export type ChangeForm = 'azurerm' | 'azapi' | 'azapi-update';

/** A value read from one side of a change: a literal, `unknown` (known after apply), or `unset`. */
export type SideValue = string | 'unknown-after-apply' | undefined;

/** One side (before or after) of a cluster change, with defaults applied where the form has them. */
export interface ClusterSide {
  /** `bootstrap_profile.artifact_source` / `properties.bootstrapProfile.artifactSource`. */
  readonly artifactSource: SideValue;
  /** `network_profile.outbound_type` / `properties.networkProfile.outboundType`. */
  readonly outboundType: SideValue;
  /** `bootstrap_profile.container_registry_id` / `properties.bootstrapProfile.containerRegistryId`. */
  readonly registryId: SideValue;
}

/** A change of an AKS cluster, either form. */
export interface ClusterChange {
  /** The plan's change. */
  readonly change: ResourceChange;
  /** How the cluster is written. */
  readonly form: ChangeForm;
  /** The cluster before the change (undefined for a create). */
  readonly before?: ClusterSide;
  /** The cluster after the change (undefined for a delete). */
  readonly after?: ClusterSide;
}

const CLUSTER_ARM_TYPE = 'microsoft.containerservice/managedclusters';
const REGISTRY_ARM_TYPE = 'microsoft.containerregistry/registries';

/** The form of a change when it is of the ARM type (azurerm type given), else undefined. */
function formOf(change: ResourceChange, azurermType: string, armType: string): ChangeForm | undefined {
  if (change.type === azurermType) return 'azurerm';
  if (change.type !== 'azapi_resource' && change.type !== T.azapiUpdate) return undefined;
  const type = [change.before?.type, change.after?.type].find((t) => typeof t === 'string') as string | undefined;
  if (type?.split('@')[0].toLowerCase() !== armType) return undefined;
  return change.type === 'azapi_resource' ? 'azapi' : 'azapi-update';
}

/** True when the actions change the resource in place. */
export function isUpdate(change: ResourceChange): boolean {
  return change.actions.includes('update');
}

/** True when the actions destroy the resource (a delete or a replace). */
export function isDelete(change: ResourceChange): boolean {
  return change.actions.includes('delete');
}

/** One in-place update of a cluster attribute whose value is known on both sides. */
export interface KnownTransition {
  /** The plan's change. */
  readonly change: ResourceChange;
  /** The cluster after the change. */
  readonly after: ClusterSide;
  /** The value before. */
  readonly from: string;
  /** The value after. */
  readonly to: string;
}

/**
 * The in-place updates (no replacement) of AKS clusters with the attribute `read` known before and after: what
 * a guard on one attribute's transition judges. Creates, replacements and values known only after apply are
 * left out (NI-PLAN-003 judges replacements).
 */
export function knownTransitions(doc: TerraformDocument, read: (side: ClusterSide | undefined, form: ChangeForm) => SideValue): KnownTransition[] {
  const out: KnownTransition[] = [];
  for (const { change, form, before, after } of clusterChanges(doc)) {
    if (!isUpdate(change) || isDelete(change) || !after) continue;
    const [from, to] = [read(before, form), read(after, form)];
    if (from === undefined || to === undefined || from === 'unknown-after-apply' || to === 'unknown-after-apply') continue;
    out.push({ change, after, from, to });
  }
  return out;
}

/** The changes of AKS clusters, in plan order. */
export function clusterChanges(doc: TerraformDocument): ClusterChange[] {
  return doc.memo('plan-cluster-changes', () =>
    doc.changes.flatMap((change) => {
      const form = formOf(change, T.cluster, CLUSTER_ARM_TYPE);
      if (!form) return [];
      const before = change.before ? clusterSide(change.before, form, []) : undefined;
      const after = change.after ? clusterSide(change.after, form, change.afterUnknown ?? []) : undefined;
      return [
        {
          change,
          form,
          ...(before ? { before } : {}),
          ...(after ? { after } : {}),
        },
      ];
    })
  );
}

/** The changes of the registries clusters bootstrap from (by address or by id), in plan order. */
export function bootstrapRegistryChanges(doc: TerraformDocument): ResourceChange[] {
  const addresses = new Set(subjectRegistries(doc).map((r) => r.address));
  const ids = new Set<string>();
  for (const { before, after } of clusterChanges(doc)) {
    for (const side of [before, after])
      if (side?.registryId && side.registryId !== 'unknown-after-apply') ids.add(norm(side.registryId));
  }
  for (const change of doc.changes) {
    if (change.type !== T.cacheRule) continue;
    for (const side of [change.before, change.after]) {
      if (side?.name === AKS_CACHE_RULE.name && typeof side.container_registry_id === 'string')
        ids.add(norm(side.container_registry_id));
    }
  }
  return doc.changes.filter((change) => {
    if (!formOf(change, T.registry, REGISTRY_ARM_TYPE)) return false;
    const id = change.before?.id ?? change.after?.id;
    return addresses.has(change.address) || (typeof id === 'string' && ids.has(norm(id)));
  });
}

/** The effective value: the default for a full-resource form when unset, unchanged (undefined) for an azapi update. */
export function effective(value: SideValue, form: ChangeForm, providerDefault: string): SideValue {
  return value === undefined && form !== 'azapi-update' ? providerDefault : value;
}

/** Effective artifact source (unset -> Direct). */
export function artifactSourceOf(side: ClusterSide | undefined, form: ChangeForm): SideValue {
  return side ? effective(side.artifactSource, form, 'Direct') : undefined;
}

/** Effective outbound type (unset -> loadBalancer). */
export function outboundTypeOf(side: ClusterSide | undefined, form: ChangeForm): SideValue {
  return side ? effective(side.outboundType, form, DEFAULT_OUTBOUND_TYPE) : undefined;
}

/** True when both values are known literals and differ (case-insensitive). */
export function switched(before: SideValue, after: SideValue): boolean {
  if (before === undefined || after === undefined) return false;
  if (before === 'unknown-after-apply' || after === 'unknown-after-apply') return false;
  return norm(before) !== norm(after);
}

/** Case- and space-insensitive form of a value. */
export function norm(value: string): string {
  return value.trim().toLowerCase();
}

const PATHS: Record<'azurerm' | 'azapi', Record<keyof ClusterSide, readonly string[]>> = {
  azurerm: {
    artifactSource: ['bootstrap_profile', 'artifact_source'],
    outboundType: ['network_profile', 'outbound_type'],
    registryId: ['bootstrap_profile', 'container_registry_id'],
  },
  azapi: {
    artifactSource: ['body', 'properties', 'bootstrapProfile', 'artifactSource'],
    outboundType: ['body', 'properties', 'networkProfile', 'outboundType'],
    registryId: ['body', 'properties', 'bootstrapProfile', 'containerRegistryId'],
  },
};

function clusterSide(values: JsonObject, form: ChangeForm, unknown: readonly string[]): ClusterSide {
  const paths = PATHS[form === 'azurerm' ? 'azurerm' : 'azapi'];
  const config = form === 'azurerm' ? values : { ...values, body: parsedBody(values.body) };
  const read = (path: readonly string[]): SideValue => {
    if (isUnknown(unknown, path)) return 'unknown-after-apply';
    const value = valuesAt(config, path)[0];
    return typeof value === 'string' ? value : undefined;
  };
  return {
    artifactSource: read(paths.artifactSource),
    outboundType: read(paths.outboundType),
    registryId: read(paths.registryId),
  };
}

/** An azapi body as an object: azapi 2.x writes an object, azapi 1.x a JSON string. */
function parsedBody(body: unknown): JsonObject | undefined {
  if (isObject(body)) return body;
  if (typeof body !== 'string') return undefined;
  try {
    return asObject(JSON.parse(body));
  } catch {
    return undefined;
  }
}

/** True when `after_unknown` marks the path (or a block above it) as known only after apply. */
function isUnknown(unknown: readonly string[], path: readonly string[]): boolean {
  const wanted = path.join('.');
  return unknown.some((p) => {
    const dotted = p
      .split('.')
      .filter((segment) => !/^\d+$/.test(segment))
      .join('.');
    return dotted === wanted || wanted.startsWith(`${dotted}.`);
  });
}
