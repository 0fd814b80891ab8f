import { Annotations } from 'cdktf';
import { Construct } from 'constructs';
import { NetworkIsolatedCluster } from '../../cluster/network-isolated-cluster';

/**
 * An add-on that has no Private Link path on a network isolated cluster: it works only through an egress
 * path the user provides (a route table to a firewall), which the checks keep reporting (NI-EXT-003).
 */
export class EgressAddOn {
  /** Workload identity (and the OIDC issuer): token exchange with Microsoft Entra ID. */
  public static readonly WORKLOAD_IDENTITY = new EgressAddOn(
    'workload identity',
    'login.microsoftonline.com:443 (Microsoft Entra ID token exchange) and the Azure services the workloads call',
  );
  /** Microsoft Defender for Containers (sensor). */
  public static readonly DEFENDER = new EgressAddOn(
    'Microsoft Defender for Containers',
    '*.ods.opinsights.azure.com:443, *.oms.opinsights.azure.com:443 and login.microsoftonline.com:443 (or its workspace through an AMPLS) plus the Defender endpoints',
  );
  /** The Azure Policy add-on (Gatekeeper). */
  public static readonly AZURE_POLICY = new EgressAddOn(
    'the Azure Policy add-on',
    'data.policy.core.windows.net:443, store.policy.core.windows.net:443 and login.microsoftonline.com:443',
  );

  private constructor(
    /** Product name. */
    public readonly name: string,
    /** The egress the add-on needs. */
    public readonly requiredEgress: string,
  ) {}
}

/** Props of `AddOnsRequiringEgress`. */
export interface AddOnsRequiringEgressProps {
  /** The cluster. */
  readonly cluster: NetworkIsolatedCluster;
  /** The add-ons to turn on (at least one). */
  readonly addOns: EgressAddOn[];
  /**
   * Where the egress comes from, in your words (e.g. "hub firewall fw-hub, FQDN rules for AKS add-ons"):
   * recorded in the synth warning so a reviewer sees who owns the path.
   */
  readonly egressProvidedBy: string;
  /**
   * Log Analytics workspace of Defender (required with EgressAddOn.DEFENDER).
   * @default - none
   */
  readonly defenderLogAnalyticsWorkspaceId?: string;
}

/**
 * The explicit opt-in for add-ons that need egress on a network isolated cluster (workload identity,
 * Defender, the Azure Policy add-on). It turns them on, warns at synth naming the egress each one needs,
 * and leaves rule NI-EXT-003 reporting them: providing that egress path is yours.
 * @see https://learn.microsoft.com/azure/aks/outbound-rules-control-egress
 */
export class AddOnsRequiringEgress extends Construct {
  constructor(scope: Construct, id: string, props: AddOnsRequiringEgressProps) {
    super(scope, id);
    if (props.addOns.length === 0 || props.egressProvidedBy.trim().length < 10) {
      throw new Error(
        `${this.node.path}: addOns ${JSON.stringify(props.addOns.map((a) => a.name))} / egressProvidedBy "${props.egressProvidedBy}" do not name an opt-in. ` +
          'Allowed: at least one EgressAddOn and egressProvidedBy of 10 or more characters naming the egress path. Fix: list the add-ons and say where their egress comes from ' +
          '(see https://learn.microsoft.com/azure/aks/outbound-rules-control-egress).',
      );
    }
    const aks = props.cluster.cluster;
    for (const addOn of props.addOns) {
      if (addOn === EgressAddOn.WORKLOAD_IDENTITY) {
        aks.workloadIdentityEnabled = true;
        aks.oidcIssuerEnabled = true;
      } else if (addOn === EgressAddOn.AZURE_POLICY) {
        aks.azurePolicyEnabled = true;
      } else if (addOn === EgressAddOn.DEFENDER) {
        if (props.defenderLogAnalyticsWorkspaceId === undefined) {
          throw new Error(
            `${this.node.path}: defenderLogAnalyticsWorkspaceId is missing. Allowed: a Log Analytics workspace id. Fix: pass the workspace Defender reports to, e.g. PrivateMonitoring's workspace (see https://learn.microsoft.com/azure/defender-for-cloud/defender-for-containers-enable).`,
          );
        }
        aks.putMicrosoftDefender({ logAnalyticsWorkspaceId: props.defenderLogAnalyticsWorkspaceId });
      }
      Annotations.of(this).addWarning(
        `${addOn.name} is on and needs egress to ${addOn.requiredEgress}; egress is provided by: ${props.egressProvidedBy}. Rule NI-EXT-003 keeps reporting it.`,
      );
    }
  }
}
