import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date string, such as 2007-12-03, compliant with the `full-date` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  Date: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** The `Upload` scalar type represents a file upload. */
  Upload: { input: File; output: File; }
};

/** What a header means, for what the importer cannot place itself. */
export type ColumnMappingInput = {
  /** A ledger field (investment, area …, or its GraphQL name investmentYuan), ignore, or indicator:KEY. */
  field: Scalars['String']['input'];
  /** The header as written in the ledger, e.g. 投资总额（万元）. */
  header: Scalars['String']['input'];
};

/** Filters every fact list shares. */
export type CommonFilter = {
  /** Whether a region includes its sub-regions. */
  includeDescendants?: InputMaybe<Scalars['Boolean']['input']>;
  /** Region codes; a province or city includes its sub-regions (see includeDescendants). */
  regions?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Years to include; all when omitted. */
  years?: InputMaybe<Array<Scalars['Int']['input']>>;
};

/** Group (组别) of a result; ALL = whole delegation. */
export type CompetitionGroup =
  /** In ledgers: 成人组、公开组 */
  | 'ADULT'
  /** In ledgers: 全部、不分组 */
  | 'ALL'
  /** In ledgers: 残疾人组 */
  | 'DISABLED'
  /** In ledgers: 群众组 */
  | 'MASS'
  /** In ledgers: 职工组 */
  | 'WORKERS'
  /** In ledgers: 青少年组 */
  | 'YOUTH';

/** How precisely a ledger gave a date; the date itself is the first day of it. */
export type DatePrecision =
  /** A day: 2022年3月5日. */
  | 'DAY'
  /** A month: 2022年3月 (stored as 2022-03-01). */
  | 'MONTH'
  /** A year: 2022年, or 建成年份 2019 (stored as 2019-01-01). */
  | 'YEAR';

/** Category of an event. */
export type EventCategory =
  /** In ledgers: 竞技体育 */
  | 'COMPETITIVE'
  /** In ledgers: 电子竞技、电竞 */
  | 'ESPORTS'
  /** In ledgers: 群众体育、全民健身 */
  | 'MASS_FITNESS'
  /** In ledgers: 其他、其它 */
  | 'OTHER'
  /** In ledgers: 青少年、青少年体育、学校体育、体教融合 */
  | 'YOUTH';

/** What event totals are grouped by. */
export type EventDimension =
  | 'CATEGORY'
  | 'FORMAT'
  | 'LEVEL'
  | 'REGION'
  | 'SPORT'
  | 'YEAR';

/** Which events to list or summarise. */
export type EventFilter = {
  /** Only these categories. */
  categories?: InputMaybe<Array<EventCategory>>;
  /** Only these formats. */
  formats?: InputMaybe<Array<EventFormat>>;
  /** Whether a region includes its sub-regions. */
  includeDescendants?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only these levels. */
  levels?: InputMaybe<Array<EventLevel>>;
  /** Name contains this text. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Region codes; a province or city includes its sub-regions (see includeDescendants). */
  regions?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only these sports (exact names). */
  sports?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Years to include; all when omitted. */
  years?: InputMaybe<Array<Scalars['Int']['input']>>;
};

/** Online (线上), offline (线下) or both. */
export type EventFormat =
  /** In ledgers: 线上线下、线上+线下、线上/线下、线上、线下 */
  | 'HYBRID'
  /** In ledgers: 线下 */
  | 'OFFLINE'
  /** In ledgers: 线上、网络 */
  | 'ONLINE';

/** Level of an event: 国际 … 社区. */
export type EventLevel =
  /** In ledgers: 街道、社区、乡镇、街道级、社区级 */
  | 'COMMUNITY'
  /** In ledgers: 区级、县级、区县级、全区、全县 */
  | 'DISTRICT'
  /** In ledgers: 国际、国际级 */
  | 'INTERNATIONAL'
  /** In ledgers: 市级、全市 */
  | 'MUNICIPAL'
  /** In ledgers: 全国、国家级 */
  | 'NATIONAL'
  /** In ledgers: 省级、全省 */
  | 'PROVINCIAL';

/** What facility totals are grouped by. */
export type FacilityDimension =
  | 'PROJECT_TYPE'
  | 'REGION'
  | 'STATUS'
  | 'TYPE'
  | 'YEAR';

/** Which facilities to list or summarise. */
export type FacilityFilter = {
  /** Whether a region includes its sub-regions. */
  includeDescendants?: InputMaybe<Scalars['Boolean']['input']>;
  /** Name contains this text. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only these project types. */
  projectTypes?: InputMaybe<Array<ProjectType>>;
  /** Region codes; a province or city includes its sub-regions (see includeDescendants). */
  regions?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only these statuses. */
  statuses?: InputMaybe<Array<FacilityStatus>>;
  /** Only these types. */
  types?: InputMaybe<Array<FacilityType>>;
  /** Years to include; all when omitted. */
  years?: InputMaybe<Array<Scalars['Int']['input']>>;
};

/** Construction status. */
export type FacilityStatus =
  /** In ledgers: 已验收 */
  | 'ACCEPTED'
  /** In ledgers: 已完成、已建成、完工、建成、完成、已完工 */
  | 'COMPLETED'
  /** In ledgers: 已开放、投入使用、已投入使用 */
  | 'OPEN'
  /** In ledgers: 规划、计划、拟建 */
  | 'PLANNED'
  /** In ledgers: 在建、施工、施工中、招投标 */
  | 'UNDER_CONSTRUCTION';

/** Kind of facility; OTHER for words outside the list. */
export type FacilityType =
  /** In ledgers: 气膜馆 */
  | 'AIR_DOME'
  /** In ledgers: 篮球场 */
  | 'BASKETBALL_COURT'
  /** In ledgers: 笼式足球场 */
  | 'CAGE_FOOTBALL'
  /** In ledgers: 社区体育园 */
  | 'COMMUNITY_SPORTS_PARK'
  /** In ledgers: 全民健身中心 */
  | 'FITNESS_CENTER'
  /** In ledgers: 健身园、健身路径、健身广场 */
  | 'FITNESS_GARDEN'
  /** In ledgers: 健身步道、步道 */
  | 'FITNESS_TRAIL'
  /** In ledgers: 足球场 */
  | 'FOOTBALL_FIELD'
  /** In ledgers: 体育馆、场馆 */
  | 'GYMNASIUM'
  /** In ledgers: 冰场、滑冰场 */
  | 'ICE_RINK'
  /** In ledgers: 多功能球场 */
  | 'MULTI_COURT'
  /** In ledgers: 其他、其它 */
  | 'OTHER'
  /** In ledgers: 口袋体育公园 */
  | 'POCKET_PARK'
  /** In ledgers: 滑雪场 */
  | 'SKI_RESORT'
  /** In ledgers: 体育公园 */
  | 'SPORTS_PARK'
  /** In ledgers: 体育场 */
  | 'STADIUM'
  /** In ledgers: 游泳馆、游泳池 */
  | 'SWIMMING'
  /** In ledgers: 网球场 */
  | 'TENNIS_COURT'
  /** In ledgers: 训练基地 */
  | 'TRAINING_BASE';

/** Where an import stands. */
export type ImportStatus =
  /** Written; its rows are the current ones for its scopes. */
  | 'COMMITTED'
  /** Refused or rejected; nothing was written. */
  | 'FAILED'
  /** Received, not yet read. */
  | 'PENDING'
  /** Stored and waiting in the job queue for a worker to run it. */
  | 'QUEUED'
  /** Undone; the ledger it replaced is current again. */
  | 'ROLLED_BACK'
  /** Being read and written. */
  | 'RUNNING'
  /** Replaced by a later ledger for all its scopes; kept as history. */
  | 'SUPERSEDED'
  /** A dry run that found no error; nothing was written. */
  | 'VALIDATED';

/** Which indicator values to list. */
export type IndicatorFilter = {
  /** Whether a region includes its sub-regions. */
  includeDescendants?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only these metric keys (e.g. POPULATION). */
  metrics?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Region codes; a province or city includes its sub-regions (see includeDescendants). */
  regions?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Years to include; all when omitted. */
  years?: InputMaybe<Array<Scalars['Int']['input']>>;
};

/** Kind of ledger sheet. */
export type LedgerKind =
  /** 赛事活动台账 */
  | 'EVENTS'
  /** 场地设施台账 */
  | 'FACILITIES'
  /** 工作指标台账 */
  | 'INDICATORS'
  /** 竞赛成绩台账 */
  | 'RESULTS';

/** Where a header’s meaning came from. */
export type MappingSource =
  /** A mapping the clerk gave for this region in an earlier import. */
  | 'REMEMBERED'
  /** The upload’s own columnMap. */
  | 'REQUEST'
  /** One of the ledger specification’s headers. */
  | 'SPEC'
  /** Matched by meaning: its measure word and unit name the field. */
  | 'SYNONYM';

/** How compared values are scaled. */
export type Normalization =
  /** As reported. */
  | 'NONE'
  /** Per 10,000 residents, by the POPULATION indicator of that region and year; additive metrics only: a rate keeps its value, with a note. */
  | 'PER_10K_RESIDENTS';

/** New build, renovation, expansion or repair. */
export type ProjectType =
  /** In ledgers: 扩建、改扩建 */
  | 'EXPANSION'
  /** In ledgers: 新建 */
  | 'NEW'
  /** In ledgers: 改建、改造、提升改造、提档升级、提质升级 */
  | 'RENOVATION'
  /** In ledgers: 维修、维修改造 */
  | 'REPAIR';

/** Administrative level; the four municipalities are PROVINCE and act as their own city. */
export type RegionLevel =
  /** Prefecture-level city, prefecture or league (地级) */
  | 'CITY'
  /** District, county or county-level city (县级) */
  | 'DISTRICT'
  /** Province, autonomous region or municipality (省级) */
  | 'PROVINCE';

/** Which results to list. */
export type ResultFilter = {
  /** Only results of this competition. */
  competition?: InputMaybe<Scalars['ID']['input']>;
  /** Only these groups. */
  groups?: InputMaybe<Array<CompetitionGroup>>;
  /** Whether a region includes its sub-regions. */
  includeDescendants?: InputMaybe<Scalars['Boolean']['input']>;
  /** Region codes; a province or city includes its sub-regions (see includeDescendants). */
  regions?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only these sports (exact names). */
  sports?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Years to include; all when omitted. */
  years?: InputMaybe<Array<Scalars['Int']['input']>>;
};

export type PageRegionSearchQueryVariables = Exact<{
  search: Scalars['String']['input'];
}>;


export type PageRegionSearchQuery = { __typename?: 'Query', regions: { __typename?: 'RegionConnection', nodes: Array<{ __typename?: 'Region', code: string, name: string, fullName: string, levelLabel: string }> } | null };

export type PageRegionQueryVariables = Exact<{
  code: Scalars['ID']['input'];
}>;


export type PageRegionQuery = { __typename?: 'Query', region: { __typename?: 'Region', code: string, name: string, fullName: string } | null };

export type PageMetricsQueryVariables = Exact<{ [key: string]: never; }>;


export type PageMetricsQuery = { __typename?: 'Query', metrics: Array<{ __typename?: 'Metric', key: string, name: string, unit: string }> };

export type PageCompareQueryVariables = Exact<{
  regions: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  metrics: Array<Scalars['String']['input']> | Scalars['String']['input'];
  years?: InputMaybe<Array<Scalars['Int']['input']> | Scalars['Int']['input']>;
  normalize?: InputMaybe<Normalization>;
}>;


export type PageCompareQuery = { __typename?: 'Query', compare: Array<{ __typename?: 'ComparisonRow', regionCode: string | null, regionName: string | null, regionFullName: string | null, year: number, metric: string, value: number | null, approximate: boolean, rank: number | null, note: string | null, coverage: { __typename?: 'Coverage', reported: number, expected: number } | null }> };

export type PageBatchFragment = { __typename?: 'ImportBatch', id: string, status: ImportStatus, dryRun: boolean, fileName: string, year: number | null, rowsImported: number, uploadedBy: string | null, createdAt: string, region: { __typename?: 'Region', code: string, fullName: string } | null, identicalTo: { __typename?: 'ImportBatch', id: string } | null, sheets: Array<{ __typename?: 'ImportSheet', name: string, kind: LedgerKind | null, headerRow: number | null, rowsRead: number, rowsImported: number, skippedReason: string | null, columns: Array<{ __typename?: 'ImportColumn', column: string, header: string, field: string | null, unit: string | null, ignoredReason: string | null }> }> | null, errors: Array<{ __typename?: 'ImportIssue', code: string, sheet: string | null, row: number | null, column: string | null, header: string | null, value: string | null, message: string, rowValues: Array<string | null> | null }> | null, warnings: Array<{ __typename?: 'ImportIssue', code: string, sheet: string | null, row: number | null, column: string | null, header: string | null, value: string | null, message: string, rowValues: Array<string | null> | null }> | null, columnMappings: Array<{ __typename?: 'AppliedColumnMapping', sheet: string, header: string, field: string, source: MappingSource }> };

export type PageIssueFragment = { __typename?: 'ImportIssue', code: string, sheet: string | null, row: number | null, column: string | null, header: string | null, value: string | null, message: string, rowValues: Array<string | null> | null };

export type PageImportLedgerMutationVariables = Exact<{
  file: Scalars['Upload']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  region?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
  columnMap?: InputMaybe<Array<ColumnMappingInput> | ColumnMappingInput>;
}>;


export type PageImportLedgerMutation = { __typename?: 'Mutation', importLedger: { __typename?: 'ImportBatch', id: string, status: ImportStatus, dryRun: boolean, fileName: string, year: number | null, rowsImported: number, uploadedBy: string | null, createdAt: string, region: { __typename?: 'Region', code: string, fullName: string } | null, identicalTo: { __typename?: 'ImportBatch', id: string } | null, sheets: Array<{ __typename?: 'ImportSheet', name: string, kind: LedgerKind | null, headerRow: number | null, rowsRead: number, rowsImported: number, skippedReason: string | null, columns: Array<{ __typename?: 'ImportColumn', column: string, header: string, field: string | null, unit: string | null, ignoredReason: string | null }> }> | null, errors: Array<{ __typename?: 'ImportIssue', code: string, sheet: string | null, row: number | null, column: string | null, header: string | null, value: string | null, message: string, rowValues: Array<string | null> | null }> | null, warnings: Array<{ __typename?: 'ImportIssue', code: string, sheet: string | null, row: number | null, column: string | null, header: string | null, value: string | null, message: string, rowValues: Array<string | null> | null }> | null, columnMappings: Array<{ __typename?: 'AppliedColumnMapping', sheet: string, header: string, field: string, source: MappingSource }> } };

export type PageImportProgressQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PageImportProgressQuery = { __typename?: 'Query', importBatch: { __typename?: 'ImportBatch', id: string, status: ImportStatus, progress: { __typename?: 'ImportProgress', rowsRead: number, sheet: string | null } | null } | null };

export type PageImportHistoryQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PageImportHistoryQuery = { __typename?: 'Query', importBatches: { __typename?: 'ImportBatchConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename?: 'ImportBatch', id: string, status: ImportStatus, dryRun: boolean, fileName: string, year: number | null, rowsImported: number, uploadedBy: string | null, createdAt: string, region: { __typename?: 'Region', code: string, fullName: string } | null, sheets: Array<{ __typename?: 'ImportSheet', name: string, kind: LedgerKind | null }> | null }> } | null };

export type PageRollbackImportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PageRollbackImportMutation = { __typename?: 'Mutation', rollbackImport: { __typename?: 'ImportBatch', id: string, status: ImportStatus } };

export type PageImportBatchQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PageImportBatchQuery = { __typename?: 'Query', importBatch: { __typename?: 'ImportBatch', id: string, status: ImportStatus, dryRun: boolean, fileName: string, year: number | null, rowsImported: number, uploadedBy: string | null, createdAt: string, region: { __typename?: 'Region', code: string, fullName: string } | null, identicalTo: { __typename?: 'ImportBatch', id: string } | null, sheets: Array<{ __typename?: 'ImportSheet', name: string, kind: LedgerKind | null, headerRow: number | null, rowsRead: number, rowsImported: number, skippedReason: string | null, columns: Array<{ __typename?: 'ImportColumn', column: string, header: string, field: string | null, unit: string | null, ignoredReason: string | null }> }> | null, errors: Array<{ __typename?: 'ImportIssue', code: string, sheet: string | null, row: number | null, column: string | null, header: string | null, value: string | null, message: string, rowValues: Array<string | null> | null }> | null, warnings: Array<{ __typename?: 'ImportIssue', code: string, sheet: string | null, row: number | null, column: string | null, header: string | null, value: string | null, message: string, rowValues: Array<string | null> | null }> | null, columnMappings: Array<{ __typename?: 'AppliedColumnMapping', sheet: string, header: string, field: string, source: MappingSource }> } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const PageIssueFragmentDoc = new TypedDocumentString(`
    fragment PageIssue on ImportIssue {
  code
  sheet
  row
  column
  header
  value
  message
  rowValues
}
    `, {"fragmentName":"PageIssue"}) as unknown as TypedDocumentString<PageIssueFragment, unknown>;
export const PageBatchFragmentDoc = new TypedDocumentString(`
    fragment PageBatch on ImportBatch {
  id
  status
  dryRun
  fileName
  year
  rowsImported
  uploadedBy
  createdAt
  region {
    code
    fullName
  }
  identicalTo {
    id
  }
  sheets {
    name
    kind
    headerRow
    rowsRead
    rowsImported
    skippedReason
    columns {
      column
      header
      field
      unit
      ignoredReason
    }
  }
  errors {
    ...PageIssue
  }
  warnings {
    ...PageIssue
  }
  columnMappings {
    sheet
    header
    field
    source
  }
}
    fragment PageIssue on ImportIssue {
  code
  sheet
  row
  column
  header
  value
  message
  rowValues
}`, {"fragmentName":"PageBatch"}) as unknown as TypedDocumentString<PageBatchFragment, unknown>;
export const PageRegionSearchDocument = new TypedDocumentString(`
    query PageRegionSearch($search: String!) {
  regions(search: $search, first: 12) {
    nodes {
      code
      name
      fullName
      levelLabel
    }
  }
}
    `) as unknown as TypedDocumentString<PageRegionSearchQuery, PageRegionSearchQueryVariables>;
export const PageRegionDocument = new TypedDocumentString(`
    query PageRegion($code: ID!) {
  region(code: $code) {
    code
    name
    fullName
  }
}
    `) as unknown as TypedDocumentString<PageRegionQuery, PageRegionQueryVariables>;
export const PageMetricsDocument = new TypedDocumentString(`
    query PageMetrics {
  metrics {
    key
    name
    unit
  }
}
    `) as unknown as TypedDocumentString<PageMetricsQuery, PageMetricsQueryVariables>;
export const PageCompareDocument = new TypedDocumentString(`
    query PageCompare($regions: [ID!]!, $metrics: [String!]!, $years: [Int!], $normalize: Normalization) {
  compare(
    regions: $regions
    metrics: $metrics
    years: $years
    normalize: $normalize
  ) {
    regionCode
    regionName
    regionFullName
    year
    metric
    value
    approximate
    rank
    note
    coverage {
      reported
      expected
    }
  }
}
    `) as unknown as TypedDocumentString<PageCompareQuery, PageCompareQueryVariables>;
export const PageImportLedgerDocument = new TypedDocumentString(`
    mutation PageImportLedger($file: Upload!, $dryRun: Boolean, $region: ID, $year: Int, $columnMap: [ColumnMappingInput!]) {
  importLedger(
    file: $file
    dryRun: $dryRun
    region: $region
    year: $year
    columnMap: $columnMap
    async: true
  ) {
    ...PageBatch
  }
}
    fragment PageBatch on ImportBatch {
  id
  status
  dryRun
  fileName
  year
  rowsImported
  uploadedBy
  createdAt
  region {
    code
    fullName
  }
  identicalTo {
    id
  }
  sheets {
    name
    kind
    headerRow
    rowsRead
    rowsImported
    skippedReason
    columns {
      column
      header
      field
      unit
      ignoredReason
    }
  }
  errors {
    ...PageIssue
  }
  warnings {
    ...PageIssue
  }
  columnMappings {
    sheet
    header
    field
    source
  }
}
fragment PageIssue on ImportIssue {
  code
  sheet
  row
  column
  header
  value
  message
  rowValues
}`) as unknown as TypedDocumentString<PageImportLedgerMutation, PageImportLedgerMutationVariables>;
export const PageImportProgressDocument = new TypedDocumentString(`
    query PageImportProgress($id: ID!) {
  importBatch(id: $id) {
    id
    status
    progress {
      rowsRead
      sheet
    }
  }
}
    `) as unknown as TypedDocumentString<PageImportProgressQuery, PageImportProgressQueryVariables>;
export const PageImportHistoryDocument = new TypedDocumentString(`
    query PageImportHistory($first: Int!, $after: String) {
  importBatches(first: $first, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      status
      dryRun
      fileName
      year
      rowsImported
      uploadedBy
      createdAt
      region {
        code
        fullName
      }
      sheets {
        name
        kind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PageImportHistoryQuery, PageImportHistoryQueryVariables>;
export const PageRollbackImportDocument = new TypedDocumentString(`
    mutation PageRollbackImport($id: ID!) {
  rollbackImport(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<PageRollbackImportMutation, PageRollbackImportMutationVariables>;
export const PageImportBatchDocument = new TypedDocumentString(`
    query PageImportBatch($id: ID!) {
  importBatch(id: $id) {
    ...PageBatch
  }
}
    fragment PageBatch on ImportBatch {
  id
  status
  dryRun
  fileName
  year
  rowsImported
  uploadedBy
  createdAt
  region {
    code
    fullName
  }
  identicalTo {
    id
  }
  sheets {
    name
    kind
    headerRow
    rowsRead
    rowsImported
    skippedReason
    columns {
      column
      header
      field
      unit
      ignoredReason
    }
  }
  errors {
    ...PageIssue
  }
  warnings {
    ...PageIssue
  }
  columnMappings {
    sheet
    header
    field
    source
  }
}
fragment PageIssue on ImportIssue {
  code
  sheet
  row
  column
  header
  value
  message
  rowValues
}`) as unknown as TypedDocumentString<PageImportBatchQuery, PageImportBatchQueryVariables>;