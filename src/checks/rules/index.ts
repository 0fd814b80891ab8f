/**
 * The network isolation rule pack: one rule a file (file name = rule name), listed in id order.
 * Ids are stable: never renumber or reuse one.
 */
import type { Rule } from '../rule';
import { acrPullRole } from './acr-pull-role';
import { addonsNeedPrivateEndpoints } from './addons-need-private-endpoints';
import { artifactSourceCache } from './artifact-source-cache';
import { azureCni } from './azure-cni';
import { clusterDependsOn } from './cluster-depends-on';
import { clusterPresent } from './cluster-present';
import { dependsOnStaticReferences } from './depends-on-static-references';
import { kubeletIdentity } from './kubelet-identity';
import { kubernetesVersion } from './kubernetes-version';
import { kubernetesVersionMinorOnly } from './kubernetes-version-minor-only';
import { managedIdentityOperatorRole } from './managed-identity-operator-role';
import { networkContributorRole } from './network-contributor-role';
import { noAuthorizedIpRanges } from './no-authorized-ip-ranges';
import { noFluxConfiguration } from './no-flux-configuration';
import { noNodePublicIp } from './no-node-public-ip';
import { noNsgOutboundInternetAllow } from './no-nsg-outbound-internet-allow';
import { noPublicFqdn } from './no-public-fqdn';
import { noPublicIp } from './no-public-ip';
import { noServicePrincipal } from './no-service-principal';
import { noWindowsNodePools } from './no-windows-node-pools';
import { nodeOsUpgradeChannel } from './node-os-upgrade-channel';
import { nsgOutboundInternetDeny } from './nsg-outbound-internet-deny';
import { outboundTypeBlockPreview } from './outbound-type-block-preview';
import { outboundTypeNone } from './outbound-type-none';
import { planArtifactSourceAndOutboundTypeTogether } from './plan-artifact-source-and-outbound-type-together';
import { planNoCacheToDirect } from './plan-no-cache-to-direct';
import { planNoClusterOrRegistryReplacement } from './plan-no-cluster-or-registry-replacement';
import { planOutboundEgressReopened } from './plan-outbound-egress-reopened';
import { privateCluster } from './private-cluster';
import { privateDnsZoneContributorRole } from './private-dns-zone-contributor-role';
import { registryAdminDisabled } from './registry-admin-disabled';
import { registryAnonymousPullDisabled } from './registry-anonymous-pull-disabled';
import { registryAuthenticationAsArm } from './registry-authentication-as-arm';
import { registryCacheRule } from './registry-cache-rule';
import { registryDataEndpointEnabled } from './registry-data-endpoint-enabled';
import { registryDnsLinkRegistrationDisabled } from './registry-dns-link-registration-disabled';
import { registryNetworkRuleBypass } from './registry-network-rule-bypass';
import { registryNoPublicAccess } from './registry-no-public-access';
import { registryPremiumSku } from './registry-premium-sku';
import { registryPrivateDnsZone } from './registry-private-dns-zone';
import { registryPrivateEndpoint } from './registry-private-endpoint';
import { registryQuarantineDisabled } from './registry-quarantine-disabled';
import { subnetDefaultOutboundDisabled } from './subnet-default-outbound-disabled';
import { subnetNsg } from './subnet-nsg';
import { unsupportedExtensions } from './unsupported-extensions';
import { userAssignedIdentity } from './user-assigned-identity';
import { csiDriversPrivateStorageClasses } from './csi-drivers-private-storage-classes';
import { monitoringPrivateIngestion } from './monitoring-private-ingestion';
import { keyVaultPrivate } from './key-vault-private';

/** Every rule of the pack, in id order. */
export const ALL_RULES: readonly Rule[] = [
  registryPremiumSku, // NI-ACR-001
  registryNoPublicAccess, // NI-ACR-002
  registryAdminDisabled, // NI-ACR-003
  registryAnonymousPullDisabled, // NI-ACR-004
  registryDataEndpointEnabled, // NI-ACR-005
  registryQuarantineDisabled, // NI-ACR-006
  registryCacheRule, // NI-ACR-007
  registryPrivateEndpoint, // NI-ACR-008
  registryPrivateDnsZone, // NI-ACR-009
  registryNetworkRuleBypass, // NI-ACR-010
  registryAuthenticationAsArm, // NI-ACR-011
  registryDnsLinkRegistrationDisabled, // NI-ACR-012
  privateCluster, // NI-AKS-001
  noPublicFqdn, // NI-AKS-002
  noAuthorizedIpRanges, // NI-AKS-003
  outboundTypeNone, // NI-AKS-004
  outboundTypeBlockPreview, // NI-AKS-005
  artifactSourceCache, // NI-AKS-006
  nodeOsUpgradeChannel, // NI-AKS-007
  noWindowsNodePools, // NI-AKS-008
  noNodePublicIp, // NI-AKS-009
  azureCni, // NI-AKS-010
  kubernetesVersion, // NI-AKS-011
  clusterDependsOn, // NI-AKS-012
  clusterPresent, // NI-AKS-013
  kubernetesVersionMinorOnly, // NI-AKS-014
  unsupportedExtensions, // NI-EXT-001
  noFluxConfiguration, // NI-EXT-002
  addonsNeedPrivateEndpoints, // NI-EXT-003
  csiDriversPrivateStorageClasses, // NI-EXT-004
  monitoringPrivateIngestion, // NI-EXT-005
  keyVaultPrivate, // NI-EXT-006
  noServicePrincipal, // NI-IAM-001
  userAssignedIdentity, // NI-IAM-002
  kubeletIdentity, // NI-IAM-003
  acrPullRole, // NI-IAM-004
  managedIdentityOperatorRole, // NI-IAM-005
  networkContributorRole, // NI-IAM-006
  privateDnsZoneContributorRole, // NI-IAM-007
  subnetDefaultOutboundDisabled, // NI-NET-001
  subnetNsg, // NI-NET-002
  noNsgOutboundInternetAllow, // NI-NET-003
  nsgOutboundInternetDeny, // NI-NET-004
  noPublicIp, // NI-NET-005
  planArtifactSourceAndOutboundTypeTogether, // NI-PLAN-001
  planNoCacheToDirect, // NI-PLAN-002
  planNoClusterOrRegistryReplacement, // NI-PLAN-003
  planOutboundEgressReopened, // NI-PLAN-004
  dependsOnStaticReferences, // NI-TF-001
];
