import { mapAzapi, MapContext } from './azapi';
import type { TfResource } from './terraform-document';

/**
 * Maps a Terraform document onto the model the rules read: resources written with azapi
 * (`azapi_resource`, `azapi_update_resource`) become the azurerm-shaped subjects they stand for (cluster,
 * pools, registry, endpoints, zones, subnets, NSGs, roles), under their own address, so every rule covers
 * both forms. The document registers what this returns; nothing for a document with no azapi resources.
 */
export function normalize(doc: MapContext): TfResource[] {
  return mapAzapi(doc);
}
