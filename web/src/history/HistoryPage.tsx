import { useEffect, useState } from 'preact/hooks';
import {
  PageImportHistoryDocument,
  PageRollbackImportDocument,
  type PageImportHistoryQuery,
} from '../generated/graphql';
import { ApiError, download, graphql } from '../shared/api';
import { useLang, type Say } from '../shared/i18n';
import { canWrite, inSubtree, useSession, type Session } from '../shared/session';
import { Shell } from '../shared/Shell';

type Batch = NonNullable<PageImportHistoryQuery['importBatches']>['nodes'][number];

const SHOWN = 50;
const PAGE = 500;

/**
 * Every batch, oldest first, is all the API lists (importBatches); the page walks the pages and
 * keeps the newest uploads (dry runs left out) that lie in the key's region.
 */
async function loadRecent(scope: string | null): Promise<Batch[]> {
  const kept: Batch[] = [];
  let after: string | null = null;
  for (;;) {
    const answer: PageImportHistoryQuery = await graphql(PageImportHistoryDocument, {
      first: PAGE,
      after,
    });
    const { importBatches } = answer;
    const page = importBatches?.nodes ?? [];
    kept.push(...page.filter((b) => !b.dryRun && inSubtree(scope, b.region?.code)));
    kept.splice(0, Math.max(0, kept.length - SHOWN));
    if (!importBatches?.pageInfo.hasNextPage) {
      return kept.reverse();
    }
    after = importBatches.pageInfo.endCursor ?? null;
  }
}

/** 导入记录: recent imports, their scope and status, and rollback for those the key may undo. */
export function HistoryPage() {
  const session = useSession();
  const [lang, t] = useLang();
  const [batches, setBatches] = useState<Batch[] | null>(null);
  const [message, setMessage] = useState<{ tone: 'good' | 'bad'; text: string } | null>(null);
  const scope = session?.caller?.role === 'UPLOADER' ? session.caller.regionCode : null;
  const scopeName = session?.caller?.regionName ?? scope;
  const reload = () =>
    loadRecent(scope)
      .then(setBatches)
      .catch((error: unknown) => setMessage({ tone: 'bad', text: errorText(error) }));
  useEffect(() => {
    if (session) {
      void reload();
    }
  }, [session, scope]);

  return (
    <Shell page="history" session={session}>
      <h1>{t('historyTitle')}</h1>
      <p class="muted">
        {t('historyIntro', { count: SHOWN })}
        {scope ? `；${t('historyScoped', { region: scopeName ?? '' })}` : ''}{' '}
        <button type="button" class="link" onClick={() => void reload()}>
          {t('refresh')}
        </button>
      </p>
      {message && (
        <p class={`status ${message.tone}`} role={message.tone === 'bad' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {batches === null ? (
        <p>{t('loading')}</p>
      ) : batches.length === 0 ? (
        <p>{t('historyEmpty')}</p>
      ) : (
        <BatchTable
          batches={batches}
          session={session}
          t={t}
          lang={lang}
          onRolledBack={(id) => {
            setMessage({ tone: 'good', text: t('rolledBack', { id }) });
            void reload();
          }}
          onError={(error) => setMessage({ tone: 'bad', text: errorText(error) })}
        />
      )}
    </Shell>
  );
}

function errorText(error: unknown): string {
  return error instanceof ApiError ? error.message : String(error);
}

function BatchTable(props: {
  batches: Batch[];
  session: Session | null;
  t: Say;
  lang: string;
  onRolledBack: (id: string) => void;
  onError: (error: unknown) => void;
}) {
  const { t, session } = props;
  const [asking, setAsking] = useState<string | null>(null);
  const rollback = (id: string) =>
    graphql(PageRollbackImportDocument, { id })
      .then(() => props.onRolledBack(id))
      .catch(props.onError)
      .finally(() => setAsking(null));
  return (
    <table data-testid="history">
      <thead>
        <tr>
          <th scope="col">{t('thBatch')}</th>
          <th scope="col">{t('thFile')}</th>
          <th scope="col">{t('thStatus')}</th>
          <th scope="col">{t('thScope')}</th>
          <th scope="col">{t('thRows')}</th>
          <th scope="col">{t('thBy')}</th>
          <th scope="col">{t('thWhen')}</th>
          <th scope="col">{t('thActions')}</th>
        </tr>
      </thead>
      <tbody>
        {props.batches.map((batch) => {
          const kinds = [...new Set((batch.sheets ?? []).flatMap((s) => (s.kind ? [s.kind] : [])))];
          const mayRollBack =
            batch.status === 'COMMITTED' &&
            canWrite(session) &&
            (session?.caller?.role === 'ADMIN' ||
              inSubtree(session?.caller?.regionCode ?? null, batch.region?.code));
          return (
            <tr data-batch={batch.id}>
              <td class="num">{batch.id}</td>
              <td>{batch.fileName}</td>
              <td>{t(`status${batch.status}`)}</td>
              <td>
                {batch.region?.fullName ?? ''} {batch.year ?? ''}{' '}
                {kinds.map((kind) => t(`kind${kind}`)).join('、')}
              </td>
              <td class="num">{batch.rowsImported}</td>
              <td>{batch.uploadedBy ?? ''}</td>
              <td>{new Date(batch.createdAt).toLocaleString(props.lang)}</td>
              <td>
                <button
                  type="button"
                  class="link"
                  onClick={() =>
                    download(`/imports/${batch.id}/report.xlsx`, 'report.xlsx').catch(props.onError)
                  }
                >
                  {t('report')}
                </button>{' '}
                {mayRollBack && asking !== batch.id && (
                  <button type="button" class="secondary" onClick={() => setAsking(batch.id)}>
                    {t('rollback')}
                  </button>
                )}
                {asking === batch.id && (
                  <div class="confirm" role="alertdialog" aria-label={t('rollback')}>
                    <p>{t('rollbackAsk', { id: batch.id, file: batch.fileName })}</p>
                    <button type="button" class="danger" onClick={() => void rollback(batch.id)}>
                      {t('rollbackConfirm')}
                    </button>{' '}
                    <button type="button" class="secondary" onClick={() => setAsking(null)}>
                      {t('cancel')}
                    </button>
                  </div>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
