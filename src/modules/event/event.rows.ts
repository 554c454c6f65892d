import type { RowSource } from '../common/paginate';
import { factColumns, type FactNode } from '../fact/fact-node';
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
