import { print, type DocumentNode } from 'graphql';
import type { CorpusEntry } from '../corpus-entry';
import {
  CorpusEventsDocument,
  CorpusFacilitiesDocument,
  CorpusImportLedgerDocument,
  CorpusIndicatorsDocument,
  CorpusResultsDocument,
} from '../../support/generated/graphql';
import type { CorpusBatch, FactNode } from './batch-types';
import { withKey } from '../../support/test-app';

export type Kind = 'facilities' | 'events' | 'results' | 'indicators';
export const KINDS: Kind[] = ['facilities', 'events', 'results', 'indicators'];

// Two uploads at once keep both cores busy: each xlsx is read on a thread of its own.
const CONCURRENT = 2;

/** What one upload of an entry gave: the batch, or why there is none; and the batch's facts. */
export interface ImportOutcome {
  batch: CorpusBatch | null;
  /** An HTTP 500, an HTML page, a GraphQL error: what must never happen. */
  failure: string | null;
  facts: Record<Kind, FactNode[]>;
}

interface Answer {
  data?: Record<string, unknown>;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** The typed documents of the fact lists, by kind (test/corpus/operations/corpus.graphql). */
const LISTS: Record<Kind, DocumentNode> = {
  facilities: CorpusFacilitiesDocument,
  events: CorpusEventsDocument,
  results: CorpusResultsDocument,
  indicators: CorpusIndicatorsDocument,
};

/** Uploads corpus workbooks through the server's GraphQL endpoint, as a browser would. */
export class CorpusClient {
  private readonly imports = new Map<string, Promise<ImportOutcome>>();
  private readonly slots = new Slots(CONCURRENT);

  constructor(
    private readonly url: string,
    /** The test app's admin key: imports need one. */
    private readonly key: string | null = null,
  ) {}

  /**
   * The entry's import, made once per test file (a second upload would only say "identical").
   * Up to CONCURRENT uploads run at once; an entry first waits for the one it depends on and for
   * every earlier entry holding one of its scopes, whose facts it would replace.
   */
  imported(entry: CorpusEntry, all: readonly CorpusEntry[]): Promise<ImportOutcome> {
    let outcome = this.imports.get(entry.name);
    if (!outcome) {
      const rank = all.indexOf(entry);
      const earlier = all.slice(0, Math.max(0, rank));
      const before = earlier.filter((e) => e.name === entry.dependsOn || sharesScope(e, entry));
      outcome = Promise.all(before.map((e) => this.imported(e, all)))
        .then(() => this.slots.run(rank, () => this.importNow(entry)))
        .catch((error: unknown) => ({ batch: null, failure: String(error), facts: noFacts() }));
      this.imports.set(entry.name, outcome);
    }
    return outcome;
  }

  private async importNow(entry: CorpusEntry): Promise<ImportOutcome> {
    const empty = noFacts();
    const answer = await this.upload(entry);
    if (typeof answer === 'string') {
      return { batch: null, failure: answer, facts: empty };
    }
    const batch = answer.data?.importLedger as CorpusBatch | undefined;
    if (answer.errors?.length || !batch) {
      return {
        batch: null,
        failure: `GraphQL errors: ${JSON.stringify(answer.errors)}`,
        facts: empty,
      };
    }
    return { batch, failure: null, facts: await this.factsOf(batch, entry) };
  }

  private async upload(entry: CorpusEntry): Promise<Answer | string> {
    const { region, year, columnMap } = entry.upload;
    const form = new FormData();
    const query = print(CorpusImportLedgerDocument);
    form.append(
      'operations',
      JSON.stringify({ query, variables: { file: null, region, year, columnMap } }),
    );
    form.append('map', JSON.stringify({ 0: ['variables.file'] }));
    form.append('0', new Blob([await entry.build()]), entry.fileName);
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: withKey({ key: this.key }, { 'apollo-require-preflight': 'true' }),
      body: form,
    });
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    if (response.status >= 500 || !type.includes('json')) {
      return `HTTP ${response.status} (${type}): ${text.slice(0, 300)}`;
    }
    return JSON.parse(text) as Answer;
  }

  /** The batch's facts, read from the lists filtered by the regions and years it should hold. */
  private async factsOf(batch: CorpusBatch, entry: CorpusEntry): Promise<ImportOutcome['facts']> {
    const facts =
      entry.expect.status === 'COMMITTED' ? Object.values(entry.expect.facts).flat() : [];
    const regions = new Set(facts.map((f) => f.region));
    const years = new Set(facts.map((f) => f.year));
    if (batch.region) {
      regions.add(batch.region.code);
    }
    if (batch.year !== null) {
      years.add(batch.year);
    }
    // A refused batch must have written nothing anywhere: its lists are read unfiltered.
    const filter = facts.length > 0 ? { regions: [...regions], years: [...years] } : {};
    const lists = await Promise.all(KINDS.map((kind) => this.list(kind, filter)));
    const own = (nodes: FactNode[]) => nodes.filter((n) => n.source.batch.id === batch.id);
    return Object.fromEntries(
      KINDS.map((kind, i) => [kind, own(lists[i])]),
    ) as ImportOutcome['facts'];
  }

  private async list(kind: Kind, filter: object): Promise<FactNode[]> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: print(LISTS[kind]), variables: { filter } }),
    });
    const answer = (await response.json()) as Answer;
    if (answer.errors?.length) {
      throw new Error(`${kind}: ${JSON.stringify(answer.errors)}`);
    }
    const connection = answer.data?.[kind] as { nodes?: (FactNode | null)[] } | null;
    return (connection?.nodes ?? []).filter((n): n is FactNode => n !== null);
  }
}

function noFacts(): ImportOutcome['facts'] {
  return { facilities: [], events: [], results: [], indicators: [] };
}

/** The (region, year, kind) scopes an entry's committed facts fall in; a refusal writes none. */
function scopes(entry: CorpusEntry): Set<string> {
  if (entry.expect.status !== 'COMMITTED') {
    return new Set();
  }
  const { facts } = entry.expect;
  return new Set(
    KINDS.flatMap((kind) => (facts[kind] ?? []).map((f) => `${f.region}/${f.year}/${kind}`)),
  );
}

function sharesScope(a: CorpusEntry, b: CorpusEntry): boolean {
  const theirs = scopes(a);
  return [...scopes(b)].some((scope) => theirs.has(scope));
}

/**
 * At most `size` tasks at once; a waiting task with a lower rank goes first, so an entry that
 * waited for another is not sent behind every entry after it in the corpus.
 */
class Slots {
  private free: number;
  private readonly waiting: { rank: number; start: () => void }[] = [];

  constructor(size: number) {
    this.free = size;
  }

  async run<T>(rank: number, task: () => Promise<T>): Promise<T> {
    if (this.free > 0) {
      this.free -= 1;
    } else {
      await new Promise<void>((start) => {
        const at = this.waiting.findIndex((w) => w.rank > rank);
        this.waiting.splice(at < 0 ? this.waiting.length : at, 0, { rank, start });
      });
    }
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) {
        next.start();
      } else {
        this.free += 1;
      }
    }
  }
}
