import { SHARED_STRINGS_LOST, toSheetRow } from '../../src/import/read/xlsx-reader';

// exceljs's rows as its streaming reader gives them: 1-based, sparse.
describe('rows from the reading thread', () => {
  it('start at column A, with empty cells as null', () => {
    const values = [];
    values[1] = '河东区体育场';
    values[3] = 5400;
    expect(toSheetRow({ number: 7, values })).toEqual({
      number: 7,
      cells: ['河东区体育场', null, 5400],
    });
  });

  it('stop the read when a cell names a shared string instead of holding its text', () => {
    // What exceljs gives for every text cell when it parsed a sheet without the shared strings.
    const values = [undefined, 1, { sharedString: 12 }] as never[];
    expect(() => toSheetRow({ number: 4, values })).toThrow(SHARED_STRINGS_LOST);
  });
});
