import { useState } from 'preact/hooks';
import type { PageIssueFragment } from '../generated/graphql';
import type { Say } from '../shared/i18n';

/** 场地设施!F5, 场地设施!5 or 场地设施, as Excel names a place. */
export function cellOf(issue: PageIssueFragment): string {
  const place = `${issue.column ?? ''}${issue.row ?? ''}`;
  return [issue.sheet, place].filter(Boolean).join('!');
}

/** Errors or warnings, each at its cell; a click shows the row as the clerk wrote it. */
export function IssueTable(props: {
  issues: PageIssueFragment[];
  kind: 'error' | 'warning';
  t: Say;
}) {
  const { issues, kind, t } = props;
  const [open, setOpen] = useState<number | null>(null);
  return (
    <table class="issues" data-testid={`${kind}s`}>
      <thead>
        <tr>
          <th scope="col">{t('issueCell')}</th>
          <th scope="col">{t('colHeader')}</th>
          <th scope="col">{t('issueValue')}</th>
          <th scope="col">{t('issueMessage')}</th>
        </tr>
      </thead>
      <tbody>
        {issues.flatMap((issue, index) => {
          const rows = [
            <tr class={kind} data-cell={cellOf(issue)}>
              <td>
                {issue.rowValues ? (
                  <button
                    type="button"
                    class="link"
                    aria-expanded={open === index}
                    title={open === index ? t('hideRow') : t('showRow')}
                    onClick={() => setOpen(open === index ? null : index)}
                  >
                    {cellOf(issue)}
                  </button>
                ) : (
                  cellOf(issue)
                )}
              </td>
              <td>{issue.header ?? ''}</td>
              <td>{issue.value ?? ''}</td>
              <td>{issue.message}</td>
            </tr>,
          ];
          if (open === index && issue.rowValues) {
            rows.push(<RowValues issue={issue} t={t} />);
          }
          return rows;
        })}
      </tbody>
    </table>
  );
}

function RowValues({ issue, t }: { issue: PageIssueFragment; t: Say }) {
  return (
    <tr class="rowvalues">
      <td colSpan={4}>
        <span class="muted">{t('rowAsWritten', { row: issue.row ?? '' })}：</span>
        {(issue.rowValues ?? []).map((value, i) => {
          const letter = columnLetter(i);
          return (
            <span class={letter === issue.column ? 'hit' : undefined}>
              <code>{letter}</code>
              {value ?? ''}
              {'　'}
            </span>
          );
        })}
      </td>
    </tr>
  );
}

function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
