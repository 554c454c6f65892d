import { DatePrecision } from '../common/date-precision';
import { EventCategory, EventFormat, EventLevel } from '../common/enums';
import { integerOf, jsonOf, labelOfSql, type FieldJson } from '../common/json-sql';
import type { RowSource } from '../common/paginate';
import { FACT_JSON, factColumns, type FactNode } from '../fact/fact-node';
import { Event } from './event.entity';

type Own = Omit<
  Event,
  keyof FactNode | 'region' | 'batch' | 'scopeRegionCode' | 'current' | `${string}Label`
>;

/** An event as the list serves it: the entity's fields as a plain row, its labels from the entity's getters. */
export type EventNode = FactNode &
  Own &
  Pick<Event, 'levelLabel' | 'categoryLabel' | 'formatLabel' | 'datePrecisionLabel'>;

const COLUMNS: Record<keyof Own, string> = {
  name: 'name',
  startDate: 'start_date',
  startPrecision: 'start_precision',
  endDate: 'end_date',
  level: 'level',
  category: 'category',
  sport: 'sport',
  format: 'format',
  organizer: 'organizer',
  participants: 'participants',
  teams: 'teams',
  notes: 'notes',
};

export const EVENT_ROWS: RowSource<EventNode> = {
  table: 'event',
  columns: factColumns(COLUMNS),
  type: Event,
};

/** An event's fields as the JSON list writes them (see common/page-json.ts). */
export const EVENT_JSON: FieldJson = {
  ...FACT_JSON,
  name: jsonOf('q.name'),
  startDate: jsonOf('q."startDate"'),
  datePrecision: jsonOf('q."startPrecision"'),
  endDate: jsonOf('q."endDate"'),
  level: jsonOf('q.level'),
  category: jsonOf('q.category'),
  sport: jsonOf('q.sport'),
  format: jsonOf('q.format'),
  organizer: jsonOf('q.organizer'),
  participants: integerOf('q.participants'),
  teams: integerOf('q.teams'),
  notes: jsonOf('q.notes'),
  levelLabel: labelOfSql('EventLevel', Object.values(EventLevel), 'q.level'),
  categoryLabel: labelOfSql('EventCategory', Object.values(EventCategory), 'q.category'),
  formatLabel: labelOfSql('EventFormat', Object.values(EventFormat), 'q.format'),
  datePrecisionLabel: labelOfSql(
    'DatePrecision',
    Object.values(DatePrecision),
    'q."startPrecision"',
  ),
};
