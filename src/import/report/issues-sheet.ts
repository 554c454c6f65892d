/**
 * The name of the issue list a report workbook carries. Apart from report-workbook.ts so that the
 * sheet locator can recognise an uploaded report without loading exceljs's writers (about 27 MB)
 * into the importer's thread, which only reads.
 */
export const ISSUES_SHEET = '导入问题';
