import { IdentityReference } from '../identity/identity-reference';
import { IIsolatedNetwork } from '../network/network-types';
import { ApiServerAccess } from './api-server-access';
import { ArtifactSource } from './artifact-source';
import { AutomaticUpgradeChannel, NetworkDataPlane, NetworkPolicy, NodeOsUpgradeChannel, SkuTier } from './cluster-options';
import { KubernetesVersion, SupportPlan } from './kubernetes-version';
import { MaintenanceWindow } from './maintenance-window';
import { NodePoolSizing } from './node-pool';
import { OutboundType } from './outbound-type';

/** Props of a `NetworkIsolatedCluster`. Everything but the resource group and region has a secure default. */
export interface NetworkIsolatedClusterProps {
  /** Resource group of the cluster and its identities. */
  readonly resourceGroupName: string;
  /** Azure region of the cluster. */
  readonly location: string;
  /**
   * Cluster name (1-63 letters, digits, "_" and "-").
   * @default - derived from the construct path (deterministic)
   */
  readonly name?: string;
  /**
   * DNS prefix (1-54 letters, digits and "-").
   * @default - derived from the construct path
   */
  readonly dnsPrefix?: string;
  /**
   * The network of the nodes (your own VNet). Without it AKS creates a managed VNet, which supports only the
   * AKS-managed registry.
   * @default - an AKS-managed virtual network
   */
  readonly network?: IIsolatedNetwork;
  /**
   * How the API server stays private.
   * @default ApiServerAccess.privateLink()
   */
  readonly apiServerAccess?: ApiServerAccess;
  /**
   * Where node and add-on images come from.
   * @default ArtifactSource.aksManaged()
   */
  readonly artifactSource?: ArtifactSource;
  /**
   * Outbound type.
   * @default OutboundType.NONE
   */
  readonly outboundType?: OutboundType;
  /**
   * Kubernetes version (1.30 or later; a minor version is best). A minor older than the oldest one AKS serves
   * under standard support warns at synth unless `supportPlan` is `SupportPlan.LONG_TERM_SUPPORT`.
   * @default - the region's default version
   */
  readonly kubernetesVersion?: KubernetesVersion;
  /**
   * Kubernetes support plan. `SupportPlan.LONG_TERM_SUPPORT` also sets the Premium tier (`sku_tier = "Premium"`).
   * @default SupportPlan.KUBERNETES_OFFICIAL (standard support, no tier change)
   */
  readonly supportPlan?: SupportPlan;
  /**
   * Pricing tier. `SupportPlan.LONG_TERM_SUPPORT` needs `SkuTier.PREMIUM` (and is refused with another tier).
   * @default - SkuTier.PREMIUM with long-term support, SkuTier.FREE otherwise (AKS's default)
   */
  readonly skuTier?: SkuTier;
  /**
   * Resource id of a disk encryption set that encrypts the nodes' OS and data disks with your key
   * (`disk_encryption_set_id`; forces replacement when changed). The construct grants the control-plane identity
   * Reader on the set before the cluster (AKS needs it to read the set); the set's own identity needs access to
   * its Key Vault key, which you grant.
   * @default - platform-managed keys
   * @see https://learn.microsoft.com/azure/aks/azure-disk-customer-managed-keys
   */
  readonly diskEncryptionSetId?: string;
  /**
   * Node OS upgrade channel.
   * @default NodeOsUpgradeChannel.NODE_IMAGE
   */
  readonly nodeOsUpgradeChannel?: NodeOsUpgradeChannel;
  /**
   * Cluster auto-upgrade channel.
   * @default AutomaticUpgradeChannel.PATCH
   */
  readonly automaticUpgradeChannel?: AutomaticUpgradeChannel;
  /**
   * When the node OS channel (NodeImage on isolated clusters: new node images through the private registry) may
   * reimage nodes (`maintenance_window_node_os`), e.g.
   * `MaintenanceWindow.weekly({ dayOfWeek: DayOfWeek.SUNDAY, startTime: '02:00', durationHours: 4 })`.
   * @default - no window: AKS upgrades node images on its own schedule, at any time of day
   * @see https://learn.microsoft.com/azure/aks/planned-maintenance
   */
  readonly nodeOsMaintenanceWindow?: MaintenanceWindow;
  /**
   * When the cluster auto-upgrade channel may upgrade Kubernetes (`maintenance_window_auto_upgrade`): weekly or
   * monthly (AKS refuses a daily window here).
   * @default - no window: AKS auto-upgrades on its own schedule, at any time of day
   * @see https://learn.microsoft.com/azure/aks/planned-maintenance
   */
  readonly autoUpgradeMaintenanceWindow?: MaintenanceWindow;
  /**
   * Network policy engine.
   * @default NetworkPolicy.CILIUM
   */
  readonly networkPolicy?: NetworkPolicy;
  /**
   * Network data plane.
   * @default NetworkDataPlane.CILIUM
   */
  readonly networkDataPlane?: NetworkDataPlane;
  /**
   * Kubernetes service CIDR; must not overlap the VNet, the pod CIDR or any peered network.
   * @default "172.16.0.0/16" (AKS's own default 10.0.0.0/16 overlaps the most common VNet range)
   */
  readonly serviceCidr?: string;
  /**
   * Cluster DNS service IP, inside the service CIDR (not its first address).
   * @default "172.16.0.10"
   */
  readonly dnsServiceIp?: string;
  /**
   * Overlay pod CIDR; must not overlap the VNet or the service CIDR.
   * @default "192.168.0.0/16"
   */
  readonly podCidr?: string;
  /**
   * Sizing of the system node pool (Linux, critical add-ons only, no public IPs).
   * @default - 3 x Standard_D4ds_v5 across zones 1, 2 and 3
   */
  readonly systemNodePool?: NodePoolSizing;
  /**
   * Entra ID groups that get cluster admin through Azure RBAC.
   * @default - none (grant Azure Kubernetes Service RBAC roles separately)
   */
  readonly adminGroupObjectIds?: string[];
  /**
   * Existing control-plane identity.
   * @default - a new user-assigned identity
   */
  readonly controlPlaneIdentity?: IdentityReference;
  /**
   * Existing kubelet identity.
   * @default - a new user-assigned identity
   */
  readonly kubeletIdentity?: IdentityReference;
  /**
   * Tags for the cluster, its identities and its user node pools (a pool's own tags are merged over them).
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };
}
