import { CLI_SCOPE, type WriteScope } from '../modules/common/access';
import type { ImportFile, ImportOptions, Importer } from '../modules/common/import-port';
import type { ImportDeps } from './import-deps';
import { importLedger } from './import-ledger';
import { withTempFile } from './read/temp-file';
import { rollbackBatch } from './write/rollback';

/** The pipeline behind the one port every transport uses (GraphQL, HTTP, CLI). */
export function createImporter(deps: ImportDeps): Importer {
  return {
    run(file: ImportFile, options: ImportOptions = {}) {
      if ('path' in file) {
        return importLedger(deps, file, options);
      }
      // The pipeline reads a file twice (inspection, then rows), so a stream is saved first.
      return withTempFile(file.stream, file.fileName, (path) =>
        importLedger(deps, { path, fileName: file.fileName }, options),
      );
    },
    rollback(batchId: number, scope: WriteScope = CLI_SCOPE) {
      return rollbackBatch(deps, batchId, scope);
    },
  };
}
