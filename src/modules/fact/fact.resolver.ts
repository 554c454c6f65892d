import type { Ref } from '@mikro-orm/core';
import {
  Ctx,
  Field,
  FieldResolver,
  Int,
  ObjectType,
  Resolver,
  Root,
  type ClassType,
} from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import { ImportBatch } from '../import-batch/import-batch.entity';
import { Region } from '../region/region.entity';
import { regionLabelFields } from '../region/region-labels';
import type { Fact } from './fact.entity';
import type { FactNode } from './fact-node';

@ObjectType({ description: 'Where a stored row came from.' })
export class SourceRef {
  constructor(
    private readonly batchRef: () => Ref<ImportBatch>,
    sheet: string,
    row: number,
  ) {
    this.sheet = sheet;
    this.row = row;
  }

  @Field(() => ImportBatch, { description: 'The import that wrote the row.' })
  batch(): Promise<ImportBatch> {
    return this.batchRef().load({ dataloader: true }) as Promise<ImportBatch>;
  }

  @Field(() => String, { description: 'Sheet name in the workbook.' })
  sheet: string;

  @Field(() => Int, { description: 'Row number in the sheet (1-based, as Excel shows it).' })
  row: number;
}

/**
 * The fields every fact type resolves the same way: its region (as an object and as flat
 * labelled columns) and its source.
 */
export function factFieldsResolver(type: ClassType<Fact>) {
  return [
    factFields(type),
    regionLabelFields<Fact, FactNode>(type, (fact) => fact.regionCode),
  ] as const;
}

function factFields(type: ClassType<Fact>) {
  @Resolver(() => type)
  class FactFields {
    @FieldResolver(() => Region, { description: 'The region the row reports on.' })
    region(@Root() fact: FactNode, @Ctx() ctx: RequestContext) {
      // reference data: from the in-memory region tree, no SQL
      return ctx.services.regions.get(fact.regionCode);
    }

    @FieldResolver(() => SourceRef, { description: 'The batch, sheet and row the fact came from.' })
    source(@Root() fact: FactNode, @Ctx() ctx: RequestContext): SourceRef {
      // a reference only when the batch is asked for; its loads are batched per request
      const batch = () => ctx.em.getReference(ImportBatch, fact.batchId, { wrapped: true });
      return new SourceRef(batch, fact.sheet, fact.row);
    }
  }
  return FactFields;
}
