// A submission's versions (issue 17): each with its original file to download and what was
// found in it; for the correspondent, "upload a corrected file" (the next version of the same
// submission) and "check again" (the same version read anew with the mappings saved since).
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Refusal, refusalOf } from '../../api/refusal';
import { sendJson } from '../../api/session';
import { uploadFile } from '../../api/upload-file';
import { ErrorPanel } from '../../components/status-panel';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import type { SubmissionVersion } from './work-types';

interface VersionOutcome {
  version: number;
  report?: { summary?: { errors?: number; warnings?: number } };
}

export function VersionsPanel({
  submissionId,
  versions,
  current,
  editable,
  onChanged,
}: {
  submissionId: number;
  versions: readonly SubmissionVersion[];
  current: number;
  editable: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Refusal | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const next = Math.max(current, ...versions.map((v) => v.n)) + 1;

  async function upload(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    setError(null);
    setDone(null);
    setProgress(0);
    const result = await uploadFile<VersionOutcome>(
      `/api/submissions/${submissionId}/versions?lang=${lang}`,
      {},
      file,
      setProgress,
    );
    setProgress(null);
    if (result.state === 'ok') {
      setDone(t('loop.versions.added', { n: result.data.version }));
      setFile(null);
      onChanged();
    } else setError(refusalOf(result));
  }

  async function recheck() {
    setBusy(true);
    setError(null);
    setDone(null);
    const result = await sendJson<VersionOutcome>(
      'POST',
      `/api/submissions/${submissionId}/recheck?lang=${lang}`,
      {},
    );
    setBusy(false);
    if (result.state === 'ok') {
      const summary = result.data.report?.summary ?? {};
      setDone(t('loop.versions.rechecked', { errors: summary.errors ?? 0, warnings: summary.warnings ?? 0 }));
      onChanged();
    } else setError(refusalOf(result));
  }

  return (
    <section aria-labelledby="versions-title" className="card versions-panel" data-testid="versions-panel">
      <h2 id="versions-title">{t('loop.versions.title')}</h2>
      <ol className="version-list">
        {versions.map((v) => (
          <li key={v.n} data-testid={`version-${v.n}`}>
            <strong>{t('loop.versions.version', { n: v.n })}</strong>
            {v.n === current ? <span className="badge">{t('loop.versions.current')}</span> : null} ·{' '}
            {formatDateTime(v.createdAt, lang)} ·{' '}
            {t('loop.versions.summary', {
              observations: formatNumber(v.summary.observations, lang, 0),
              errors: v.summary.errors,
              warnings: v.summary.warnings,
            })}
            {v.summary.carriedJustifications
              ? ` · ${t('loop.versions.carried', { count: v.summary.carriedJustifications })}`
              : null}
            {v.file ? (
              <>
                {' '}
                ·{' '}
                <a
                  href={`/api/submissions/${submissionId}/versions/${v.n}/file`}
                  download={v.file.name}
                  title={v.file.name}
                  data-testid={`version-${v.n}-file`}
                >
                  {t('loop.versions.download')}
                </a>
              </>
            ) : null}
          </li>
        ))}
      </ol>
      {editable ? (
        <>
          <form className="upload-form" onSubmit={upload}>
            <div className="field">
              <label htmlFor="version-file">{t('loop.versions.upload')}</label>
              <input
                id="version-file"
                type="file"
                accept=".csv,.xlsx,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                onChange={(event) => setFile(event.target.files?.[0] ?? null)}
                data-testid="version-file"
              />
              <span className="hint">{t('loop.versions.uploadHint', { n: next })}</span>
            </div>
            <button
              type="submit"
              className="button"
              disabled={!file || progress !== null}
              data-testid="version-upload"
            >
              {t('loop.versions.send', { n: next })}
            </button>
            {progress !== null ? <progress max={1} value={progress} /> : null}
          </form>
          <p>
            <button type="button" className="button" disabled={busy} onClick={recheck} data-testid="recheck">
              {t('loop.versions.recheck')}
            </button>{' '}
            <span className="hint">{t('loop.versions.recheckHint')}</span>
          </p>
        </>
      ) : null}
      {done ? (
        <p className="ok-message" role="status">
          {done}
        </p>
      ) : null}
      {error ? <ErrorPanel code={error.code} message={error.message} /> : null}
    </section>
  );
}
