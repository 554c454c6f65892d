import { readHeader } from '../../../src/import/locate/header-text';
import { competitionOfTitle } from '../../../src/import/locate/title-values';

// How a header cell is read before it is matched (issue item 2): the marks, glosses, brackets and
// whitespace a form or a clerk adds never change what the column means.

describe('a header as the matcher reads it', () => {
  it.each([
    ['投资总额（万元）', '投资总额', '万元'],
    ['*投资总额\n（万元', '投资总额', '万元'],
    ['＊项目\u3000名称', '项目名称', null],
    ['场地面积(㎡) Area', '场地面积', '㎡'],
    ['投资总额(万元) Investment (10,000 yuan)', '投资总额', '万元'],
    ['步道长度（公里）\nLength (km)', '步道长度', '公里'],
    ['长度/km', '长度', 'km'],
    ['1.建成年份', '建成年份', null],
    ['项目名称（必填）', '项目名称', null],
    ['面积【单位：平方米】', '面积', '平方米'],
    ['Investment', 'investment', null],
  ])('reads %j as %j with unit %j', (header, key, unit) => {
    const text = readHeader(header);
    expect([text.key, text.unit]).toEqual([key, unit]);
  });

  it('keeps a bracket that names no unit in the key, and drops it from the bare key', () => {
    expect(readHeader('名称（全称）')).toMatchObject({ key: '名称(全称)', bare: '名称' });
  });
});

describe('a competition named in a results table’s title', () => {
  it.each([
    ['2023年晋中市第六届运动会成绩表', '晋中市第六届运动会'],
    ['二〇二三年天津市第十五届运动会奖牌统计表', '天津市第十五届运动会'],
    ['山西省第十六届运动会手球资格赛成绩册', '山西省第十六届运动会手球资格赛'],
    ['介休市2025年竞技体育成绩台账', null],
    [null, null],
  ])('reads %j as %j', (title, competition) => {
    expect(competitionOfTitle(title)).toBe(competition);
  });
});
