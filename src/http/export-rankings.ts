import { CompetitionGroup } from '../modules/common/enums';
import { compare } from '../modules/comparison/compare.service';
import { Normalization } from '../modules/comparison/comparison.types';
import { medalTable } from '../modules/comparison/medal-table.service';
import { sayLimit } from '../modules/common/messages/limit-texts';
import { sayNotes } from '../modules/comparison/row-notes';
import { regionColumns, type ExportQuestion } from './export-question';
import { HttpProblem } from './http-errors';
import { compareRows } from './query-cost';
import { requestLang } from './request-lang';

/** `/export/compare`: the arguments of `compare`, one row per region, year and metric. */
export const compareExport: ExportQuestion = async (p, s, res) => {
  const args = {
    regions: p.required('regions'),
    metrics: p.required('metrics'),
    years: p.ints('years'),
    includeDescendants: p.bool('includeDescendants', true),
    normalize: p.enums('normalize', Normalization)?.[0] ?? Normalization.NONE,
  };
  // the same budget as GraphQL's compare
  const cost = compareRows(args.regions, args.metrics, args.years);
  if (cost > s.config.limits.cost) {
    throw new HttpProblem(
      400,
      'COST_LIMIT',
      sayLimit(requestLang(res.req), 'COST_LIMIT', { cost, limit: s.config.limits.cost }),
    );
  }
  const answer = await s.answers.get(
    'compare',
    args,
    () => compare(s.reads(), s.regions, args),
    res,
  );
  const rows = sayNotes(answer, p.lang);
  const columns = [
    'region_code',
    'region_full_name',
    'year',
    'metric',
    'value',
    'approximate',
    'rank',
    'note',
    'coverage_reported',
    'coverage_expected',
  ];
  return {
    columns,
    rows: rows.map((r) => ({
      ...regionColumns(s, r.regionCode),
      year: r.year,
      metric: r.metric,
      value: r.value,
      approximate: r.approximate,
      rank: r.rank,
      note: r.note,
      coverage_reported: r.coverage?.reported ?? null,
      coverage_expected: r.coverage?.expected ?? null,
    })),
  };
};

/** `/export/medal-table`: `medalTable(competition, group)`, one row per delegation. */
export const medalTableExport: ExportQuestion = async (p, s, res) => {
  const competition = Number(p.required('competition')[0]);
  const id = Number.isSafeInteger(competition) ? competition : 0;
  const group = p.enums('group', CompetitionGroup)?.[0] ?? null;
  const rows = await s.answers.get(
    'medalTable',
    { id, group },
    () => medalTable(s.reads(), s.regions, id, group),
    res,
  );
  const columns = [
    'rank',
    'region_code',
    'region_full_name',
    'gold',
    'silver',
    'bronze',
    'medals',
    'points',
    'athletes',
  ];
  return {
    columns,
    rows: rows.map((r) => ({
      rank: r.rank,
      ...regionColumns(s, r.regionCode),
      gold: r.gold,
      silver: r.silver,
      bronze: r.bronze,
      medals: r.medals,
      points: r.points,
      athletes: r.athletes,
    })),
  };
};
