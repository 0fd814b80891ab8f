import { ROLE_IDS } from '../internal/built-in-role-ids';

/**
 * A built-in Azure role, by its definition GUID (the same in every tenant).
 * @see https://learn.microsoft.com/azure/role-based-access-control/built-in-roles
 */
export class BuiltInRole {
  /** Pull images from a container registry: the kubelet identity on the registry. */
  public static readonly ACR_PULL = new BuiltInRole('AcrPull', ROLE_IDS.acrPull);
  /**
   * Read repositories of a registry in ABAC repository-permission mode (instead of AcrPull there).
   */
  public static readonly CONTAINER_REGISTRY_REPOSITORY_READER = new BuiltInRole(
    'Container Registry Repository Reader',
    ROLE_IDS.containerRegistryRepositoryReader,
  );
  /** Assign an identity: the control-plane identity on the kubelet identity. */
  public static readonly MANAGED_IDENTITY_OPERATOR = new BuiltInRole(
    'Managed Identity Operator',
    ROLE_IDS.managedIdentityOperator,
  );
  /** Join subnets: the control-plane identity on the node and API server subnets. */
  public static readonly NETWORK_CONTRIBUTOR = new BuiltInRole('Network Contributor', ROLE_IDS.networkContributor);
  /** Write records: the control-plane identity on a custom private cluster DNS zone. */
  public static readonly PRIVATE_DNS_ZONE_CONTRIBUTOR = new BuiltInRole(
    'Private DNS Zone Contributor',
    ROLE_IDS.privateDnsZoneContributor,
  );
  /** Read secret contents: the Key Vault secrets provider's identity and ACR credential sets on a vault. */
  public static readonly KEY_VAULT_SECRETS_USER = new BuiltInRole('Key Vault Secrets User', ROLE_IDS.keyVaultSecretsUser);
  /** View resources: the control-plane identity on a disk encryption set (`diskEncryptionSetId`). */
  public static readonly READER = new BuiltInRole('Reader', ROLE_IDS.reader);

  /** Any other built-in role, by display name and definition GUID. */
  public static of(name: string, definitionGuid: string): BuiltInRole {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(definitionGuid)) {
      throw new Error(
        `BuiltInRole.of: definitionGuid "${definitionGuid}" is not a GUID. Allowed: the role definition GUID from the built-in roles page, e.g. "${ROLE_IDS.acrPull}".`,
      );
    }
    return new BuiltInRole(name, definitionGuid.toLowerCase());
  }

  private constructor(
    /** Display name of the role. */
    public readonly name: string,
    /** Role definition GUID. */
    public readonly definitionGuid: string,
  ) {}
}
