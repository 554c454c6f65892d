import { registerEnumType } from 'type-graphql';
import {
  competitionGroupWords,
  eventCategoryWords,
  eventFormatWords,
  eventLevelWords,
  facilityStatusWords,
  facilityTypeWords,
  projectTypeWords,
} from './enum-words';
import {
  CompetitionGroup,
  EventCategory,
  EventFormat,
  EventLevel,
  FacilityStatus,
  FacilityType,
  ImportStatus,
  LedgerKind,
  ProjectType,
  type EnumTable,
} from './enums';

/** Each value described by the words a ledger may use for it, so GraphiQL explains FITNESS_GARDEN. */
function wordsOf<T extends string>(table: EnumTable<T>): Record<string, { description: string }> {
  const config: Record<string, { description: string }> = {};
  for (const value of table.values) {
    const words = Object.keys(table.words).filter((word) => table.words[word] === value);
    config[value] = {
      description: words.length > 0 ? `In ledgers: ${words.join('、')}` : 'No word; a blank cell.',
    };
  }
  return config;
}

/** Registers the ledger enumerations (ledger-spec §3) with GraphQL, with their descriptions. */
export function registerLedgerEnums(): void {
  const enums = [
    [EventLevel, 'EventLevel', 'Level of an event: 国际 … 社区.', eventLevelWords],
    [EventCategory, 'EventCategory', 'Category of an event.', eventCategoryWords],
    [EventFormat, 'EventFormat', 'Online (线上), offline (线下) or both.', eventFormatWords],
    [
      FacilityType,
      'FacilityType',
      'Kind of facility; OTHER for words outside the list.',
      facilityTypeWords,
    ],
    [ProjectType, 'ProjectType', 'New build, renovation, expansion or repair.', projectTypeWords],
    [FacilityStatus, 'FacilityStatus', 'Construction status.', facilityStatusWords],
    [
      CompetitionGroup,
      'CompetitionGroup',
      'Group (组别) of a result; ALL = whole delegation.',
      competitionGroupWords,
    ],
  ] as const;
  for (const [enumObject, name, description, table] of enums) {
    registerEnumType(enumObject, {
      name,
      description,
      valuesConfig: wordsOf(table as EnumTable<string>),
    });
  }
  registerEnumType(LedgerKind, {
    name: 'LedgerKind',
    description: 'Kind of ledger sheet.',
    valuesConfig: {
      EVENTS: { description: '赛事活动台账' },
      FACILITIES: { description: '场地设施台账' },
      RESULTS: { description: '竞赛成绩台账' },
      INDICATORS: { description: '工作指标台账' },
    },
  });
  registerEnumType(ImportStatus, {
    name: 'ImportStatus',
    description: 'Where an import stands.',
    valuesConfig: IMPORT_STATUS,
  });
}

const IMPORT_STATUS = {
  QUEUED: { description: 'Stored and waiting in the job queue for a worker to run it.' },
  PENDING: { description: 'Received, not yet read.' },
  RUNNING: { description: 'Being read and written.' },
  VALIDATED: { description: 'A dry run that found no error; nothing was written.' },
  COMMITTED: { description: 'Written; its rows are the current ones for its scopes.' },
  FAILED: { description: 'Refused or rejected; nothing was written.' },
  SUPERSEDED: { description: 'Replaced by a later ledger for all its scopes; kept as history.' },
  ROLLED_BACK: { description: 'Undone; the ledger it replaced is current again.' },
};
