import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Need } from '../common/access';
import type { RequestContext } from '../common/request-context';
import { CONNECTION_FIELD, Connection } from '../common/connection';
import { PageArgs } from '../common/page-args';
import { paginate } from '../common/paginate';
import { Region } from '../region/region.entity';
import { ImportBatch } from './import-batch.entity';
import { ImportIssue, ImportSheet } from './import-batch.types';
import { AppliedColumnMapping } from './import-columns.types';
import { readIssues, readSheets } from './localized-report';

const ImportBatchConnection = Connection(ImportBatch, 'ImportBatch');

/**
 * Batches are read from the primary, never a read replica: a clerk asks for the batch (its status,
 * report, what it replaced) right after the import wrote it, before a replica need have it.
 */
export const PRIMARY = 'write';

@Resolver(() => ImportBatch)
export class ImportBatchResolver {
  @Authorized(Need.READ)
  @Query(() => ImportBatch, { nullable: true, description: 'One import by its number.' })
  importBatch(
    @Arg('id', () => ID, { description: 'Batch number.' }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    const n = Number(id);
    return Number.isSafeInteger(n)
      ? ctx.em.findOne(ImportBatch, { id: n }, { connectionType: PRIMARY })
      : null;
  }

  @Authorized(Need.READ)
  @Query(() => ImportBatchConnection, {
    ...CONNECTION_FIELD,
    description: 'Imports, oldest first.',
  })
  async importBatches(@Args() page: PageArgs, @Ctx() ctx: RequestContext) {
    return new ImportBatchConnection(await paginate(ctx.em, ImportBatch, [], page, 'id', PRIMARY));
  }

  @FieldResolver(() => Region, { nullable: true, description: 'Region the ledger is for.' })
  region(@Root() batch: ImportBatch) {
    return batch.region?.load({ dataloader: true }) ?? null;
  }

  @FieldResolver(() => [ImportSheet], {
    nullable: true,
    description: 'Every sheet and what became of it.',
  })
  sheets(@Root() batch: ImportBatch, @Ctx() ctx: RequestContext): ImportSheet[] {
    return readSheets(batch.report, ctx.lang);
  }

  @FieldResolver(() => [ImportIssue], {
    nullable: true,
    description: 'Errors; any error means nothing was written.',
  })
  errors(@Root() batch: ImportBatch, @Ctx() ctx: RequestContext): ImportIssue[] {
    return readIssues(batch.report, 'errors', ctx.lang, identicalId(batch));
  }

  @FieldResolver(() => [ImportIssue], {
    nullable: true,
    description: 'Warnings; they never block an import.',
  })
  warnings(@Root() batch: ImportBatch, @Ctx() ctx: RequestContext): ImportIssue[] {
    return readIssues(batch.report, 'warnings', ctx.lang, identicalId(batch));
  }

  // non-null as decisions §3 fixes it: so the BI connector cannot read importBatches (docs/bi.md)
  @FieldResolver(() => [AppliedColumnMapping], {
    description:
      'Every header → field mapping the import applied, with its source; [] for batches of before.',
  })
  columnMappings(@Root() batch: ImportBatch): AppliedColumnMapping[] {
    return (batch.report.columnMappings ?? []) as AppliedColumnMapping[];
  }

  @FieldResolver(() => ImportBatch, { nullable: true, description: 'The batch this one replaced.' })
  replaces(@Root() batch: ImportBatch) {
    return batch.replaces?.load({ dataloader: true, connectionType: PRIMARY }) ?? null;
  }

  @FieldResolver(() => ImportBatch, {
    nullable: true,
    description: 'The committed batch with the same file, when this upload changed nothing.',
  })
  identicalTo(@Root() batch: ImportBatch) {
    return batch.identicalTo?.load({ dataloader: true, connectionType: PRIMARY }) ?? null;
  }
}

function identicalId(batch: ImportBatch): number | null {
  return batch.identicalTo?.id ?? null;
}
