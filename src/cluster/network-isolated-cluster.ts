import { KubernetesCluster } from '@cdktf/provider-azurerm/lib/kubernetes-cluster';
import { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';
import { UserAssignedIdentity } from '@cdktf/provider-azurerm/lib/user-assigned-identity';
import { Annotations, dependable, ITerraformDependable, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { BuiltInRole } from '../identity/built-in-role';
import { IdentityReference } from '../identity/identity-reference';
import { IIsolatedNetwork } from '../network/network-types';
import { grantRole } from '../identity/role-grant';
import { invariantErrors } from '../internal/invariants';
import { NAME_RULES } from '../internal/naming-rules';
import { defaultName } from '../internal/naming';
import { checkName, checkTags } from '../internal/validation';
import { IsolatedNetwork } from '../network/isolated-network';
import { SubnetReference } from '../network/network-types';
import { ApiServerAccess, ApiServerAccessMode } from './api-server-access';
import { ArtifactSource, ArtifactSourceKind } from './artifact-source';
import { blockOutboundUpdate } from './block-outbound-preview';
import { CLUSTER_INVARIANTS, NODE_POOL_INVARIANTS } from './cluster-invariants';
import { AutomaticUpgradeChannel, NetworkDataPlane, NetworkPolicy, NodeOsUpgradeChannel } from './cluster-options';
import { resolveSkuTier, validateAddressPlan, validateChoices, validateVersion } from './cluster-validation';
import { NetworkIsolatedClusterProps } from './network-isolated-cluster-props';
import { SupportPlan } from './kubernetes-version';
import { IsolatedNodePool, IsolatedNodePoolProps, NodePoolContext, resolveSizing, UPGRADE_SETTINGS } from './node-pool';
import { OutboundType } from './outbound-type';
import { MaintenanceChannel, resolveMaintenanceWindow } from './maintenance-window-validation';
import { subnetCapacityErrors } from './subnet-capacity';

/**
 * A network isolated AKS cluster: no outbound internet (outbound type `none`, or `block` in preview), node
 * and add-on images through a private registry (`artifact_source = "Cache"`), a private API server, two
 * user-assigned identities with every role assignment created before the cluster, and secure defaults
 * (local accounts off, Entra ID with Azure RBAC, NodeImage OS channel, patch auto-upgrade, Azure CNI
 * overlay with Cilium, zones, no node public IPs).
 * @see https://learn.microsoft.com/azure/aks/concepts-network-isolated
 */
export class NetworkIsolatedCluster extends Construct {
  /** The `azurerm_kubernetes_cluster` (escape hatch). */
  public readonly cluster: KubernetesCluster;
  /** The control-plane identity created by the construct (undefined when adopted). */
  public readonly controlPlaneIdentity?: UserAssignedIdentity;
  /** The kubelet identity created by the construct (undefined when adopted). */
  public readonly kubeletIdentity?: UserAssignedIdentity;
  /** Every role assignment the cluster needs, all in its depends_on. */
  public readonly roleAssignments: RoleAssignment[] = [];
  /** The `azapi_update_resource` that sets outbound type `block` (blockPreview only). */
  public readonly blockOutboundUpdate?: TerraformResource;
  /** Node pools added with `addNodePool`. */
  public readonly nodePools: IsolatedNodePool[] = [];
  /** Where add-ons (src/addons) put their resources: the cluster's resource group, region and network. */
  public readonly addOnContext: ClusterAddOnContext;

  private readonly props: NetworkIsolatedClusterProps;
  private readonly systemPoolMaxNodes: number;
  private readonly controlPlanePrincipal: IdentityReference;

  constructor(scope: Construct, id: string, props: NetworkIsolatedClusterProps) {
    super(scope, id);
    this.props = props;
    const access = props.apiServerAccess ?? ApiServerAccess.privateLink();
    const source = props.artifactSource ?? ArtifactSource.aksManaged();
    const outbound = props.outboundType ?? OutboundType.NONE;
    const network = props.network;
    checkName(this, 'name', props.name, NAME_RULES.cluster);
    checkName(this, 'dnsPrefix', props.dnsPrefix, NAME_RULES.dnsPrefix);
    checkTags(this, props.tags);
    validateChoices(this, network, access, source, outbound);
    const supportPlan = props.supportPlan ?? SupportPlan.KUBERNETES_OFFICIAL;
    for (const warning of validateVersion(this, props.kubernetesVersion, supportPlan).warnings) Annotations.of(this).addWarning(warning);
    const skuTier = resolveSkuTier(this, props.skuTier, supportPlan);
    const plan = {
      serviceCidr: props.serviceCidr ?? '172.16.0.0/16',
      dnsServiceIp: props.dnsServiceIp ?? '172.16.0.10',
      podCidr: props.podCidr ?? '192.168.0.0/16',
    };
    validateAddressPlan(this, plan, network?.addressSpace ?? []);
    const policy = props.networkPolicy ?? NetworkPolicy.CILIUM;
    const dataPlane = props.networkDataPlane ?? NetworkDataPlane.CILIUM;
    if (policy === NetworkPolicy.CILIUM && dataPlane !== NetworkDataPlane.CILIUM) {
      throw new Error(
        `${this.node.path}: networkPolicy "cilium" needs networkDataPlane "cilium" (got "${dataPlane}"). Fix: set networkDataPlane: NetworkDataPlane.CILIUM or choose NetworkPolicy.CALICO / AZURE.`,
      );
    }
    const autoUpgradeChannel = props.automaticUpgradeChannel ?? AutomaticUpgradeChannel.PATCH;
    const nodeOsChannel = props.nodeOsUpgradeChannel ?? NodeOsUpgradeChannel.NODE_IMAGE;
    const autoUpgradeWindow = resolveMaintenanceWindow(this, 'autoUpgradeMaintenanceWindow', props.autoUpgradeMaintenanceWindow,
      MaintenanceChannel.AUTO_UPGRADE, autoUpgradeChannel === AutomaticUpgradeChannel.NONE);
    const nodeOsWindow = resolveMaintenanceWindow(this, 'nodeOsMaintenanceWindow', props.nodeOsMaintenanceWindow,
      MaintenanceChannel.NODE_OS, nodeOsChannel === NodeOsUpgradeChannel.NONE);
    const sizing = resolveSizing(this, 'systemNodePool.', props.systemNodePool ?? {});
    this.systemPoolMaxNodes = sizing.maxNodes;

    if (!props.controlPlaneIdentity) this.controlPlaneIdentity = this.createIdentity('ControlPlaneIdentity', 'cp');
    if (!props.kubeletIdentity) this.kubeletIdentity = this.createIdentity('KubeletIdentity', 'kubelet');
    const controlPlane = props.controlPlaneIdentity ?? identityReference(this.controlPlaneIdentity!);
    const kubelet = props.kubeletIdentity ?? identityReference(this.kubeletIdentity!);
    this.controlPlanePrincipal = controlPlane;

    this.grant('KubeletIdentityOperator', controlPlane, BuiltInRole.MANAGED_IDENTITY_OPERATOR, kubelet.id);
    if (source.registryResourceId !== undefined) {
      const pullRole = source.abacRepositoryPermissions ? BuiltInRole.CONTAINER_REGISTRY_REPOSITORY_READER : BuiltInRole.ACR_PULL;
      this.grant('KubeletAcrPull', kubelet, pullRole, source.registryResourceId);
    }
    if (network) this.grant('NodeSubnetNetworkContributor', controlPlane, BuiltInRole.NETWORK_CONTRIBUTOR, network.nodeSubnet.id);
    const vnetIntegration = access.mode === ApiServerAccessMode.VNET_INTEGRATION;
    // Without a network (AKS-managed VNet) AKS creates the API server subnet itself: no subnet id.
    const apiServerSubnet = vnetIntegration ? (access.subnet ?? network?.apiServerSubnet) : undefined;
    if (apiServerSubnet) {
      this.grant('ApiServerSubnetNetworkContributor', controlPlane, BuiltInRole.NETWORK_CONTRIBUTOR, apiServerSubnet.id);
    }
    if (access.privateDnsZone.isCustomZone) {
      this.grant('PrivateDnsZoneContributor', controlPlane, BuiltInRole.PRIVATE_DNS_ZONE_CONTRIBUTOR, access.privateDnsZone.value);
    }
    if (props.diskEncryptionSetId !== undefined) {
      // AKS reads the set with the cluster identity when it creates node disks: Reader on it, before the cluster.
      this.grant('DiskEncryptionSetReader', controlPlane, BuiltInRole.READER, props.diskEncryptionSetId);
    }

    const dependencies: ITerraformDependable[] = [
      ...this.roleAssignments,
      ...(source.privateRegistry?.dependables ?? []),
      ...(network?.dependables ?? []),
    ];
    const ignoreChanges: string[] = [];
    if (source.kind === ArtifactSourceKind.AKS_MANAGED) ignoreChanges.push('bootstrap_profile[0].container_registry_id');
    if (outbound.value === 'block') ignoreChanges.push('network_profile[0].outbound_type');

    this.cluster = new KubernetesCluster(this, 'Cluster', {
      name: props.name ?? defaultName(this, { maxLength: 63, suffix: 'aks' }),
      dnsPrefix: props.dnsPrefix ?? defaultName(this, { maxLength: 54 }),
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      kubernetesVersion: props.kubernetesVersion?.version,
      supportPlan: supportPlan.value,
      skuTier: skuTier,
      diskEncryptionSetId: props.diskEncryptionSetId,
      automaticUpgradeChannel: autoUpgradeChannel,
      nodeOsUpgradeChannel: nodeOsChannel,
      maintenanceWindowAutoUpgrade: autoUpgradeWindow,
      maintenanceWindowNodeOs: nodeOsWindow,
      localAccountDisabled: true,
      roleBasedAccessControlEnabled: true,
      azureActiveDirectoryRoleBasedAccessControl: { azureRbacEnabled: true, adminGroupObjectIds: props.adminGroupObjectIds },
      privateClusterEnabled: true,
      privateClusterPublicFqdnEnabled: false,
      privateDnsZoneId: access.privateDnsZone.value,
      apiServerAccessProfile: vnetIntegration ? { virtualNetworkIntegrationEnabled: true, subnetId: apiServerSubnet?.id } : undefined,
      // Set explicitly: Azure turns the OIDC issuer on for 1.34+ (a diff otherwise), it cannot be turned off
      // again (azurerm >= 4.68 replaces the cluster for true -> false) and workload identity needs it.
      oidcIssuerEnabled: true,
      bootstrapProfile: { artifactSource: 'Cache', containerRegistryId: source.registryResourceId },
      identity: { type: 'UserAssigned', identityIds: [controlPlane.id] },
      kubeletIdentity: { clientId: kubelet.clientId, objectId: kubelet.principalId, userAssignedIdentityId: kubelet.id },
      defaultNodePool: {
        name: 'system',
        temporaryNameForRotation: 'systemtmp',
        ...sizing.attributes,
        onlyCriticalAddonsEnabled: true,
        nodePublicIpEnabled: false,
        vnetSubnetId: network?.nodeSubnet.id,
        upgradeSettings: { ...UPGRADE_SETTINGS },
      },
      networkProfile: {
        networkPlugin: 'azure',
        networkPluginMode: 'overlay',
        networkPolicy: policy,
        networkDataPlane: dataPlane,
        outboundType: OutboundType.NONE.value,
        loadBalancerSku: 'standard',
        serviceCidr: plan.serviceCidr,
        dnsServiceIp: plan.dnsServiceIp,
        podCidr: plan.podCidr,
      },
      // CSI drivers that reach storage: off until an add-on ships private storage classes (src/addons/storage).
      storageProfile: { fileDriverEnabled: false, blobDriverEnabled: false, diskDriverEnabled: true, snapshotControllerEnabled: true },
      lifecycle: ignoreChanges.length > 0 ? { ignoreChanges } : undefined,
      dependsOn: dependencies,
      tags: props.tags,
    });

    this.addOnContext = { resourceGroupName: props.resourceGroupName, location: props.location, network, tags: props.tags };

    if (outbound.value === 'block') {
      this.blockOutboundUpdate = blockOutboundUpdate(this, 'BlockOutbound', this.cluster.id);
      Annotations.of(this).addWarning(
        'outboundType "block" is an AKS preview (no SLA, not for production); it is set through azapi_update_resource against a preview API version.',
      );
    }

    const nodeSubnetProp =
      network instanceof IsolatedNetwork ? 'nodeSubnetPrefix of the IsolatedNetwork' : 'the adopted node subnet (IsolatedNetwork.fromExistingSubnets)';
    this.node.addValidation({
      validate: () => [
        ...invariantErrors(this.cluster, CLUSTER_INVARIANTS),
        ...this.nodePools.flatMap((p) => invariantErrors(p.nodePool, NODE_POOL_INVARIANTS)),
        ...subnetCapacityErrors(this.node.path, [
          { pool: 'systemNodePool', subnet: network?.nodeSubnet, maxNodes: this.systemPoolMaxNodes, subnetProp: nodeSubnetProp },
          ...this.nodePools.map((p) => ({
            pool: p.node.id,
            subnet: p.subnet,
            maxNodes: p.maxNodes,
            subnetProp: p.subnet?.id === network?.nodeSubnet.id ? nodeSubnetProp : `the subnet of node pool ${p.node.path}`,
          })),
        ]),
      ],
    });
  }

  /**
   * Adds a Linux user node pool (no node public IPs) in the cluster's VNet, with the cluster's tags.
   * @param id construct id of the pool (a constant string)
   * @returns the node pool construct
   */
  public addNodePool(id: string, props: IsolatedNodePoolProps = {}): IsolatedNodePool {
    return new IsolatedNodePool(this, id, props);
  }

  /** What a new pool takes from the cluster. @internal */
  public _nodePoolContext(): NodePoolContext {
    return { kubernetesClusterId: this.cluster.id, defaultSubnet: this.props.network?.nodeSubnet, tags: this.props.tags };
  }

  /** Records a new pool: validation at synth, and Network Contributor on a subnet of its own. @internal */
  public _registerNodePool(pool: IsolatedNodePool, ownSubnet: SubnetReference | undefined): void {
    this.nodePools.push(pool);
    if (ownSubnet && ownSubnet.id !== this.props.network?.nodeSubnet.id) {
      // A pool in its own subnet: the control plane joins nodes to it, so it needs Network Contributor there first.
      const grant = this.grant('SubnetNetworkContributor', this.controlPlanePrincipal, BuiltInRole.NETWORK_CONTRIBUTOR, ownSubnet.id, pool);
      pool.nodePool.dependsOn = [...(pool.nodePool.dependsOn ?? []), dependable(grant)];
      this.cluster.dependsOn = [...(this.cluster.dependsOn ?? []), dependable(grant)]; // every role assignment precedes the cluster
    }
  }

  private createIdentity(id: string, suffix: string): UserAssignedIdentity {
    return new UserAssignedIdentity(this, id, {
      name: defaultName(this, { maxLength: 128, suffix }),
      resourceGroupName: this.props.resourceGroupName,
      location: this.props.location,
      tags: this.props.tags,
    });
  }

  private grant(id: string, principal: IdentityReference, role: BuiltInRole, targetScope: string, scope: Construct = this): RoleAssignment {
    const assignment = grantRole(scope, id, {
      principalId: principal.principalId,
      role,
      targetScope,
      description: `${role.name} for ${this.node.path}`,
    });
    this.roleAssignments.push(assignment);
    return assignment;
  }
}

/** The cluster's placement as add-ons need it (the inputs, not attributes of the cluster, so no cycles). */
export interface ClusterAddOnContext {
  /** Resource group of the cluster. */
  readonly resourceGroupName: string;
  /** Region of the cluster. */
  readonly location: string;
  /**
   * The cluster's network.
   * @default - none: AKS manages the VNet (add-ons that need a private endpoint subnet then refuse)
   */
  readonly network?: IIsolatedNetwork;
  /**
   * Tags of the cluster, given to the add-ons' resources.
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };
}

function identityReference(identity: UserAssignedIdentity): IdentityReference {
  return { id: identity.id, principalId: identity.principalId, clientId: identity.clientId };
}
