import type { Say } from '../shared/i18n';
import type { Row } from './ComparePage';
import { metricLabel } from './metric-label';

const NUMBER = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

/**
 * The charts' figures as a table, with ranks, approximate marks and coverage: the server's note
 * when it wrote one (it names the coverage of a partial total), else the bare count.
 */
export function CompareTable({ rows, t }: { rows: Row[]; t: Say }) {
  return (
    <section aria-labelledby="table-title">
      <h2 id="table-title">{t('tableTitle')}</h2>
      <p class="muted">{t('approximateHint')}</p>
      <table data-testid="compare-table">
        <thead>
          <tr>
            <th scope="col">{t('thRegion')}</th>
            <th scope="col">{t('thYear')}</th>
            <th scope="col">{t('thMetric')}</th>
            <th scope="col">{t('thValue')}</th>
            <th scope="col">{t('thRank')}</th>
            <th scope="col">{t('thNote')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr data-region={row.regionCode ?? ''} data-metric={row.metric} data-year={row.year}>
              <td>
                {row.regionFullName} <span class="muted">{row.regionCode}</span>
              </td>
              <td>{row.year}</td>
              <td>{metricLabel(t, row.metric)}</td>
              <td class="num" data-value={row.value ?? ''}>
                {row.value === null ? (
                  <span class="muted">{t('notReported')}</span>
                ) : (
                  <>
                    {row.approximate && <abbr title={t('approximate')}>≈</abbr>}
                    {NUMBER.format(row.value)}
                  </>
                )}
              </td>
              <td class="num">{row.rank ?? ''}</td>
              <td>{row.note ?? (row.coverage ? t('coverage', { ...row.coverage }) : '')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
