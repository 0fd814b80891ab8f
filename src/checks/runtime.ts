// Everything NetworkIsolationChecks loads on first use, in one entry point. `npm run build` also bundles it
// into one file (runtime.bundle.js, scripts/bundle-checks.js), so a synth with checks loads one module
// instead of the ~60 small modules of the rule pack.
export { hasFailures, runChecks } from './engine';
export { findingBlock, summaryLine, suppressionFor, TOOL_NAME, unusedSuppressionLines } from './report/report';
export { Suppressions } from './report/suppressions';
export { ALL_RULES } from './rules';
