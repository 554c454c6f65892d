/** What the comparison shows, kept in the URL so a view can be shared, bookmarked or embedded. */
export interface ViewState {
  regions: string[];
  metrics: string[];
  years: number[];
  per10k: boolean;
  embed: boolean;
}

export const FACT_METRICS = [
  'facilities.quantity',
  'facilities.count',
  'facilities.investmentYuan',
  'facilities.areaM2',
  'facilities.lengthKm',
  'events.count',
  'events.participants',
  'results.gold',
  'results.silver',
  'results.bronze',
  'results.medals',
  'results.points',
  'results.athletes',
];

const DEFAULT_METRICS = ['facilities.quantity', 'events.count', 'results.gold'];

const list = (value: string | null) =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export function readView(search: string): ViewState {
  const params = new URLSearchParams(search);
  const metrics = list(params.get('metrics'));
  return {
    regions: list(params.get('regions')).filter((code) => /^\d{6}$/.test(code)),
    metrics: params.has('metrics') ? metrics : DEFAULT_METRICS,
    years: list(params.get('years')).map(Number).filter(Number.isInteger),
    per10k: params.get('normalize') === 'PER_10K_RESIDENTS',
    embed: ['1', 'true'].includes(params.get('embed') ?? ''),
  };
}

/** The query string of a view: the same parameters as the /export URLs take. */
export function viewQuery(view: ViewState, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  params.set('regions', view.regions.join(','));
  params.set('metrics', view.metrics.join(','));
  if (view.years.length > 0) {
    params.set('years', view.years.join(','));
  }
  params.set('normalize', view.per10k ? 'PER_10K_RESIDENTS' : 'NONE');
  for (const [name, value] of Object.entries(extra)) {
    params.set(name, value);
  }
  return params.toString();
}
