/**
 * The role assignments a network isolated cluster needs before it is created, and how to find them in a
 * document: by role (definition GUID suffix, name, or a `data.azurerm_role_definition`), by scope (the
 * resource itself, its VNet/resource group by reference, or any literal ancestor id) and by principal.
 */
import { ROLE_IDS } from '../../internal/built-in-role-ids';
import type { TerraformDocument, TfResource } from './terraform-document';
import { soleExpression } from './references';
import * as S from './subjects';
import { asString, block, jsonText, UNKNOWN } from './values';

/** A built-in role, by its definition GUIDs and names (any one matches). */
export interface BuiltInRole {
  /** Display name used in messages. */
  readonly name: string;
  /** Role definition GUIDs that grant what is needed. */
  readonly ids: readonly string[];
  /** Role names accepted in `role_definition_name`. */
  readonly names: readonly string[];
}

/** The four roles of a network isolated cluster. */
export const ROLES = {
  acrPull: {
    name: 'AcrPull',
    ids: [ROLE_IDS.acrPull, ROLE_IDS.containerRegistryRepositoryReader],
    names: ['AcrPull', 'Container Registry Repository Reader'],
  },
  managedIdentityOperator: {
    name: 'Managed Identity Operator',
    ids: [ROLE_IDS.managedIdentityOperator],
    names: ['Managed Identity Operator'],
  },
  networkContributor: {
    name: 'Network Contributor',
    ids: [ROLE_IDS.networkContributor],
    names: ['Network Contributor'],
  },
  privateDnsZoneContributor: {
    name: 'Private DNS Zone Contributor',
    ids: [ROLE_IDS.privateDnsZoneContributor],
    names: ['Private DNS Zone Contributor'],
  },
} as const satisfies Record<string, BuiltInRole>;

/** Which principal of the cluster must hold a role. */
export type Principal = 'kubelet' | 'control-plane';

/** One role assignment a cluster needs, and the assignments in the document that satisfy it. */
export interface RoleRequirement {
  /** The role. */
  readonly role: BuiltInRole;
  /** The principal that needs it. */
  readonly principal: Principal;
  /** What it is granted on, for messages (`the registry azurerm_container_registry.acr`). */
  readonly scopeLabel: string;
  /** Assignments in the document that grant it (empty: missing). */
  readonly found: readonly TfResource[];
}

/** True when an `azurerm_role_assignment` grants one of the role's definitions. */
export function grantsRole(doc: TerraformDocument, assignment: TfResource, role: BuiltInRole): boolean {
  let { role_definition_id: id, role_definition_name: name } = assignment.config;
  const definition = doc.resolve(id);
  if (definition?.type === 'azurerm_role_definition' && definition.kind === 'data') {
    ({ role_definition_id: id, name } = definition.config);
  }
  // The id is often `/subscriptions/${data.azurerm_client_config.x.subscription_id}/.../<guid>`: judge the text.
  const idText = doc.literal(id);
  const nameText = asString(doc.literal(name));
  return (
    (typeof idText === 'string' && role.ids.some((g) => idText.toLowerCase().endsWith(g))) ||
    (typeof nameText === 'string' && role.names.some((n) => n.toLowerCase() === nameText.trim().toLowerCase()))
  );
}

/**
 * Values a role assignment's `scope` may hold to cover a subject: the subject's id; by reference its
 * VNet (subnets) and resource group; for literal ids every ancestor id (resource group, subscription);
 * for any other expression (`${var.registry_id}`, `${format(...)}`) only that same expression.
 */
export function coveringScopes(doc: TerraformDocument, subject: unknown): unknown[] {
  const resource = doc.resolve(subject);
  if (resource) {
    const parents = [resource.config.resource_group_name, resource.config.virtual_network_name];
    // A part of an azapi resource (`${azapi_resource.vnet.id}/subnets/nodes`) is also covered by its own id.
    const own = S.idOf(resource) === subject || typeof subject !== 'string' ? [] : [subject];
    return [...own, S.idOf(resource), ...parents.map((p) => doc.resolve(p)).flatMap((r) => (r ? [S.idOf(r)] : []))];
  }
  const literal = asString(doc.literal(subject));
  // Not knowable at synth: a scope covers it only when it is the same expression (compared as text).
  if (literal === UNKNOWN) return typeof subject === 'string' ? [subject] : [];
  if (literal === undefined) return [];
  const parts = literal.replace(/\/+$/, '').split('/');
  const out: string[] = [];
  for (let n = parts.length; n >= 3; n -= 2) out.push(parts.slice(0, n).join('/'));
  return out;
}

/** The role assignments of a role that cover a subject and are granted to the expected principal. */
export function findAssignments(
  doc: TerraformDocument,
  role: BuiltInRole,
  subject: unknown,
  principal: unknown
): TfResource[] {
  const principalKey = doc.targetKey(principal);
  // A principal known only as a literal resource id (not a GUID) cannot be matched: accept any.
  const matchPrincipal = principalKey !== undefined && (principalKey.startsWith('@') || isGuid(principalKey));
  const out = new Set<TfResource>();
  for (const scope of coveringScopes(doc, subject)) {
    for (const assignment of doc.findByAttribute(S.T.roleAssignment, ['scope'], scope)) {
      if (!grantsRole(doc, assignment, role)) continue;
      if (matchPrincipal && !doc.sameTarget(assignment.config.principal_id, principal)) continue;
      out.add(assignment);
    }
  }
  return [...out];
}

/** The control-plane principal of a cluster: its first user-assigned identity, else the cluster itself. */
export function controlPlanePrincipal(cluster: TfResource): unknown {
  const identity = block(cluster.config, 'identity');
  const ids = identity?.identity_ids;
  return Array.isArray(ids) && ids.length > 0 ? ids[0] : S.idOf(cluster);
}

/** The kubelet principal of a cluster: `kubelet_identity.object_id`, else the cluster itself. */
export function kubeletPrincipal(cluster: TfResource): unknown {
  return block(cluster.config, 'kubelet_identity')?.object_id ?? S.idOf(cluster);
}

/** Every role assignment a cluster needs, given its configuration, with what satisfies each. */
export function roleRequirements(doc: TerraformDocument, cluster: TfResource): RoleRequirement[] {
  return doc.memo(`role-requirements:${cluster.address}`, () => computeRoleRequirements(doc, cluster));
}

function computeRoleRequirements(doc: TerraformDocument, cluster: TfResource): RoleRequirement[] {
  const out: RoleRequirement[] = [];
  const need = (role: BuiltInRole, principal: Principal, subject: unknown, scopeLabel: string): void => {
    const who = principal === 'kubelet' ? kubeletPrincipal(cluster) : controlPlanePrincipal(cluster);
    out.push({ role, principal, scopeLabel, found: findAssignments(doc, role, subject, who) });
  };
  const registryId = S.registryIdOf(cluster);
  if (registryId !== undefined)
    need(ROLES.acrPull, 'kubelet', registryId, `the registry ${describeRef(doc, registryId)}`);
  const kubeletId = block(cluster.config, 'kubelet_identity')?.user_assigned_identity_id;
  if (kubeletId !== undefined) {
    need(
      ROLES.managedIdentityOperator,
      'control-plane',
      kubeletId,
      `the kubelet identity ${describeRef(doc, kubeletId)}`
    );
  }
  const subnets = [...S.nodeSubnetIds(doc, cluster), S.apiServerSubnetId(cluster)].filter((s) => s !== undefined);
  for (const subnet of uniqueBy(doc, subnets)) {
    need(ROLES.networkContributor, 'control-plane', subnet, `the subnet ${describeRef(doc, subnet)}`);
  }
  const zone = cluster.config.private_dns_zone_id;
  const zoneText = asString(doc.literal(zone));
  if (zoneText !== undefined && (zoneText === UNKNOWN || !/^(system|none)$/i.test(zoneText))) {
    need(ROLES.privateDnsZoneContributor, 'control-plane', zone, `the private DNS zone ${describeRef(doc, zone)}`);
  }
  return out;
}

/** A resource address for a referenced value, else the literal itself. */
export function describeRef(doc: TerraformDocument, value: unknown): string {
  const address = doc.resolve(value)?.address;
  if (address === undefined) return jsonText(value);
  // A template naming a part of the resource (`${azapi_resource.vnet.id}/subnets/nodes`): show which part.
  return typeof value === 'string' && soleExpression(value) === undefined ? `${address} (${jsonText(value)})` : address;
}

function uniqueBy(doc: TerraformDocument, values: unknown[]): unknown[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = doc.targetKey(v) ?? jsonText(v);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function isGuid(text: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(text);
}
