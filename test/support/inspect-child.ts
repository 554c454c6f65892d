// Run as a child process: inspects one file and prints the outcome with the process's peak RSS,
// so a memory bound is measured on a process doing only that.
import { inspectFile } from '../../src/import/read/inspect-file';
import { ImportRefusal } from '../../src/import/read/refusal';

async function main(): Promise<void> {
  const [file, maxInflatedBytes] = process.argv.slice(2);
  const started = performance.now();
  let outcome: { code: string; message: string };
  try {
    const { format } = await inspectFile(file, 'bomb.xlsx', {
      maxBytes: 1024 ** 3,
      maxInflatedBytes: Number(maxInflatedBytes),
    });
    outcome = { code: 'ACCEPTED', message: format };
  } catch (error) {
    outcome =
      error instanceof ImportRefusal
        ? { code: error.code, message: error.message }
        : { code: 'ERROR', message: String(error) };
  }
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(
    `${JSON.stringify({ ...outcome, seconds, maxRssBytes: process.resourceUsage().maxRSS * 1024 })}\n`,
  );
}

void main();
