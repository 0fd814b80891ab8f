// The azapi provider and its resources as plain cdktf elements (no prebuilt azapi bindings exist for cdktf 0.21 or
// CDK Terrain): one provider per stack, and one element class for every azapi resource the constructs emit.
import { TerraformProvider, TerraformResource, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';

/** Version constraint of the azapi provider (v2: `body` is an HCL object). */
export const AZAPI_PROVIDER_VERSION = '~> 2.0';

const AZAPI_PROVIDER_ID = 'IsolatedAksAzapiProvider';

/** The azapi provider, declared as a plain cdktf provider (no prebuilt bindings exist for cdktf 0.21). */
class AzapiProvider extends TerraformProvider {
  constructor(scope: Construct, id: string) {
    super(scope, id, {
      terraformResourceType: 'azapi',
      terraformGeneratorMetadata: { providerName: 'azapi', providerVersionConstraint: AZAPI_PROVIDER_VERSION },
      terraformProviderSource: 'Azure/azapi',
    });
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    return {};
  }
}

/** The stack's azapi provider, declared once per stack (internal). */
export function azapiProvider(scope: Construct): TerraformProvider {
  const stack = TerraformStack.of(scope);
  return (stack.node.tryFindChild(AZAPI_PROVIDER_ID) as AzapiProvider | undefined) ?? new AzapiProvider(stack, AZAPI_PROVIDER_ID);
}

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
