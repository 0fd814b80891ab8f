/** Version of the cdktf-isolated-aks package, as written into reports and the SARIF driver. */
export const PACKAGE_VERSION = '0.1.0';
