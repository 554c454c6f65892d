import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The V8 flags `npm start` gives the server (and the Docker image, which a test compares), so
 * that the benchmarked server collects its garbage as a deployed one does.
 */
export function startFlags(): string[] {
  const pkg = JSON.parse(readFileSync(path.join(__dirname, '../../package.json'), 'utf8')) as {
    scripts: { start: string };
  };
  const [, ...words] = pkg.scripts.start.split(/\s+/);
  return words.slice(0, words.indexOf('-r')).filter((word) => word.startsWith('--'));
}
