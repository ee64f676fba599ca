// Upload a file for a table and a country: progress while it travels, then the validation
// report at once. In practice mode the file is only checked — no submission is created —
// which is how new staff train.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { ApiResult } from '../../api/fetch-json';
import type { TableSummary } from '../../api/types';
import { uploadFile } from '../../api/upload-file';
import { ErrorPanel } from '../../components/status-panel';
import { useLang } from '../../i18n/use-lang';
import { localizePath } from '../../layout/local-link';
import { useRuleBook } from '../work/issue-messages';
import { ValidationReportView } from '../work/validation-report';
import type { ValidationReport } from '../work/work-types';

interface UploadOutcome {
  id?: number;
  status?: string;
  report?: ValidationReport;
}

export function UploadPanel({
  tables,
  countries,
  onUploaded,
}: {
  tables: readonly TableSummary[];
  countries: readonly { iso3: string; name: string }[];
  onUploaded: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const rules = useRuleBook(lang);
  const [table, setTable] = useState(tables[0]?.id ?? '');
  const [country, setCountry] = useState(countries[0]?.iso3 ?? '');
  const [file, setFile] = useState<File | null>(null);
  const [practice, setPractice] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [result, setResult] = useState<ApiResult<UploadOutcome> | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    setResult(null);
    setProgress(0);
    const path = practice ? `/api/submissions/practice?lang=${lang}` : `/api/submissions?lang=${lang}`;
    const outcome = await uploadFile<UploadOutcome>(path, { table, country }, file, setProgress);
    setProgress(null);
    setResult(outcome);
    if (outcome.state === 'ok' && !practice && outcome.data.id !== undefined) {
      onUploaded();
      navigate(localizePath(`/workspace/submissions/${outcome.data.id}`, lang));
    }
  }

  const rejectedReport =
    result?.state === 'error'
      ? ((result.details as { report?: ValidationReport } | undefined)?.report ?? null)
      : null;

  return (
    <section aria-labelledby="upload-title" className="card upload-panel" data-testid="upload-panel">
      <h2 id="upload-title">{t('work.upload.title')}</h2>
      <form onSubmit={submit} className="upload-form">
        <div className="field">
          <label htmlFor="upload-table">{t('common.table')}</label>
          <select
            id="upload-table"
            value={table}
            onChange={(event) => setTable(event.target.value)}
            data-testid="upload-table"
          >
            {tables.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name} ({x.id})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="upload-country">{t('common.country')}</label>
          <select id="upload-country" value={country} onChange={(event) => setCountry(event.target.value)}>
            {countries.map((c) => (
              <option key={c.iso3} value={c.iso3}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="upload-file">{t('work.upload.file')}</label>
          <input
            id="upload-file"
            type="file"
            accept=".csv,.xlsx,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            data-testid="upload-file"
          />
          <span className="hint">{t('work.upload.formats')}</span>
        </div>
        <label className="radio-line">
          <input type="checkbox" checked={practice} onChange={(event) => setPractice(event.target.checked)} />
          {t('work.upload.practice')}
        </label>
        <button
          type="submit"
          className="button button--primary"
          disabled={!file || progress !== null}
          data-testid="upload-submit"
        >
          {practice ? t('work.upload.check') : t('work.upload.send')}
        </button>
        {progress !== null ? (
          <div className="upload-progress">
            <label htmlFor="upload-progress">{t('work.upload.progress')}</label>
            <progress id="upload-progress" max={1} value={progress} />
          </div>
        ) : null}
      </form>
      {result?.state === 'unavailable' ? (
        <p className="notice">
          {practice ? t('work.upload.practiceUnavailable') : t('work.upload.unavailable')}
        </p>
      ) : null}
      {result?.state === 'error' ? <ErrorPanel code={result.code} message={result.message} /> : null}
      {rejectedReport ? (
        <ValidationReportView report={rejectedReport} rules={rules} fileName={file?.name ?? 'upload'} />
      ) : null}
      {result?.state === 'ok' && practice && result.data.report ? (
        <>
          <p className="ok-message" role="status">
            {t('work.upload.practiceDone')}
          </p>
          <ValidationReportView
            report={result.data.report}
            rules={rules}
            fileName={file?.name ?? 'practice'}
          />
        </>
      ) : null}
    </section>
  );
}
