/**
 * How a subject of the model was written when it came from azapi: the Terraform type as written, the ARM
 * resource type, and where each azurerm-shaped attribute the rules read lives in the azapi resource.
 */
import type { TfResource } from '../terraform-document';

/** The azapi form of a subject: what the user wrote, for messages and for reference keys. */
export interface AzapiForm {
  /** The Terraform type as written: `azapi_resource`. */
  readonly writtenType: string;
  /** The ARM resource type without the API version, e.g. `Microsoft.ContainerService/managedClusters`. */
  readonly resourceType: string;
  /** The azurerm attribute path (as rules name it) -> where it is written, e.g. `body.properties.x`. */
  readonly fields: Readonly<Record<string, string>>;
  /**
   * The id expression of a subject that is part of another resource (a subnet inline in a VNet body, a
   * node pool of `agentPoolProfiles`), e.g. `${azapi_resource.vnet.id}/subnets/nodes`. Such a subject has
   * the address of the resource it is written in, and is listed by type but not by address.
   */
  readonly id?: string;
}

const patterns = new WeakMap<object, RegExp>();

/**
 * A finding message about a subject, in the subject's own form: an azurerm attribute path the message
 * names is followed by where the azapi resource writes it, e.g.
 * `private_cluster_enabled (azapi: body.properties.apiServerAccessProfile.enablePrivateCluster) is ...`.
 * Messages about azurerm resources are returned unchanged.
 */
export function inForm(resource: TfResource, message: string): string {
  const fields = resource.azapi?.fields;
  if (!fields || Object.keys(fields).length === 0) return message;
  let pattern = patterns.get(fields);
  if (!pattern) {
    const keys = Object.keys(fields).sort((a, b) => b.length - a.length);
    pattern = new RegExp(`(?<![\\w.])(${keys.map(escape).join('|')})(?![\\w])`, 'g');
    patterns.set(fields, pattern);
  }
  const done = new Set<string>();
  return message.replace(pattern, (key: string) => {
    if (done.has(key)) return key;
    done.add(key);
    return `${key} (azapi: ${fields[key]})`;
  });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
