// One exercise of the course: the task, the practice file to download, its rows to correct in
// place (or a corrected file to upload), then the check in practice mode — the validation
// report with the known mistakes, a field per warning to justify, and the verdict. Attempts
// need an account: they make the learner's progress, which the coordinator follows.
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../api/fetch-json';
import { useSession } from '../../api/session';
import { useApi } from '../../api/use-api';
import { ApiView, ErrorPanel } from '../../components/status-panel';
import { useLang } from '../../i18n/use-lang';
import { LocalLink } from '../../layout/local-link';
import { useRuleBook } from '../work/issue-messages';
import { ValidationReportView } from '../work/validation-report';
import { parseCsvRows } from './csv-rows';
import { ExerciseGrid } from './exercise-grid';
import { ExerciseStatusBadge } from './exercise-status';
import { sendAttempt } from './send-attempt';
import type { AttemptOutcome, ExerciseProgress, ExerciseSummary } from './training-types';
import { WarningJustifications } from './warning-justifications';

interface ExerciseFile {
  file: { name: string; csv: string };
}

export function ExercisePanel({
  exercise,
  progress,
  onAttempted,
}: {
  exercise: ExerciseSummary;
  progress: ExerciseProgress | undefined;
  onAttempted: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const session = useSession();
  const loaded = useApi<ExerciseFile>(`/api/training/exercises/${exercise.id}?lang=${lang}`);
  return (
    <section className="card exercise-panel" aria-labelledby="exercise-title" data-testid="exercise-panel">
      <div className="exercise-panel__head">
        <h2 id="exercise-title">{t('training.exerciseTitle', { title: exercise.title })}</h2>
        {progress ? <ExerciseStatusBadge status={progress.status} /> : null}
      </div>
      <p className="code-id">{t('training.target', { table: exercise.table, country: exercise.country })}</p>
      <p>{exercise.task}</p>
      <p>
        <a href={`/api/training/exercises/${exercise.id}/file`} download>
          {t('training.downloadFile')}
        </a>
      </p>
      {session.state === 'signedIn' ? (
        <ApiView result={loaded}>
          {(data) => (
            <ExerciseWork
              key={exercise.id}
              exercise={exercise}
              csv={data.file.csv}
              onAttempted={onAttempted}
            />
          )}
        </ApiView>
      ) : (
        <p className="notice">
          {t('training.signInToPractise')} <LocalLink to="/workspace">{t('training.signIn')}</LocalLink>
        </p>
      )}
    </section>
  );
}

function ExerciseWork({
  exercise,
  csv,
  onAttempted,
}: {
  exercise: ExerciseSummary;
  csv: string;
  onAttempted: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const rules = useRuleBook(lang);
  const original = useMemo(() => parseCsvRows(csv), [csv]);
  const [rows, setRows] = useState<string[][]>(original);
  const [file, setFile] = useState<File | null>(null);
  const [justifications, setJustifications] = useState<Record<number, string>>({});
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ApiResult<AttemptOutcome> | null>(null);

  const outcome = result?.state === 'ok' ? result.data : null;
  const issueRows = useMemo(
    () => new Set((outcome?.report.issues ?? []).flatMap((i) => (typeof i.row === 'number' ? [i.row] : []))),
    [outcome],
  );

  async function check(answer: { rows: string[][] } | { file: File }) {
    setBusy(true);
    const sent = await sendAttempt(exercise.id, lang, answer, justifications);
    setBusy(false);
    setResult(sent);
    if (sent.state === 'ok') onAttempted();
  }

  function checkFile(event: FormEvent) {
    event.preventDefault();
    if (file) void check({ file });
  }

  return (
    <>
      <h3>{t('training.gridTitle')}</h3>
      <p className="hint">{t('training.gridHint')}</p>
      <ExerciseGrid rows={rows} issueRows={issueRows} onChange={setRows} />
      {outcome ? (
        <WarningJustifications
          warnings={outcome.verdict.warnings}
          rules={rules}
          values={justifications}
          onChange={(row, text) => setJustifications((previous) => ({ ...previous, [row]: text }))}
        />
      ) : null}
      <div className="toolbar">
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => void check({ rows })}
          data-testid="exercise-check"
        >
          {busy ? t('training.checking') : t('training.check')}
        </button>
        <button type="button" className="button" onClick={() => setRows(original)} disabled={busy}>
          {t('training.reset')}
        </button>
      </div>
      {result?.state === 'error' ? <ErrorPanel code={result.code} message={result.message} /> : null}
      {outcome ? <AttemptVerdict outcome={outcome} /> : null}
      {outcome ? (
        <ValidationReportView report={outcome.report} rules={rules} fileName={`${exercise.id}-attempt`} />
      ) : null}
      <form className="exercise-upload" onSubmit={checkFile}>
        <h3>{t('training.uploadTitle')}</h3>
        <div className="field">
          <label htmlFor={`exercise-file-${exercise.id}`}>{t('training.uploadFile')}</label>
          <input
            id={`exercise-file-${exercise.id}`}
            type="file"
            accept=".csv,.xlsx,.txt,text/csv"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </div>
        <button type="submit" className="button" disabled={!file || busy}>
          {t('training.uploadCheck')}
        </button>
      </form>
    </>
  );
}

function AttemptVerdict({ outcome }: { outcome: AttemptOutcome }) {
  const { t } = useTranslation();
  const { verdict } = outcome;
  if (verdict.passed) {
    return (
      <p className="exercise-verdict exercise-verdict--passed" role="status" data-testid="exercise-verdict">
        {t('training.passed')}
      </p>
    );
  }
  return (
    <div className="exercise-verdict exercise-verdict--failed" role="status" data-testid="exercise-verdict">
      <p>{t('training.failed', { errors: verdict.errors, unjustified: verdict.unjustified })}</p>
      {verdict.missingWarning ? (
        <p>{t('training.missingWarning', { code: verdict.missingWarning })}</p>
      ) : null}
    </div>
  );
}
