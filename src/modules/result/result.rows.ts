import type { RowSource } from '../common/paginate';
import { labelOf } from '../common/enum-labels';
import { factColumns, type FactNode } from '../fact/fact-node';
import type { Competition } from './competition.entity';
import type { Result } from './result.entity';

type Own = Omit<
  Result,
  | keyof FactNode
  | 'region'
  | 'batch'
  | 'scopeRegionCode'
  | 'current'
  | 'competition'
  | `${string}Label`
>;

/** A result as the list serves it: the entity's fields as a plain row, with the labels. */
export type ResultNode = FactNode &
  Own &
  Record<'groupLabel' | 'datePrecisionLabel', string | null> & { competitionId: number };

const COLUMNS: Record<keyof Own | 'competitionId', string> = {
  competitionId: 'competition_id',
  group: 'group',
  sport: 'sport',
  athletes: 'athletes',
  gold: 'gold',
  silver: 'silver',
  bronze: 'bronze',
  medals: 'medals',
  points: 'points',
  medalRank: 'medal_rank',
  goldRank: 'gold_rank',
  pointsRank: 'points_rank',
  placement: 'placement',
  honors: 'honors',
  startDate: 'start_date',
  startPrecision: 'start_precision',
  endDate: 'end_date',
  notes: 'notes',
};

export const RESULT_ROWS: RowSource<ResultNode> = {
  table: 'result',
  columns: factColumns(COLUMNS),
  node: (row) => {
    const node = row as ResultNode;
    node.groupLabel = labelOf('CompetitionGroup', node.group);
    node.datePrecisionLabel = labelOf('DatePrecision', node.startPrecision);
    return node;
  },
};

/** Competitions have no per-row work: their columns are their fields. */
export const COMPETITION_ROWS: RowSource<Competition> = {
  table: 'competition',
  columns: 'id, name, year',
  node: (row) => row as unknown as Competition,
};
