import { registerEnumType } from 'type-graphql';
import {
  CompetitionGroup,
  EventCategory,
  EventFormat,
  EventLevel,
  FacilityStatus,
  FacilityType,
  LedgerKind,
  ProjectType,
} from './enums';
import { ImportStatus } from '../import-batch/import-batch.entity';

/** Registers the ledger enumerations (ledger-spec §3) with GraphQL, with their descriptions. */
export function registerLedgerEnums(): void {
  registerEnumType(EventLevel, { name: 'EventLevel', description: 'Level of an event: 国际 … 社区.' });
  registerEnumType(EventCategory, { name: 'EventCategory', description: 'Category of an event.' });
  registerEnumType(EventFormat, { name: 'EventFormat', description: 'Online (线上), offline (线下) or both.' });
  registerEnumType(FacilityType, { name: 'FacilityType', description: 'Kind of facility; OTHER for words outside the list.' });
  registerEnumType(ProjectType, { name: 'ProjectType', description: 'New build, renovation, expansion or repair.' });
  registerEnumType(FacilityStatus, { name: 'FacilityStatus', description: 'Construction status.' });
  registerEnumType(CompetitionGroup, { name: 'CompetitionGroup', description: 'Group (组别) of a result; ALL = whole delegation.' });
  registerEnumType(LedgerKind, { name: 'LedgerKind', description: 'Kind of ledger sheet.' });
  registerEnumType(ImportStatus, { name: 'ImportStatus', description: 'Where an import stands.' });
}
