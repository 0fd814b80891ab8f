import { KeyVault } from '@cdktf/provider-azurerm/lib/key-vault';
import { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';
import { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import { NetworkIsolatedCluster } from '../../cluster/network-isolated-cluster';
import { BuiltInRole } from '../../identity/built-in-role';
import { IdentityReference } from '../../identity/identity-reference';
import { clientConfig } from '../../internal/client-config';
import { globalName, GLOBAL_NAME_SHAPES } from '../../internal/global-name';
import { grantRole } from '../../identity/role-grant';
import { checkName } from '../../internal/validation';
import { SubnetReference } from '../../network/network-types';
import { AddOnPrivateLink } from '../private-link';

/** The privatelink zone of Key Vault. */
export const KEY_VAULT_PRIVATE_DNS_ZONE = 'privatelink.vaultcore.azure.net';

/** Azure's naming rule for key vaults (global, 3-24). */
const VAULT_NAME_RULE = {
  what: 'key vaults (globally unique)',
  minLength: 3,
  maxLength: 24,
  pattern: /^[a-zA-Z](?!.*--)[a-zA-Z0-9-]*[a-zA-Z0-9]$/,
  description: 'letters, digits and "-", starting with a letter, ending with a letter or digit, no "--"',
};

/** Props of a `PrivateKeyVaultSecretsProvider`. */
export interface PrivateKeyVaultSecretsProviderProps {
  /** The cluster that mounts secrets with the Secrets Store CSI driver. */
  readonly cluster: NetworkIsolatedCluster;
  /**
   * Resource id of an existing vault. It must already have public network access off and RBAC authorization
   * on (the checks verify it when it is in the same stack); the construct adds the endpoint and the grant.
   * @default - a new vault with public access off, RBAC authorization and purge protection
   */
  readonly existingKeyVaultId?: string;
  /**
   * Name of the new vault: 3-24 letters, digits and "-", globally unique.
   * @default - the construct path (lowercase letters, digits, "-") + "-" + 8 hex characters of sha1(subscription id / resource group / construct path), computed by Terraform (3-24 characters, unique per deployment)
   */
  readonly vaultName?: string;
  /**
   * Resource id of an existing privatelink.vaultcore.azure.net zone (hub DNS): no zone or link is created.
   * @default - a new zone linked to the cluster VNet
   */
  readonly existingPrivateDnsZoneId?: string;
  /**
   * Subnet of the vault's private endpoint.
   * @default - the cluster network's private endpoint subnet
   */
  readonly privateEndpointSubnet?: SubnetReference;
  /**
   * How often the driver re-reads mounted secrets (rotation is always on).
   * @default "2m"
   */
  readonly secretRotationInterval?: string;
}

/**
 * The Key Vault secrets provider (Secrets Store CSI driver) on a network isolated cluster, reaching its vault
 * only through Private Link: the add-on with rotation on, the vault (public access off, RBAC authorization,
 * purge protection), its `vault` private endpoint with the privatelink.vaultcore.azure.net zone, and Key
 * Vault Secrets User for the add-on identity on the vault.
 * @see https://learn.microsoft.com/azure/aks/csi-secrets-store-driver
 */
export class PrivateKeyVaultSecretsProvider extends Construct {
  /** The vault, unless an existing one was given. */
  public readonly vault?: KeyVault;
  /** Resource id of the vault in use. */
  public readonly keyVaultId: string;
  /** The vault's private endpoint and its zone. */
  public readonly privateLink: AddOnPrivateLink;
  /** Key Vault Secrets User for the add-on identity on the vault. */
  public readonly secretsUserGrant: RoleAssignment;
  /**
   * What anything that reads secrets (a SecretProviderClass, a Helm release, a workload) must depend on:
   * the role assignment, the private endpoint and the zone link.
   */
  public readonly dependables: ITerraformDependable[];

  constructor(scope: Construct, id: string, props: PrivateKeyVaultSecretsProviderProps) {
    super(scope, id);
    checkName(this, 'vaultName', props.vaultName, VAULT_NAME_RULE);
    const context = props.cluster.addOnContext;
    const aks = props.cluster.cluster;
    aks.putKeyVaultSecretsProvider({
      secretRotationEnabled: true,
      secretRotationInterval: props.secretRotationInterval ?? '2m',
    });

    if (props.existingKeyVaultId === undefined) {
      this.vault = new KeyVault(this, 'Vault', {
        name: props.vaultName ?? globalName(this, context.resourceGroupName, GLOBAL_NAME_SHAPES.keyVault),
        resourceGroupName: context.resourceGroupName,
        location: context.location,
        tenantId: clientConfig(this).tenantId,
        skuName: 'standard',
        publicNetworkAccessEnabled: false,
        rbacAuthorizationEnabled: true,
        purgeProtectionEnabled: true,
        softDeleteRetentionDays: 90,
        networkAcls: { defaultAction: 'Deny', bypass: 'AzureServices' },
        tags: context.tags,
      });
    }
    this.keyVaultId = this.vault?.id ?? props.existingKeyVaultId!;

    this.privateLink = new AddOnPrivateLink(this, 'PrivateLink', {
      context,
      resourceId: this.keyVaultId,
      subresource: 'vault',
      zoneNames: [KEY_VAULT_PRIVATE_DNS_ZONE],
      existingZoneIds:
        props.existingPrivateDnsZoneId === undefined ? undefined : { [KEY_VAULT_PRIVATE_DNS_ZONE]: props.existingPrivateDnsZoneId },
      subnet: props.privateEndpointSubnet,
    });

    this.secretsUserGrant = this.grantSecretsRead('AddOnSecretsUser', {
      id: aks.keyVaultSecretsProvider.secretIdentity.get(0).userAssignedIdentityId,
      principalId: aks.keyVaultSecretsProvider.secretIdentity.get(0).objectId,
      clientId: aks.keyVaultSecretsProvider.secretIdentity.get(0).clientId,
    });
    this.dependables = [this.secretsUserGrant, ...this.privateLink.dependables];
  }

  /**
   * Grants Key Vault Secrets User on the vault to another identity (a workload, an ACR credential set).
   * @param grantId construct id of the role assignment (a constant string)
   * @returns the role assignment
   */
  public grantSecretsRead(grantId: string, identity: IdentityReference): RoleAssignment {
    return grantRole(this, grantId, {
      principalId: identity.principalId,
      role: BuiltInRole.KEY_VAULT_SECRETS_USER,
      targetScope: this.keyVaultId,
      description: `${BuiltInRole.KEY_VAULT_SECRETS_USER.name} on the vault of ${this.node.path}`,
    });
  }
}
