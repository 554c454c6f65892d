import type { RowSource } from '../common/paginate';
import { labelOf } from '../common/enum-labels';
import { factColumns, type FactNode } from '../fact/fact-node';
import type { Event } from './event.entity';

type Own = Omit<
  Event,
  keyof FactNode | 'region' | 'batch' | 'scopeRegionCode' | 'current' | `${string}Label`
>;

/** An event as the list serves it: the entity's fields as a plain row, with the labels. */
export type EventNode = FactNode &
  Own &
  Record<'levelLabel' | 'categoryLabel' | 'formatLabel' | 'datePrecisionLabel', string | null>;

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
  node: (row) => {
    const node = row as EventNode;
    node.levelLabel = labelOf('EventLevel', node.level);
    node.categoryLabel = labelOf('EventCategory', node.category);
    node.formatLabel = labelOf('EventFormat', node.format);
    node.datePrecisionLabel = labelOf('DatePrecision', node.startPrecision);
    return node;
  },
};
