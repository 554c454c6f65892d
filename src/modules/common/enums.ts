/**
 * The ledger enumerations of ledger-spec §3. Values are stored and exposed in GraphQL as they are
 * written here; the Chinese words clerks use live in `enum-words.ts`.
 */

export enum LedgerKind {
  EVENTS = 'EVENTS',
  FACILITIES = 'FACILITIES',
  RESULTS = 'RESULTS',
  INDICATORS = 'INDICATORS',
}

export enum EventLevel {
  INTERNATIONAL = 'INTERNATIONAL',
  NATIONAL = 'NATIONAL',
  PROVINCIAL = 'PROVINCIAL',
  MUNICIPAL = 'MUNICIPAL',
  DISTRICT = 'DISTRICT',
  COMMUNITY = 'COMMUNITY',
}

export enum EventCategory {
  MASS_FITNESS = 'MASS_FITNESS',
  COMPETITIVE = 'COMPETITIVE',
  YOUTH = 'YOUTH',
  ESPORTS = 'ESPORTS',
  OTHER = 'OTHER',
}

export enum EventFormat {
  OFFLINE = 'OFFLINE',
  ONLINE = 'ONLINE',
  HYBRID = 'HYBRID',
}

export enum FacilityType {
  STADIUM = 'STADIUM',
  GYMNASIUM = 'GYMNASIUM',
  FITNESS_CENTER = 'FITNESS_CENTER',
  SPORTS_PARK = 'SPORTS_PARK',
  COMMUNITY_SPORTS_PARK = 'COMMUNITY_SPORTS_PARK',
  POCKET_PARK = 'POCKET_PARK',
  FITNESS_GARDEN = 'FITNESS_GARDEN',
  FITNESS_TRAIL = 'FITNESS_TRAIL',
  CAGE_FOOTBALL = 'CAGE_FOOTBALL',
  FOOTBALL_FIELD = 'FOOTBALL_FIELD',
  BASKETBALL_COURT = 'BASKETBALL_COURT',
  MULTI_COURT = 'MULTI_COURT',
  TENNIS_COURT = 'TENNIS_COURT',
  SWIMMING = 'SWIMMING',
  ICE_RINK = 'ICE_RINK',
  SKI_RESORT = 'SKI_RESORT',
  AIR_DOME = 'AIR_DOME',
  TRAINING_BASE = 'TRAINING_BASE',
  OTHER = 'OTHER',
}

export enum ProjectType {
  NEW = 'NEW',
  RENOVATION = 'RENOVATION',
  EXPANSION = 'EXPANSION',
  REPAIR = 'REPAIR',
}

export enum FacilityStatus {
  PLANNED = 'PLANNED',
  UNDER_CONSTRUCTION = 'UNDER_CONSTRUCTION',
  COMPLETED = 'COMPLETED',
  ACCEPTED = 'ACCEPTED',
  OPEN = 'OPEN',
}

export enum CompetitionGroup {
  /** A blank 组别: the result of the whole delegation. */
  ALL = 'ALL',
  YOUTH = 'YOUTH',
  ADULT = 'ADULT',
  MASS = 'MASS',
  DISABLED = 'DISABLED',
  WORKERS = 'WORKERS',
}

/**
 * The words a ledger may use for one enumeration. The importer matches a cell against `words`
 * (and the English values themselves); features own their tables, the importer stays generic.
 */
export interface EnumTable<T extends string> {
  values: readonly T[];
  words: Readonly<Record<string, T>>;
}

/** Builds a table from each value's words; the Record type makes every value list its words. */
export function enumTable<T extends string>(
  wordsByValue: Record<T, readonly string[]>,
): EnumTable<T> {
  const values = Object.keys(wordsByValue) as T[];
  const words: Record<string, T> = {};
  for (const value of values) {
    for (const word of wordsByValue[value]) {
      words[word] = value;
    }
  }
  return { values, words };
}

/**
 * Where an import stands; a batch moves (QUEUED →) RUNNING → VALIDATED | COMMITTED | FAILED.
 * QUEUED: an upload waiting in the job queue for a worker.
 */
export enum ImportStatus {
  QUEUED = 'QUEUED',
  PENDING = 'PENDING',
  RUNNING = 'RUNNING',
  VALIDATED = 'VALIDATED',
  COMMITTED = 'COMMITTED',
  FAILED = 'FAILED',
  SUPERSEDED = 'SUPERSEDED',
  ROLLED_BACK = 'ROLLED_BACK',
}
