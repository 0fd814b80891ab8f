// The marker key is the checks' (src/checks/model/migration-stage.ts): one definition for writer and reader.
export { MIGRATION_MARKER_KEY } from '../checks/model/migration-stage';
