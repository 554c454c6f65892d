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

@ObjectType({ description: 'Where a stored row came from.' })
export class SourceRef {
  constructor(
    private readonly batchRef: Ref<ImportBatch>,
    sheet: string,
    row: number,
  ) {
    this.sheet = sheet;
    this.row = row;
  }

  @Field(() => ImportBatch, { description: 'The import that wrote the row.' })
  batch(): Promise<ImportBatch> {
    return this.batchRef.load({ dataloader: true }) as Promise<ImportBatch>;
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
export function factFieldsResolver<T extends Fact>(type: ClassType<T>) {
  return [factFields(type), regionLabelFields(type, (fact) => fact.region.unwrap().code)] as const;
}

function factFields<T extends Fact>(type: ClassType<T>) {
  @Resolver(() => type)
  class FactFields {
    @FieldResolver(() => Region, { description: 'The region the row reports on.' })
    region(@Root() fact: Fact, @Ctx() ctx: RequestContext) {
      // reference data: from the in-memory region tree, no SQL
      return ctx.services.regions.get(fact.region.unwrap().code);
    }

    @FieldResolver(() => SourceRef, { description: 'The batch, sheet and row the fact came from.' })
    source(@Root() fact: Fact): SourceRef {
      return new SourceRef(fact.batch, fact.sheet, fact.row);
    }
  }
  return FactFields;
}
