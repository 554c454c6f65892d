import { useState } from 'preact/hooks';
import type { Say } from '../shared/i18n';

const ACCEPTED = /\.(xlsx|csv)$/i;

/** The drop target, also a file input for those who click or use the keyboard. */
export function DropZone(props: {
  t: Say;
  disabled: boolean;
  onFile: (file: File) => void;
  onRefused: (message: string) => void;
}) {
  const { t } = props;
  const [over, setOver] = useState(false);
  const take = (file: File | undefined) => {
    if (!file) {
      return;
    }
    if (!ACCEPTED.test(file.name)) {
      props.onRefused(t('onlyXlsxCsv'));
      return;
    }
    props.onFile(file);
  };
  return (
    <label
      class={over ? 'drop over' : 'drop'}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        take(event.dataTransfer?.files[0]);
      }}
    >
      <input
        type="file"
        accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
        aria-label={t('chooseFile')}
        disabled={props.disabled}
        onChange={(event) => {
          take(event.currentTarget.files?.[0]);
          event.currentTarget.value = '';
        }}
      />
      <strong>{t('dropHere')}</strong>
      <div class="muted">.xlsx · .csv</div>
    </label>
  );
}
