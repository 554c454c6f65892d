import { parseEnum, type EnumTable } from '../../../src/import/parse/cells';
import * as words from '../../../src/modules/common/enum-words';
import {
  competitionGroupWords,
  eventCategoryWords,
  eventFormatWords,
  eventLevelWords,
  facilityStatusWords,
  facilityTypeWords,
  projectTypeWords,
} from '../../../src/modules/common/enum-words';
import {
  CompetitionGroup,
  EventCategory,
  EventFormat,
  EventLevel,
  FacilityStatus,
  FacilityType,
  ProjectType,
} from '../../../src/modules/common/enums';
import { failedWith, parsedAs } from './parsed';

const ALL_TABLES: Record<string, EnumTable<string>> = words;

describe('parseEnum', () => {
  it.each([
    ['改扩建', projectTypeWords, ProjectType.EXPANSION],
    ['提升改造', projectTypeWords, ProjectType.RENOVATION],
    ['维修改造', projectTypeWords, ProjectType.REPAIR],
    ['线上+线下', eventFormatWords, EventFormat.HYBRID],
    ['线上线下', eventFormatWords, EventFormat.HYBRID],
    ['网络', eventFormatWords, EventFormat.ONLINE],
    ['区县级', eventLevelWords, EventLevel.DISTRICT],
    ['国家级', eventLevelWords, EventLevel.NATIONAL],
    ['体教融合', eventCategoryWords, EventCategory.YOUTH],
    ['电竞', eventCategoryWords, EventCategory.ESPORTS],
    ['社区体育园', facilityTypeWords, FacilityType.COMMUNITY_SPORTS_PARK],
    ['口袋体育公园', facilityTypeWords, FacilityType.POCKET_PARK],
    ['健身路径', facilityTypeWords, FacilityType.FITNESS_GARDEN],
    ['笼式足球场', facilityTypeWords, FacilityType.CAGE_FOOTBALL],
    ['招投标', facilityStatusWords, FacilityStatus.UNDER_CONSTRUCTION],
    ['投入使用', facilityStatusWords, FacilityStatus.OPEN],
    ['公开组', competitionGroupWords, CompetitionGroup.ADULT],
  ] as [string, EnumTable<string>, string][])('reads %s as %s', (raw, table, value) => {
    expect(parseEnum(raw, table)).toEqual(parsedAs(value));
  });

  it.each(Object.entries(ALL_TABLES))('reads every word of %s as its value', (_, table) => {
    for (const [word, value] of Object.entries(table.words)) {
      expect(parseEnum(word, table)).toEqual(parsedAs(value));
    }
  });

  it('ignores spaces and full-width forms', () => {
    expect(parseEnum(' 线上 ＋ 线下 ', eventFormatWords)).toEqual(parsedAs(EventFormat.HYBRID));
    expect(parseEnum('改　扩建', projectTypeWords)).toEqual(parsedAs(ProjectType.EXPANSION));
  });

  it('accepts the English value in any case', () => {
    expect(parseEnum('mass_fitness', eventCategoryWords)).toEqual(
      parsedAs(EventCategory.MASS_FITNESS),
    );
    expect(parseEnum('Cage Football', facilityTypeWords)).toEqual(
      parsedAs(FacilityType.CAGE_FOOTBALL),
    );
  });

  it('maps an unknown word to the fallback with a warning that quotes it', () => {
    expect(parseEnum('攀岩墙', facilityTypeWords, { fallback: FacilityType.OTHER })).toEqual({
      ok: true,
      value: FacilityType.OTHER,
      approximate: false,
      warnings: [{ code: 'UNKNOWN_ENUM_VALUE', message: expect.stringContaining('"攀岩墙"') }],
    });
  });

  it('maps a known word normally even when a fallback is given', () => {
    expect(parseEnum('体育场', facilityTypeWords, { fallback: FacilityType.OTHER })).toEqual(
      parsedAs(FacilityType.STADIUM),
    );
  });

  it('rejects an unknown word without a fallback, listing the accepted words', () => {
    expect(parseEnum('待定', projectTypeWords)).toEqual(
      failedWith('INVALID_ENUM', /^"待定" is not one of: 新建, 改建, .*改扩建/),
    );
  });

  it('does not match a word that merely contains an accepted one', () => {
    expect(parseEnum('新建体育场', projectTypeWords)).toEqual(failedWith('INVALID_ENUM'));
  });

  it('reads a blank cell as not reported, or as whenEmpty', () => {
    expect(parseEnum(null, competitionGroupWords)).toEqual(parsedAs(null));
    expect(parseEnum('', competitionGroupWords, { whenEmpty: CompetitionGroup.ALL })).toEqual(
      parsedAs(CompetitionGroup.ALL),
    );
    expect(parseEnum('—', eventLevelWords)).toEqual(parsedAs(null));
  });

  it('passes on a cell error', () => {
    expect(parseEnum({ error: '#N/A' }, eventLevelWords)).toEqual(failedWith('CELL_ERROR_VALUE'));
  });
});
