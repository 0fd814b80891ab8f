#!/usr/bin/env node
// CLI entry point: `cdktf-isolated-aks check [cdktf.out | cdk.tf.json ...]` (see src/policy/cli.ts).
process.exitCode = require('../lib/policy/cli.js').main(process.argv);
