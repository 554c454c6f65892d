import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { fixturePath } from '../support/fixtures';
import { scratchDir, writeWorkbook } from '../support/ledger-workbook';
import type { TestApp } from '../support/test-app';

// Small ledgers beside the two seeds, each for its own (region, year, kind) so that none replaces
// another's rows (ledger-spec §7). The figures are made up; the expected totals in the tests
// are worked out from them by hand.

/** One small ledger: a title, the 填报单位 and 年度 lines, a header, then numbered rows. */
export interface LedgerSpec {
  file: string;
  region: string;
  year: number;
  bureau: string;
  sheet: string;
  header: string[];
  rows: unknown[][];
}

const FACILITY_HEADER = [
  '所属地区',
  '项目名称',
  '设施类型',
  '数量',
  '投资额（万元）',
  '面积（平方米）',
  '长度（公里）',
];

function facilities(
  file: string,
  region: string,
  bureau: string,
  year: number,
  rows: unknown[][],
): LedgerSpec {
  return { file, region, year, bureau, sheet: '场地设施', header: FACILITY_HEADER, rows };
}

/** 祁县 2021: 2 rows, quantity 4, 1,350,000 yuan, 约3000 m² (approximate), 12 km. */
export const QIXIAN_FACILITIES_2021 = facilities(
  'qixian-facilities-2021.xlsx',
  '140727',
  '祁县体育局',
  2021,
  [
    ['祁县', '昌源河健身步道', '健身步道', 1, 120, null, 12],
    ['祁县', '东观镇健身园', '健身园', 3, 15, '约3000', null],
  ],
);

/** 介休市 2021: 2 rows, quantity 4, investment 0 (said so), no area, 8 km. */
export const JIEXIU_FACILITIES_2021 = facilities(
  'jiexiu-facilities-2021.xlsx',
  '140781',
  '介休市体育局',
  2021,
  [
    ['介休市', '介休市全民健身中心', '全民健身中心', 1, 0, null, null],
    ['介休市', '绵山健身步道', '健身步道', 3, null, null, 8],
  ],
);

/** 太谷区 2021: 1 row, quantity 1, 400,000 yuan, 800 m². */
export const TAIGU_FACILITIES_2021 = facilities(
  'taigu-facilities-2021.xlsx',
  '140703',
  '晋中市太谷区体育局',
  2021,
  [['太谷区', '太谷区笼式足球场', '笼式足球场', 1, 40, 800, null]],
);

/** 仙桃市 (county-level city directly under 湖北省) 2021: 1 row, 5,000,000 yuan, 12000 m². */
export const XIANTAO_FACILITIES_2021 = facilities(
  'xiantao-facilities-2021.xlsx',
  '429004',
  '仙桃市体育局',
  2021,
  [['仙桃市', '仙桃市体育中心体育馆', '体育馆', 1, 500, 12000, null]],
);

/** The other 河东区 (山东省临沂市, 371312) 2022: 2 rows, quantity 7, 900,000 yuan, 5 km. */
export const LINYI_HEDONG_FACILITIES_2022 = facilities(
  'linyi-hedong-facilities-2022.xlsx',
  '371312',
  '临沂市河东区体育局',
  2022,
  [
    ['河东区', '河东区沂河健身步道', '健身步道', 1, 60, null, 5],
    ['河东区', '河东区社区健身园', '健身园', 6, 30, null, null],
  ],
);

/** The five facilities ledgers beside the seeds whose summaries the tests work out by hand. */
export const SMALL_FACILITY_LEDGERS = [
  QIXIAN_FACILITIES_2021,
  JIEXIU_FACILITIES_2021,
  TAIGU_FACILITIES_2021,
  XIANTAO_FACILITIES_2021,
  LINYI_HEDONG_FACILITIES_2022,
];

/** The other 河东区 (371312) 2022 events: 2 events, 300 participants reported. */
export const LINYI_HEDONG_EVENTS_2022: LedgerSpec = {
  file: 'linyi-hedong-events-2022.xlsx',
  region: '371312',
  year: 2022,
  bureau: '临沂市河东区体育局',
  sheet: '赛事活动',
  header: ['所属地区', '活动名称', '类别', '级别', '形式', '参与人数'],
  rows: [
    ['河东区', '临沂市河东区全民健身运动会', '群众体育', '区级', '线下', 300],
    ['河东区', '河东区青少年足球联赛', '青少年', '区级', '线下', null],
  ],
};

/**
 * 晋中市 2021 indicators, replacing the seed's (same scope; it keeps 全民健身活动场次 100余) and
 * adding 祁县 and 介休市: populations 337.9万 / 24.6万 / 40.5万, 社区数 only for the counties,
 * rates for all three, 信访接待 0 for 介休市.
 */
export const JINZHONG_INDICATORS_2021: LedgerSpec = {
  file: 'jinzhong-indicators-2021.xlsx',
  region: '140700',
  year: 2021,
  bureau: '晋中市体育局',
  sheet: '工作指标',
  header: ['地区', '指标名称', '数值', '单位'],
  rows: [
    ['晋中市', '常住人口', 337.9, '万人'],
    ['晋中市', '全民健身活动场次', '100余', '场'],
    ['晋中市', '经常参加体育锻炼人数比例', 41.5, '%'],
    ['祁县', '常住人口', 24.6, '万人'],
    ['祁县', '社区数', 12, '个'],
    ['祁县', '经常参加体育锻炼人数比例', 38.5, '%'],
    ['介休市', '常住人口', 40.5, '万人'],
    ['介休市', '社区数', 30, '个'],
    ['介休市', '经常参加体育锻炼人数比例', 40.2, '%'],
    ['介休市', '信访接待', 0, '次'],
  ],
};

export const TIANJIN_GAMES = '天津市第十五届运动会';

/**
 * 天津市 2022 results at the games the 河东区 seed reports on: ties, equal golds, halves, and a
 * 青少年组 table. 河东区's own rows come from the seed (81/91/92 whole delegation; ranks only
 * for 青少年组).
 */
export const TIANJIN_RESULTS_2022: LedgerSpec = {
  file: 'tianjin-results-2022.xlsx',
  region: '120000',
  year: 2022,
  bureau: '天津市体育局',
  sheet: '竞赛成绩',
  header: ['赛事名称', '代表队', '组别', '项目', '参赛人数', '金牌', '银牌', '铜牌', '团体总分'],
  rows: [
    [TIANJIN_GAMES, '和平区', null, null, 980, 81, 91, 92, 3900],
    [TIANJIN_GAMES, '河西区', null, null, 1100, 81, 95, 10, 3500],
    [TIANJIN_GAMES, '南开区', null, '田径', 600, 60, 40, 50.5, 2000],
    [TIANJIN_GAMES, '南开区', null, '游泳', 300, 30.5, 20, 20, 1000.5],
    [TIANJIN_GAMES, '河北区', null, null, 500, 20, 30, 40, 1200],
    [TIANJIN_GAMES, '红桥区', null, null, 450, 20, 30, 39.5, 1150],
    [TIANJIN_GAMES, '和平区', '青少年组', null, 120, 10, 5, 3, 300],
    [TIANJIN_GAMES, '河西区', '青少年组', null, 150, 12, 2, 1, 350],
    [TIANJIN_GAMES, '南开区', '青少年组', null, 40, 0.5, 1, 0, 60],
  ],
};

/** Imports one file through POST /imports and fails unless it is committed without errors. */
export async function importFile(
  app: TestApp,
  file: string,
  fields: Record<string, string> = {},
): Promise<void> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    form.append(name, value);
  }
  form.append('file', new Blob([await readFile(file)]), path.basename(file));
  const response = await app.fetch('/imports', { method: 'POST', body: form });
  const text = await response.text();
  const body = response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : null;
  if (response.status !== 200 || body?.status !== 'COMMITTED' || body.errors.length > 0) {
    throw new Error(
      `import of ${path.basename(file)} not committed: ${response.status} ${text.slice(0, 2000)}`,
    );
  }
}

/** Imports the two seed ledgers (hedong-2022.xlsx, jinzhong-2021.xlsx). */
export async function importSeeds(app: TestApp): Promise<void> {
  await importFile(app, fixturePath('hedong-2022.xlsx'));
  await importFile(app, fixturePath('jinzhong-2021.xlsx'));
}

/** Writes each ledger to a scratch directory and imports them one after the other, in order. */
export async function importLedgers(app: TestApp, specs: LedgerSpec[]): Promise<void> {
  const scratch = await scratchDir('comparison');
  try {
    const files = await Promise.all(
      specs.map((spec) =>
        writeWorkbook(scratch.file(spec.file), [
          {
            name: spec.sheet,
            rows: [
              [`${spec.bureau.replace(/体育局$/, '')}${spec.year}年${spec.sheet}台账`],
              [`填报单位：${spec.bureau}`],
              [`年度：${spec.year}`],
              ['序号', ...spec.header],
              ...spec.rows.map((row, i) => [i + 1, ...row]),
            ],
          },
        ]),
      ),
    );
    for (const [i, spec] of specs.entries()) {
      await importFile(app, files[i], { region: spec.region, year: String(spec.year) });
    }
  } finally {
    await scratch.remove();
  }
}
