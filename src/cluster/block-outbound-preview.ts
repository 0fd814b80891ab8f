import { TerraformProvider, TerraformResource, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';

/**
 * AKS API version used to set outbound type `block`. The AKS REST specs never list "block" in the
 * OutboundType enum (checked 2024-07-02-preview through 2026-05-02-preview); the enum is modelAsString, so
 * preview versions accept it, which is how the aks-preview CLI (`--outbound-type block`) sends it.
 * One constant: change it here when the feature moves to another version.
 */
export const AKS_BLOCK_OUTBOUND_API_VERSION = '2025-10-02-preview';

/** Version constraint of the azapi provider the `block` update needs (v2: body is an HCL object). */
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

/** Options of the `block` update (internal). */
export interface BlockOutboundUpdateOptions {
  readonly clusterId: string;
}

/** `azapi_update_resource` that switches the cluster's outbound type to `block` (internal). */
export class BlockOutboundUpdate extends TerraformResource {
  private readonly clusterId: string;

  constructor(scope: Construct, id: string, options: BlockOutboundUpdateOptions) {
    super(scope, id, {
      terraformResourceType: 'azapi_update_resource',
      terraformGeneratorMetadata: { providerName: 'azapi', providerVersionConstraint: AZAPI_PROVIDER_VERSION },
      provider: azapiProvider(scope),
    });
    this.clusterId = options.clusterId;
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      type: BLOCK_UPDATE_TYPE,
      resource_id: this.clusterId,
      body: BLOCK_UPDATE_BODY,
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const text = (value: string) => ({ value, isBlock: false, type: 'simple', storageClassType: 'string' });
    return {
      type: text(BLOCK_UPDATE_TYPE),
      resource_id: text(this.clusterId),
      body: { value: BLOCK_UPDATE_BODY, isBlock: false, type: 'any', storageClassType: 'any' },
    };
  }
}

const BLOCK_UPDATE_TYPE = `Microsoft.ContainerService/managedClusters@${AKS_BLOCK_OUTBOUND_API_VERSION}`;
const BLOCK_UPDATE_BODY = { properties: { networkProfile: { outboundType: 'block' } } };
