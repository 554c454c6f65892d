import ExcelJS from 'exceljs';

/** The exceljs streaming parse alone, with the reader options the importer uses. Prints JSON. */
async function main(file: string): Promise<void> {
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  let rows = 0;
  let cells = 0;
  for await (const worksheet of reader) {
    for await (const row of worksheet) {
      rows += 1;
      cells += (row.values as unknown[]).length;
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.stdout.write(
    `${JSON.stringify({ rows, cells, seconds, cpuSeconds: cpuSeconds(cpuBefore), maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
  );
}

void main(process.argv[2]);

/** CPU time of this process (every thread) since `before`, in seconds. */
function cpuSeconds(before: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}
