import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { IsNotEmpty, MaxLength } from 'class-validator';

/** Where a header's meaning came from (decisions §3). */
export enum MappingSource {
  SPEC = 'SPEC',
  SYNONYM = 'SYNONYM',
  REMEMBERED = 'REMEMBERED',
  REQUEST = 'REQUEST',
}

registerEnumType(MappingSource, {
  name: 'MappingSource',
  description: 'Where a header’s meaning came from.',
  valuesConfig: {
    SPEC: { description: 'One of the ledger specification’s headers.' },
    SYNONYM: { description: 'Matched by meaning: its measure word and unit name the field.' },
    REMEMBERED: { description: 'A mapping the clerk gave for this region in an earlier import.' },
    REQUEST: { description: 'The upload’s own columnMap.' },
  },
});

@ObjectType({ description: 'One header of a sheet and what the importer made of it.' })
export class ImportColumn {
  @Field(() => String, { description: 'The header as written.' })
  header!: string;

  @Field(() => String, { description: 'Column letter (A, B, … AA).' })
  column!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The ledger field it fills (investment, area …); null when ignored.',
  })
  field!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The unit read from the header (万元, ㎡ …).',
  })
  unit!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the column was ignored, in the reader’s language; null when it was read.',
  })
  ignoredReason!: string | null;
}

@ObjectType({ description: 'A header → field mapping the import applied, and its source.' })
export class AppliedColumnMapping {
  @Field(() => String, { description: 'Sheet name.' })
  sheet!: string;

  @Field(() => String, { description: 'The header as written.' })
  header!: string;

  @Field(() => String, {
    description: 'The ledger field (investment, area, indicator:KEY, ignore).',
  })
  field!: string;

  @Field(() => MappingSource, { description: 'Where the meaning came from.' })
  source!: MappingSource;
}

@InputType({ description: 'What a header means, for what the importer cannot place itself.' })
export class ColumnMappingInput {
  @Field(() => String, {
    description: 'The header as written in the ledger, e.g. 投资总额（万元）.',
  })
  @IsNotEmpty()
  @MaxLength(200)
  header!: string;

  @Field(() => String, {
    description:
      'A ledger field (investment, area …, or its GraphQL name investmentYuan), ignore, or indicator:KEY.',
  })
  @IsNotEmpty()
  @MaxLength(100)
  field!: string;
}
