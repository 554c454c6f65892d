import { isEmptyMarker, normalizeText, parseText } from '../../../src/import/parse/cells';
import { parsedAs } from './parsed';

describe('normalizeText', () => {
  it('folds full-width letters, digits and punctuation to ASCII', () => {
    expect(normalizeText('ＡＢＣ１２３（万元）：')).toBe('ABC123(万元):');
  });

  it('turns the ideographic space into a plain one, trims and collapses whitespace', () => {
    expect(normalizeText('\u3000河东区　 体育局\n\t公园  ')).toBe('河东区 体育局 公园');
  });
});

describe('isEmptyMarker', () => {
  it.each(['', '  ', '—', '-', '/', '无', '不详', '暂无', '－', '——', '―', '–', '／', ' 无 '])(
    'treats %j as not reported',
    (marker) => {
      expect(isEmptyMarker(marker)).toBe(true);
    },
  );

  it.each(['0', '无锡', '-5', '不详细', 'N'])('treats %j as a value', (text) => {
    expect(isEmptyMarker(text)).toBe(false);
  });
});

describe('parseText', () => {
  it('trims, collapses inner whitespace and folds full width', () => {
    expect(parseText('  河东区　全民健身   中心 ＡＢＣ ')).toEqual(
      parsedAs('河东区 全民健身 中心 ABC'),
    );
  });

  it('reads an empty marker as null, never as text', () => {
    expect(parseText('暂无')).toEqual(parsedAs(null));
    expect(parseText('——')).toEqual(parsedAs(null));
    expect(parseText(null)).toEqual(parsedAs(null));
  });

  it('writes an Excel number back as text without float noise', () => {
    expect(parseText(80.00000000001)).toEqual(parsedAs('80'));
  });

  it('writes an Excel date back as an ISO day', () => {
    expect(parseText(new Date(Date.UTC(2021, 6, 1)))).toEqual(parsedAs('2021-07-01'));
  });

  it('reads the text of rich text and hyperlinks', () => {
    expect(parseText({ richText: [{ text: ' 天津市' }, { text: '河东区 ' }] })).toEqual(
      parsedAs('天津市河东区'),
    );
  });

  it('passes on a cell error', () => {
    expect(parseText({ error: '#N/A' })).toMatchObject({
      ok: false,
      error: { code: 'CELL_ERROR_VALUE' },
    });
  });
});
