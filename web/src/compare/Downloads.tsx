import { useState } from 'preact/hooks';
import { ApiError, download } from '../shared/api';
import type { Say } from '../shared/i18n';
import { storedKey } from '../shared/key';
import { viewQuery, type ViewState } from './view-state';

/**
 * The same view as the /export URLs a BI tool reads. A plain link when no key is held; with one,
 * the page fetches the file with the key's header rather than put the key in a URL.
 */
export function Downloads({ view, t }: { view: ViewState; t: Say }) {
  const [failure, setFailure] = useState<string | null>(null);
  const links = [
    ['csv', 'downloadCsv'],
    ['xlsx', 'downloadXlsx'],
  ] as const;
  return (
    <div class="actions">
      {links.map(([format, label]) => {
        const href = `/export/compare.${format}?${viewQuery(view)}`;
        return (
          <a
            class="button secondary"
            href={href}
            download
            onClick={(event) => {
              if (storedKey()) {
                event.preventDefault();
                download(href, `compare.${format}`).catch((error: unknown) =>
                  setFailure(error instanceof ApiError ? error.message : String(error)),
                );
              }
            }}
          >
            {t(label)}
          </a>
        );
      })}
      {failure && (
        <span class="status bad" role="alert">
          {failure}
        </span>
      )}
    </div>
  );
}
