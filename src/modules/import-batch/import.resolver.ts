import type { FileUpload } from 'graphql-upload/processRequest.mjs';
import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { Need, writeScopeOf } from '../common/access';
import { AccessDeniedError, NotFoundError, UserInputError } from '../common/errors';
import { say } from '../common/messages/clerk-texts';
import {
  ImportBusy,
  ImportFailed,
  RollbackForbidden,
  RollbackRefused,
  type ImportFile,
  type ImportOptions,
} from '../common/import-port';
import { GraphQLError } from 'graphql';
import type { RequestContext } from '../common/request-context';
import { UploadScalar } from '../common/scalars';
import { ImportBatch } from './import-batch.entity';
import { PRIMARY } from './import-batch.resolver';
import { ColumnMappingInput } from './import-columns.types';
import { uploadNameRefusal, uploadTooLargeMessage } from './upload-limit';

/** The importer's GraphQL entry points; problems in the workbook come back as the batch report. */
@Resolver(() => ImportBatch)
export class ImportResolver {
  @Authorized(Need.IMPORT)
  @Mutation(() => ImportBatch, {
    description:
      'Imports a ledger workbook (.xlsx or .csv): all of it is committed, or nothing is and the report names every bad cell.',
  })
  async importLedger(
    @Arg('file', () => UploadScalar, { description: 'The workbook (GraphQL multipart request).' })
    file: Promise<FileUpload>,
    @Arg('region', () => ID, {
      nullable: true,
      description: "The ledger's region code; else the preamble's 填报单位.",
    })
    region: string | null,
    @Arg('year', () => Int, {
      nullable: true,
      description: "The ledger's year; else a 年度 column, the preamble or the title.",
    })
    year: number | null,
    @Arg('dryRun', () => Boolean, {
      nullable: true,
      defaultValue: false,
      description: 'Validate and report only; write nothing.',
    })
    dryRun: boolean,
    @Arg('columnMap', () => [ColumnMappingInput], {
      nullable: true,
      description:
        'What headers the importer cannot place mean, e.g. [{ header: "投资总额（万元）", field: "investment" }]; remembered for the region once the import commits.',
    })
    columnMap: ColumnMappingInput[] | null,
    @Arg('ignoreSheets', () => [String], {
      nullable: true,
      description: 'Sheets to skip on purpose, by name.',
    })
    ignoreSheets: string[] | null,
    @Arg('async', () => Boolean, {
      nullable: true,
      defaultValue: false,
      description:
        'Answer at once with the QUEUED batch (stored and queued); poll `importBatch(id)` for its status and progress.',
    })
    async: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<ImportBatch> {
    const upload = await file;
    const refusal = uploadNameRefusal(upload.filename, ctx.lang);
    if (refusal) {
      throw new UserInputError(refusal.message, refusal.code);
    }
    const options: ImportOptions = {
      region,
      year,
      dryRun: Boolean(dryRun),
      columnMap: (columnMap ?? []).map(({ header, field }) => ({ header, field })),
      ignoreSheets: ignoreSheets ?? [],
      scope: writeScopeOf(ctx.caller!),
    };
    // createReadStream throws at once (not through the stream) when the upload already went over
    // the limit, so it is called inside the chain whose catch maps 413 to FILE_TOO_LARGE.
    const id = await Promise.resolve()
      .then(() => {
        const file = { stream: upload.createReadStream(), fileName: upload.filename };
        return async || ctx.services.jobs.external
          ? queuedRun(ctx, file, options, Boolean(async))
          : ctx.services.importer.run(file, options);
      })
      .catch((error: { status?: number }) => failedBatchOr(error, ctx));
    return ctx.em.findOneOrFail(ImportBatch, { id }, { connectionType: PRIMARY, refresh: true });
  }

  @Authorized(Need.ROLLBACK)
  @Mutation(() => ImportBatch, {
    description:
      'Undoes a committed import: its rows stop counting and the ledger it replaced counts again.',
  })
  async rollbackImport(
    @Arg('id', () => ID, { description: 'Batch number.' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ImportBatch> {
    const batchId = Number(id);
    if (!Number.isSafeInteger(batchId)) {
      throw new NotFoundError(say(ctx.lang, 'noBatch', { id }));
    }
    try {
      await ctx.services.importer.rollback(batchId, writeScopeOf(ctx.caller!));
    } catch (error) {
      throw rollbackError(error, ctx);
    }
    return ctx.em.findOneOrFail(
      ImportBatch,
      { id: batchId },
      { refresh: true, connectionType: PRIMARY },
    );
  }
}

/** Through the queue: answered at once (`async`), or once a worker has run it. */
async function queuedRun(
  ctx: RequestContext,
  file: ImportFile,
  options: ImportOptions,
  async: boolean,
): Promise<number> {
  const id = await ctx.services.jobs.enqueue(file, options);
  if (!async) {
    await ctx.services.jobs.settled(id);
  }
  return id;
}

/** The importer's refusals as the client's errors; anything else stays as it is. */
function rollbackError(error: unknown, ctx: RequestContext): unknown {
  if (error instanceof RollbackRefused) {
    return new UserInputError(say(ctx.lang, error.key, error.params), 'ROLLBACK_REFUSED');
  }
  if (error instanceof RollbackForbidden) {
    const params = { id: error.batchId, regions: error.regions.join(', '), scope: error.scope };
    return new AccessDeniedError(say(ctx.lang, 'forbiddenRegion', params), 'FORBIDDEN');
  }
  return error;
}

/**
 * An import that failed unexpectedly answers with its FAILED batch (code IMPORT_FAILED), as a
 * refused ledger does, rather than as a masked INTERNAL_SERVER_ERROR: the clerk gets a batch
 * number to quote, and the stack goes to the log.
 */
function failedBatchOr(error: { status?: number }, ctx: RequestContext): number {
  if (error instanceof ImportFailed) {
    ctx.services.log.error({ err: error.cause, batch: error.batchId }, 'import failed');
    return error.batchId;
  }
  if (error instanceof ImportBusy) {
    const seconds = error.retryAfterSeconds;
    throw new GraphQLError(say(ctx.lang, 'importBusy', { seconds }), {
      extensions: { code: 'IMPORT_BUSY', retryAfterSeconds: seconds },
    });
  }
  if (error.status === 413) {
    throw new UserInputError(
      uploadTooLargeMessage(ctx.services.config.maxUploadBytes, ctx.lang),
      'FILE_TOO_LARGE',
    );
  }
  throw error;
}
