import type { Say } from '../shared/i18n';

const KINDS = [
  ['events', 'templateEVENTS'],
  ['facilities', 'templateFACILITIES'],
  ['results', 'templateRESULTS'],
  ['indicators', 'templateINDICATORS'],
] as const;

/** Blank ledgers with drop-down lists (GET /templates/{kind}.xlsx, open to everyone). */
export function Templates({ t }: { t: Say }) {
  return (
    <section class="card" aria-labelledby="templates-title">
      <h2 id="templates-title">{t('templatesTitle')}</h2>
      <div class="actions">
        {KINDS.map(([kind, label]) => (
          <a class="button secondary" href={`/templates/${kind}.xlsx`} download>
            {t(label)}
          </a>
        ))}
      </div>
    </section>
  );
}
