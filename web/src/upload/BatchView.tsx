import { useState } from 'preact/hooks';
import type { ColumnMappingInput, PageBatchFragment } from '../generated/graphql';
import { ApiError, download } from '../shared/api';
import type { Say } from '../shared/i18n';
import { IssueTable } from './IssueTable';
import { MappingForm } from './MappingForm';
import { SheetList } from './SheetList';

interface Scope {
  region: string;
  year: string;
}

const SCOPE_CODES = ['REGION_REQUIRED', 'YEAR_REQUIRED', 'PREAMBLE_REGION_NOT_FOUND'];

/** What the importer understood of the file, what is wrong with it, and what the clerk can do. */
export function BatchView(props: {
  batch: PageBatchFragment;
  t: Say;
  scope: Scope;
  onScope: (scope: Scope) => void;
  onCheck: (columnMap: ColumnMappingInput[]) => void;
  onCommit: (columnMap: ColumnMappingInput[]) => void;
  onReset: () => void;
  mapping: Record<string, string>;
  onMapping: (mapping: Record<string, string>) => void;
}) {
  const { batch, t, mapping } = props;
  const [failure, setFailure] = useState<string | null>(null);
  const errors = batch.errors ?? [];
  const warnings = batch.warnings ?? [];
  const unmapped = errors.filter((issue) => issue.code === 'UNMAPPED_COLUMN' && issue.header);
  const askScope = errors.some((issue) => SCOPE_CODES.includes(issue.code));
  const columnMap = columnMapOf(mapping);
  const committed = batch.status === 'COMMITTED' && !batch.dryRun;
  const tone = batch.status === 'FAILED' ? 'bad' : 'good';

  return (
    <section class="card" aria-labelledby="result-title">
      <h2 id="result-title">{t('resultTitle', { file: batch.fileName })}</h2>
      <p class={`status ${tone}`} role="status" data-testid="batch-status">
        {committed
          ? batch.identicalTo
            ? t('identicalSummary', { id: batch.identicalTo.id })
            : t('committedSummary', { id: batch.id, rows: batch.rowsImported })
          : t(`status${batch.status}`)}
      </p>
      <p>
        {t('scopeLine', {
          region: batch.region
            ? t('regionWithCode', { name: batch.region.fullName, code: batch.region.code })
            : t('unknown'),
          year: batch.year ?? t('unknown'),
        })}
      </p>
      <SheetList sheets={batch.sheets ?? []} mappings={batch.columnMappings} t={t} />
      {askScope && !committed && (
        <ScopeForm
          scope={props.scope}
          onScope={props.onScope}
          t={t}
          onCheck={() => props.onCheck(columnMap)}
        />
      )}
      {unmapped.length > 0 && !committed && (
        <MappingForm
          t={t}
          issues={unmapped}
          sheets={batch.sheets ?? []}
          mapping={mapping}
          onChange={props.onMapping}
          onApply={() => props.onCheck(columnMap)}
        />
      )}
      {errors.length > 0 && (
        <>
          <h3>{t('errorsTitle', { count: errors.length })}</h3>
          <p class="muted">{t('fixInExcel')}</p>
          <IssueTable issues={errors} kind="error" t={t} />
        </>
      )}
      {warnings.length > 0 && (
        <>
          <h3>{t('warningsTitle', { count: warnings.length })}</h3>
          <IssueTable issues={warnings} kind="warning" t={t} />
        </>
      )}
      {failure && (
        <p class="status bad" role="alert">
          {t('requestFailed', { message: failure })}
        </p>
      )}
      <div class="actions">
        {batch.status === 'VALIDATED' && batch.dryRun && (
          <button type="button" onClick={() => props.onCommit(columnMap)}>
            {t('commit')}
          </button>
        )}
        {(errors.length > 0 || warnings.length > 0) && (
          <button
            type="button"
            class="secondary"
            onClick={() =>
              download(`/imports/${batch.id}/report.xlsx`, `${batch.fileName}-report.xlsx`).catch(
                (error: unknown) =>
                  setFailure(error instanceof ApiError ? error.message : String(error)),
              )
            }
          >
            {t('downloadReport')}
          </button>
        )}
        {committed && (
          <a class="button secondary" href="/history">
            {t('toHistory')}
          </a>
        )}
        <button type="button" class="secondary" onClick={props.onReset}>
          {t('startOver')}
        </button>
      </div>
    </section>
  );
}

function ScopeForm(props: {
  scope: Scope;
  onScope: (scope: Scope) => void;
  t: Say;
  onCheck: () => void;
}) {
  const { scope, t } = props;
  return (
    <form
      class="confirm"
      onSubmit={(event) => {
        event.preventDefault();
        props.onCheck();
      }}
    >
      <p>{t('askScope')}</p>
      <label>
        {t('regionCode')}{' '}
        <input
          value={scope.region}
          inputMode="numeric"
          onInput={(event) => props.onScope({ ...scope, region: event.currentTarget.value })}
        />
      </label>{' '}
      <label>
        {t('year')}{' '}
        <input
          value={scope.year}
          inputMode="numeric"
          size={6}
          onInput={(event) => props.onScope({ ...scope, year: event.currentTarget.value })}
        />
      </label>{' '}
      <button type="submit">{t('recheck')}</button>
    </form>
  );
}

export function columnMapOf(mapping: Record<string, string>): ColumnMappingInput[] {
  return Object.entries(mapping)
    .filter(([, field]) => field)
    .map(([header, field]) => ({ header, field }));
}
