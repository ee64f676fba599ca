// Upload a file for a table and a country: progress while it travels, then the validation
// report at once. In practice mode the file is only checked — no submission is created —
// which is how new staff train.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { ApiResult } from '../../api/fetch-json';
import type { TableSummary } from '../../api/types';
import { uploadFile } from '../../api/upload-file';
import { useApi } from '../../api/use-api';
import { ErrorPanel } from '../../components/status-panel';
import { useLang } from '../../i18n/use-lang';
import { localizePath } from '../../layout/local-link';
import { useRuleBook } from '../work/issue-messages';
import { ValidationReportView } from '../work/validation-report';
import type { SubmissionSummary, ValidationReport } from '../work/work-types';

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
  // Issue 17: a file for a table and country that already has an open submission is offered
  // as its next version, so corrections do not scatter over several submissions.
  const [asNew, setAsNew] = useState(false);
  const existing = useApi<{ submissions: SubmissionSummary[] }>(
    table && country ? `/api/submissions?table=${table}&country=${country}` : null,
    { cache: false, version: result ? 1 : 0 },
  );
  const open =
    existing.state === 'ok'
      ? existing.data.submissions
          .filter((x) => x.status === 'draft' || x.status === 'returned')
          .sort((a, b) => a.id - b.id)[0]
      : undefined;
  const asVersion = Boolean(open) && !asNew && !practice;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    setResult(null);
    setProgress(0);
    const path = practice
      ? `/api/submissions/practice?lang=${lang}`
      : asVersion && open
        ? `/api/submissions/${open.id}/versions?lang=${lang}`
        : `/api/submissions?lang=${lang}`;
    const fields: Record<string, string> = asVersion ? {} : { table, country };
    const outcome = await uploadFile<UploadOutcome>(path, fields, file, setProgress);
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
        {open && !practice ? (
          <fieldset className="open-submission" data-testid="open-submission">
            <legend>
              {t('loop.open.found', { id: open.id, status: t(`work.status.${open.status}`) })}{' '}
              <a href={localizePath(`/workspace/submissions/${open.id}`, lang)}>
                {t('loop.open.openIt', { id: open.id })}
              </a>
            </legend>
            <label className="radio-line">
              <input
                type="radio"
                name="upload-target"
                checked={!asNew}
                onChange={() => setAsNew(false)}
                data-testid="upload-as-version"
              />
              {t('loop.open.asVersion', { id: open.id })}
            </label>
            <label className="radio-line">
              <input
                type="radio"
                name="upload-target"
                checked={asNew}
                onChange={() => setAsNew(true)}
                data-testid="upload-as-new"
              />
              {t('loop.open.asNew')}
            </label>
          </fieldset>
        ) : null}
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
