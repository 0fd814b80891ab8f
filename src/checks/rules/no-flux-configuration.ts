import { checkEach, DOCS, Rule, RuleSeverity } from '../rule';

/** NI-EXT-002: no Flux (GitOps) configurations. */
export const noFluxConfiguration: Rule = {
  id: 'NI-EXT-002',
  name: 'no-flux-configuration',
  severity: RuleSeverity.ERROR,
  title: 'No Flux (GitOps) configurations',
  explanation:
    'azurerm_kubernetes_flux_configuration needs the Flux extension, which is not supported on network ' +
    'isolated clusters, and pulls from Git or OCI sources outside the VNet.',
  fix: 'Remove the azurerm_kubernetes_flux_configuration; deploy with a pipeline that reaches the private API server.',
  docUrl: DOCS.networkIsolated,
  evaluate: (doc) =>
    checkEach(
      doc.resources('azurerm_kubernetes_flux_configuration'),
      () => 'Flux configurations are not supported on network isolated clusters.'
    ),
};
