/**
 * Cluster extensions, Flux configurations and Azure Monitor Private Link Scopes written with azapi, as
 * `azurerm_kubernetes_cluster_extension`, `azurerm_kubernetes_flux_configuration` and
 * `azurerm_monitor_private_link_scope`.
 */
import type { TfResource } from '../terraform-document';
import { Body, MapContext } from './body';
import { subject, SubjectBuilder, topLevel } from './subject';

/** ARM types of extensions and add-on wiring. */
export const EXTENSIONS = {
  extension: 'microsoft.kubernetesconfiguration/extensions',
  flux: 'microsoft.kubernetesconfiguration/fluxconfigurations',
  ampls: 'microsoft.insights/privatelinkscopes',
} as const;

/** A cluster extension (on its parent_id cluster): its extension type. */
export function mapExtension(ctx: MapContext, raw: TfResource): TfResource[] {
  const built = new SubjectBuilder()
    .set('name', raw.config.name)
    .set('cluster_id', raw.config.parent_id, 'parent_id')
    .from('extension_type', Body.of(ctx, raw).at('properties'), 'extensionType');
  return [subject(raw, 'azurerm_kubernetes_cluster_extension', 'Microsoft.KubernetesConfiguration/extensions', built)];
}

/** A Flux configuration (on its parent_id cluster). */
export function mapFluxConfiguration(_ctx: MapContext, raw: TfResource): TfResource[] {
  const built = new SubjectBuilder().set('name', raw.config.name).set('cluster_id', raw.config.parent_id, 'parent_id');
  return [subject(raw, 'azurerm_kubernetes_flux_configuration', 'Microsoft.KubernetesConfiguration/fluxConfigurations', built)];
}

/** An Azure Monitor Private Link Scope. */
export function mapPrivateLinkScope(_ctx: MapContext, raw: TfResource): TfResource[] {
  return [subject(raw, 'azurerm_monitor_private_link_scope', 'Microsoft.Insights/privateLinkScopes', topLevel(raw))];
}
