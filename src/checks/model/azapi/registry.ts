/**
 * `Microsoft.ContainerRegistry/registries` and their `cacheRules` written with azapi, as
 * `azurerm_container_registry` and `azurerm_container_registry_cache_rule`.
 */
import { T } from '../subjects';
import type { TfResource } from '../terraform-document';
import { Body, enabledFlag, MapContext } from './body';
import { subject, SubjectBuilder, topLevel } from './subject';

/** ARM type of a container registry. */
export const REGISTRIES = 'microsoft.containerregistry/registries';
/** ARM type of a registry cache rule. */
export const CACHE_RULES = 'microsoft.containerregistry/registries/cacherules';

/** A registry: SKU, public network access, admin user, anonymous pull, data endpoint, quarantine, bypass. */
export function mapRegistry(ctx: MapContext, raw: TfResource): TfResource[] {
  const body = Body.of(ctx, raw);
  const p = body.at('properties');
  const flag = (v: unknown): unknown => enabledFlag(ctx, v);
  const built = topLevel(raw)
    .from('sku', body, 'sku.name')
    .from('public_network_access_enabled', p, 'publicNetworkAccess', flag)
    .from('admin_enabled', p, 'adminUserEnabled')
    .from('anonymous_pull_enabled', p, 'anonymousPullEnabled')
    .from('data_endpoint_enabled', p, 'dataEndpointEnabled')
    .from('quarantine_policy_enabled', p, 'policies.quarantinePolicy.status', flag)
    .from('network_rule_bypass_option', p, 'networkRuleBypassOptions')
    .from('azuread_authentication_as_arm_policy_enabled', p, 'policies.azureADAuthenticationAsArmPolicy.status', flag);
  return [subject(raw, T.registry, 'Microsoft.ContainerRegistry/registries', built)];
}

/** A cache rule of a registry (its parent_id): source, target, credential set. */
export function mapCacheRule(ctx: MapContext, raw: TfResource): TfResource[] {
  const p = Body.of(ctx, raw).at('properties');
  const built = new SubjectBuilder()
    .set('name', raw.config.name)
    .set('container_registry_id', raw.config.parent_id, 'parent_id')
    .from('source_repo', p, 'sourceRepository')
    .from('target_repo', p, 'targetRepository')
    .from('credential_set_id', p, 'credentialSetResourceId');
  return [subject(raw, T.cacheRule, 'Microsoft.ContainerRegistry/registries/cacheRules', built)];
}
