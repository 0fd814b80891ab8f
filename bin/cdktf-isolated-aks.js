#!/usr/bin/env node
// CLI entry point: `cdktf-isolated-aks check [cdktf.out | cdk.tf.json | plan.json | dir ...]` (see src/checks/cli.ts).
require('../lib/checks/cli.js').run(process.argv);
