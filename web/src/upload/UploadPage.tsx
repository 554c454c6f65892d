import { useEffect, useState } from 'preact/hooks';
import {
  PageImportBatchDocument,
  PageImportLedgerDocument,
  PageImportProgressDocument,
  type ColumnMappingInput,
  type PageBatchFragment,
} from '../generated/graphql';
import { ApiError, graphql, graphqlUpload } from '../shared/api';
import { useLang } from '../shared/i18n';
import { canWrite, useSession } from '../shared/session';
import { Shell } from '../shared/Shell';
import { BatchView } from './BatchView';
import { DropZone } from './DropZone';
import { Templates } from './Templates';

type Phase =
  | { name: 'idle' }
  | { name: 'sending'; percent: number; commit: boolean }
  | {
      name: 'running';
      commit: boolean;
      queued: boolean;
      rows: number | null;
      sheet: string | null;
    };

/** How often the page asks how far a queued import has come. */
const POLL_MS = 500;

/** 上传台账: drop a file, see the dry run, map columns, commit; each step re-sends the file. */
export function UploadPage() {
  const session = useSession();
  const [lang, t] = useLang();
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ name: 'idle' });
  const [batch, setBatch] = useState<PageBatchFragment | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [scope, setScope] = useState({ region: '', year: '' });
  const [mapping, setMapping] = useState<Record<string, string>>({});

  // the server words the issues and reasons in the page's language: read them again on a switch
  useEffect(() => {
    if (batch) {
      void graphql(PageImportBatchDocument, { id: batch.id }).then(
        ({ importBatch }) => importBatch && setBatch(importBatch),
      );
    }
  }, [lang]);

  async function send(chosen: File, dryRun: boolean, columnMap: ColumnMappingInput[]) {
    setFailure(null);
    setPhase({ name: 'sending', percent: 0, commit: !dryRun });
    try {
      const answer = await graphqlUpload(
        PageImportLedgerDocument,
        {
          file: chosen,
          dryRun,
          columnMap,
          region: scope.region.trim() || null,
          year: /^\d{4}$/.test(scope.year.trim()) ? Number(scope.year.trim()) : null,
        },
        (fraction) =>
          setPhase({ name: 'sending', percent: Math.round(fraction * 100), commit: !dryRun }),
      );
      setBatch(await followed(answer.importLedger, !dryRun));
    } catch (error) {
      setFailure(error instanceof ApiError ? error.message : String(error));
    } finally {
      setPhase({ name: 'idle' });
    }
  }

  /** The upload is answered at once (queued): its progress shows until it ends. */
  async function followed(sent: PageBatchFragment, commit: boolean): Promise<PageBatchFragment> {
    let status = sent.status;
    while (status === 'QUEUED' || status === 'RUNNING') {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      const { importBatch } = await graphql(PageImportProgressDocument, { id: sent.id });
      status = importBatch?.status ?? 'FAILED';
      const progress = importBatch?.progress ?? null;
      setPhase({
        name: 'running',
        commit,
        queued: status === 'QUEUED',
        rows: progress?.rowsRead ?? null,
        sheet: progress?.sheet ?? null,
      });
    }
    const { importBatch } = await graphql(PageImportBatchDocument, { id: sent.id });
    return importBatch ?? sent;
  }

  const writable = canWrite(session);
  return (
    <Shell page="upload" session={session}>
      <h1>{t('uploadTitle')}</h1>
      <p>{t('uploadIntro')}</p>
      {session && !writable && (
        <p class="status warn" role="status">
          {session.caller ? t('readerCannotUpload') : t('keyNeededToWrite')}
        </p>
      )}
      {writable && (
        <DropZone
          t={t}
          disabled={phase.name !== 'idle'}
          onFile={(chosen) => {
            setFile(chosen);
            setBatch(null);
            setScope({ region: '', year: '' });
            setMapping({});
            void send(chosen, true, []);
          }}
          onRefused={(message) => setFailure(message)}
        />
      )}
      {phase.name === 'running' && (
        <div role="status" class="sending">
          {phase.queued
            ? t('queued')
            : phase.rows === null
              ? t(phase.commit ? 'committing' : 'checking')
              : t('readingRows', { rows: phase.rows, sheet: phase.sheet ?? '' })}
        </div>
      )}
      {phase.name === 'sending' && (
        <div role="status" class="sending">
          <label for="upload-progress">
            {phase.percent < 100
              ? t('uploading', { percent: phase.percent })
              : t(phase.commit ? 'committing' : 'checking')}
          </label>
          <progress id="upload-progress" max={100} value={phase.percent} />
        </div>
      )}
      {failure && (
        <p class="status bad" role="alert">
          {t('requestFailed', { message: failure })}
        </p>
      )}
      {file && batch && phase.name === 'idle' && (
        <BatchView
          batch={batch}
          t={t}
          scope={scope}
          onScope={setScope}
          mapping={mapping}
          onMapping={setMapping}
          onCheck={(columnMap) => void send(file, true, columnMap)}
          onCommit={(columnMap) => void send(file, false, columnMap)}
          onReset={() => {
            setFile(null);
            setBatch(null);
          }}
        />
      )}
      <Templates t={t} />
    </Shell>
  );
}
