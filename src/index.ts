// Public surface of cdktf-isolated-aks. Nothing but re-exports lives here.
export * from './internal/version';
