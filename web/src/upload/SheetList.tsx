import type { PageBatchFragment } from '../generated/graphql';
import type { Say } from '../shared/i18n';
import { fieldLabel } from './fields';

type Sheet = NonNullable<PageBatchFragment['sheets']>[number];
type Mapping = PageBatchFragment['columnMappings'][number];

/** Each sheet: its kind, header row and rows read, then how every header was read, and why. */
export function SheetList(props: { sheets: Sheet[]; mappings: Mapping[]; t: Say }) {
  const { sheets, t } = props;
  const sourceOf = (sheet: string, header: string) =>
    props.mappings.find((m) => m.sheet === sheet && m.header === header)?.source;
  return (
    <>
      <h3>{t('sheetsTitle')}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('sheetName')}</th>
            <th scope="col">{t('sheetKind')}</th>
            <th scope="col">{t('headerRow')}</th>
            <th scope="col">{t('rowsRead')}</th>
            <th scope="col">{t('rowsImported')}</th>
          </tr>
        </thead>
        <tbody>
          {sheets.map((sheet) => (
            <tr>
              <td>{sheet.name}</td>
              <td>
                {sheet.kind
                  ? t(`kind${sheet.kind}`)
                  : t('skipped', { reason: sheet.skippedReason ?? '' })}
              </td>
              <td class="num">{sheet.headerRow ?? ''}</td>
              <td class="num">{sheet.rowsRead}</td>
              <td class="num">{sheet.rowsImported}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {sheets
        .filter((sheet) => sheet.columns.length > 0)
        .map((sheet) => (
          <details>
            <summary>{t('columnsOf', { sheet: sheet.name })}</summary>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('colLetter')}</th>
                  <th scope="col">{t('colHeader')}</th>
                  <th scope="col">{t('colField')}</th>
                  <th scope="col">{t('colUnit')}</th>
                  <th scope="col">{t('colSource')}</th>
                </tr>
              </thead>
              <tbody>
                {sheet.columns.map((column) => {
                  const label = column.field ? fieldLabel(column.field) : null;
                  const source = sourceOf(sheet.name, column.header);
                  return (
                    <tr>
                      <td>{column.column}</td>
                      <td>{column.header}</td>
                      <td>
                        {column.field
                          ? `${label ? t(label) : ''} ${column.field}`.trim()
                          : t('colIgnored', { reason: column.ignoredReason ?? '' })}
                      </td>
                      <td>{column.unit ?? ''}</td>
                      <td>{source ? t(`source${source}`) : ''}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </details>
        ))}
    </>
  );
}
