import type { CorpusEntry } from './corpus-entry';
import { withBrokenMapping } from './build/broken-mapping';
import { bureauEntries } from './entries/bureaus';
import { csvEntries } from './entries/csv';
import { activityEntries } from './entries/events-activities';
import { eventDateEntries } from './entries/events-dates';
import { eventLayoutEntries } from './entries/events-layouts';
import { eventSheetEntries } from './entries/events-sheets';
import { censusEntries } from './entries/facilities-census';
import { headerEntries } from './entries/facilities-headers';
import { mappingEntries } from './entries/facilities-mapping';
import { notationEntries } from './entries/facilities-notation';
import { numberEntries } from './entries/facilities-numbers';
import { projectEntries } from './entries/facilities-projects';
import { longIndicatorEntries } from './entries/indicators-long';
import { wideIndicatorEntries } from './entries/indicators-wide';
import { cellRefusalEntries } from './entries/refusals-cells';
import { structureRefusalEntries } from './entries/refusals-structure';
import { countyResultEntries } from './entries/results-counties';
import { gamesEntries } from './entries/results-games';
import { resultNotationEntries } from './entries/results-notation';
import { workbookExtraEntries } from './entries/workbook-extras';
import { workbookLayoutEntries } from './entries/workbook-layouts';
import { workbookSheetEntries } from './entries/workbook-sheets';

/** Workbooks a careful clerk (or WPS, or Excel) produces: each must import exactly. */
const understood: CorpusEntry[] = [
  ...censusEntries,
  ...headerEntries,
  ...numberEntries,
  ...notationEntries,
  ...projectEntries,
  ...mappingEntries,
  ...activityEntries,
  ...eventDateEntries,
  ...eventLayoutEntries,
  ...eventSheetEntries,
  ...gamesEntries,
  ...resultNotationEntries,
  ...countyResultEntries,
  ...longIndicatorEntries,
  ...wideIndicatorEntries,
  ...csvEntries,
  ...workbookSheetEntries,
  ...workbookLayoutEntries,
  ...workbookExtraEntries,
  ...bureauEntries,
];

function entry(name: string): CorpusEntry {
  const found = understood.find((e) => e.name.startsWith(name));
  if (!found) {
    throw new Error(`no corpus entry named "${name}…"`);
  }
  return found;
}

/** Committed layouts with one numeric header made unplaceable: refused, never committed. */
const broken: CorpusEntry[] = [
  withBrokenMapping(entry('a 健身场地调查表'), { sheet: '健身场地', cell: 'E3' }),
  withBrokenMapping(entry("a city's facilities summary"), { sheet: '场地设施统计', cell: 'E4' }),
  withBrokenMapping(entry("a city's wide 主要指标"), { sheet: '各区主要指标', cell: 'D3' }),
  withBrokenMapping(entry('a 市运会 medal table'), { sheet: '奖牌榜', cell: 'H3' }),
  withBrokenMapping(entry('an Excel events ledger'), { sheet: '赛事备案', cell: 'I4' }),
];

export const corpus: CorpusEntry[] = [
  ...understood,
  ...cellRefusalEntries,
  ...structureRefusalEntries,
  ...broken,
];
