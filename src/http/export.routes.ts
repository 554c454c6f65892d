import type { Express, Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import {
  CompetitionGroup,
  EventCategory,
  EventFormat,
  EventLevel,
  FacilityStatus,
  FacilityType,
  ProjectType,
} from '../modules/common/enums';
import { RegionLevel } from '../modules/region/region.entity';
import type { AppServices } from '../services';
import { compare } from '../modules/comparison/compare.service';
import { EventDimension, FacilityDimension, Normalization } from '../modules/comparison/comparison.types';
import { sendRows, type ExportRow } from './export-format';
import { ExportParamError, ExportParams } from './export-params';
import { medalTable } from '../modules/comparison/medal-table.service';
import { eventSummary, facilitySummary } from '../modules/comparison/summaries';

type Question = (
  p: ExportParams,
  services: AppServices,
) => Promise<{ columns: string[]; rows: ExportRow[] }>;

const QUESTIONS: Record<string, Question> = {
  compare: async (p, s) => {
    const rows = await compare(s.importDeps.knex, s.regions, {
      regions: p.required('regions'),
      metrics: p.required('metrics'),
      years: p.ints('years'),
      includeDescendants: p.bool('includeDescendants', true),
      normalize: p.enums('normalize', Normalization)?.[0] ?? Normalization.NONE,
    });
    const columns = [
      'region_code',
      'region_full_name',
      'year',
      'metric',
      'value',
      'approximate',
      'rank',
      'note',
    ];
    return {
      columns,
      rows: rows.map((r) => ({
        ...region(s, r.regionCode),
        year: r.year,
        metric: r.metric,
        value: r.value,
        approximate: r.approximate,
        rank: r.rank,
        note: r.note,
      })),
    };
  },
  'facility-summary': async (p, s) => {
    const filter = {
      ...commonFilter(p),
      types: p.enums('types', FacilityType),
      statuses: p.enums('statuses', FacilityStatus),
      projectTypes: p.enums('projectTypes', ProjectType),
    };
    const rows = await facilitySummary(
      s.importDeps.knex,
      s.regions,
      filter,
      p.enums('groupBy', FacilityDimension) ?? required('groupBy'),
      rollup(p),
    );
    const columns = [
      'region_code',
      'region_full_name',
      'year',
      'type',
      'status',
      'project_type',
      'count',
      'quantity',
      'investment_yuan',
      'area_m2',
      'length_km',
    ];
    return {
      columns,
      rows: rows.map((r) => ({
        ...region(s, r.regionCode),
        year: r.year,
        type: r.type,
        status: r.status,
        project_type: r.projectType,
        count: r.count,
        quantity: r.quantity,
        investment_yuan: r.investmentYuan,
        area_m2: r.areaM2,
        length_km: r.lengthKm,
      })),
    };
  },
  'event-summary': async (p, s) => {
    const filter = {
      ...commonFilter(p),
      categories: p.enums('categories', EventCategory),
      levels: p.enums('levels', EventLevel),
      formats: p.enums('formats', EventFormat),
      sports: p.list('sports'),
    };
    const rows = await eventSummary(
      s.importDeps.knex,
      s.regions,
      filter,
      p.enums('groupBy', EventDimension) ?? required('groupBy'),
      rollup(p),
    );
    const columns = [
      'region_code',
      'region_full_name',
      'year',
      'category',
      'level',
      'sport',
      'format',
      'count',
      'participants',
    ];
    return {
      columns,
      rows: rows.map((r) => ({
        ...region(s, r.regionCode),
        year: r.year,
        category: r.category,
        level: r.level,
        sport: r.sport,
        format: r.format,
        count: r.count,
        participants: r.participants,
      })),
    };
  },
  'medal-table': async (p, s) => {
    const competition = Number(p.required('competition')[0]);
    const rows = await medalTable(
      s.importDeps.knex,
      Number.isSafeInteger(competition) ? competition : 0,
      p.enums('group', CompetitionGroup)?.[0] ?? null,
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
        ...region(s, r.regionCode),
        gold: r.gold,
        silver: r.silver,
        bronze: r.bronze,
        medals: r.medals,
        points: r.points,
        athletes: r.athletes,
      })),
    };
  },
};

/**
 * `GET /export/{compare|facility-summary|event-summary|medal-table}.{csv,xlsx,json}`: the
 * comparison questions with the GraphQL arguments as query parameters, as flat rows for BI tools.
 */
export function exportRoutes(app: Express, services: AppServices): void {
  app.get('/export/:question.:format', async (req: Request, res: Response) => {
    const question = QUESTIONS[String(req.params.question)];
    const format = String(req.params.format);
    if (!question || !['csv', 'xlsx', 'json'].includes(format)) {
      res.status(404).json({
        error: {
          code: 'NOT_FOUND',
          message: `exports are /export/{${Object.keys(QUESTIONS).join('|')}}.{csv,xlsx,json}`,
        },
      });
      return;
    }
    try {
      const { columns, rows } = await question(new ExportParams(req), services);
      await sendRows(res, format, String(req.params.question), columns, rows);
    } catch (error) {
      if (
        error instanceof ExportParamError ||
        (error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT')
      ) {
        res.status(400).json({ error: { code: 'BAD_USER_INPUT', message: error.message } });
        return;
      }
      services.log.error({ err: error }, 'export failed');
      res
        .status(500)
        .json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } });
    }
  });
}

function region(
  s: AppServices,
  code: string | null,
): { region_code: string | null; region_full_name: string | null } {
  return {
    region_code: code,
    region_full_name: code ? (s.regions.get(code)?.fullName ?? null) : null,
  };
}

function commonFilter(p: ExportParams) {
  return {
    regions: p.list('regions'),
    includeDescendants: p.bool('includeDescendants', true),
    years: p.ints('years'),
    nameContains: p.text('nameContains'),
  };
}

function rollup(p: ExportParams): RegionLevel | null {
  return p.enums('rollupTo', RegionLevel)?.[0] ?? null;
}

function required(name: string): never {
  throw new ExportParamError(`the query parameter "${name}" is required`);
}
