import type { PageBatchFragment, PageIssueFragment } from '../generated/graphql';
import type { Say } from '../shared/i18n';
import { NUMERIC_FIELDS, fieldLabel } from './fields';

type Sheet = NonNullable<PageBatchFragment['sheets']>[number];

/** A drop-down per column the importer could not place (UNMAPPED_COLUMN), sent as columnMap. */
export function MappingForm(props: {
  t: Say;
  issues: PageIssueFragment[];
  sheets: Sheet[];
  mapping: Record<string, string>;
  onChange: (mapping: Record<string, string>) => void;
  onApply: () => void;
}) {
  const { t, mapping } = props;
  const headers = [...new Set(props.issues.map((issue) => issue.header!))];
  const kindOf = (header: string) => {
    const sheet = props.issues.find((issue) => issue.header === header)?.sheet;
    return props.sheets.find((s) => s.name === sheet)?.kind ?? null;
  };
  return (
    <form
      class="confirm"
      aria-labelledby="map-title"
      onSubmit={(event) => {
        event.preventDefault();
        props.onApply();
      }}
    >
      <h3 id="map-title">{t('mapTitle')}</h3>
      <p>{t('mapIntro')}</p>
      {headers.map((header, i) => {
        const kind = kindOf(header);
        const fields = kind ? NUMERIC_FIELDS[kind] : Object.values(NUMERIC_FIELDS).flat();
        return (
          <p>
            <label for={`map-${i}`}>{t('mapFor', { header })}</label>{' '}
            <select
              id={`map-${i}`}
              data-header={header}
              value={mapping[header] ?? ''}
              onChange={(event) =>
                props.onChange({ ...mapping, [header]: event.currentTarget.value })
              }
            >
              <option value="">{t('mapChoose')}</option>
              {fields.map((field) => {
                const label = fieldLabel(field);
                return (
                  <option value={field}>
                    {label ? t(label) : field}（{field}）
                  </option>
                );
              })}
              <option value="ignore">{t('mapIgnore')}</option>
            </select>
          </p>
        );
      })}
      <p class="muted">{t('mapRemembered')}</p>
      <button type="submit" disabled={headers.some((h) => !mapping[h])}>
        {t('mapApply')}
      </button>
    </form>
  );
}
