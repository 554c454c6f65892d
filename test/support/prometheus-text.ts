/** One sample line of Prometheus's text format. */
export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export interface Family {
  name: string;
  help: string;
  type: 'counter' | 'gauge' | 'histogram' | 'summary' | 'untyped';
  samples: Sample[];
}

const NAME = '[a-zA-Z_:][a-zA-Z0-9_:]*';
const LABEL = '[a-zA-Z_][a-zA-Z0-9_]*';
// Prometheus reads values with Go's ParseFloat, which takes Inf and NaN in any case
// (prom-client writes `Nan`)
const VALUE = String.raw`[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?|[-+]?[iI][nN][fF]|[nN][aA][nN]`;
const QUOTED = String.raw`"(?:[^"\\\n]|\\["\\n])*"`;
const SAMPLE = new RegExp(
  `^(${NAME})(?:\\{((?:${LABEL}=${QUOTED})(?:,${LABEL}=${QUOTED})*,?)?\\})? (${VALUE})(?: -?\\d+)?$`,
);
const HELP = new RegExp(`^# HELP (${NAME}) (.*)$`);
const TYPE = new RegExp(`^# TYPE (${NAME}) (counter|gauge|histogram|summary|untyped)$`);
const SUFFIXES: Record<Family['type'], string[]> = {
  counter: [''],
  gauge: [''],
  untyped: [''],
  histogram: ['_bucket', '_sum', '_count'],
  summary: ['', '_sum', '_count'],
};

/**
 * A strict reader of the exposition format (version 0.0.4): every line is a HELP, a TYPE, a
 * sample or empty; each family has both comments before its samples, which are contiguous; no sample is
 * repeated; histogram buckets rise in `le` and never fall in count, ending at +Inf = _count.
 * Throws, naming the line, on anything else.
 */
export function parseExposition(text: string): Map<string, Family> {
  if (!text.endsWith('\n')) {
    throw new Error('the exposition does not end with a newline');
  }
  const families = new Map<string, Family>();
  const seen = new Set<string>();
  let current: Family | null = null;
  let pendingHelp: { name: string; help: string } | null = null;
  text
    .slice(0, -1)
    .split('\n')
    .forEach((line, index) => {
      const fail = (why: string) => {
        throw new Error(`line ${index + 1}: ${why}: ${line}`);
      };
      if (line === '') {
        return; // the format ignores empty lines (prom-client puts one between families)
      }
      const help = HELP.exec(line);
      const type = TYPE.exec(line);
      const sample = SAMPLE.exec(line);
      if (help) {
        if (families.has(help[1])) {
          fail('a second HELP');
        }
        pendingHelp = { name: help[1], help: help[2] };
      } else if (type) {
        const named = pendingHelp as { name: string; help: string } | null;
        if (named?.name !== type[1] || families.has(type[1])) {
          fail('a TYPE without its HELP just before it, or a second one');
        }
        current = {
          name: type[1],
          help: named!.help,
          type: type[2] as Family['type'],
          samples: [],
        };
        families.set(type[1], current);
        pendingHelp = null;
      } else if (sample) {
        const family = current as Family | null;
        const belongs = family && SUFFIXES[family.type].some((s) => sample[1] === family.name + s);
        if (!family || !belongs) {
          fail('a sample outside its family');
        }
        const labels = parseLabels(sample[2] ?? '');
        const key = `${sample[1]}${JSON.stringify(Object.entries(labels).sort())}`;
        if (seen.has(key)) {
          fail('a repeated sample');
        }
        seen.add(key);
        family!.samples.push({ name: sample[1], labels, value: numberOf(sample[3]) });
      } else {
        fail('not a HELP, TYPE or sample line');
      }
    });
  for (const family of families.values()) {
    if (family.type === 'histogram') {
      checkHistogram(family);
    }
  }
  return families;
}

/** A sample value or `le` bound as Prometheus reads it. */
function numberOf(text: string): number {
  if (/^[-+]?inf$/i.test(text)) {
    return text.startsWith('-') ? -Infinity : Infinity;
  }
  const value = /^nan$/i.test(text) ? NaN : Number(text);
  if (Number.isNaN(value) && !/^nan$/i.test(text)) {
    throw new Error(`not a number: ${text}`);
  }
  return value;
}

function parseLabels(text: string): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const match of text.matchAll(new RegExp(`(${LABEL})=(${QUOTED})`, 'g'))) {
    if (match[1] in labels) {
      throw new Error(`label ${match[1]} given twice`);
    }
    labels[match[1]] = JSON.parse(match[2]) as string; // the escapes are JSON's: \\ \" \n
  }
  return labels;
}

function checkHistogram(family: Family): void {
  const series = new Map<string, { le: number; count: number }[]>();
  const counts = new Map<string, number>();
  for (const sample of family.samples) {
    const { le, ...rest } = sample.labels;
    const key = JSON.stringify(Object.entries(rest).sort());
    if (sample.name.endsWith('_bucket')) {
      if (le === undefined) {
        throw new Error(`${family.name}: a bucket without le`);
      }
      series.set(key, [...(series.get(key) ?? []), { le: numberOf(le), count: sample.value }]);
    } else if (sample.name.endsWith('_count')) {
      counts.set(key, sample.value);
    }
  }
  for (const [key, buckets] of series) {
    buckets.forEach((bucket, i) => {
      const before = buckets[i - 1];
      if (before && (bucket.le <= before.le || bucket.count < before.count)) {
        throw new Error(`${family.name}${key}: buckets not rising at le=${bucket.le}`);
      }
    });
    const last = buckets.at(-1)!;
    if (last.le !== Infinity || last.count !== counts.get(key)) {
      throw new Error(`${family.name}${key}: the +Inf bucket is missing or differs from _count`);
    }
  }
}

/** The value of the sample with this name and exactly these labels, or undefined. */
export function valueOf(
  families: Map<string, Family>,
  name: string,
  labels: Record<string, string> = {},
): number | undefined {
  for (const family of families.values()) {
    for (const sample of family.samples) {
      if (
        sample.name === name &&
        Object.keys(sample.labels).length === Object.keys(labels).length &&
        Object.entries(labels).every(([k, v]) => sample.labels[k] === v)
      ) {
        return sample.value;
      }
    }
  }
  return undefined;
}
