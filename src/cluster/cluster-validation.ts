import { Construct } from 'constructs';
import { cidrsOverlap, ipInCidr, parseCidr, parseIp } from '../internal/cidr';
import { checkSubnetPrefix, literalCidrList, parseCidrProp } from '../internal/cidr-prop';
import { invalidProp, isUnresolved } from '../internal/validation';
import { IIsolatedNetwork } from '../network/network-types';
import { ApiServerAccess, ApiServerAccessMode } from './api-server-access';
import { ArtifactSource, ArtifactSourceKind } from './artifact-source';
import { KubernetesVersion } from './kubernetes-version';
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
  if (access.mode === ApiServerAccessMode.VNET_INTEGRATION && !access.subnet && !network?.apiServerSubnet) {
    throw invalidProp(scope, {
      prop: 'apiServerAccess',
      value: 'vnetIntegration',
      problem: 'has no API server subnet',
      allowed: 'ApiServerAccess.vnetIntegration({ subnet }) or a network with an API server subnet',
      fix: 'create the network with apiServerSubnet: true, or pass a delegated /28 (or larger) subnet',
    });
  }
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

/** Rejects Kubernetes versions older than 1.30 or malformed ones; returns true for a pinned patch version (internal). */
export function validateVersion(scope: Construct, version: KubernetesVersion | undefined): boolean {
  if (!version || isUnresolved(version.version)) return false;
  const match = /^1\.(\d+)(\.\d+)?$/.exec(version.version);
  if (!match || Number(match[1]) < MIN_KUBERNETES_MINOR) {
    throw invalidProp(scope, {
      prop: 'kubernetesVersion',
      value: version.version,
      problem: match ? 'is older than the oldest version network isolated clusters support' : 'is not a Kubernetes version',
      allowed: `1.${MIN_KUBERNETES_MINOR} or later, as "1.MINOR" (e.g. KubernetesVersion.V1_31)`,
      fix: `use KubernetesVersion.of("1.${MIN_KUBERNETES_MINOR}") or later, or omit it for the region default`,
    });
  }
  return match[2] !== undefined;
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
