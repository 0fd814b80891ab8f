// Public surface of cdktf-isolated-aks. Nothing but re-exports lives here.
export * from './internal/version';
export * from './identity/built-in-role';
export * from './identity/identity-reference';
export * from './network/network-types';
export * from './network/isolated-network';
export { IsolatedSubnet, IsolatedSubnetOptions } from './network/isolated-subnet';
export * from './registry/private-registry';
export * from './cluster/api-server-access';
export * from './cluster/artifact-source';
export * from './cluster/outbound-type';
export * from './cluster/kubernetes-version';
export * from './cluster/cluster-options';
export { OsDiskType } from './cluster/os-disk';
export { IsolatedNodePool, IsolatedNodePoolProps, NodePoolSizing } from './cluster/node-pool';
export * from './cluster/network-isolated-cluster-props';
export * from './cluster/network-isolated-cluster';
export * from './policy';
export * from './checks';
