import { splitHeaderUnit } from '../../../src/import/parse/cells';

describe('splitHeaderUnit', () => {
  it.each([
    ['投资额（万元）', '投资额', '万元'],
    ['投资额(万元)', '投资额', '万元'],
    ['投资额 （ 万元 ）', '投资额', '万元'],
    ['步道长度[km]', '步道长度', 'km'],
    ['投资【元】', '投资', '元'],
    ['面积（㎡）', '面积', '㎡'],
    ['长度/公里', '长度', '公里'],
    ['长度／公里', '长度', '公里'],
    ['面积（单位：平方米）', '面积', '平方米'],
    ['参与人数（人次）', '参与人数', '人次'],
  ])('splits %s into %s and %s', (header, name, unit) => {
    expect(splitHeaderUnit(header)).toEqual({ name, unit });
  });

  it('leaves a header without a unit whole', () => {
    expect(splitHeaderUnit('  项目名称 ')).toEqual({ name: '项目名称', unit: null });
  });

  it('does not take 线下 in 线上/线下 for a unit', () => {
    expect(splitHeaderUnit('线上/线下')).toEqual({ name: '线上/线下', unit: null });
  });

  it('does not take a bracketed note for a unit', () => {
    expect(splitHeaderUnit('名称（全称）')).toEqual({ name: '名称(全称)', unit: null });
  });
});
