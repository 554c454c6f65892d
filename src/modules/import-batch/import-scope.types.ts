import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { LedgerKind } from '../common/enums';
import { labelOf } from '../common/enum-labels';
import type { RequestContext } from '../common/request-context';
import { Region } from '../region/region.entity';
import { regionLabelFields } from '../region/region-labels';
import { ImportBatch } from './import-batch.entity';
import type { ImportScopeData } from './import-report';

/** A (region, year, kind) a batch's rows cover: what committing it replaces there. */
@ObjectType({
  description: 'A region, year and kind of ledger that a batch’s rows cover; a commit replaces it.',
})
export class ImportBatchScope {
  /** Read by the region fields; the GraphQL `regionCode` comes from regionLabelFields. */
  readonly code: string;

  constructor(scope: ImportScopeData) {
    this.code = scope.regionCode;
    this.year = scope.year;
    this.kind = scope.kind;
    this.rows = scope.rows;
  }

  @Field(() => Int, { description: 'The year the rows report on.' })
  year: number;

  @Field(() => LedgerKind, { description: 'The kind of ledger.' })
  kind: LedgerKind;

  @Field(() => String, { nullable: true, description: 'The kind in Chinese: 场地设施 …' })
  kindLabel(): string | null {
    return labelOf('LedgerKind', this.kind);
  }

  @Field(() => Int, { description: 'Rows of the batch in this scope.' })
  rows: number;
}

@Resolver(() => ImportBatchScope)
export class ImportBatchScopeResolver {
  @FieldResolver(() => Region, { nullable: true, description: 'The region of the scope.' })
  region(@Root() scope: ImportBatchScope, @Ctx() ctx: RequestContext) {
    // reference data: from the in-memory region tree, no SQL
    return ctx.services.regions.get(scope.code) ?? null;
  }
}

export const ImportBatchScopeRegionFields = regionLabelFields(
  ImportBatchScope,
  (scope) => scope.code,
);

@Resolver(() => ImportBatch)
export class ImportBatchScopesResolver {
  @FieldResolver(() => [ImportBatchScope], {
    description:
      'The regions, years and kinds its rows cover — what a commit replaces (for a dry run: would replace); [] when refused and for batches of before.',
  })
  scopes(@Root() batch: ImportBatch): ImportBatchScope[] {
    return (batch.report.scopes ?? []).map((scope) => new ImportBatchScope(scope));
  }
}
