import { Fn, Token } from 'cdktf';

const GUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const SUBSCRIPTION_PREFIX = '/subscriptions/';
const MANAGEMENT_GROUP_PREFIX = '/providers/Microsoft.Management/managementGroups/';
/** Management group ids: 1-90 letters, digits, "-", "_", "(", ")" and ".", not ending with ".". */
const MANAGEMENT_GROUP_NAME = '[a-zA-Z0-9_().-]{0,89}[a-zA-Z0-9_()-]';
/** Resource group names: 1-90 letters, digits, "-", "_", "(", ")" and ".", not ending with ".". */
const RESOURCE_GROUP_NAME = '[\\p{L}\\p{N}_().-]{0,89}[\\p{L}\\p{N}_()-]';

const SUBSCRIPTION_FORMATS = [new RegExp(`^${GUID}$`), new RegExp(`^${SUBSCRIPTION_PREFIX}${GUID}$`)];
const MANAGEMENT_GROUP_FORMATS = [
  new RegExp(`^${MANAGEMENT_GROUP_NAME}$`),
  new RegExp(`^${MANAGEMENT_GROUP_PREFIX}${MANAGEMENT_GROUP_NAME}$`),
];
const RESOURCE_GROUP_FORMAT = new RegExp(`^${SUBSCRIPTION_PREFIX}${GUID}/resourceGroups/${RESOURCE_GROUP_NAME}$`, 'u');

/** The kind of Azure scope a policy is assigned at. */
export enum PolicyScopeKind {
  /** A management group: the policy applies to every subscription below it. */
  MANAGEMENT_GROUP = 'managementGroup',
  /** A subscription. */
  SUBSCRIPTION = 'subscription',
  /** A single resource group. */
  RESOURCE_GROUP = 'resourceGroup',
}

/**
 * Where a policy is assigned: a management group, a subscription or a resource group.
 *
 * The factories validate literal ids and normalize them to the resource id form the azurerm
 * assignment resources require. Unresolved tokens (data sources, other resources' ids) are not
 * guessed at: a subscription or management group token may resolve to either the bare id or the
 * resource id, and is normalized by a Terraform expression at plan time; a resource group token must
 * resolve to a resource group id.
 *
 * @see https://learn.microsoft.com/azure/governance/policy/concepts/scope
 */
export class PolicyScope {
  /**
   * Assign at a subscription.
   *
   * @param subscriptionId the subscription GUID (`00000000-0000-0000-0000-000000000000`) or its
   *   resource id (`/subscriptions/00000000-0000-0000-0000-000000000000`), e.g.
   *   `new DataAzurermSubscription(...).id` or `new DataAzurermClientConfig(...).subscriptionId`
   * @throws when a literal is neither form
   */
  public static subscription(subscriptionId: string): PolicyScope {
    return PolicyScope.prefixed(PolicyScopeKind.SUBSCRIPTION, SUBSCRIPTION_PREFIX, subscriptionId, () =>
      check(
        'subscription',
        'subscriptionId',
        subscriptionId,
        SUBSCRIPTION_FORMATS,
        `00000000-0000-0000-0000-000000000000 or ${SUBSCRIPTION_PREFIX}00000000-0000-0000-0000-000000000000`
      )
    );
  }

  /**
   * Assign at a management group. The policy definition is then created in that management group too,
   * so it can be assigned there and applies to every subscription below it.
   *
   * @param managementGroupId the management group's id (its name, e.g. `platform`) or resource id
   *   (`/providers/Microsoft.Management/managementGroups/platform`), e.g. `new ManagementGroup(...).id`
   * @throws when a literal is neither form
   */
  public static managementGroup(managementGroupId: string): PolicyScope {
    return PolicyScope.prefixed(PolicyScopeKind.MANAGEMENT_GROUP, MANAGEMENT_GROUP_PREFIX, managementGroupId, () =>
      check(
        'managementGroup',
        'managementGroupId',
        managementGroupId,
        MANAGEMENT_GROUP_FORMATS,
        `platform or ${MANAGEMENT_GROUP_PREFIX}platform, where the id has 1-90 letters, digits, "-", "_", "(", ")" and "." and does not end with "."`
      )
    );
  }

  /**
   * Assign at a resource group. The policy definition is created in the subscription the azurerm
   * provider is configured for, which must be the resource group's subscription.
   *
   * @param resourceGroupId the resource group's resource id
   *   (`/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-aks`), e.g.
   *   `new ResourceGroup(...).id`
   * @throws when a literal is not a resource group id
   */
  public static resourceGroup(resourceGroupId: string): PolicyScope {
    if (!Token.isUnresolved(resourceGroupId)) {
      check(
        'resourceGroup',
        'resourceGroupId',
        resourceGroupId,
        [RESOURCE_GROUP_FORMAT],
        `${SUBSCRIPTION_PREFIX}00000000-0000-0000-0000-000000000000/resourceGroups/rg-aks`
      );
    }
    return new PolicyScope(PolicyScopeKind.RESOURCE_GROUP, resourceGroupId);
  }

  /**
   * A scope whose resource id is `prefix` + a bare id, given either bare or with the prefix: literals are
   * validated and prefixed here, tokens by a Terraform expression at plan time.
   */
  private static prefixed(kind: PolicyScopeKind, prefix: string, value: string, validate: () => void): PolicyScope {
    if (Token.isUnresolved(value)) {
      return new PolicyScope(kind, Fn.format(`${prefix}%s`, [Fn.trimprefix(value, prefix)]));
    }
    validate();
    return new PolicyScope(kind, value.startsWith(prefix) ? value : `${prefix}${value}`);
  }

  /** Which kind of scope. */
  public readonly kind: PolicyScopeKind;

  /** The scope's resource id, as the azurerm assignment resources take it (a token when built from one). */
  public readonly scopeId: string;

  private constructor(kind: PolicyScopeKind, scopeId: string) {
    this.kind = kind;
    this.scopeId = scopeId;
  }
}

/** Throws when a literal matches none of the formats, naming the factory, the value and the formats. */
function check(factory: string, prop: string, value: string, formats: RegExp[], allowed: string): void {
  if (formats.some((format) => format.test(value))) return;
  throw new Error(
    `PolicyScope.${factory}(): ${prop} "${value}" is not in a format Azure accepts. ` +
      `Allowed: ${allowed}. Fix: pass the id in one of these forms, or a token that resolves to one.`
  );
}
