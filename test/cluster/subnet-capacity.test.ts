import { Testing } from 'cdktf';
import { IsolatedNetwork, NetworkIsolatedCluster } from '../../src';
import { UPGRADE_SETTINGS } from '../../src/cluster/node-pool';
import { surgeNodes } from '../../src/cluster/subnet-capacity';
import { newStack, RG } from '../helpers';

describe('upgrade surge of a pool (max_surge "10%", rounded up)', () => {
  test('the package surges 10%', () => expect(UPGRADE_SETTINGS.maxSurge).toBe('10%'));
  test('10 nodes surge 1', () => expect(surgeNodes(10)).toBe(1));
  test('11 nodes surge 2', () => expect(surgeNodes(11)).toBe(2));
  test('100 nodes surge 10', () => expect(surgeNodes(100)).toBe(10));
  test('a small pool still surges 1', () => expect(surgeNodes(3)).toBe(1));
  test('an absolute max_surge is taken as it is', () => expect(surgeNodes(100, '3')).toBe(3));
});

describe('subnet capacity counts the real surge', () => {
  // A /27 has 32 - 5 = 27 usable addresses; the system pool takes 3 + 1.
  function cluster(maxCount: number) {
    const stack = newStack();
    const network = new IsolatedNetwork(stack, 'Network', { ...RG, nodeSubnetPrefix: '10.240.0.0/27' });
    const aks = new NetworkIsolatedCluster(stack, 'Aks', { ...RG, network });
    aks.addNodePool('Work', { name: 'work', minCount: 1, maxCount });
    return () => Testing.synth(stack, true);
  }

  test('20 nodes + 2 surge fit beside the system pool', () => {
    expect(cluster(20)).not.toThrow(); // 4 + 20 + 2 = 26
  });

  test('21 nodes need 3 surge nodes, not 1: refused with the surge in the message', () => {
    // 4 + 21 + 3 = 28 > 27; the old +1 count (4 + 22 = 26) let this through.
    expect(cluster(21)).toThrow(/needs sum\(max nodes \+ 10% surge, rounded up\) = 28 \(systemNodePool: 3 \+ 1, Work: 21 \+ 3\) but has 27 usable addresses/);
  });
});
