/**
 * THE registry: everything the application contains, listed once. The ORM, the schema builder
 * and the importer read their parts from here; nothing is found by globbing.
 */
import { ImportBatch } from './import-batch/import-batch.entity';
import { ImportScope } from './import-batch/import-scope.entity';
import { Event } from './event/event.entity';
import { Facility } from './facility/facility.entity';
import { Competition } from './result/competition.entity';
import { Result } from './result/result.entity';
import { Indicator } from './indicator/indicator.entity';
import { Metric } from './indicator/metric.entity';
import { Region } from './region/region.entity';
import { Fact } from './fact/fact.entity';
import { EventAggregate, FacilityAggregate } from './comparison/aggregate.entity';
import { DataVersion } from './comparison/data-version.entity';
import { ComparisonResolver, ComparisonRowResolver } from './comparison/comparison.resolver';
import {
  ComparisonRowRegionFields,
  EventGroupRegionFields,
  FacilityGroupRegionFields,
  MedalRowRegionFields,
} from './comparison/comparison-region-fields';
import { ImportResolver } from './import-batch/import.resolver';
import type { SheetDefinition } from './common/sheet-definition';
import { eventSheet } from './event/event.sheet';
import { facilitySheet } from './facility/facility.sheet';
import { resultSheet } from './result/result.sheet';
import { indicatorSheet } from './indicator/indicator.sheet';
import { RegionResolver } from './region/region.resolver';
import { EventFactFields, EventResolver } from './event/event.resolver';
import { FacilityFactFields, FacilityResolver } from './facility/facility.resolver';
import { CompetitionResolver, ResultFactFields, ResultResolver } from './result/result.resolver';
import {
  IndicatorFactFields,
  IndicatorResolver,
  MetricResolver,
} from './indicator/indicator.resolver';
import { ImportBatchResolver } from './import-batch/import-batch.resolver';
import {
  ImportBatchScopeRegionFields,
  ImportBatchScopeResolver,
  ImportBatchScopesResolver,
} from './import-batch/import-scope.types';

export const ENTITIES = [
  DataVersion,
  FacilityAggregate,
  EventAggregate,
  Fact,
  Region,
  ImportBatch,
  ImportScope,
  Event,
  Facility,
  Competition,
  Result,
  Metric,
  Indicator,
];

export const RESOLVERS = [
  RegionResolver,
  EventResolver,
  ...EventFactFields,
  FacilityResolver,
  ...FacilityFactFields,
  ResultResolver,
  ...ResultFactFields,
  CompetitionResolver,
  IndicatorResolver,
  ...IndicatorFactFields,
  MetricResolver,
  ImportBatchResolver,
  ImportBatchScopesResolver,
  ImportBatchScopeResolver,
  ImportBatchScopeRegionFields,
  ImportResolver,
  ComparisonResolver,
  ComparisonRowResolver,
  ComparisonRowRegionFields,
  FacilityGroupRegionFields,
  EventGroupRegionFields,
  MedalRowRegionFields,
] as const;

/** The ledger kinds the importer reads, in the order a sheet's kind is tried. */
export const LEDGER_SHEETS: readonly SheetDefinition[] = [
  eventSheet,
  facilitySheet,
  resultSheet,
  indicatorSheet,
];
