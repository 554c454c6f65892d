import { Field, Int, ObjectType } from 'type-graphql';
import { LedgerKind } from '../common/enums';
import { ImportColumn } from './import-columns.types';

@ObjectType({ description: 'One sheet of an uploaded workbook and what became of it.' })
export class ImportSheet {
  @Field(() => String, { description: 'Sheet name.' })
  name!: string;

  @Field(() => LedgerKind, { nullable: true, description: 'Kind detected; null when skipped.' })
  kind!: LedgerKind | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the sheet was skipped, if it was, in the reader’s language.',
  })
  skippedReason!: string | null;

  @Field(() => Int, { nullable: true, description: 'Row number of the (lower) header row.' })
  headerRow!: number | null;

  @Field(() => Int, { description: 'Data rows read (blank, total and footer rows excluded).' })
  rowsRead!: number;

  @Field(() => Int, {
    description:
      'Rows written; for a dry run, the rows that would be; 0 when the workbook was rejected.',
  })
  rowsImported!: number;

  // non-null as decisions §4 fixes it (what the upload page reads)
  @Field(() => [ImportColumn], {
    description: 'How each header was understood, in column order; [] for reports of before.',
  })
  columns!: ImportColumn[];
}

@ObjectType({ description: 'An error or warning, located as precisely as the problem allows.' })
export class ImportIssue {
  @Field(() => String, { nullable: true, description: 'Sheet name; null for whole-file problems.' })
  sheet!: string | null;

  @Field(() => Int, { nullable: true, description: 'Row number as Excel shows it.' })
  row!: number | null;

  @Field(() => String, { nullable: true, description: 'Column letter (A, B, … AA).' })
  column!: string | null;

  @Field(() => String, { nullable: true, description: 'Header of the column as written.' })
  header!: string | null;

  @Field(() => String, { nullable: true, description: 'The raw cell value.' })
  value!: string | null;

  @Field(() => String, { description: 'Stable machine-readable code, e.g. NOT_A_NUMBER.' })
  code!: string;

  @Field(() => String, {
    description:
      'What is wrong, for the clerk: zh-CN by default, English with Accept-Language: en. The code does not change with the language.',
  })
  message!: string;

  @Field(() => [String], {
    nullable: 'itemsAndList',
    description:
      'The row as the clerk wrote it, one text per column (A first); null for issues of no row and for reports of before.',
  })
  rowValues!: (string | null)[] | null;
}
