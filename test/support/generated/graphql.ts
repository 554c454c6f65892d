import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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
  Upload: { input: unknown; output: unknown; }
};

/** A header → field mapping the import applied, and its source. */
export type AppliedColumnMapping = {
  __typename?: 'AppliedColumnMapping';
  /** The ledger field (investment, area, indicator:KEY, ignore). */
  field: Scalars['String']['output'];
  /** The header as written. */
  header: Scalars['String']['output'];
  /** Sheet name. */
  sheet: Scalars['String']['output'];
  /** Where the meaning came from. */
  source: MappingSource;
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

/** One compared value: a region, a year and a metric. BI tools read these rows directly. */
export type ComparisonRow = {
  __typename?: 'ComparisonRow';
  /** Whether any contributing figure was given as 余/约/多. */
  approximate: Scalars['Boolean']['output'];
  /** The city the region rolls up to (a municipality for its districts). */
  cityCode: Maybe<Scalars['ID']['output']>;
  /** For a value summed over sub-regions, how many of them reported; null for a single region’s own figure, a rate, or a null value. */
  coverage: Maybe<Coverage>;
  /** Metric key, e.g. facilities.investmentYuan or indicators.POPULATION. */
  metric: Scalars['String']['output'];
  /** Why the value is null or how it was derived, when that needs saying: a partial total, a rate left as it is. */
  note: Maybe<Scalars['String']['output']>;
  /** The province the region lies in. */
  provinceCode: Maybe<Scalars['ID']['output']>;
  /** 1 = highest value among the compared regions for this metric and year; ties share a rank. */
  rank: Maybe<Scalars['Int']['output']>;
  /** The compared region. */
  region: Region;
  /** The row’s region code (GB/T 2260). */
  regionCode: Maybe<Scalars['ID']['output']>;
  /** The row’s region with its ancestors: 天津市河东区. */
  regionFullName: Maybe<Scalars['String']['output']>;
  /** The row’s region level in Chinese: 省级, 地级 or 县级. */
  regionLevelLabel: Maybe<Scalars['String']['output']>;
  /** The row’s region name: 河东区. */
  regionName: Maybe<Scalars['String']['output']>;
  /** The value; null when nothing was reported (never a silent 0). */
  value: Maybe<Scalars['Float']['output']>;
  /** Year. */
  year: Scalars['Int']['output'];
};

/** A competition in a year; results of several ledgers meet here. */
export type Competition = {
  __typename?: 'Competition';
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Name of the competition. */
  name: Scalars['String']['output'];
  /** Year it was held. */
  year: Scalars['Int']['output'];
};

/** A page of Competition rows. */
export type CompetitionConnection = {
  __typename?: 'CompetitionConnection';
  /** The Competition rows of this page, with cursors. */
  edges: Maybe<Array<Maybe<CompetitionEdge>>>;
  /** The Competition rows of this page. */
  nodes: Array<Competition>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Competition with its cursor. */
export type CompetitionEdge = {
  __typename?: 'CompetitionEdge';
  /** Opaque cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The Competition. */
  node: Maybe<Competition>;
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

/** How many of the county-level regions under a summed value reported: 3 of 16 means the total is partial. */
export type Coverage = {
  __typename?: 'Coverage';
  /** County-level regions (区, 县, 县级市) under the region in GB/T 2260. */
  expected: Scalars['Int']['output'];
  /** County-level regions with at least one current fact of the kind and year (for an indicator: of that metric); a city reporting its own figure covers all of its counties. */
  reported: Scalars['Int']['output'];
};

/** How precisely a ledger gave a date; the date itself is the first day of it. */
export type DatePrecision =
  /** A day: 2022年3月5日. */
  | 'DAY'
  /** A month: 2022年3月 (stored as 2022-03-01). */
  | 'MONTH'
  /** A year: 2022年, or 建成年份 2019 (stored as 2019-01-01). */
  | 'YEAR';

/** One event or activity held, from a 赛事活动台账. */
export type Event = {
  __typename?: 'Event';
  /** Fields given as 余/约/多 in the ledger, e.g. ["participants"]. */
  approximateFields: Maybe<Array<Scalars['String']['output']>>;
  /** Category (群众体育, 竞技体育 …). */
  category: Maybe<EventCategory>;
  /** Category in Chinese: 群众体育. */
  categoryLabel: Maybe<Scalars['String']['output']>;
  /** The city the region rolls up to (a municipality for its districts). */
  cityCode: Maybe<Scalars['ID']['output']>;
  /** How precisely the ledger gave the start: DAY, MONTH (2022年3月) or YEAR. */
  datePrecision: Maybe<DatePrecision>;
  /** How precisely the start was given, in Chinese: 日, 月 or 年. */
  datePrecisionLabel: Maybe<Scalars['String']['output']>;
  /** Last day, when a range was given. */
  endDate: Maybe<Scalars['Date']['output']>;
  /** Online, offline or both. */
  format: Maybe<EventFormat>;
  /** Format in Chinese: 线下. */
  formatLabel: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Level (国际 … 社区). */
  level: Maybe<EventLevel>;
  /** Level in Chinese: 区级. */
  levelLabel: Maybe<Scalars['String']['output']>;
  /** Name of the event. */
  name: Scalars['String']['output'];
  /** Notes (备注). */
  notes: Maybe<Scalars['String']['output']>;
  /** Organizer (主办单位). */
  organizer: Maybe<Scalars['String']['output']>;
  /** Participants (人数 or 人次). */
  participants: Maybe<Scalars['Int']['output']>;
  /** The province the region lies in. */
  provinceCode: Maybe<Scalars['ID']['output']>;
  /** The region the row reports on. */
  region: Region;
  /** The row’s region code (GB/T 2260). */
  regionCode: Maybe<Scalars['ID']['output']>;
  /** The row’s region with its ancestors: 天津市河东区. */
  regionFullName: Maybe<Scalars['String']['output']>;
  /** The row’s region level in Chinese: 省级, 地级 or 县级. */
  regionLevelLabel: Maybe<Scalars['String']['output']>;
  /** The row’s region name: 河东区. */
  regionName: Maybe<Scalars['String']['output']>;
  /** The batch, sheet and row the fact came from. */
  source: SourceRef;
  /** Sport (项目). */
  sport: Maybe<Scalars['String']['output']>;
  /** First day (or first day of the month or year given). */
  startDate: Maybe<Scalars['Date']['output']>;
  /** Teams taking part. */
  teams: Maybe<Scalars['Int']['output']>;
  /** The year the row reports on. */
  year: Scalars['Int']['output'];
};

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

/** A page of Event rows. */
export type EventConnection = {
  __typename?: 'EventConnection';
  /** The Event rows of this page, with cursors. */
  edges: Maybe<Array<Maybe<EventEdge>>>;
  /** The Event rows of this page. */
  nodes: Array<Event>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** What event totals are grouped by. */
export type EventDimension =
  | 'CATEGORY'
  | 'FORMAT'
  | 'LEVEL'
  | 'REGION'
  | 'SPORT'
  | 'YEAR';

/** One Event with its cursor. */
export type EventEdge = {
  __typename?: 'EventEdge';
  /** Opaque cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The Event. */
  node: Maybe<Event>;
};

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

/** Event totals of one group. */
export type EventGroup = {
  __typename?: 'EventGroup';
  /** Category, when grouped by CATEGORY. */
  category: Maybe<EventCategory>;
  /** Category in Chinese (群众体育), when grouped by CATEGORY. */
  categoryLabel: Maybe<Scalars['String']['output']>;
  /** The city the region rolls up to (a municipality for its districts). */
  cityCode: Maybe<Scalars['ID']['output']>;
  /** Events held. */
  count: Scalars['Int']['output'];
  /** Format, when grouped by FORMAT. */
  format: Maybe<EventFormat>;
  /** Format in Chinese, when grouped by FORMAT. */
  formatLabel: Maybe<Scalars['String']['output']>;
  /** Level, when grouped by LEVEL. */
  level: Maybe<EventLevel>;
  /** Level in Chinese, when grouped by LEVEL. */
  levelLabel: Maybe<Scalars['String']['output']>;
  /** Participants; null when none was reported. */
  participants: Maybe<Scalars['Int']['output']>;
  /** The province the region lies in. */
  provinceCode: Maybe<Scalars['ID']['output']>;
  /** The region, when grouped by REGION. */
  region: Maybe<Region>;
  /** The row’s region code (GB/T 2260). */
  regionCode: Maybe<Scalars['ID']['output']>;
  /** The row’s region with its ancestors: 天津市河东区. */
  regionFullName: Maybe<Scalars['String']['output']>;
  /** The row’s region level in Chinese: 省级, 地级 or 县级. */
  regionLevelLabel: Maybe<Scalars['String']['output']>;
  /** The row’s region name: 河东区. */
  regionName: Maybe<Scalars['String']['output']>;
  /** Sport, when grouped by SPORT. */
  sport: Maybe<Scalars['String']['output']>;
  /** Year, when grouped by YEAR. */
  year: Maybe<Scalars['Int']['output']>;
};

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

/** One facility project, or `quantity` identical ones, from a 场地设施台账. */
export type Facility = {
  __typename?: 'Facility';
  /** Where it is built. */
  address: Maybe<Scalars['String']['output']>;
  /** Fields given as 余/约/多 in the ledger, e.g. ["participants"]. */
  approximateFields: Maybe<Array<Scalars['String']['output']>>;
  /** Area in square metres. */
  areaM2: Maybe<Scalars['Float']['output']>;
  /** The city the region rolls up to (a municipality for its districts). */
  cityCode: Maybe<Scalars['ID']['output']>;
  /** Completion date (first day of the month or year given). */
  completedOn: Maybe<Scalars['Date']['output']>;
  /** How precisely the ledger gave completedOn: DAY, MONTH or YEAR (建成年份 2019). */
  completedOnPrecision: Maybe<DatePrecision>;
  /** How precisely completedOn was given, in Chinese: 日, 月 or 年. */
  completedOnPrecisionLabel: Maybe<Scalars['String']['output']>;
  /** Source of funds. */
  fundingSource: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Investment in yuan. */
  investmentYuan: Maybe<Scalars['Float']['output']>;
  /** Length in kilometres (trails). */
  lengthKm: Maybe<Scalars['Float']['output']>;
  /** Name of the project. */
  name: Scalars['String']['output'];
  /** Notes (备注). */
  notes: Maybe<Scalars['String']['output']>;
  /** New, renovation, expansion or repair. */
  projectType: Maybe<ProjectType>;
  /** Project type in Chinese: 新建. */
  projectTypeLabel: Maybe<Scalars['String']['output']>;
  /** The province the region lies in. */
  provinceCode: Maybe<Scalars['ID']['output']>;
  /** Number of identical facilities. */
  quantity: Scalars['Int']['output'];
  /** The region the row reports on. */
  region: Region;
  /** The row’s region code (GB/T 2260). */
  regionCode: Maybe<Scalars['ID']['output']>;
  /** The row’s region with its ancestors: 天津市河东区. */
  regionFullName: Maybe<Scalars['String']['output']>;
  /** The row’s region level in Chinese: 省级, 地级 or 县级. */
  regionLevelLabel: Maybe<Scalars['String']['output']>;
  /** The row’s region name: 河东区. */
  regionName: Maybe<Scalars['String']['output']>;
  /** The batch, sheet and row the fact came from. */
  source: SourceRef;
  /** Construction status. */
  status: FacilityStatus;
  /** Construction status in Chinese: 已建成. */
  statusLabel: Maybe<Scalars['String']['output']>;
  /** Facility type. */
  type: FacilityType;
  /** Facility type in Chinese: 健身园. */
  typeLabel: Maybe<Scalars['String']['output']>;
  /** The year the row reports on. */
  year: Scalars['Int']['output'];
};

/** A page of Facility rows. */
export type FacilityConnection = {
  __typename?: 'FacilityConnection';
  /** The Facility rows of this page, with cursors. */
  edges: Maybe<Array<Maybe<FacilityEdge>>>;
  /** The Facility rows of this page. */
  nodes: Array<Facility>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** What facility totals are grouped by. */
export type FacilityDimension =
  | 'PROJECT_TYPE'
  | 'REGION'
  | 'STATUS'
  | 'TYPE'
  | 'YEAR';

/** One Facility with its cursor. */
export type FacilityEdge = {
  __typename?: 'FacilityEdge';
  /** Opaque cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The Facility. */
  node: Maybe<Facility>;
};

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

/** Facility totals of one group. */
export type FacilityGroup = {
  __typename?: 'FacilityGroup';
  /** Area in m²; null when none was reported. */
  areaM2: Maybe<Scalars['Float']['output']>;
  /** The city the region rolls up to (a municipality for its districts). */
  cityCode: Maybe<Scalars['ID']['output']>;
  /** Ledger rows. */
  count: Scalars['Int']['output'];
  /** Investment in yuan; null when none was reported. */
  investmentYuan: Maybe<Scalars['Float']['output']>;
  /** Length in km; null when none was reported. */
  lengthKm: Maybe<Scalars['Float']['output']>;
  /** Project type, when grouped by PROJECT_TYPE. */
  projectType: Maybe<ProjectType>;
  /** Project type in Chinese, when grouped by PROJECT_TYPE. */
  projectTypeLabel: Maybe<Scalars['String']['output']>;
  /** The province the region lies in. */
  provinceCode: Maybe<Scalars['ID']['output']>;
  /** Facilities (rows × their 数量). */
  quantity: Scalars['Int']['output'];
  /** The region, when grouped by REGION. */
  region: Maybe<Region>;
  /** The row’s region code (GB/T 2260). */
  regionCode: Maybe<Scalars['ID']['output']>;
  /** The row’s region with its ancestors: 天津市河东区. */
  regionFullName: Maybe<Scalars['String']['output']>;
  /** The row’s region level in Chinese: 省级, 地级 or 县级. */
  regionLevelLabel: Maybe<Scalars['String']['output']>;
  /** The row’s region name: 河东区. */
  regionName: Maybe<Scalars['String']['output']>;
  /** Status, when grouped by STATUS. */
  status: Maybe<FacilityStatus>;
  /** Status in Chinese, when grouped by STATUS. */
  statusLabel: Maybe<Scalars['String']['output']>;
  /** Type, when grouped by TYPE. */
  type: Maybe<FacilityType>;
  /** Type in Chinese (健身园), when grouped by TYPE. */
  typeLabel: Maybe<Scalars['String']['output']>;
  /** Year, when grouped by YEAR. */
  year: Maybe<Scalars['Int']['output']>;
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

/** One upload of one workbook, with its report. */
export type ImportBatch = {
  __typename?: 'ImportBatch';
  /** Every header → field mapping the import applied, with its source; [] for batches of before. */
  columnMappings: Array<AppliedColumnMapping>;
  /** When the upload arrived. */
  createdAt: Scalars['DateTime']['output'];
  /** Whether this was a dry run (validated, nothing written). */
  dryRun: Scalars['Boolean']['output'];
  /** Errors; any error means nothing was written. */
  errors: Maybe<Array<ImportIssue>>;
  /** File name as uploaded. */
  fileName: Scalars['String']['output'];
  /** When it finished. */
  finishedAt: Maybe<Scalars['DateTime']['output']>;
  /** Batch number. */
  id: Scalars['ID']['output'];
  /** The committed batch with the same file, when this upload changed nothing. */
  identicalTo: Maybe<ImportBatch>;
  /** How far a queued import has read while it runs; null when it is not running. */
  progress: Maybe<ImportProgress>;
  /** Region the ledger is for. */
  region: Maybe<Region>;
  /** The batch this one replaced. */
  replaces: Maybe<ImportBatch>;
  /** Rows written by this batch. */
  rowsImported: Scalars['Int']['output'];
  /** The regions, years and kinds its rows cover — what a commit replaces (for a dry run: would replace); [] when refused and for batches of before. */
  scopes: Array<ImportBatchScope>;
  /** SHA-256 of the file; the same file twice is recognised by it. */
  sha256: Scalars['String']['output'];
  /** Every sheet and what became of it. */
  sheets: Maybe<Array<ImportSheet>>;
  /** Where the import stands. */
  status: ImportStatus;
  /** Who uploaded it: the API key's name, `cli` for the command line, `anonymous` with AUTH=off; null for batches of before keys. */
  uploadedBy: Maybe<Scalars['String']['output']>;
  /** Warnings; they never block an import. */
  warnings: Maybe<Array<ImportIssue>>;
  /** Year given by the upload or the preamble. */
  year: Maybe<Scalars['Int']['output']>;
};

/** A page of ImportBatch rows. */
export type ImportBatchConnection = {
  __typename?: 'ImportBatchConnection';
  /** The ImportBatch rows of this page, with cursors. */
  edges: Maybe<Array<Maybe<ImportBatchEdge>>>;
  /** The ImportBatch rows of this page. */
  nodes: Array<ImportBatch>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One ImportBatch with its cursor. */
export type ImportBatchEdge = {
  __typename?: 'ImportBatchEdge';
  /** Opaque cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The ImportBatch. */
  node: Maybe<ImportBatch>;
};

/** A region, year and kind of ledger that a batch’s rows cover; a commit replaces it. */
export type ImportBatchScope = {
  __typename?: 'ImportBatchScope';
  /** The city the region rolls up to (a municipality for its districts). */
  cityCode: Maybe<Scalars['ID']['output']>;
  /** The kind of ledger. */
  kind: LedgerKind;
  /** The kind in Chinese: 场地设施 … */
  kindLabel: Maybe<Scalars['String']['output']>;
  /** The province the region lies in. */
  provinceCode: Maybe<Scalars['ID']['output']>;
  /** The region of the scope. */
  region: Maybe<Region>;
  /** The row’s region code (GB/T 2260). */
  regionCode: Maybe<Scalars['ID']['output']>;
  /** The row’s region with its ancestors: 天津市河东区. */
  regionFullName: Maybe<Scalars['String']['output']>;
  /** The row’s region level in Chinese: 省级, 地级 or 县级. */
  regionLevelLabel: Maybe<Scalars['String']['output']>;
  /** The row’s region name: 河东区. */
  regionName: Maybe<Scalars['String']['output']>;
  /** Rows of the batch in this scope. */
  rows: Scalars['Int']['output'];
  /** The year the rows report on. */
  year: Scalars['Int']['output'];
};

/** One header of a sheet and what the importer made of it. */
export type ImportColumn = {
  __typename?: 'ImportColumn';
  /** Column letter (A, B, … AA). */
  column: Scalars['String']['output'];
  /** The ledger field it fills (investment, area …); null when ignored. */
  field: Maybe<Scalars['String']['output']>;
  /** The header as written. */
  header: Scalars['String']['output'];
  /** Why the column was ignored, in the reader’s language; null when it was read. */
  ignoredReason: Maybe<Scalars['String']['output']>;
  /** The unit read from the header (万元, ㎡ …). */
  unit: Maybe<Scalars['String']['output']>;
};

/** An error or warning, located as precisely as the problem allows. */
export type ImportIssue = {
  __typename?: 'ImportIssue';
  /** Stable machine-readable code, e.g. NOT_A_NUMBER. */
  code: Scalars['String']['output'];
  /** Column letter (A, B, … AA). */
  column: Maybe<Scalars['String']['output']>;
  /** Header of the column as written. */
  header: Maybe<Scalars['String']['output']>;
  /** What is wrong, for the clerk: zh-CN by default, English with Accept-Language: en. The code does not change with the language. */
  message: Scalars['String']['output'];
  /** Row number as Excel shows it. */
  row: Maybe<Scalars['Int']['output']>;
  /** The row as the clerk wrote it, one text per column (A first); null for issues of no row and for reports of before. */
  rowValues: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  /** Sheet name; null for whole-file problems. */
  sheet: Maybe<Scalars['String']['output']>;
  /** The raw cell value. */
  value: Maybe<Scalars['String']['output']>;
};

/** How far a running import has read. */
export type ImportProgress = {
  __typename?: 'ImportProgress';
  /** Rows read so far (told every 1,000 rows). */
  rowsRead: Scalars['Int']['output'];
  /** The sheet being read. */
  sheet: Maybe<Scalars['String']['output']>;
};

/** One sheet of an uploaded workbook and what became of it. */
export type ImportSheet = {
  __typename?: 'ImportSheet';
  /** How each header was understood, in column order; [] for reports of before. */
  columns: Array<ImportColumn>;
  /** Row number of the (lower) header row. */
  headerRow: Maybe<Scalars['Int']['output']>;
  /** Kind detected; null when skipped. */
  kind: Maybe<LedgerKind>;
  /** Sheet name. */
  name: Scalars['String']['output'];
  /** Rows written; for a dry run, the rows that would be; 0 when the workbook was rejected. */
  rowsImported: Scalars['Int']['output'];
  /** Data rows read (blank, total and footer rows excluded). */
  rowsRead: Scalars['Int']['output'];
  /** Why the sheet was skipped, if it was, in the reader’s language. */
  skippedReason: Maybe<Scalars['String']['output']>;
};

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

/** One metric value for one region and year, from a 工作指标台账. */
export type Indicator = {
  __typename?: 'Indicator';
  /** Whether the ledger gave it as 余/约/多. */
  approximate: Scalars['Boolean']['output'];
  /** Fields given as 余/约/多 in the ledger, e.g. ["participants"]. */
  approximateFields: Maybe<Array<Scalars['String']['output']>>;
  /** The city the region rolls up to (a municipality for its districts). */
  cityCode: Maybe<Scalars['ID']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The metric. */
  metric: Metric;
  /** The metric key (POPULATION), as a flat column. */
  metricKey: Scalars['ID']['output'];
  /** The metric’s Chinese name (常住人口), as a flat column. */
  metricName: Maybe<Scalars['String']['output']>;
  /** The unit the value is in, as a flat column. */
  metricUnit: Maybe<Scalars['String']['output']>;
  /** Notes (备注). */
  notes: Maybe<Scalars['String']['output']>;
  /** The province the region lies in. */
  provinceCode: Maybe<Scalars['ID']['output']>;
  /** The region the row reports on. */
  region: Region;
  /** The row’s region code (GB/T 2260). */
  regionCode: Maybe<Scalars['ID']['output']>;
  /** The row’s region with its ancestors: 天津市河东区. */
  regionFullName: Maybe<Scalars['String']['output']>;
  /** The row’s region level in Chinese: 省级, 地级 or 县级. */
  regionLevelLabel: Maybe<Scalars['String']['output']>;
  /** The row’s region name: 河东区. */
  regionName: Maybe<Scalars['String']['output']>;
  /** The batch, sheet and row the fact came from. */
  source: SourceRef;
  /** Value in the metric’s unit. */
  value: Scalars['Float']['output'];
  /** The year the row reports on. */
  year: Scalars['Int']['output'];
};

/** A page of Indicator rows. */
export type IndicatorConnection = {
  __typename?: 'IndicatorConnection';
  /** The Indicator rows of this page, with cursors. */
  edges: Maybe<Array<Maybe<IndicatorEdge>>>;
  /** The Indicator rows of this page. */
  nodes: Array<Indicator>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Indicator with its cursor. */
export type IndicatorEdge = {
  __typename?: 'IndicatorEdge';
  /** Opaque cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The Indicator. */
  node: Maybe<Indicator>;
};

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

/** One delegation on a medal table. */
export type MedalRow = {
  __typename?: 'MedalRow';
  /** Athletes sent, when reported. */
  athletes: Maybe<Scalars['Int']['output']>;
  /** Bronze medals. */
  bronze: Scalars['Float']['output'];
  /** The city the region rolls up to (a municipality for its districts). */
  cityCode: Maybe<Scalars['ID']['output']>;
  /** Gold medals (shared medals count as halves). */
  gold: Scalars['Float']['output'];
  /** Gold + silver + bronze. */
  medals: Scalars['Float']['output'];
  /** Team points, when reported. */
  points: Maybe<Scalars['Float']['output']>;
  /** The province the region lies in. */
  provinceCode: Maybe<Scalars['ID']['output']>;
  /** Rank: gold first, then silver, then bronze; ties share a rank. */
  rank: Scalars['Int']['output'];
  /** The delegation's region. */
  region: Region;
  /** The row’s region code (GB/T 2260). */
  regionCode: Maybe<Scalars['ID']['output']>;
  /** The row’s region with its ancestors: 天津市河东区. */
  regionFullName: Maybe<Scalars['String']['output']>;
  /** The row’s region level in Chinese: 省级, 地级 or 县级. */
  regionLevelLabel: Maybe<Scalars['String']['output']>;
  /** The row’s region name: 河东区. */
  regionName: Maybe<Scalars['String']['output']>;
  /** Silver medals. */
  silver: Scalars['Float']['output'];
};

/** A key indicator of the catalog. */
export type Metric = {
  __typename?: 'Metric';
  /** Other names a ledger may use. */
  aliases: Maybe<Array<Scalars['String']['output']>>;
  /** Stable key, e.g. POPULATION. */
  key: Scalars['ID']['output'];
  /** Canonical Chinese name. */
  name: Scalars['String']['output'];
  /** Unit values are stored in. */
  unit: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Imports a ledger workbook (.xlsx or .csv): all of it is committed, or nothing is and the report names every bad cell. */
  importLedger: ImportBatch;
  /** Undoes a committed import: its rows stop counting and the ledger it replaced counts again. */
  rollbackImport: ImportBatch;
};


export type MutationImportLedgerArgs = {
  async?: InputMaybe<Scalars['Boolean']['input']>;
  columnMap?: InputMaybe<Array<ColumnMappingInput>>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  file: Scalars['Upload']['input'];
  ignoreSheets?: InputMaybe<Array<Scalars['String']['input']>>;
  region?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationRollbackImportArgs = {
  id: Scalars['ID']['input'];
};

/** How compared values are scaled. */
export type Normalization =
  /** As reported. */
  | 'NONE'
  /** Per 10,000 residents, by the POPULATION indicator of that region and year; additive metrics only: a rate keeps its value, with a note. */
  | 'PER_10K_RESIDENTS';

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last row; pass it as `after`. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether more rows follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether rows precede this page (true when `after` was given). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first row of the page. */
  startCursor: Maybe<Scalars['String']['output']>;
};

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

export type Query = {
  __typename?: 'Query';
  /** Cross-region comparison: one flat row per (region, year, metric). Metric keys: events.count events.participants facilities.count facilities.quantity facilities.investmentYuan facilities.areaM2 facilities.lengthKm results.athletes results.gold results.silver results.bronze results.medals results.points indicators.<METRIC KEY>. */
  compare: Array<ComparisonRow>;
  /** Competitions that current results of the filtered regions and years refer to. */
  competitions: Maybe<CompetitionConnection>;
  /** Event totals grouped by the given dimensions; rollupTo adds sub-regions into their ancestor at that level. */
  eventSummary: Array<EventGroup>;
  /** Events held, in the order they were imported. */
  events: Maybe<EventConnection>;
  /** Facilities built or planned. */
  facilities: Maybe<FacilityConnection>;
  /** Facility totals grouped by the given dimensions; rollupTo adds sub-regions into their ancestor at that level. */
  facilitySummary: Array<FacilityGroup>;
  /** One import by its number. */
  importBatch: Maybe<ImportBatch>;
  /** Imports, oldest first. */
  importBatches: Maybe<ImportBatchConnection>;
  /** Key indicator values by region and year. */
  indicators: Maybe<IndicatorConnection>;
  /** A competition's medal table: gold first, then silver, then bronze. */
  medalTable: Array<MedalRow>;
  /** The indicator catalog. */
  metrics: Array<Metric>;
  /** One region by its six-digit code. */
  region: Maybe<Region>;
  /** Regions by level, parent or name, ordered by code. */
  regions: Maybe<RegionConnection>;
  /** Competition results of delegations. */
  results: Maybe<ResultConnection>;
};


export type QueryCompareArgs = {
  includeDescendants?: InputMaybe<Scalars['Boolean']['input']>;
  metrics: Array<Scalars['String']['input']>;
  normalize?: InputMaybe<Normalization>;
  regions: Array<Scalars['ID']['input']>;
  years?: InputMaybe<Array<Scalars['Int']['input']>>;
};


export type QueryCompetitionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CommonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  region?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
  years?: InputMaybe<Scalars['String']['input']>;
};


export type QueryEventSummaryArgs = {
  filter?: InputMaybe<EventFilter>;
  groupBy?: InputMaybe<Array<EventDimension>>;
  region?: InputMaybe<Scalars['ID']['input']>;
  rollupTo?: InputMaybe<RegionLevel>;
  year?: InputMaybe<Scalars['Int']['input']>;
  years?: InputMaybe<Scalars['String']['input']>;
};


export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  region?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
  years?: InputMaybe<Scalars['String']['input']>;
};


export type QueryFacilitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FacilityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  region?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
  years?: InputMaybe<Scalars['String']['input']>;
};


export type QueryFacilitySummaryArgs = {
  filter?: InputMaybe<FacilityFilter>;
  groupBy?: InputMaybe<Array<FacilityDimension>>;
  region?: InputMaybe<Scalars['ID']['input']>;
  rollupTo?: InputMaybe<RegionLevel>;
  year?: InputMaybe<Scalars['Int']['input']>;
  years?: InputMaybe<Scalars['String']['input']>;
};


export type QueryImportBatchArgs = {
  id: Scalars['ID']['input'];
};


export type QueryImportBatchesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryIndicatorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IndicatorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  region?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
  years?: InputMaybe<Scalars['String']['input']>;
};


export type QueryMedalTableArgs = {
  competition: Scalars['ID']['input'];
  group?: InputMaybe<CompetitionGroup>;
};


export type QueryRegionArgs = {
  code: Scalars['ID']['input'];
};


export type QueryRegionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  level?: InputMaybe<RegionLevel>;
  parent?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryResultsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ResultFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  region?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
  years?: InputMaybe<Scalars['String']['input']>;
};

/** A GB/T 2260 administrative division. */
export type Region = {
  __typename?: 'Region';
  /** Regions directly inside this one, by code. */
  children: Maybe<Array<Region>>;
  /** GB/T 2260 code, six digits. */
  code: Scalars['ID']['output'];
  /** Name with its ancestors, e.g. 天津市河东区. */
  fullName: Scalars['String']['output'];
  /** Administrative level. */
  level: RegionLevel;
  /** Administrative level in Chinese: 省级, 地级 or 县级. */
  levelLabel: Scalars['String']['output'];
  /** Name, e.g. 河东区. */
  name: Scalars['String']['output'];
  /** The region this one lies in. */
  parent: Maybe<Region>;
};

/** A page of Region rows. */
export type RegionConnection = {
  __typename?: 'RegionConnection';
  /** The Region rows of this page, with cursors. */
  edges: Maybe<Array<Maybe<RegionEdge>>>;
  /** The Region rows of this page. */
  nodes: Array<Region>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Region with its cursor. */
export type RegionEdge = {
  __typename?: 'RegionEdge';
  /** Opaque cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The Region. */
  node: Maybe<Region>;
};

/** Administrative level; the four municipalities are PROVINCE and act as their own city. */
export type RegionLevel =
  /** Prefecture-level city, prefecture or league (地级) */
  | 'CITY'
  /** District, county or county-level city (县级) */
  | 'DISTRICT'
  /** Province, autonomous region or municipality (省级) */
  | 'PROVINCE';

/** One delegation’s result at one competition, from a 竞赛成绩台账. */
export type Result = {
  __typename?: 'Result';
  /** Fields given as 余/约/多 in the ledger, e.g. ["participants"]. */
  approximateFields: Maybe<Array<Scalars['String']['output']>>;
  /** Athletes sent. */
  athletes: Maybe<Scalars['Int']['output']>;
  /** Bronze medals; null = not reported. */
  bronze: Maybe<Scalars['Float']['output']>;
  /** The city the region rolls up to (a municipality for its districts). */
  cityCode: Maybe<Scalars['ID']['output']>;
  /** The competition. */
  competition: Competition;
  /** The competition’s id, as a flat column. */
  competitionId: Scalars['ID']['output'];
  /** The competition’s name, as a flat column. */
  competitionName: Maybe<Scalars['String']['output']>;
  /** How precisely 比赛时间 gave the start: DAY, MONTH or YEAR. */
  datePrecision: Maybe<DatePrecision>;
  /** How precisely 比赛时间 was given, in Chinese: 日, 月 or 年. */
  datePrecisionLabel: Maybe<Scalars['String']['output']>;
  /** Last day of 比赛时间, when a range was given (a month or year ends on its last day). */
  endDate: Maybe<Scalars['Date']['output']>;
  /** Gold medals (halves for shared medals); null = not reported. */
  gold: Maybe<Scalars['Float']['output']>;
  /** Rank on the gold-medal table. */
  goldRank: Maybe<Scalars['Int']['output']>;
  /** Group (组别); ALL for the whole delegation. */
  group: CompetitionGroup;
  /** Group in Chinese: 青少年组. */
  groupLabel: Maybe<Scalars['String']['output']>;
  /** Honours won. */
  honors: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Rank on the medal table. */
  medalRank: Maybe<Scalars['Int']['output']>;
  /** Total medals: as given, or gold + silver + bronze when all three are; null = not reported. */
  medals: Maybe<Scalars['Float']['output']>;
  /** Notes (备注). */
  notes: Maybe<Scalars['String']['output']>;
  /** Placement (第八名 = 8). */
  placement: Maybe<Scalars['Int']['output']>;
  /** Team points (团体总分). */
  points: Maybe<Scalars['Float']['output']>;
  /** Rank by team points. */
  pointsRank: Maybe<Scalars['Int']['output']>;
  /** The province the region lies in. */
  provinceCode: Maybe<Scalars['ID']['output']>;
  /** The region the row reports on. */
  region: Region;
  /** The row’s region code (GB/T 2260). */
  regionCode: Maybe<Scalars['ID']['output']>;
  /** The row’s region with its ancestors: 天津市河东区. */
  regionFullName: Maybe<Scalars['String']['output']>;
  /** The row’s region level in Chinese: 省级, 地级 or 县级. */
  regionLevelLabel: Maybe<Scalars['String']['output']>;
  /** The row’s region name: 河东区. */
  regionName: Maybe<Scalars['String']['output']>;
  /** Silver medals; null = not reported. */
  silver: Maybe<Scalars['Float']['output']>;
  /** The batch, sheet and row the fact came from. */
  source: SourceRef;
  /** Sport, when the row is for one. */
  sport: Maybe<Scalars['String']['output']>;
  /** First day of 比赛时间 (or first day of the month or year given). */
  startDate: Maybe<Scalars['Date']['output']>;
  /** The year the row reports on. */
  year: Scalars['Int']['output'];
};

/** A page of Result rows. */
export type ResultConnection = {
  __typename?: 'ResultConnection';
  /** The Result rows of this page, with cursors. */
  edges: Maybe<Array<Maybe<ResultEdge>>>;
  /** The Result rows of this page. */
  nodes: Array<Result>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Result with its cursor. */
export type ResultEdge = {
  __typename?: 'ResultEdge';
  /** Opaque cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The Result. */
  node: Maybe<Result>;
};

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

/** Where a stored row came from. */
export type SourceRef = {
  __typename?: 'SourceRef';
  /** The import that wrote the row. */
  batch: ImportBatch;
  /** Row number in the sheet (1-based, as Excel shows it). */
  row: Scalars['Int']['output'];
  /** Sheet name in the workbook. */
  sheet: Scalars['String']['output'];
};

export type AccessImportLedgerMutationVariables = Exact<{
  file: Scalars['Upload']['input'];
  region?: InputMaybe<Scalars['ID']['input']>;
}>;


export type AccessImportLedgerMutation = { __typename?: 'Mutation', importLedger: { __typename?: 'ImportBatch', id: string, status: ImportStatus, uploadedBy: string | null, rowsImported: number, region: { __typename?: 'Region', code: string } | null, errors: Array<{ __typename?: 'ImportIssue', sheet: string | null, row: number | null, column: string | null, value: string | null, code: string, message: string }> | null } };

export type AccessRollbackMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AccessRollbackMutation = { __typename?: 'Mutation', rollbackImport: { __typename?: 'ImportBatch', id: string, status: ImportStatus } };

export type AccessBatchQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AccessBatchQuery = { __typename?: 'Query', importBatch: { __typename?: 'ImportBatch', id: string, status: ImportStatus, uploadedBy: string | null } | null };

export type RegionTreeQueryVariables = Exact<{
  level?: InputMaybe<RegionLevel>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type RegionTreeQuery = { __typename?: 'Query', regions: { __typename?: 'RegionConnection', nodes: Array<{ __typename?: 'Region', code: string, parent: { __typename?: 'Region', parent: { __typename?: 'Region', name: string } | null } | null, children: Array<{ __typename?: 'Region', name: string }> | null }> } | null };

export type FacilitySourcesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type FacilitySourcesQuery = { __typename?: 'Query', facilities: { __typename?: 'FacilityConnection', nodes: Array<{ __typename?: 'Facility', id: string, region: { __typename?: 'Region', name: string, parent: { __typename?: 'Region', name: string } | null }, source: { __typename?: 'SourceRef', sheet: string, row: number, batch: { __typename?: 'ImportBatch', fileName: string } } }> } | null };

export type DatedEventsQueryVariables = Exact<{
  filter?: InputMaybe<EventFilter>;
}>;


export type DatedEventsQuery = { __typename?: 'Query', events: { __typename?: 'EventConnection', nodes: Array<{ __typename?: 'Event', name: string, startDate: string | null, endDate: string | null, datePrecision: DatePrecision | null }> } | null };

export type DatedResultsQueryVariables = Exact<{
  filter?: InputMaybe<ResultFilter>;
}>;


export type DatedResultsQuery = { __typename?: 'Query', results: { __typename?: 'ResultConnection', nodes: Array<{ __typename?: 'Result', sport: string | null, group: CompetitionGroup, startDate: string | null, endDate: string | null, datePrecision: DatePrecision | null, gold: number | null, silver: number | null, bronze: number | null, medals: number | null, approximateFields: Array<string> | null, competition: { __typename?: 'Competition', name: string }, region: { __typename?: 'Region', code: string } }> } | null };

export type DatedFacilitiesQueryVariables = Exact<{
  filter?: InputMaybe<FacilityFilter>;
}>;


export type DatedFacilitiesQuery = { __typename?: 'Query', facilities: { __typename?: 'FacilityConnection', nodes: Array<{ __typename?: 'Facility', name: string, completedOn: string | null, completedOnPrecision: DatePrecision | null }> } | null };

export type ClerkIssueFragment = { __typename?: 'ImportIssue', sheet: string | null, row: number | null, column: string | null, header: string | null, value: string | null, code: string, message: string, rowValues: Array<string | null> | null };

export type ClerkBatchFragment = { __typename?: 'ImportBatch', id: string, fileName: string, status: ImportStatus, dryRun: boolean, rowsImported: number, sheets: Array<{ __typename?: 'ImportSheet', name: string, kind: LedgerKind | null, skippedReason: string | null, rowsRead: number, rowsImported: number, columns: Array<{ __typename?: 'ImportColumn', header: string, column: string, field: string | null, unit: string | null, ignoredReason: string | null }> }> | null, columnMappings: Array<{ __typename?: 'AppliedColumnMapping', sheet: string, header: string, field: string, source: MappingSource }>, errors: Array<{ __typename?: 'ImportIssue', sheet: string | null, row: number | null, column: string | null, header: string | null, value: string | null, code: string, message: string, rowValues: Array<string | null> | null }> | null, warnings: Array<{ __typename?: 'ImportIssue', sheet: string | null, row: number | null, column: string | null, header: string | null, value: string | null, code: string, message: string, rowValues: Array<string | null> | null }> | null };

export type ClerkImportLedgerMutationVariables = Exact<{
  file: Scalars['Upload']['input'];
  region?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  columnMap?: InputMaybe<Array<ColumnMappingInput> | ColumnMappingInput>;
  ignoreSheets?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
}>;


export type ClerkImportLedgerMutation = { __typename?: 'Mutation', importLedger: { __typename?: 'ImportBatch', id: string, fileName: string, status: ImportStatus, dryRun: boolean, rowsImported: number, sheets: Array<{ __typename?: 'ImportSheet', name: string, kind: LedgerKind | null, skippedReason: string | null, rowsRead: number, rowsImported: number, columns: Array<{ __typename?: 'ImportColumn', header: string, column: string, field: string | null, unit: string | null, ignoredReason: string | null }> }> | null, columnMappings: Array<{ __typename?: 'AppliedColumnMapping', sheet: string, header: string, field: string, source: MappingSource }>, errors: Array<{ __typename?: 'ImportIssue', sheet: string | null, row: number | null, column: string | null, header: string | null, value: string | null, code: string, message: string, rowValues: Array<string | null> | null }> | null, warnings: Array<{ __typename?: 'ImportIssue', sheet: string | null, row: number | null, column: string | null, header: string | null, value: string | null, code: string, message: string, rowValues: Array<string | null> | null }> | null } };

export type ClerkImportBatchQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClerkImportBatchQuery = { __typename?: 'Query', importBatch: { __typename?: 'ImportBatch', id: string, fileName: string, status: ImportStatus, dryRun: boolean, rowsImported: number, sheets: Array<{ __typename?: 'ImportSheet', name: string, kind: LedgerKind | null, skippedReason: string | null, rowsRead: number, rowsImported: number, columns: Array<{ __typename?: 'ImportColumn', header: string, column: string, field: string | null, unit: string | null, ignoredReason: string | null }> }> | null, columnMappings: Array<{ __typename?: 'AppliedColumnMapping', sheet: string, header: string, field: string, source: MappingSource }>, errors: Array<{ __typename?: 'ImportIssue', sheet: string | null, row: number | null, column: string | null, header: string | null, value: string | null, code: string, message: string, rowValues: Array<string | null> | null }> | null, warnings: Array<{ __typename?: 'ImportIssue', sheet: string | null, row: number | null, column: string | null, header: string | null, value: string | null, code: string, message: string, rowValues: Array<string | null> | null }> | null } | null };

export type RegionFamiliesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RegionFamiliesQuery = { __typename?: 'Query', regions: { __typename?: 'RegionConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename?: 'Region', code: string, name: string, parent: { __typename?: 'Region', name: string, parent: { __typename?: 'Region', name: string } | null } | null, children: Array<{ __typename?: 'Region', code: string }> | null }> } | null };

export type BatchIssuesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type BatchIssuesQuery = { __typename?: 'Query', importBatches: { __typename?: 'ImportBatchConnection', nodes: Array<{ __typename?: 'ImportBatch', id: string, errors: Array<{ __typename?: 'ImportIssue', code: string, message: string }> | null }> } | null };

export type FacilitiesNamedQueryVariables = Exact<{
  nameContains?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type FacilitiesNamedQuery = { __typename?: 'Query', facilities: { __typename?: 'FacilityConnection', totalCount: number, nodes: Array<{ __typename?: 'Facility', name: string }> } | null };

export type ListJsonFacilitiesQueryVariables = Exact<{
  filter?: InputMaybe<FacilityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
  years?: InputMaybe<Scalars['String']['input']>;
}>;


export type ListJsonFacilitiesQuery = { __typename?: 'Query', facilities: { __typename?: 'FacilityConnection', totalCount: number, nodes: Array<{ __typename?: 'Facility', id: string, year: number, approximateFields: Array<string> | null, regionCode: string | null, regionName: string | null, regionFullName: string | null, name: string, type: FacilityType, projectType: ProjectType | null, status: FacilityStatus, quantity: number, investmentYuan: number | null, areaM2: number | null, lengthKm: number | null, completedOn: string | null, completedOnPrecision: DatePrecision | null, fundingSource: string | null, address: string | null, notes: string | null, typeLabel: string | null, statusLabel: string | null, projectTypeLabel: string | null, completedOnPrecisionLabel: string | null, place: { __typename?: 'Region', level: RegionLevel, fullName: string, code: string, name: string } }>, page: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null };

export type ListJsonFacilitiesExecutedQueryVariables = Exact<{
  filter?: InputMaybe<FacilityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
  years?: InputMaybe<Scalars['String']['input']>;
}>;


export type ListJsonFacilitiesExecutedQuery = { __typename?: 'Query', facilities: { __typename: 'FacilityConnection', totalCount: number, nodes: Array<{ __typename?: 'Facility', id: string, year: number, approximateFields: Array<string> | null, regionCode: string | null, regionName: string | null, regionFullName: string | null, name: string, type: FacilityType, projectType: ProjectType | null, status: FacilityStatus, quantity: number, investmentYuan: number | null, areaM2: number | null, lengthKm: number | null, completedOn: string | null, completedOnPrecision: DatePrecision | null, fundingSource: string | null, address: string | null, notes: string | null, typeLabel: string | null, statusLabel: string | null, projectTypeLabel: string | null, completedOnPrecisionLabel: string | null, place: { __typename?: 'Region', level: RegionLevel, fullName: string, code: string, name: string } }>, page: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null };

export type ListJsonEventsQueryVariables = Exact<{
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ListJsonEventsQuery = { __typename?: 'Query', events: { __typename?: 'EventConnection', nodes: Array<{ __typename?: 'Event', id: string, year: number, approximateFields: Array<string> | null, regionCode: string | null, regionName: string | null, regionFullName: string | null, name: string, startDate: string | null, datePrecision: DatePrecision | null, endDate: string | null, level: EventLevel | null, category: EventCategory | null, sport: string | null, format: EventFormat | null, organizer: string | null, participants: number | null, teams: number | null, notes: string | null, levelLabel: string | null, categoryLabel: string | null, formatLabel: string | null, datePrecisionLabel: string | null, region: { __typename?: 'Region', code: string, name: string } }>, pageInfo: { __typename?: 'PageInfo', endCursor: string | null, hasNextPage: boolean } } | null };

export type ListJsonEventsExecutedQueryVariables = Exact<{
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ListJsonEventsExecutedQuery = { __typename?: 'Query', events: { __typename: 'EventConnection', nodes: Array<{ __typename?: 'Event', id: string, year: number, approximateFields: Array<string> | null, regionCode: string | null, regionName: string | null, regionFullName: string | null, name: string, startDate: string | null, datePrecision: DatePrecision | null, endDate: string | null, level: EventLevel | null, category: EventCategory | null, sport: string | null, format: EventFormat | null, organizer: string | null, participants: number | null, teams: number | null, notes: string | null, levelLabel: string | null, categoryLabel: string | null, formatLabel: string | null, datePrecisionLabel: string | null, region: { __typename?: 'Region', code: string, name: string } }>, pageInfo: { __typename?: 'PageInfo', endCursor: string | null, hasNextPage: boolean } } | null };

export type ListJsonDistrictQueryVariables = Exact<{
  code: Scalars['ID']['input'];
}>;


export type ListJsonDistrictQuery = { __typename?: 'Query', region: { __typename?: 'Region', code: string, name: string } | null, facilities: { __typename?: 'FacilityConnection', nodes: Array<{ __typename?: 'Facility', id: string, name: string, type: FacilityType, quantity: number, investmentYuan: number | null, completedOn: string | null }>, pageInfo: { __typename?: 'PageInfo', endCursor: string | null, hasNextPage: boolean } } | null };

export type ListJsonDistrictExecutedQueryVariables = Exact<{
  code: Scalars['ID']['input'];
}>;


export type ListJsonDistrictExecutedQuery = { __typename?: 'Query', region: { __typename: 'Region', code: string, name: string } | null, facilities: { __typename?: 'FacilityConnection', nodes: Array<{ __typename?: 'Facility', id: string, name: string, type: FacilityType, quantity: number, investmentYuan: number | null, completedOn: string | null }>, pageInfo: { __typename?: 'PageInfo', endCursor: string | null, hasNextPage: boolean } } | null };

export type FacilityPageWithRegionsQueryVariables = Exact<{
  filter?: InputMaybe<FacilityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  total: Scalars['Boolean']['input'];
}>;


export type FacilityPageWithRegionsQuery = { __typename?: 'Query', facilities: { __typename?: 'FacilityConnection', totalCount?: number, nodes: Array<{ __typename?: 'Facility', id: string, name: string, typeLabel: string | null, investmentYuan: number | null, completedOn: string | null, approximateFields: Array<string> | null, regionCode: string | null, regionName: string | null, regionFullName: string | null, regionLevelLabel: string | null, cityCode: string | null, provinceCode: string | null, region: { __typename?: 'Region', code: string, name: string, levelLabel: string, parent: { __typename?: 'Region', name: string } | null }, source: { __typename?: 'SourceRef', sheet: string, row: number, batch: { __typename?: 'ImportBatch', fileName: string } } }>, pageInfo: { __typename?: 'PageInfo', endCursor: string | null, hasNextPage: boolean } } | null };

export type EventPageWithRegionsQueryVariables = Exact<{
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type EventPageWithRegionsQuery = { __typename?: 'Query', events: { __typename?: 'EventConnection', nodes: Array<{ __typename?: 'Event', id: string, categoryLabel: string | null, startDate: string | null, regionFullName: string | null, provinceCode: string | null, region: { __typename?: 'Region', code: string, name: string } }>, pageInfo: { __typename?: 'PageInfo', endCursor: string | null, hasNextPage: boolean } } | null };

export type EventListQueryVariables = Exact<{
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type EventListQuery = { __typename?: 'Query', events: { __typename?: 'EventConnection', totalCount: number, nodes: Array<{ __typename?: 'Event', id: string, name: string, year: number, startDate: string | null, endDate: string | null, category: EventCategory | null, level: EventLevel | null, sport: string | null, format: EventFormat | null, participants: number | null, approximateFields: Array<string> | null, region: { __typename?: 'Region', code: string } }>, edges: Array<{ __typename?: 'EventEdge', cursor: string, node: { __typename?: 'Event', id: string } | null } | null> | null, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null };

export type FacilityListQueryVariables = Exact<{
  filter?: InputMaybe<FacilityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type FacilityListQuery = { __typename?: 'Query', facilities: { __typename?: 'FacilityConnection', totalCount: number, nodes: Array<{ __typename?: 'Facility', id: string, name: string, year: number, type: FacilityType, status: FacilityStatus, projectType: ProjectType | null, quantity: number, region: { __typename?: 'Region', code: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null };

export type ResultListQueryVariables = Exact<{
  filter?: InputMaybe<ResultFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ResultListQuery = { __typename?: 'Query', results: { __typename?: 'ResultConnection', totalCount: number, nodes: Array<{ __typename?: 'Result', id: string, year: number, group: CompetitionGroup, sport: string | null, gold: number | null, competition: { __typename?: 'Competition', id: string, name: string, year: number }, region: { __typename?: 'Region', code: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null };

export type CompetitionListQueryVariables = Exact<{
  filter?: InputMaybe<CommonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CompetitionListQuery = { __typename?: 'Query', competitions: { __typename?: 'CompetitionConnection', totalCount: number, nodes: Array<{ __typename?: 'Competition', id: string, name: string, year: number }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null };

export type IndicatorListQueryVariables = Exact<{
  filter?: InputMaybe<IndicatorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type IndicatorListQuery = { __typename?: 'Query', indicators: { __typename?: 'IndicatorConnection', totalCount: number, nodes: Array<{ __typename?: 'Indicator', id: string, year: number, value: number, approximate: boolean, metric: { __typename?: 'Metric', key: string, unit: string }, region: { __typename?: 'Region', code: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null };

export type ImportBatchListQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ImportBatchListQuery = { __typename?: 'Query', importBatches: { __typename?: 'ImportBatchConnection', totalCount: number, nodes: Array<{ __typename?: 'ImportBatch', id: string, fileName: string, status: ImportStatus, region: { __typename?: 'Region', code: string } | null }>, edges: Array<{ __typename?: 'ImportBatchEdge', cursor: string, node: { __typename?: 'ImportBatch', id: string } | null } | null> | null, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null };

export type ImportBatchByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ImportBatchByIdQuery = { __typename?: 'Query', importBatch: { __typename?: 'ImportBatch', id: string, fileName: string, sha256: string, year: number | null, status: ImportStatus, dryRun: boolean, createdAt: string, rowsImported: number } | null };

export type PageFieldsFragment = { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null };

export type RegionByCodeQueryVariables = Exact<{
  code: Scalars['ID']['input'];
}>;


export type RegionByCodeQuery = { __typename?: 'Query', region: { __typename?: 'Region', code: string, name: string, fullName: string, level: RegionLevel, parent: { __typename?: 'Region', code: string, name: string } | null, children: Array<{ __typename?: 'Region', code: string, name: string, level: RegionLevel }> | null } | null };

export type RegionPageQueryVariables = Exact<{
  level?: InputMaybe<RegionLevel>;
  parent?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type RegionPageQuery = { __typename?: 'Query', regions: { __typename?: 'RegionConnection', totalCount: number, nodes: Array<{ __typename?: 'Region', code: string, name: string, fullName: string, level: RegionLevel }>, edges: Array<{ __typename?: 'RegionEdge', cursor: string, node: { __typename?: 'Region', code: string } | null } | null> | null, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null };

export type ScopesImportLedgerMutationVariables = Exact<{
  file: Scalars['Upload']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type ScopesImportLedgerMutation = { __typename?: 'Mutation', importLedger: { __typename?: 'ImportBatch', id: string, status: ImportStatus, errors: Array<{ __typename?: 'ImportIssue', sheet: string | null, row: number | null, column: string | null, code: string, message: string }> | null, scopes: Array<{ __typename?: 'ImportBatchScope', regionCode: string | null, regionName: string | null, year: number, kind: LedgerKind, kindLabel: string | null, rows: number, region: { __typename?: 'Region', fullName: string } | null }> } };

export type ScopesOfBatchesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ScopesOfBatchesQuery = { __typename?: 'Query', importBatches: { __typename?: 'ImportBatchConnection', nodes: Array<{ __typename?: 'ImportBatch', id: string, status: ImportStatus, scopes: Array<{ __typename?: 'ImportBatchScope', regionCode: string | null, year: number, kind: LedgerKind, rows: number }> }> } | null };

export type BiListTotalsQueryVariables = Exact<{ [key: string]: never; }>;


export type BiListTotalsQuery = { __typename?: 'Query', facilities: { __typename?: 'FacilityConnection', totalCount: number } | null, events: { __typename?: 'EventConnection', totalCount: number } | null, results: { __typename?: 'ResultConnection', totalCount: number } | null, indicators: { __typename?: 'IndicatorConnection', totalCount: number } | null, competitions: { __typename?: 'CompetitionConnection', totalCount: number } | null, regions: { __typename?: 'RegionConnection', totalCount: number } | null, importBatches: { __typename?: 'ImportBatchConnection', totalCount: number } | null };

export type BiFlatFacilitiesQueryVariables = Exact<{
  region?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
  years?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FacilityFilter>;
}>;


export type BiFlatFacilitiesQuery = { __typename?: 'Query', facilities: { __typename?: 'FacilityConnection', totalCount: number, nodes: Array<{ __typename?: 'Facility', regionCode: string | null, regionName: string | null, regionFullName: string | null, regionLevelLabel: string | null, cityCode: string | null, provinceCode: string | null, year: number, type: FacilityType, typeLabel: string | null, status: FacilityStatus, statusLabel: string | null }> } | null };

export type BiCompareOneStringQueryVariables = Exact<{
  regions: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  metrics: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type BiCompareOneStringQuery = { __typename?: 'Query', compare: Array<{ __typename?: 'ComparisonRow', regionCode: string | null, regionFullName: string | null, cityCode: string | null, year: number, metric: string, value: number | null }> };

export type BiSummaryByDefaultQueryVariables = Exact<{
  region?: InputMaybe<Scalars['ID']['input']>;
}>;


export type BiSummaryByDefaultQuery = { __typename?: 'Query', facilitySummary: Array<{ __typename?: 'FacilityGroup', regionCode: string | null, regionName: string | null, quantity: number, type: FacilityType | null, typeLabel: string | null }>, eventSummary: Array<{ __typename?: 'EventGroup', regionCode: string | null, count: number }> };

export type ComparisonRegionFragment = { __typename?: 'Region', code: string, name: string, fullName: string, level: RegionLevel };

export type ComparisonCompareQueryVariables = Exact<{
  regions: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  metrics: Array<Scalars['String']['input']> | Scalars['String']['input'];
  years?: InputMaybe<Array<Scalars['Int']['input']> | Scalars['Int']['input']>;
  includeDescendants?: InputMaybe<Scalars['Boolean']['input']>;
  normalize?: InputMaybe<Normalization>;
}>;


export type ComparisonCompareQuery = { __typename?: 'Query', compare: Array<{ __typename?: 'ComparisonRow', year: number, metric: string, value: number | null, approximate: boolean, rank: number | null, note: string | null, region: { __typename?: 'Region', code: string, name: string, fullName: string, level: RegionLevel }, coverage: { __typename?: 'Coverage', reported: number, expected: number } | null }> };

export type ComparisonFacilitySummaryQueryVariables = Exact<{
  filter?: InputMaybe<FacilityFilter>;
  groupBy: Array<FacilityDimension> | FacilityDimension;
  rollupTo?: InputMaybe<RegionLevel>;
}>;


export type ComparisonFacilitySummaryQuery = { __typename?: 'Query', facilitySummary: Array<{ __typename?: 'FacilityGroup', year: number | null, type: FacilityType | null, status: FacilityStatus | null, projectType: ProjectType | null, count: number, quantity: number, investmentYuan: number | null, areaM2: number | null, lengthKm: number | null, region: { __typename?: 'Region', code: string, name: string, fullName: string, level: RegionLevel } | null }> };

export type ComparisonEventSummaryQueryVariables = Exact<{
  filter?: InputMaybe<EventFilter>;
  groupBy: Array<EventDimension> | EventDimension;
  rollupTo?: InputMaybe<RegionLevel>;
}>;


export type ComparisonEventSummaryQuery = { __typename?: 'Query', eventSummary: Array<{ __typename?: 'EventGroup', year: number | null, category: EventCategory | null, level: EventLevel | null, sport: string | null, format: EventFormat | null, count: number, participants: number | null, region: { __typename?: 'Region', code: string, name: string, fullName: string, level: RegionLevel } | null }> };

export type ComparisonMedalTableQueryVariables = Exact<{
  competition: Scalars['ID']['input'];
  group?: InputMaybe<CompetitionGroup>;
}>;


export type ComparisonMedalTableQuery = { __typename?: 'Query', medalTable: Array<{ __typename?: 'MedalRow', rank: number, gold: number, silver: number, bronze: number, medals: number, points: number | null, athletes: number | null, region: { __typename?: 'Region', code: string, name: string, fullName: string, level: RegionLevel } }> };

export type ComparisonCompetitionsQueryVariables = Exact<{
  filter?: InputMaybe<CommonFilter>;
}>;


export type ComparisonCompetitionsQuery = { __typename?: 'Query', competitions: { __typename?: 'CompetitionConnection', nodes: Array<{ __typename?: 'Competition', id: string, name: string, year: number }> } | null };

export type ComparisonFacilitySummaryFlatQueryVariables = Exact<{
  filter?: InputMaybe<FacilityFilter>;
  groupBy: Array<FacilityDimension> | FacilityDimension;
  rollupTo?: InputMaybe<RegionLevel>;
}>;


export type ComparisonFacilitySummaryFlatQuery = { __typename?: 'Query', totals: Array<{ __typename?: 'FacilityGroup', year: number | null, type: FacilityType | null, status: FacilityStatus | null, projectType: ProjectType | null, quantity: number, investmentYuan: number | null, areaM2: number | null, lengthKm: number | null, rows: number, region: { __typename?: 'Region', code: string, label: string } | null }> };

export type ComparisonFacilitySummaryExecutedQueryVariables = Exact<{
  filter?: InputMaybe<FacilityFilter>;
  groupBy: Array<FacilityDimension> | FacilityDimension;
  rollupTo?: InputMaybe<RegionLevel>;
}>;


export type ComparisonFacilitySummaryExecutedQuery = { __typename?: 'Query', totals: Array<{ __typename: 'FacilityGroup', year: number | null, type: FacilityType | null, status: FacilityStatus | null, projectType: ProjectType | null, quantity: number, investmentYuan: number | null, areaM2: number | null, lengthKm: number | null, rows: number, region: { __typename?: 'Region', code: string, label: string } | null }> };

export type CorpusImportLedgerMutationVariables = Exact<{
  file: Scalars['Upload']['input'];
  region?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
  columnMap?: InputMaybe<Array<ColumnMappingInput> | ColumnMappingInput>;
}>;


export type CorpusImportLedgerMutation = { __typename?: 'Mutation', importLedger: { __typename?: 'ImportBatch', id: string, status: ImportStatus, year: number | null, rowsImported: number, region: { __typename?: 'Region', code: string } | null, sheets: Array<{ __typename?: 'ImportSheet', name: string, kind: LedgerKind | null, skippedReason: string | null, headerRow: number | null, rowsRead: number, rowsImported: number, columns: Array<{ __typename?: 'ImportColumn', header: string, column: string, field: string | null, unit: string | null, ignoredReason: string | null }> }> | null, errors: Array<{ __typename?: 'ImportIssue', sheet: string | null, row: number | null, column: string | null, header: string | null, value: string | null, code: string, message: string }> | null, warnings: Array<{ __typename?: 'ImportIssue', sheet: string | null, row: number | null, column: string | null, header: string | null, value: string | null, code: string, message: string }> | null, columnMappings: Array<{ __typename?: 'AppliedColumnMapping', sheet: string, header: string, field: string, source: MappingSource }> } };

export type CorpusFacilitiesQueryVariables = Exact<{
  filter?: InputMaybe<FacilityFilter>;
}>;


export type CorpusFacilitiesQuery = { __typename?: 'Query', facilities: { __typename?: 'FacilityConnection', nodes: Array<{ __typename?: 'Facility', name: string, year: number, type: FacilityType, projectType: ProjectType | null, status: FacilityStatus, quantity: number, investmentYuan: number | null, areaM2: number | null, lengthKm: number | null, completedOn: string | null, completedOnPrecision: DatePrecision | null, fundingSource: string | null, address: string | null, notes: string | null, approximateFields: Array<string> | null, region: { __typename?: 'Region', code: string }, source: { __typename?: 'SourceRef', sheet: string, row: number, batch: { __typename?: 'ImportBatch', id: string } } }> } | null };

export type CorpusEventsQueryVariables = Exact<{
  filter?: InputMaybe<EventFilter>;
}>;


export type CorpusEventsQuery = { __typename?: 'Query', events: { __typename?: 'EventConnection', nodes: Array<{ __typename?: 'Event', name: string, year: number, startDate: string | null, endDate: string | null, datePrecision: DatePrecision | null, level: EventLevel | null, category: EventCategory | null, sport: string | null, format: EventFormat | null, organizer: string | null, participants: number | null, teams: number | null, notes: string | null, approximateFields: Array<string> | null, region: { __typename?: 'Region', code: string }, source: { __typename?: 'SourceRef', sheet: string, row: number, batch: { __typename?: 'ImportBatch', id: string } } }> } | null };

export type CorpusResultsQueryVariables = Exact<{
  filter?: InputMaybe<ResultFilter>;
}>;


export type CorpusResultsQuery = { __typename?: 'Query', results: { __typename?: 'ResultConnection', nodes: Array<{ __typename?: 'Result', year: number, group: CompetitionGroup, sport: string | null, athletes: number | null, gold: number | null, silver: number | null, bronze: number | null, medals: number | null, points: number | null, medalRank: number | null, goldRank: number | null, pointsRank: number | null, placement: number | null, honors: string | null, notes: string | null, startDate: string | null, endDate: string | null, datePrecision: DatePrecision | null, approximateFields: Array<string> | null, competition: { __typename?: 'Competition', name: string }, region: { __typename?: 'Region', code: string }, source: { __typename?: 'SourceRef', sheet: string, row: number, batch: { __typename?: 'ImportBatch', id: string } } }> } | null };

export type CorpusIndicatorsQueryVariables = Exact<{
  filter?: InputMaybe<IndicatorFilter>;
}>;


export type CorpusIndicatorsQuery = { __typename?: 'Query', indicators: { __typename?: 'IndicatorConnection', nodes: Array<{ __typename?: 'Indicator', year: number, value: number, approximate: boolean, notes: string | null, region: { __typename?: 'Region', code: string }, metric: { __typename?: 'Metric', key: string }, source: { __typename?: 'SourceRef', sheet: string, row: number, batch: { __typename?: 'ImportBatch', id: string } } }> } | null };

export type AcceptanceSourceFragment = { __typename?: 'SourceRef', sheet: string, row: number, batch: { __typename?: 'ImportBatch', id: string } };

export type AcceptanceEventsQueryVariables = Exact<{
  filter?: InputMaybe<EventFilter>;
}>;


export type AcceptanceEventsQuery = { __typename?: 'Query', events: { __typename?: 'EventConnection', totalCount: number, nodes: Array<{ __typename?: 'Event', name: string, year: number, startDate: string | null, endDate: string | null, level: EventLevel | null, category: EventCategory | null, sport: string | null, format: EventFormat | null, organizer: string | null, participants: number | null, teams: number | null, notes: string | null, approximateFields: Array<string> | null, region: { __typename?: 'Region', code: string }, source: { __typename?: 'SourceRef', sheet: string, row: number, batch: { __typename?: 'ImportBatch', id: string } } }> } | null };

export type AcceptanceFacilitiesQueryVariables = Exact<{
  filter?: InputMaybe<FacilityFilter>;
}>;


export type AcceptanceFacilitiesQuery = { __typename?: 'Query', facilities: { __typename?: 'FacilityConnection', totalCount: number, nodes: Array<{ __typename?: 'Facility', name: string, year: number, type: FacilityType, projectType: ProjectType | null, status: FacilityStatus, quantity: number, investmentYuan: number | null, areaM2: number | null, lengthKm: number | null, completedOn: string | null, fundingSource: string | null, address: string | null, notes: string | null, approximateFields: Array<string> | null, region: { __typename?: 'Region', code: string }, source: { __typename?: 'SourceRef', sheet: string, row: number, batch: { __typename?: 'ImportBatch', id: string } } }> } | null };

export type AcceptanceResultsQueryVariables = Exact<{
  filter?: InputMaybe<ResultFilter>;
}>;


export type AcceptanceResultsQuery = { __typename?: 'Query', results: { __typename?: 'ResultConnection', totalCount: number, nodes: Array<{ __typename?: 'Result', year: number, group: CompetitionGroup, sport: string | null, athletes: number | null, gold: number | null, silver: number | null, bronze: number | null, medals: number | null, points: number | null, medalRank: number | null, goldRank: number | null, pointsRank: number | null, placement: number | null, honors: string | null, notes: string | null, approximateFields: Array<string> | null, competition: { __typename?: 'Competition', id: string, name: string, year: number }, region: { __typename?: 'Region', code: string }, source: { __typename?: 'SourceRef', sheet: string, row: number, batch: { __typename?: 'ImportBatch', id: string } } }> } | null };

export type AcceptanceCompetitionsQueryVariables = Exact<{
  filter?: InputMaybe<CommonFilter>;
}>;


export type AcceptanceCompetitionsQuery = { __typename?: 'Query', competitions: { __typename?: 'CompetitionConnection', totalCount: number, nodes: Array<{ __typename?: 'Competition', id: string, name: string, year: number }> } | null };

export type AcceptanceIndicatorsQueryVariables = Exact<{
  filter?: InputMaybe<IndicatorFilter>;
}>;


export type AcceptanceIndicatorsQuery = { __typename?: 'Query', indicators: { __typename?: 'IndicatorConnection', totalCount: number, nodes: Array<{ __typename?: 'Indicator', year: number, value: number, approximate: boolean, notes: string | null, region: { __typename?: 'Region', code: string }, metric: { __typename?: 'Metric', key: string, unit: string }, source: { __typename?: 'SourceRef', sheet: string, row: number, batch: { __typename?: 'ImportBatch', id: string } } }> } | null };

export type AcceptanceIssueFragment = { __typename?: 'ImportIssue', sheet: string | null, row: number | null, column: string | null, header: string | null, value: string | null, code: string, message: string };

export type AcceptanceBatchFragment = { __typename?: 'ImportBatch', id: string, fileName: string, sha256: string, status: ImportStatus, dryRun: boolean, year: number | null, rowsImported: number, finishedAt: string | null, region: { __typename?: 'Region', code: string } | null, sheets: Array<{ __typename?: 'ImportSheet', name: string, kind: LedgerKind | null, skippedReason: string | null, headerRow: number | null, rowsRead: number, rowsImported: number }> | null, errors: Array<{ __typename?: 'ImportIssue', sheet: string | null, row: number | null, column: string | null, header: string | null, value: string | null, code: string, message: string }> | null, warnings: Array<{ __typename?: 'ImportIssue', sheet: string | null, row: number | null, column: string | null, header: string | null, value: string | null, code: string, message: string }> | null, replaces: { __typename?: 'ImportBatch', id: string, status: ImportStatus } | null, identicalTo: { __typename?: 'ImportBatch', id: string } | null };

export type AcceptanceImportLedgerMutationVariables = Exact<{
  file: Scalars['Upload']['input'];
  region?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type AcceptanceImportLedgerMutation = { __typename?: 'Mutation', importLedger: { __typename?: 'ImportBatch', id: string, fileName: string, sha256: string, status: ImportStatus, dryRun: boolean, year: number | null, rowsImported: number, finishedAt: string | null, region: { __typename?: 'Region', code: string } | null, sheets: Array<{ __typename?: 'ImportSheet', name: string, kind: LedgerKind | null, skippedReason: string | null, headerRow: number | null, rowsRead: number, rowsImported: number }> | null, errors: Array<{ __typename?: 'ImportIssue', sheet: string | null, row: number | null, column: string | null, header: string | null, value: string | null, code: string, message: string }> | null, warnings: Array<{ __typename?: 'ImportIssue', sheet: string | null, row: number | null, column: string | null, header: string | null, value: string | null, code: string, message: string }> | null, replaces: { __typename?: 'ImportBatch', id: string, status: ImportStatus } | null, identicalTo: { __typename?: 'ImportBatch', id: string } | null } };

export type AcceptanceRollbackImportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AcceptanceRollbackImportMutation = { __typename?: 'Mutation', rollbackImport: { __typename?: 'ImportBatch', id: string, fileName: string, sha256: string, status: ImportStatus, dryRun: boolean, year: number | null, rowsImported: number, finishedAt: string | null, region: { __typename?: 'Region', code: string } | null, sheets: Array<{ __typename?: 'ImportSheet', name: string, kind: LedgerKind | null, skippedReason: string | null, headerRow: number | null, rowsRead: number, rowsImported: number }> | null, errors: Array<{ __typename?: 'ImportIssue', sheet: string | null, row: number | null, column: string | null, header: string | null, value: string | null, code: string, message: string }> | null, warnings: Array<{ __typename?: 'ImportIssue', sheet: string | null, row: number | null, column: string | null, header: string | null, value: string | null, code: string, message: string }> | null, replaces: { __typename?: 'ImportBatch', id: string, status: ImportStatus } | null, identicalTo: { __typename?: 'ImportBatch', id: string } | null } };

export type AcceptanceImportBatchQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AcceptanceImportBatchQuery = { __typename?: 'Query', importBatch: { __typename?: 'ImportBatch', id: string, fileName: string, sha256: string, status: ImportStatus, dryRun: boolean, year: number | null, rowsImported: number, finishedAt: string | null, region: { __typename?: 'Region', code: string } | null, sheets: Array<{ __typename?: 'ImportSheet', name: string, kind: LedgerKind | null, skippedReason: string | null, headerRow: number | null, rowsRead: number, rowsImported: number }> | null, errors: Array<{ __typename?: 'ImportIssue', sheet: string | null, row: number | null, column: string | null, header: string | null, value: string | null, code: string, message: string }> | null, warnings: Array<{ __typename?: 'ImportIssue', sheet: string | null, row: number | null, column: string | null, header: string | null, value: string | null, code: string, message: string }> | null, replaces: { __typename?: 'ImportBatch', id: string, status: ImportStatus } | null, identicalTo: { __typename?: 'ImportBatch', id: string } | null } | null };

export type HostilePingQueryVariables = Exact<{ [key: string]: never; }>;


export type HostilePingQuery = { __typename: 'Query' };

export type QueueLedgerMutationVariables = Exact<{
  file: Scalars['Upload']['input'];
  region?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
  async?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type QueueLedgerMutation = { __typename?: 'Mutation', importLedger: { __typename?: 'ImportBatch', id: string, status: ImportStatus, rowsImported: number, progress: { __typename?: 'ImportProgress', rowsRead: number, sheet: string | null } | null } };

export type QueuedBatchQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type QueuedBatchQuery = { __typename?: 'Query', importBatch: { __typename?: 'ImportBatch', id: string, status: ImportStatus, rowsImported: number, progress: { __typename?: 'ImportProgress', rowsRead: number, sheet: string | null } | null, errors: Array<{ __typename?: 'ImportIssue', code: string, message: string }> | null } | null };

export const ClerkIssueFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClerkIssue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportIssue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"rowValues"}}]}}]} as unknown as DocumentNode<ClerkIssueFragment, unknown>;
export const ClerkBatchFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClerkBatch"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"rowsImported"}},{"kind":"Field","name":{"kind":"Name","value":"sheets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"skippedReason"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"rowsImported"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"ignoredReason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"columnMappings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClerkIssue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClerkIssue"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClerkIssue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportIssue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"rowValues"}}]}}]} as unknown as DocumentNode<ClerkBatchFragment, unknown>;
export const PageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<PageFieldsFragment, unknown>;
export const ComparisonRegionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComparisonRegion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]} as unknown as DocumentNode<ComparisonRegionFragment, unknown>;
export const AcceptanceSourceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AcceptanceSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SourceRef"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"row"}}]}}]} as unknown as DocumentNode<AcceptanceSourceFragment, unknown>;
export const AcceptanceIssueFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AcceptanceIssue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportIssue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AcceptanceIssueFragment, unknown>;
export const AcceptanceBatchFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AcceptanceBatch"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rowsImported"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sheets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"skippedReason"}},{"kind":"Field","name":{"kind":"Name","value":"headerRow"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"rowsImported"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AcceptanceIssue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AcceptanceIssue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"identicalTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AcceptanceIssue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportIssue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AcceptanceBatchFragment, unknown>;
export const AccessImportLedgerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessImportLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importLedger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}},{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"}},{"kind":"Field","name":{"kind":"Name","value":"rowsImported"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AccessImportLedgerMutation, AccessImportLedgerMutationVariables>;
export const AccessRollbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessRollback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rollbackImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AccessRollbackMutation, AccessRollbackMutationVariables>;
export const AccessBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"}}]}}]}}]} as unknown as DocumentNode<AccessBatchQuery, AccessBatchQueryVariables>;
export const RegionTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RegionLevel"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegionTreeQuery, RegionTreeQueryVariables>;
export const FacilitySourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitySources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"row"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FacilitySourcesQuery, FacilitySourcesQueryVariables>;
export const DatedEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DatedEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"datePrecision"}}]}}]}}]}}]} as unknown as DocumentNode<DatedEventsQuery, DatedEventsQueryVariables>;
export const DatedResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DatedResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResultFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sport"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"datePrecision"}},{"kind":"Field","name":{"kind":"Name","value":"gold"}},{"kind":"Field","name":{"kind":"Name","value":"silver"}},{"kind":"Field","name":{"kind":"Name","value":"bronze"}},{"kind":"Field","name":{"kind":"Name","value":"medals"}},{"kind":"Field","name":{"kind":"Name","value":"approximateFields"}},{"kind":"Field","name":{"kind":"Name","value":"competition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DatedResultsQuery, DatedResultsQueryVariables>;
export const DatedFacilitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DatedFacilities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FacilityFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedOnPrecision"}}]}}]}}]}}]} as unknown as DocumentNode<DatedFacilitiesQuery, DatedFacilitiesQueryVariables>;
export const ClerkImportLedgerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClerkImportLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"columnMap"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ColumnMappingInput"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ignoreSheets"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importLedger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}},{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}},{"kind":"Argument","name":{"kind":"Name","value":"columnMap"},"value":{"kind":"Variable","name":{"kind":"Name","value":"columnMap"}}},{"kind":"Argument","name":{"kind":"Name","value":"ignoreSheets"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ignoreSheets"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClerkBatch"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClerkIssue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportIssue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"rowValues"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClerkBatch"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"rowsImported"}},{"kind":"Field","name":{"kind":"Name","value":"sheets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"skippedReason"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"rowsImported"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"ignoredReason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"columnMappings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClerkIssue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClerkIssue"}}]}}]}}]} as unknown as DocumentNode<ClerkImportLedgerMutation, ClerkImportLedgerMutationVariables>;
export const ClerkImportBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClerkImportBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClerkBatch"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClerkIssue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportIssue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"rowValues"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClerkBatch"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"rowsImported"}},{"kind":"Field","name":{"kind":"Name","value":"sheets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"skippedReason"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"rowsImported"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"ignoredReason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"columnMappings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClerkIssue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClerkIssue"}}]}}]}}]} as unknown as DocumentNode<ClerkImportBatchQuery, ClerkImportBatchQueryVariables>;
export const RegionFamiliesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionFamilies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegionFamiliesQuery, RegionFamiliesQueryVariables>;
export const BatchIssuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BatchIssues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importBatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BatchIssuesQuery, BatchIssuesQueryVariables>;
export const FacilitiesNamedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesNamed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"nameContains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<FacilitiesNamedQuery, FacilitiesNamedQueryVariables>;
export const ListJsonFacilitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListJsonFacilities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FacilityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"years"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"years"},"value":{"kind":"Variable","name":{"kind":"Name","value":"years"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"approximateFields"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"regionFullName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"projectType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"investmentYuan"}},{"kind":"Field","name":{"kind":"Name","value":"areaM2"}},{"kind":"Field","name":{"kind":"Name","value":"lengthKm"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedOnPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"projectTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"completedOnPrecisionLabel"}},{"kind":"Field","alias":{"kind":"Name","value":"place"},"name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"page"},"name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ListJsonFacilitiesQuery, ListJsonFacilitiesQueryVariables>;
export const ListJsonFacilitiesExecutedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListJsonFacilitiesExecuted"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FacilityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"years"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"years"},"value":{"kind":"Variable","name":{"kind":"Name","value":"years"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"approximateFields"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"regionFullName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"projectType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"investmentYuan"}},{"kind":"Field","name":{"kind":"Name","value":"areaM2"}},{"kind":"Field","name":{"kind":"Name","value":"lengthKm"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedOnPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"projectTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"completedOnPrecisionLabel"}},{"kind":"Field","alias":{"kind":"Name","value":"place"},"name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"page"},"name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ListJsonFacilitiesExecutedQuery, ListJsonFacilitiesExecutedQueryVariables>;
export const ListJsonEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListJsonEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"approximateFields"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"regionFullName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"datePrecision"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"sport"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"organizer"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"teams"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"}},{"kind":"Field","name":{"kind":"Name","value":"formatLabel"}},{"kind":"Field","name":{"kind":"Name","value":"datePrecisionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<ListJsonEventsQuery, ListJsonEventsQueryVariables>;
export const ListJsonEventsExecutedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListJsonEventsExecuted"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"approximateFields"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"regionFullName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"datePrecision"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"sport"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"organizer"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"teams"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"}},{"kind":"Field","name":{"kind":"Name","value":"formatLabel"}},{"kind":"Field","name":{"kind":"Name","value":"datePrecisionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<ListJsonEventsExecutedQuery, ListJsonEventsExecutedQueryVariables>;
export const ListJsonDistrictDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListJsonDistrict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facilities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"regions"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"investmentYuan"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<ListJsonDistrictQuery, ListJsonDistrictQueryVariables>;
export const ListJsonDistrictExecutedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListJsonDistrictExecuted"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facilities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"regions"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"investmentYuan"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<ListJsonDistrictExecutedQuery, ListJsonDistrictExecutedQueryVariables>;
export const FacilityPageWithRegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilityPageWithRegions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FacilityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"total"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"total"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"investmentYuan"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"approximateFields"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"regionFullName"}},{"kind":"Field","name":{"kind":"Name","value":"regionLevelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"cityCode"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<FacilityPageWithRegionsQuery, FacilityPageWithRegionsQueryVariables>;
export const EventPageWithRegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventPageWithRegions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regionFullName"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<EventPageWithRegionsQuery, EventPageWithRegionsQueryVariables>;
export const EventListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"sport"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"approximateFields"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<EventListQuery, EventListQueryVariables>;
export const FacilityListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilityList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FacilityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"projectType"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<FacilityListQuery, FacilityListQueryVariables>;
export const ResultListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResultList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResultFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"sport"}},{"kind":"Field","name":{"kind":"Name","value":"gold"}},{"kind":"Field","name":{"kind":"Name","value":"competition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<ResultListQuery, ResultListQueryVariables>;
export const CompetitionListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompetitionList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CommonFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competitions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<CompetitionListQuery, CompetitionListQueryVariables>;
export const IndicatorListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"approximate"}},{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<IndicatorListQuery, IndicatorListQueryVariables>;
export const ImportBatchListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportBatchList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importBatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<ImportBatchListQuery, ImportBatchListQueryVariables>;
export const ImportBatchByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportBatchById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"rowsImported"}}]}}]}}]} as unknown as DocumentNode<ImportBatchByIdQuery, ImportBatchByIdQueryVariables>;
export const RegionByCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]} as unknown as DocumentNode<RegionByCodeQuery, RegionByCodeQueryVariables>;
export const RegionPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RegionLevel"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parent"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"parent"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parent"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<RegionPageQuery, RegionPageQueryVariables>;
export const ScopesImportLedgerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScopesImportLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importLedger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scopes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScopesImportLedgerMutation, ScopesImportLedgerMutationVariables>;
export const ScopesOfBatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScopesOfBatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importBatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScopesOfBatchesQuery, ScopesOfBatchesQueryVariables>;
export const BiListTotalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BiListTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competitions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"importBatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<BiListTotalsQuery, BiListTotalsQueryVariables>;
export const BiFlatFacilitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BiFlatFacilities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"years"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FacilityFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"years"},"value":{"kind":"Variable","name":{"kind":"Name","value":"years"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"regionFullName"}},{"kind":"Field","name":{"kind":"Name","value":"regionLevelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"cityCode"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}}]}}]}}]}}]} as unknown as DocumentNode<BiFlatFacilitiesQuery, BiFlatFacilitiesQueryVariables>;
export const BiCompareOneStringDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BiCompareOneString"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regions"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metrics"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regions"}}},{"kind":"Argument","name":{"kind":"Name","value":"metrics"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metrics"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionFullName"}},{"kind":"Field","name":{"kind":"Name","value":"cityCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<BiCompareOneStringQuery, BiCompareOneStringQueryVariables>;
export const BiSummaryByDefaultDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BiSummaryByDefault"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilitySummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<BiSummaryByDefaultQuery, BiSummaryByDefaultQueryVariables>;
export const ComparisonCompareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComparisonCompare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regions"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metrics"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"years"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeDescendants"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"normalize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Normalization"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regions"}}},{"kind":"Argument","name":{"kind":"Name","value":"metrics"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metrics"}}},{"kind":"Argument","name":{"kind":"Name","value":"years"},"value":{"kind":"Variable","name":{"kind":"Name","value":"years"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeDescendants"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeDescendants"}}},{"kind":"Argument","name":{"kind":"Name","value":"normalize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"normalize"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComparisonRegion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"approximate"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComparisonRegion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]} as unknown as DocumentNode<ComparisonCompareQuery, ComparisonCompareQueryVariables>;
export const ComparisonFacilitySummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComparisonFacilitySummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FacilityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FacilityDimension"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rollupTo"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RegionLevel"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilitySummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"rollupTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rollupTo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComparisonRegion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"projectType"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"investmentYuan"}},{"kind":"Field","name":{"kind":"Name","value":"areaM2"}},{"kind":"Field","name":{"kind":"Name","value":"lengthKm"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComparisonRegion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]} as unknown as DocumentNode<ComparisonFacilitySummaryQuery, ComparisonFacilitySummaryQueryVariables>;
export const ComparisonEventSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComparisonEventSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventDimension"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rollupTo"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RegionLevel"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"rollupTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rollupTo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComparisonRegion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"sport"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComparisonRegion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]} as unknown as DocumentNode<ComparisonEventSummaryQuery, ComparisonEventSummaryQueryVariables>;
export const ComparisonMedalTableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComparisonMedalTable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"competition"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"group"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CompetitionGroup"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"medalTable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"competition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"competition"}}},{"kind":"Argument","name":{"kind":"Name","value":"group"},"value":{"kind":"Variable","name":{"kind":"Name","value":"group"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComparisonRegion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gold"}},{"kind":"Field","name":{"kind":"Name","value":"silver"}},{"kind":"Field","name":{"kind":"Name","value":"bronze"}},{"kind":"Field","name":{"kind":"Name","value":"medals"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"athletes"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComparisonRegion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]} as unknown as DocumentNode<ComparisonMedalTableQuery, ComparisonMedalTableQueryVariables>;
export const ComparisonCompetitionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComparisonCompetitions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CommonFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competitions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]}}]} as unknown as DocumentNode<ComparisonCompetitionsQuery, ComparisonCompetitionsQueryVariables>;
export const ComparisonFacilitySummaryFlatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComparisonFacilitySummaryFlat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FacilityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FacilityDimension"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rollupTo"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RegionLevel"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"totals"},"name":{"kind":"Name","value":"facilitySummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"rollupTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rollupTo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","alias":{"kind":"Name","value":"label"},"name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"projectType"}},{"kind":"Field","alias":{"kind":"Name","value":"rows"},"name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"investmentYuan"}},{"kind":"Field","name":{"kind":"Name","value":"areaM2"}},{"kind":"Field","name":{"kind":"Name","value":"lengthKm"}}]}}]}}]} as unknown as DocumentNode<ComparisonFacilitySummaryFlatQuery, ComparisonFacilitySummaryFlatQueryVariables>;
export const ComparisonFacilitySummaryExecutedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComparisonFacilitySummaryExecuted"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FacilityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FacilityDimension"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rollupTo"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RegionLevel"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"totals"},"name":{"kind":"Name","value":"facilitySummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"rollupTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rollupTo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","alias":{"kind":"Name","value":"label"},"name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"projectType"}},{"kind":"Field","alias":{"kind":"Name","value":"rows"},"name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"investmentYuan"}},{"kind":"Field","name":{"kind":"Name","value":"areaM2"}},{"kind":"Field","name":{"kind":"Name","value":"lengthKm"}}]}}]}}]} as unknown as DocumentNode<ComparisonFacilitySummaryExecutedQuery, ComparisonFacilitySummaryExecutedQueryVariables>;
export const CorpusImportLedgerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorpusImportLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"columnMap"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ColumnMappingInput"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importLedger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}},{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"columnMap"},"value":{"kind":"Variable","name":{"kind":"Name","value":"columnMap"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rowsImported"}},{"kind":"Field","name":{"kind":"Name","value":"sheets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"skippedReason"}},{"kind":"Field","name":{"kind":"Name","value":"headerRow"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"rowsImported"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"ignoredReason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"columnMappings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]} as unknown as DocumentNode<CorpusImportLedgerMutation, CorpusImportLedgerMutationVariables>;
export const CorpusFacilitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CorpusFacilities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FacilityFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"projectType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"investmentYuan"}},{"kind":"Field","name":{"kind":"Name","value":"areaM2"}},{"kind":"Field","name":{"kind":"Name","value":"lengthKm"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedOnPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"approximateFields"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"row"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CorpusFacilitiesQuery, CorpusFacilitiesQueryVariables>;
export const CorpusEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CorpusEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"datePrecision"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"sport"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"organizer"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"teams"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"approximateFields"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"row"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CorpusEventsQuery, CorpusEventsQueryVariables>;
export const CorpusResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CorpusResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResultFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"sport"}},{"kind":"Field","name":{"kind":"Name","value":"athletes"}},{"kind":"Field","name":{"kind":"Name","value":"gold"}},{"kind":"Field","name":{"kind":"Name","value":"silver"}},{"kind":"Field","name":{"kind":"Name","value":"bronze"}},{"kind":"Field","name":{"kind":"Name","value":"medals"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"medalRank"}},{"kind":"Field","name":{"kind":"Name","value":"goldRank"}},{"kind":"Field","name":{"kind":"Name","value":"pointsRank"}},{"kind":"Field","name":{"kind":"Name","value":"placement"}},{"kind":"Field","name":{"kind":"Name","value":"honors"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"datePrecision"}},{"kind":"Field","name":{"kind":"Name","value":"approximateFields"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"row"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CorpusResultsQuery, CorpusResultsQueryVariables>;
export const CorpusIndicatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CorpusIndicators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"approximate"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"row"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CorpusIndicatorsQuery, CorpusIndicatorsQueryVariables>;
export const AcceptanceEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AcceptanceEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"sport"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"organizer"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"teams"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"approximateFields"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AcceptanceSource"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AcceptanceSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SourceRef"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"row"}}]}}]} as unknown as DocumentNode<AcceptanceEventsQuery, AcceptanceEventsQueryVariables>;
export const AcceptanceFacilitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AcceptanceFacilities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FacilityFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"projectType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"investmentYuan"}},{"kind":"Field","name":{"kind":"Name","value":"areaM2"}},{"kind":"Field","name":{"kind":"Name","value":"lengthKm"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"approximateFields"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AcceptanceSource"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AcceptanceSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SourceRef"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"row"}}]}}]} as unknown as DocumentNode<AcceptanceFacilitiesQuery, AcceptanceFacilitiesQueryVariables>;
export const AcceptanceResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AcceptanceResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResultFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"sport"}},{"kind":"Field","name":{"kind":"Name","value":"athletes"}},{"kind":"Field","name":{"kind":"Name","value":"gold"}},{"kind":"Field","name":{"kind":"Name","value":"silver"}},{"kind":"Field","name":{"kind":"Name","value":"bronze"}},{"kind":"Field","name":{"kind":"Name","value":"medals"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"medalRank"}},{"kind":"Field","name":{"kind":"Name","value":"goldRank"}},{"kind":"Field","name":{"kind":"Name","value":"pointsRank"}},{"kind":"Field","name":{"kind":"Name","value":"placement"}},{"kind":"Field","name":{"kind":"Name","value":"honors"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"approximateFields"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AcceptanceSource"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AcceptanceSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SourceRef"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"row"}}]}}]} as unknown as DocumentNode<AcceptanceResultsQuery, AcceptanceResultsQueryVariables>;
export const AcceptanceCompetitionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AcceptanceCompetitions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CommonFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competitions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptanceCompetitionsQuery, AcceptanceCompetitionsQueryVariables>;
export const AcceptanceIndicatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AcceptanceIndicators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"approximate"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AcceptanceSource"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AcceptanceSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SourceRef"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"row"}}]}}]} as unknown as DocumentNode<AcceptanceIndicatorsQuery, AcceptanceIndicatorsQueryVariables>;
export const AcceptanceImportLedgerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptanceImportLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importLedger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}},{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AcceptanceBatch"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AcceptanceIssue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportIssue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AcceptanceBatch"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rowsImported"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sheets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"skippedReason"}},{"kind":"Field","name":{"kind":"Name","value":"headerRow"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"rowsImported"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AcceptanceIssue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AcceptanceIssue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"identicalTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AcceptanceImportLedgerMutation, AcceptanceImportLedgerMutationVariables>;
export const AcceptanceRollbackImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptanceRollbackImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rollbackImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AcceptanceBatch"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AcceptanceIssue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportIssue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AcceptanceBatch"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rowsImported"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sheets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"skippedReason"}},{"kind":"Field","name":{"kind":"Name","value":"headerRow"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"rowsImported"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AcceptanceIssue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AcceptanceIssue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"identicalTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AcceptanceRollbackImportMutation, AcceptanceRollbackImportMutationVariables>;
export const AcceptanceImportBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AcceptanceImportBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AcceptanceBatch"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AcceptanceIssue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportIssue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AcceptanceBatch"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rowsImported"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sheets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"skippedReason"}},{"kind":"Field","name":{"kind":"Name","value":"headerRow"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"rowsImported"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AcceptanceIssue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AcceptanceIssue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"identicalTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AcceptanceImportBatchQuery, AcceptanceImportBatchQueryVariables>;
export const HostilePingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HostilePing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<HostilePingQuery, HostilePingQueryVariables>;
export const QueueLedgerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"QueueLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"async"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importLedger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}},{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"async"},"value":{"kind":"Variable","name":{"kind":"Name","value":"async"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowsImported"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"sheet"}}]}}]}}]}}]} as unknown as DocumentNode<QueueLedgerMutation, QueueLedgerMutationVariables>;
export const QueuedBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueuedBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowsImported"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"sheet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<QueuedBatchQuery, QueuedBatchQueryVariables>;