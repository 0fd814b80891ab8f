import { AnnotationMetadataEntryType, Testing } from 'cdktf';
import { KubernetesVersion, NetworkIsolatedCluster, NetworkIsolatedClusterProps, SkuTier, SupportPlan } from '../../src';
import { MIN_KUBERNETES_MINOR, STANDARD_SUPPORT_FLOOR_MINOR } from '../../src/cluster/cluster-validation';
import { newStack, onlyResource, RG, synth } from '../helpers';

// Versions are built from the floor constant, so these tests keep meaning when the floor moves.
const BELOW_FLOOR = `1.${STANDARD_SUPPORT_FLOOR_MINOR - 1}`;
const AT_FLOOR = `1.${STANDARD_SUPPORT_FLOOR_MINOR}`;

function build(props: Partial<NetworkIsolatedClusterProps>) {
  const stack = newStack();
  const cluster = new NetworkIsolatedCluster(stack, 'Aks', { ...RG, ...props });
  const warnings = () => cluster.node.metadata.filter((m) => m.type === AnnotationMetadataEntryType.WARN).map((m) => String(m.data));
  return { stack, cluster, warnings };
}

describe('Kubernetes version constants', () => {
  test('the deprecated minor constants still synthesize their version', () => {
    const constants = [KubernetesVersion.V1_30, KubernetesVersion.V1_31, KubernetesVersion.V1_32, KubernetesVersion.V1_33];
    expect(constants.map((v) => v.version)).toEqual(['1.30', '1.31', '1.32', '1.33']);
    const { stack } = build({ kubernetesVersion: constants[1], supportPlan: SupportPlan.LONG_TERM_SUPPORT });
    expect(onlyResource(synth(stack), 'azurerm_kubernetes_cluster').kubernetes_version).toBe('1.31');
  });

  test('the floor is above the oldest minor isolated clusters accept', () => {
    expect(STANDARD_SUPPORT_FLOOR_MINOR).toBeGreaterThan(MIN_KUBERNETES_MINOR);
  });
});

describe('standard-support floor', () => {
  test('a pinned minor below the floor warns at synth, with the fix', () => {
    const { warnings } = build({ kubernetesVersion: KubernetesVersion.of(BELOW_FLOOR) });
    expect(warnings()).toEqual([
      expect.stringMatching(
        new RegExp(`kubernetesVersion "${BELOW_FLOOR}" is older than ${AT_FLOOR}, the oldest minor AKS serves under standard support.*SupportPlan.LONG_TERM_SUPPORT.*https://learn.microsoft.com/azure/aks/long-term-support`),
      ),
    ]);
  });

  test('a minor at the floor does not warn', () => {
    expect(build({ kubernetesVersion: KubernetesVersion.of(AT_FLOOR) }).warnings()).toEqual([]);
  });

  test('no version (the region default) does not warn', () => {
    expect(build({}).warnings()).toEqual([]);
  });

  test('long-term support silences the floor warning', () => {
    const { warnings } = build({ kubernetesVersion: KubernetesVersion.of(BELOW_FLOOR), supportPlan: SupportPlan.LONG_TERM_SUPPORT });
    expect(warnings()).toEqual([]);
  });

  test('a pinned patch at the floor warns only about the patch', () => {
    const { warnings } = build({ kubernetesVersion: KubernetesVersion.of(`${AT_FLOOR}.2`) });
    expect(warnings()).toEqual([expect.stringMatching(/pins a patch version/)]);
  });

  test('the warning survives a full synth (it is not thrown)', () => {
    const { stack } = build({ kubernetesVersion: KubernetesVersion.of(BELOW_FLOOR) });
    expect(() => Testing.synth(stack, true)).not.toThrow();
  });
});

describe('support plan', () => {
  test('default: standard support on the Free tier (AKS default), written out', () => {
    const cluster = onlyResource(synth(build({}).stack), 'azurerm_kubernetes_cluster');
    expect(cluster.support_plan).toBe('KubernetesOfficial');
    expect(cluster.sku_tier).toBe('Free');
  });

  test('long-term support with a non-Premium tier is refused', () => {
    expect(() => build({ supportPlan: SupportPlan.LONG_TERM_SUPPORT, skuTier: SkuTier.STANDARD })).toThrow(
      /test\/Aks: skuTier "Standard" cannot carry long-term support.*Fix: use SkuTier.PREMIUM or omit skuTier/,
    );
  });

  test('an explicit tier passes through', () => {
    expect(onlyResource(synth(build({ skuTier: SkuTier.STANDARD }).stack), 'azurerm_kubernetes_cluster').sku_tier).toBe('Standard');
  });

  test('long-term support sets the Premium tier and the AKSLongTermSupport plan', () => {
    const { stack } = build({ kubernetesVersion: KubernetesVersion.of(BELOW_FLOOR), supportPlan: SupportPlan.LONG_TERM_SUPPORT });
    const cluster = onlyResource(synth(stack), 'azurerm_kubernetes_cluster');
    expect(cluster).toMatchObject({ sku_tier: 'Premium', support_plan: 'AKSLongTermSupport', kubernetes_version: BELOW_FLOOR });
  });
});

describe('version errors name no specific minor', () => {
  test.each(['1.29', 'latest'])('%s: the message names the bad value and the floor only', (version) => {
    const act = () => build({ kubernetesVersion: KubernetesVersion.of(version) });
    expect(act).toThrow(/kubernetesVersion/);
    let message = '';
    try {
      act();
    } catch (e) {
      message = (e as Error).message.replace(`"${version}"`, '<value>'); // the bad value itself is named
    }
    expect(message).not.toMatch(/V1_\d+/);
    expect(message).not.toMatch(new RegExp(`1\\.(?!${MIN_KUBERNETES_MINOR}\\b|MINOR)\\d+`));
    expect(message).toMatch(/omit kubernetesVersion.*az aks get-versions/);
  });
});
