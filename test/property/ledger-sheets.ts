import fc from 'fast-check';
import {
  eventCategoryWords,
  eventFormatWords,
  eventLevelWords,
  facilityStatusWords,
  facilityTypeWords,
  projectTypeWords,
} from '../../src/modules/common/enum-words';
import type { SheetSpec } from '../support/ledger-workbook';
import {
  areaCell,
  chineseNumber,
  completedCell,
  countCell,
  enumWord,
  eventTimeCell,
  lengthCell,
  moneyCell,
  optional,
  type Written,
} from './ledger-rows';
import { fullWidth } from './cell-arbitraries';

// A 祁县 ledger of one year with a 场地设施 and a 赛事活动 sheet, as facts and as sheets.

export const BUREAU = '祁县体育局';
export const REGION = '140727';
export const YEAR = 2021;
const FIRST_DATA_ROW = 5;

const FACILITY_HEADER = [
  ...['序号', '项目名称', '设施类型', '建设性质', '状态', '数量'],
  ...['投资额（万元）', '面积（平方米）', '长度（公里）', '建成日期', '备注'],
];
const EVENT_HEADER = [
  ...['序号', '活动名称', '举办时间', '级别', '类别', '形式'],
  ...['参与人数', '主办单位', '备注'],
];

// Text as clerks write it, with what COPY and JSON escape: backslashes, quotes, braces, commas.
const PLACES = ['龙泉', '东观镇', '城南社区', '莲花山', '"晋商"', String.raw`C:\台账`, '古县村'];
const FACILITY_NAMES = ['健身园', '健身步道(一期)', ' 篮球场', '🏃步道', '{二期}', String.raw`\N`];
const EVENT_NAMES = ['篮球赛', '健步走活动', '象棋比赛', '广场舞展演', '马拉松 (半程)', '"迎新春"'];
const NOTES = ['省级补助项目', '含照明 设施', 'PPP模式', '"老旧小区"改造', String.raw`见附件\2`];
const ORGANIZERS = ['祁县体育局', '县总工会', '昭馀镇人民政府'];

const text = (words: string[]) => optional(fc.constantFrom(...words).map((w) => written(w)));
const written = (cell: string): Written<string> => ({ cell, value: cell, approximate: false });

const facilityRow = fc.record({
  place: fc.constantFrom(...PLACES),
  kind: fc.constantFrom(...FACILITY_NAMES),
  type: enumWord(facilityTypeWords),
  projectType: optional(enumWord(projectTypeWords)),
  status: optional(enumWord(facilityStatusWords)),
  quantity: countCell,
  investment: optional(moneyCell),
  area: optional(areaCell),
  length: optional(lengthCell),
  completedOn: optional(completedCell(YEAR)),
  notes: text(NOTES),
});

/** 1–60000 people: a number, "1,114人", "5400余人", "约200人", full width, 八十人. */
export const participantsCell: fc.Arbitrary<Written<number>> = fc
  .tuple(fc.integer({ min: 1, max: 60000 }), fc.nat(5))
  .map(([n, notation]) => {
    const cells = [
      n,
      `${n.toLocaleString('en-US')}人`,
      `${n}余人`,
      `约${n}人`,
      fullWidth(String(n)),
    ];
    const cell = notation === 5 ? (n < 100 ? `${chineseNumber(n)}人` : n) : cells[notation];
    return { cell, value: n, approximate: notation === 2 || notation === 3 };
  });

const eventRow = fc.record({
  place: fc.constantFrom(...PLACES),
  kind: fc.constantFrom(...EVENT_NAMES),
  time: optional(eventTimeCell(YEAR)),
  level: optional(enumWord(eventLevelWords)),
  category: optional(enumWord(eventCategoryWords)),
  format: optional(enumWord(eventFormatWords)),
  participants: optional(participantsCell),
  organizer: text(ORGANIZERS),
  notes: text(NOTES),
});

type FacilityRow = typeof facilityRow extends fc.Arbitrary<infer R> ? R : never;
type EventRow = typeof eventRow extends fc.Arbitrary<infer R> ? R : never;

const approximate = (fields: Record<string, Written<unknown>>) =>
  Object.keys(fields).filter((field) => fields[field].approximate);

function facilityFact(row: FacilityRow, name: string) {
  return {
    name,
    type: row.type.value,
    projectType: row.projectType.value,
    status: row.status.value ?? 'COMPLETED',
    quantity: row.quantity.value,
    investmentYuan: row.investment.value,
    areaM2: row.area.value,
    lengthKm: row.length.value,
    completedOn: row.completedOn.value?.date ?? null,
    completedPrecision: row.completedOn.value?.precision ?? null,
    notes: row.notes.value,
    approximateFields: approximate({ investmentYuan: row.investment }),
  };
}

function eventFact(row: EventRow, name: string) {
  return {
    name,
    startDate: row.time.value?.startDate ?? null,
    startPrecision: row.time.value?.startPrecision ?? null,
    endDate: row.time.value?.endDate ?? null,
    level: row.level.value,
    category: row.category.value,
    format: row.format.value,
    participants: row.participants.value,
    organizer: row.organizer.value,
    notes: row.notes.value,
    approximateFields: approximate({ participants: row.participants }),
  };
}

export type FacilityFact = ReturnType<typeof facilityFact>;
export type EventFact = ReturnType<typeof eventFact>;

/** A ledger: its sheets as written, and the facts they stand for. */
export interface Ledger {
  sheets: SheetSpec[];
  facilities: FacilityFact[];
  events: EventFact[];
}

export const ledgers: fc.Arbitrary<Ledger> = fc
  .record({
    facilities: fc.array(facilityRow, { minLength: 1, maxLength: 12 }),
    events: fc.array(eventRow, { minLength: 1, maxLength: 12 }),
  })
  .map(({ facilities, events }) => {
    const facilityNames = facilities.map((r, i) => `${r.place}${i + 1}号${r.kind}`);
    const eventNames = events.map((r, i) => `${r.place}第${chineseNumber(i + 1)}届${r.kind}`);
    const facilityCells = facilities.map((r, i): unknown[] => [
      ...[i + 1, facilityNames[i], r.type.cell, r.projectType.cell, r.status.cell],
      ...[r.quantity.cell, r.investment.cell, r.area.cell, r.length.cell],
      ...[r.completedOn.cell, r.notes.cell],
    ]);
    const eventCells = events.map((r, i): unknown[] => [
      ...[i + 1, eventNames[i], r.time.cell, r.level.cell, r.category.cell, r.format.cell],
      ...[r.participants.cell, r.organizer.cell, r.notes.cell],
    ]);
    return {
      sheets: [
        sheet('场地设施', '体育场地设施建设台账', FACILITY_HEADER, facilityCells),
        sheet('赛事活动', '赛事活动台账', EVENT_HEADER, eventCells),
      ],
      facilities: facilities.map((r, i) => facilityFact(r, facilityNames[i])),
      events: events.map((r, i) => eventFact(r, eventNames[i])),
    };
  });

function sheet(name: string, title: string, header: string[], rows: unknown[][]): SheetSpec {
  const last = String.fromCharCode(64 + header.length);
  return {
    name,
    rows: [[`祁县${YEAR}年${title}`], [`填报单位：${BUREAU}`], [`年度：${YEAR}`], header, ...rows],
    merges: [`A1:${last}1`],
  };
}

/** Where data rows start in every generated sheet (title, 填报单位, 年度, header above). */
export { FIRST_DATA_ROW };
