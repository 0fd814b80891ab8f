// A network isolated cluster in a fresh stack, for the add-on tests.
import { IsolatedNetwork, NetworkIsolatedCluster } from '../../src';
import { newStack, RG } from '../helpers';

/** Stack, network and cluster (AKS-managed registry, own VNet). */
export function clusterStack() {
  const stack = newStack();
  const network = new IsolatedNetwork(stack, 'Network', RG);
  const cluster = new NetworkIsolatedCluster(stack, 'Aks', { ...RG, network });
  return { stack, network, cluster };
}
