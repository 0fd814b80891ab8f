#!/usr/bin/env node
// CLI entry point: `cdktf-isolated-aks check [cdktf.out | cdk.tf.json ...]` (see src/checks/cli.ts).
process.exitCode = require('../lib/checks/cli.js').main(process.argv);
