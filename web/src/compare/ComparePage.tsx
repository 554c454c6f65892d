import { useEffect, useState } from 'preact/hooks';
import {
  PageCompareDocument,
  PageRegionDocument,
  type PageCompareQuery,
} from '../generated/graphql';
import { ApiError, graphql } from '../shared/api';
import { useLang } from '../shared/i18n';
import { useSession } from '../shared/session';
import { Shell } from '../shared/Shell';
import '../shared/styles.css';
import { CompareCharts } from './CompareCharts';
import { CompareTable } from './CompareTable';
import { Controls } from './Controls';
import { Downloads } from './Downloads';
import { readView, viewQuery, type ViewState } from './view-state';

export type Row = PageCompareQuery['compare'][number];
export interface RegionName {
  code: string;
  name: string;
  fullName: string;
}

/** 对比分析: regions, metrics and years from the URL; charts and a table of the same figures. */
export function ComparePage() {
  const [view, setView] = useState<ViewState>(() => readView(location.search));
  const [names, setNames] = useState<Record<string, RegionName>>({});
  const [rows, setRows] = useState<Row[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const session = useSession();
  const [lang, t] = useLang();

  useEffect(() => {
    history.replaceState(null, '', `/compare?${viewQuery(view, view.embed ? { embed: '1' } : {})}`);
  }, [view]);

  useEffect(() => {
    const missing = view.regions.filter((code) => !names[code]);
    void Promise.all(missing.map((code) => graphql(PageRegionDocument, { code }))).then((found) =>
      setNames((known) => ({
        ...known,
        ...Object.fromEntries(
          found.flatMap(({ region }) => (region ? [[region.code, region]] : [])),
        ),
      })),
    );
  }, [view.regions.join(',')]);

  useEffect(() => {
    if (view.regions.length === 0 || view.metrics.length === 0) {
      setRows([]);
      return;
    }
    setRows(null);
    graphql(PageCompareDocument, {
      regions: view.regions,
      metrics: view.metrics,
      years: view.years.length > 0 ? view.years : null,
      normalize: view.per10k ? 'PER_10K_RESIDENTS' : 'NONE',
    })
      .then(({ compare }) => {
        setFailure(null);
        setRows(compare);
      })
      .catch((error: unknown) => {
        setRows([]);
        setFailure(error instanceof ApiError ? error.message : String(error));
      });
  }, [viewQuery(view), lang, session?.caller?.name]);

  const body = (
    <>
      {failure && (
        <p class="status bad" role="alert">
          {t('requestFailed', { message: failure })}
        </p>
      )}
      {view.regions.length === 0 || view.metrics.length === 0 ? (
        <p class="status warn">{t('chooseRegions')}</p>
      ) : rows === null ? (
        <p>{t('loading')}</p>
      ) : rows.every((row) => row.value === null) ? (
        <p class="status warn">{t('noRows')}</p>
      ) : (
        <>
          <CompareCharts rows={rows} view={view} names={names} t={t} />
          <CompareTable rows={rows} t={t} />
        </>
      )}
    </>
  );

  if (view.embed) {
    document.body.classList.add('embed');
    return (
      <main>
        <h1 class="visually-hidden">{t('compareTitle')}</h1>
        {body}
      </main>
    );
  }
  return (
    <Shell page="compare" session={session}>
      <h1>{t('compareTitle')}</h1>
      <Controls
        view={view}
        names={names}
        t={t}
        onView={setView}
        onName={(region) => setNames((known) => ({ ...known, [region.code]: region }))}
      />
      {body}
      {view.regions.length > 0 && view.metrics.length > 0 && <Downloads view={view} t={t} />}
      <p class="muted">{t('shareHint')}</p>
    </Shell>
  );
}
