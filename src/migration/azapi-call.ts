import { TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { AZAPI_PROVIDER_VERSION, azapiProvider } from '../cluster/block-outbound-preview';

/**
 * Stable AKS API version of the migration's azapi calls (cluster update and the agent pool action). One constant:
 * azurerm 4.64+ manages clusters with the same version.
 */
export const AKS_MIGRATION_API_VERSION = '2025-10-01';

/** What one azapi element sends (internal). */
export interface AzapiCallOptions {
  /** `azapi_update_resource` or `azapi_resource_action`. */
  readonly resourceType: 'azapi_update_resource' | 'azapi_resource_action';
  /** `<Azure resource type>@<api version>`. */
  readonly type: string;
  /** The Azure resource id the call targets. */
  readonly resourceId: string;
  /** The request body (an HCL object). */
  readonly body?: { [key: string]: any };
  /** The action name (resource actions only). */
  readonly action?: string;
}

/**
 * A plain cdktf element for an azapi resource (no prebuilt azapi bindings exist for cdktf 0.21), rendered the same
 * in JSON and HCL (internal).
 */
export class AzapiCall extends TerraformResource {
  private readonly options: AzapiCallOptions;

  constructor(scope: Construct, id: string, options: AzapiCallOptions) {
    super(scope, id, {
      terraformResourceType: options.resourceType,
      terraformGeneratorMetadata: { providerName: 'azapi', providerVersionConstraint: AZAPI_PROVIDER_VERSION },
      provider: azapiProvider(scope),
    });
    this.options = options;
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const o = this.options;
    return {
      type: o.type,
      resource_id: o.resourceId,
      ...(o.action !== undefined ? { action: o.action, method: 'POST' } : {}),
      ...(o.body !== undefined ? { body: o.body } : {}),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const text = (value: string) => ({ value, isBlock: false, type: 'simple', storageClassType: 'string' });
    const o = this.options;
    return {
      type: text(o.type),
      resource_id: text(o.resourceId),
      ...(o.action !== undefined ? { action: text(o.action), method: text('POST') } : {}),
      ...(o.body !== undefined ? { body: { value: o.body, isBlock: false, type: 'any', storageClassType: 'any' } } : {}),
    };
  }
}
