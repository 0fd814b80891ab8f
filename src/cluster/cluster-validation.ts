import { Construct } from 'constructs';
import { cidrsOverlap, ipInCidr, parseCidr, parseIp } from '../internal/cidr';
import { checkSubnetPrefix, literalCidrList, parseCidrProp } from '../internal/cidr-prop';
import { invalidProp, isUnresolved } from '../internal/validation';
import { IIsolatedNetwork } from '../network/network-types';
import { ApiServerAccess, ApiServerAccessMode } from './api-server-access';
import { ArtifactSource, ArtifactSourceKind } from './artifact-source';
import { SkuTier } from './cluster-options';
import { KubernetesVersion, SupportPlan } from './kubernetes-version';
import { OutboundType } from './outbound-type';

/** Oldest Kubernetes minor version network isolated clusters support. */
export const MIN_KUBERNETES_MINOR = 30;

const PRIVATE_CLUSTER_ZONE = /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.Network\/privateDnsZones\/([a-z0-9-]+\.)?privatelink\.[a-z0-9]+\.azmk8s\.io$/i;

/** Rejects combinations of choices that AKS refuses (internal). */
export function validateChoices(
  scope: Construct,
  network: IIsolatedNetwork | undefined,
  access: ApiServerAccess,
  source: ArtifactSource,
  outbound: OutboundType,
): void {
  if (outbound.isPreview && !outbound.acknowledged) {
    throw invalidProp(scope, {
      prop: 'outboundType',
      value: outbound.value,
      problem: 'is a preview feature and was not acknowledged',
      allowed: 'OutboundType.NONE, or OutboundType.blockPreview({ acknowledgePreview: true })',
      fix: 'use OutboundType.NONE (GA), or pass acknowledgePreview: true to accept a preview (no SLA, not for production)',
    });
  }
  if (outbound.value === 'block' && network) {
    throw invalidProp(scope, {
      prop: 'outboundType',
      value: 'block',
      problem: 'is only supported with an AKS-managed VNet, and this cluster uses your own VNet (network)',
      allowed: 'OutboundType.NONE with a network',
      fix: 'use OutboundType.NONE: an IsolatedNetwork adds NSG rules that deny outbound Internet traffic, the documented equivalent of block for your own VNet',
    });
  }
  if (source.kind !== ArtifactSourceKind.AKS_MANAGED && !network) {
    throw invalidProp(scope, {
      prop: 'artifactSource',
      value: source.kind,
      problem: 'needs your own VNet for the registry private endpoint, and no network was given',
      allowed: 'ArtifactSource.aksManaged() without a network, or any source with a network',
      fix: 'pass network (an IsolatedNetwork), or use ArtifactSource.aksManaged()',
    });
  }
  if (access.mode === ApiServerAccessMode.VNET_INTEGRATION) validateVnetIntegration(scope, network, access, outbound);
  checkSubnetPrefix(scope, 'apiServerAccess.subnet.addressPrefix', access.subnet?.addressPrefix, true);
  const zone = access.privateDnsZone;
  if (zone.isCustomZone && !isUnresolved(zone.value) && !PRIVATE_CLUSTER_ZONE.test(zone.value)) {
    throw invalidProp(scope, {
      prop: 'apiServerAccess.privateDnsZone',
      value: zone.value,
      problem: 'is not the resource id of a private cluster DNS zone',
      allowed: 'PrivateClusterDnsZone.SYSTEM, NONE, or the id of a privatelink.<region>.azmk8s.io (or <sub>.privatelink.<region>.azmk8s.io) zone',
      fix: 'pass the full resource id of the zone',
    });
  }
}

/**
 * VNet integration: in your VNet it needs a delegated subnet there; on the AKS-managed VNet AKS creates the
 * subnet itself and refuses one of yours (internal).
 */
function validateVnetIntegration(scope: Construct, network: IIsolatedNetwork | undefined, access: ApiServerAccess, outbound: OutboundType): void {
  if (network && !access.subnet && !network.apiServerSubnet) {
    throw invalidProp(scope, {
      prop: 'apiServerAccess',
      value: 'vnetIntegration',
      problem: 'has no API server subnet in your VNet (network)',
      allowed: 'a network with an API server subnet, or ApiServerAccess.vnetIntegration({ subnet }) with a subnet of that VNet',
      fix: 'create the network with apiServerSubnet: true, or pass a subnet delegated to Microsoft.ContainerService/managedClusters, /28 or larger',
    });
  }
  if (!network && access.subnet && outbound.value === 'block') {
    throw invalidProp(scope, {
      prop: 'apiServerAccess.subnet',
      value: access.subnet.id,
      problem:
        'is set on the AKS-managed VNet (outbound type block needs it); AKS creates the API server subnet in its managed VNet and refuses one of yours',
      allowed: 'ApiServerAccess.vnetIntegration() without a subnet',
      fix: 'remove subnet from ApiServerAccess.vnetIntegration()',
    });
  }
  if (!network && access.subnet) {
    throw invalidProp(scope, {
      prop: 'apiServerAccess.subnet',
      value: access.subnet.id,
      problem: 'is set without a network: the nodes would be in the AKS-managed VNet and the API server subnet in yours',
      allowed: 'a subnet together with the network (your VNet) that holds it, or no subnet on the AKS-managed VNet',
      fix:
        'pass network (an IsolatedNetwork, or IsolatedNetwork.fromExistingSubnets() for the VNet of this subnet), or remove subnet and AKS creates the API server subnet in its managed VNet',
    });
  }
}

/** The tier: Premium with long-term support (any other tier is refused), else the given one or Free (internal). */
export function resolveSkuTier(scope: Construct, tier: SkuTier | undefined, plan: SupportPlan): SkuTier {
  if (plan.needsPremiumTier && tier !== undefined && tier !== SkuTier.PREMIUM) {
    throw invalidProp(scope, {
      prop: 'skuTier',
      value: tier,
      problem: 'cannot carry long-term support (supportPlan: SupportPlan.LONG_TERM_SUPPORT needs the Premium tier)',
      allowed: 'SkuTier.PREMIUM (or no skuTier) with long-term support',
      fix: 'use SkuTier.PREMIUM or omit skuTier, or drop supportPlan for standard support',
    });
  }
  return tier ?? (plan.needsPremiumTier ? SkuTier.PREMIUM : SkuTier.FREE);
}

/**
 * Oldest minor version AKS serves under standard (community) support, for clusters without long-term support.
 * Checked 2026-12 against https://learn.microsoft.com/azure/aks/supported-kubernetes-versions#aks-kubernetes-release-calendar
 * (recorded in the project's azure-facts.md): 1.30-1.33 are served only with AKSLongTermSupport. Upstream 1.34
 * reached end of life on 2026-10-27 (https://kubernetes.io/releases/1.34/) and AKS keeps a minor about 12 months
 * after its AKS GA, so re-check this floor at every release. The one place to change it.
 */
export const STANDARD_SUPPORT_FLOOR_MINOR = 34;

/** What validating a version found (internal). */
export interface VersionFindings {
  /** Warnings to add at synth. */
  readonly warnings: string[];
}

/**
 * Rejects Kubernetes versions older than the oldest isolated clusters support, or malformed ones; warns for a
 * pinned patch version and for a minor below the standard-support floor without long-term support (internal).
 */
export function validateVersion(scope: Construct, version: KubernetesVersion | undefined, plan: SupportPlan): VersionFindings {
  if (!version || isUnresolved(version.version)) return { warnings: [] };
  const match = /^1\.(\d+)(\.\d+)?$/.exec(version.version);
  if (!match || Number(match[1]) < MIN_KUBERNETES_MINOR) {
    throw invalidProp(scope, {
      prop: 'kubernetesVersion',
      value: version.version,
      problem: match ? 'is older than the oldest version network isolated clusters support' : 'is not a Kubernetes version',
      allowed: `1.${MIN_KUBERNETES_MINOR} or later, as KubernetesVersion.of("1.MINOR") (a patch "1.MINOR.PATCH" is accepted with a warning)`,
      fix:
        'omit kubernetesVersion for the region\'s default, or pass a minor version the region serves ' +
        '(az aks get-versions --location <region>; a minor in long-term support only also needs supportPlan: SupportPlan.LONG_TERM_SUPPORT)',
    });
  }
  const warnings: string[] = [];
  if (match[2] !== undefined) {
    warnings.push(
      `kubernetesVersion "${version.version}" pins a patch version; a region that drops it fails with K8sVersionNotSupported. Prefer "MAJOR.MINOR".`,
    );
  }
  if (Number(match[1]) < STANDARD_SUPPORT_FLOOR_MINOR && !plan.needsPremiumTier) {
    warnings.push(
      `kubernetesVersion "${version.version}" is older than 1.${STANDARD_SUPPORT_FLOOR_MINOR}, the oldest minor AKS serves under standard support; ` +
        'a create fails unless the cluster has long-term support. Fix: omit kubernetesVersion, pass a newer minor ' +
        '(az aks get-versions --location <region>), or set supportPlan: SupportPlan.LONG_TERM_SUPPORT (Premium tier) ' +
        '(see https://learn.microsoft.com/azure/aks/long-term-support).',
    );
  }
  return { warnings };
}

/** The service, DNS and pod address plan of a cluster (internal). */
export interface AddressPlan {
  readonly serviceCidr: string;
  readonly dnsServiceIp: string;
  readonly podCidr: string;
}

/** Checks that service, DNS and pod ranges are well-formed and clear of each other and of the VNet (internal). */
export function validateAddressPlan(scope: Construct, plan: AddressPlan, vnetSpace: string[]): void {
  const service = parseCidrProp(scope, 'serviceCidr', plan.serviceCidr);
  const pod = parseCidrProp(scope, 'podCidr', plan.podCidr);
  if (service && !isUnresolved(plan.dnsServiceIp)) {
    const ip = parseIp(plan.dnsServiceIp);
    if (ip === undefined || !ipInCidr(ip, service) || ip === service.network) {
      throw invalidProp(scope, {
        prop: 'dnsServiceIp',
        value: plan.dnsServiceIp,
        problem: `is not a usable address inside serviceCidr ${plan.serviceCidr}`,
        allowed: `an IPv4 address inside ${plan.serviceCidr}, not its first address`,
        fix: 'use e.g. the .10 address of the service CIDR',
      });
    }
  }
  if (service && pod && cidrsOverlap(service, pod)) {
    throw invalidProp(scope, {
      prop: 'podCidr',
      value: plan.podCidr,
      problem: `overlaps serviceCidr ${plan.serviceCidr}`,
      allowed: 'non-overlapping pod and service ranges',
      fix: 'choose a podCidr outside the service CIDR',
    });
  }
  for (const space of literalCidrList(vnetSpace)) {
    const vnet = parseCidr(space);
    if (!vnet) continue;
    for (const [prop, cidr, text] of [['serviceCidr', service, plan.serviceCidr], ['podCidr', pod, plan.podCidr]] as const) {
      if (cidr && cidrsOverlap(vnet, cidr)) {
        throw invalidProp(scope, {
          prop,
          value: text,
          problem: `overlaps the VNet address space ${space}`,
          allowed: 'a range outside the VNet and any peered network',
          fix: `choose a ${prop} outside ${space} (the defaults are 172.16.0.0/16 and 192.168.0.0/16)`,
        });
      }
    }
  }
}
