import type { RowSource } from '../common/paginate';
import { factColumns, type FactNode } from '../fact/fact-node';
import { Competition } from './competition.entity';
import { Result } from './result.entity';

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

/** A result as the list serves it: the entity's fields as a plain row, its labels from the entity's getters. */
export type ResultNode = FactNode &
  Own &
  Pick<Result, 'groupLabel' | 'datePrecisionLabel'> & { competitionId: number };

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
  type: Result,
};

export const COMPETITION_ROWS: RowSource<Competition> = {
  table: 'competition',
  columns: 'id, name, year',
  type: Competition,
};
