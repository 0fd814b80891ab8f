import { ContainerRegistryCacheRule } from '@cdktf/provider-azurerm/lib/container-registry-cache-rule';
import { ContainerRegistryCredentialSet } from '@cdktf/provider-azurerm/lib/container-registry-credential-set';
import { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';
import { dependable, Token } from 'cdktf';
import { Construct } from 'constructs';
import { BuiltInRole } from '../identity/built-in-role';
import { grantRole } from '../identity/role-grant';
import { MCR_CACHE_RULE } from './registry-constants';

/**
 * An upstream registry the private ACR caches workload images from (artifact cache), by its login server.
 * @see https://learn.microsoft.com/azure/container-registry/artifact-cache-overview
 */
export class UpstreamRegistry {
  /** Docker Hub (`docker.io`; official images live under `library/`). Authenticate to avoid rate limits. */
  public static readonly DOCKER_HUB = new UpstreamRegistry('docker.io');
  /** GitHub Container Registry. */
  public static readonly GITHUB = new UpstreamRegistry('ghcr.io');
  /** Quay. */
  public static readonly QUAY = new UpstreamRegistry('quay.io');
  /** The Kubernetes community registry. */
  public static readonly KUBERNETES = new UpstreamRegistry('registry.k8s.io');

  /** A partner or other registry the artifact cache supports, by login server (e.g. `nvcr.io`). */
  public static partner(loginServer: string): UpstreamRegistry {
    if (!Token.isUnresolved(loginServer) && !/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+(:\d+)?$/.test(loginServer)) {
      throw new Error(
        `UpstreamRegistry.partner: loginServer "${loginServer}" is not a registry host name. Allowed: a lowercase DNS name such as "nvcr.io", without scheme or path. ` +
          'Fix: pass the login server only (see https://learn.microsoft.com/azure/container-registry/artifact-cache-overview#upstream-support).',
      );
    }
    if (loginServer === 'mcr.microsoft.com') {
      throw new Error(
        `UpstreamRegistry.partner: loginServer "mcr.microsoft.com" is served by the registry's "${MCR_CACHE_RULE.name}" rule. Allowed: any other registry. Fix: pull MCR images from ${MCR_CACHE_RULE.targetRepo.replace('*', '')}.`,
      );
    }
    return new UpstreamRegistry(loginServer);
  }

  private constructor(
    /** Login server of the upstream registry. */
    public readonly loginServer: string,
  ) {}
}

/** Key Vault secrets holding the upstream registry's user name and password (or token). */
export interface UpstreamCredentials {
  /** Resource id of the vault holding the secrets (the credential set identity gets Key Vault Secrets User there). */
  readonly keyVaultId: string;
  /** Versionless secret id of the user name, e.g. `https://<vault>.vault.azure.net/secrets/dockerhub-user`. */
  readonly usernameSecretId: string;
  /** Versionless secret id of the password or access token. */
  readonly passwordSecretId: string;
}

/** Props of `PrivateRegistry.addUpstreamCacheRule`. */
export interface UpstreamCacheRuleProps {
  /** The upstream registry. */
  readonly upstream: UpstreamRegistry;
  /** Repository path in the upstream, e.g. `library/nginx` or `library/*` (a trailing `/*` caches everything below). */
  readonly sourceRepository: string;
  /** Repository in the private registry, e.g. `docker/nginx`; with a wildcard source it must end in `/*` too. */
  readonly targetRepository: string;
  /**
   * Cache rule name: 5-50 letters, digits and "-".
   * @default - derived from the construct id
   */
  readonly name?: string;
  /**
   * Credentials in Key Vault (a credential set with a system-assigned identity is created and granted).
   * @default - anonymous pulls (Docker Hub rate-limits them)
   */
  readonly credentials?: UpstreamCredentials;
}

const RULE_NAME = /^[a-zA-Z0-9][a-zA-Z0-9-]{3,48}[a-zA-Z0-9]$/;
const REPOSITORY = /^[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*(?:\/\*)?$/;
const SECRET_ID = /^https:\/\/[a-zA-Z0-9-]+\.vault\.azure\.(net|cn|us)\/secrets\/[a-zA-Z0-9-]+\/?$/;

/**
 * A pull-through cache rule from another upstream registry into the private ACR, with a credential set whose
 * secrets live in Key Vault; the set's identity is granted Key Vault Secrets User on the vault.
 */
export class UpstreamCacheRule extends Construct {
  /** The cache rule. */
  public readonly cacheRule: ContainerRegistryCacheRule;
  /** The credential set (with credentials). */
  public readonly credentialSet?: ContainerRegistryCredentialSet;
  /** Key Vault Secrets User for the credential set identity (with credentials). */
  public readonly secretsGrant?: RoleAssignment;

  constructor(scope: Construct, id: string, registryId: string, props: UpstreamCacheRuleProps) {
    super(scope, id);
    const name = props.name ?? id.toLowerCase().replace(/[^a-z0-9-]/g, '').padEnd(5, '0').slice(0, 50);
    check(this, 'name', name, RULE_NAME, '5-50 letters, digits and "-", starting and ending with a letter or digit');
    check(this, 'sourceRepository', props.sourceRepository, REPOSITORY, 'a lowercase repository path such as "library/nginx", optionally ending in "/*"');
    check(this, 'targetRepository', props.targetRepository, REPOSITORY, 'a lowercase repository path such as "docker/nginx", optionally ending in "/*"');
    const wildcard = (r: string) => r.endsWith('/*');
    if (!Token.isUnresolved(props.sourceRepository) && !Token.isUnresolved(props.targetRepository)) {
      if (wildcard(props.sourceRepository) !== wildcard(props.targetRepository)) {
        throw new Error(
          `${this.node.path}: targetRepository "${props.targetRepository}" and sourceRepository "${props.sourceRepository}" must both end in "/*" or neither. Allowed: matching wildcards. Fix: add or drop "/*" on one side (see https://learn.microsoft.com/azure/container-registry/artifact-cache-overview#wildcards).`,
        );
      }
      if (props.targetRepository.startsWith('aks-managed-repository')) {
        throw new Error(
          `${this.node.path}: targetRepository "${props.targetRepository}" is the AKS bootstrap namespace. Allowed: any other repository. Fix: choose e.g. "docker/${props.sourceRepository}".`,
        );
      }
    }
    if (props.credentials) {
      for (const prop of ['usernameSecretId', 'passwordSecretId'] as const) {
        check(this, `credentials.${prop}`, props.credentials[prop], SECRET_ID, 'a versionless Key Vault secret id, https://<vault>.vault.azure.net/secrets/<name>');
      }
      this.credentialSet = new ContainerRegistryCredentialSet(this, 'CredentialSet', {
        name: `${name.slice(0, 45)}-cred`,
        containerRegistryId: registryId,
        loginServer: props.upstream.loginServer,
        identity: { type: 'SystemAssigned' },
        authenticationCredentials: {
          usernameSecretId: props.credentials.usernameSecretId,
          passwordSecretId: props.credentials.passwordSecretId,
        },
      });
      this.secretsGrant = grantRole(this, 'CredentialSetSecretsUser', {
        principalId: this.credentialSet.identity.principalId,
        role: BuiltInRole.KEY_VAULT_SECRETS_USER,
        targetScope: props.credentials.keyVaultId,
        description: `${BuiltInRole.KEY_VAULT_SECRETS_USER.name} for the credential set of ${this.node.path}`,
      });
    }
    this.cacheRule = new ContainerRegistryCacheRule(this, 'CacheRule', {
      name,
      containerRegistryId: registryId,
      sourceRepo: `${props.upstream.loginServer}/${props.sourceRepository}`,
      targetRepo: props.targetRepository,
      credentialSetId: this.credentialSet?.id,
    });
    // The rule validates its credentials on creation: the grant must exist first.
    if (this.secretsGrant) this.cacheRule.dependsOn = [dependable(this.secretsGrant)];
  }
}

function check(scope: Construct, prop: string, value: string, pattern: RegExp, allowed: string): void {
  if (Token.isUnresolved(value) || pattern.test(value)) return;
  throw new Error(
    `${scope.node.path}: ${prop} "${value}" is not valid. Allowed: ${allowed}. Fix: correct ${prop} (see https://learn.microsoft.com/azure/container-registry/artifact-cache-overview).`,
  );
}
