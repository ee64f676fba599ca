// Warnings that must be justified before submission. The justification is written for the
// public: once the OAS accepts the submission it becomes the value's footnote.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Refusal, refusalOf } from '../../api/refusal';
import { sendJson } from '../../api/session';
import { ErrorPanel } from '../../components/status-panel';
import { formatKey, type RuleBook, renderIssueMessage } from './issue-messages';
import type { WarningState } from './work-types';

function WarningRow({
  warning,
  submissionId,
  rules,
  canJustify,
  onSaved,
}: {
  warning: WarningState;
  submissionId: number;
  rules: RuleBook;
  canJustify: boolean;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [error, setError] = useState<Refusal | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `justify-${warning.row ?? formatKey(warning.key) ?? 'table'}`.replace(/\W+/g, '-');

  async function save() {
    setBusy(true);
    const key =
      typeof warning.key === 'string' || (warning.key && typeof warning.key === 'object')
        ? warning.key
        : undefined;
    const result = await sendJson('POST', `/api/submissions/${submissionId}/justifications`, {
      ...(warning.row ? { row: warning.row } : {}),
      ...(!warning.row && key ? { key } : {}),
      text,
    });
    setBusy(false);
    if (result.state === 'ok') {
      setText('');
      setError(null);
      onSaved();
    } else setError(refusalOf(result));
  }

  return (
    <li
      className={warning.justification ? 'warning-item is-justified' : 'warning-item'}
      data-testid="warning-item"
    >
      <p>
        <span className="severity severity--warning">{t('methodology.rules.severities.warning')}</span>{' '}
        {renderIssueMessage(warning, rules)}
      </p>
      {warning.justification ? (
        <p className="justification">
          <strong>{t('work.warnings.justification')}:</strong> {warning.justification}
        </p>
      ) : null}
      {canJustify ? (
        <div className="justify-form">
          <label htmlFor={id}>
            {warning.justification ? t('work.warnings.replace') : t('work.warnings.write')}
          </label>
          <textarea
            id={id}
            rows={2}
            value={text}
            onChange={(event) => setText(event.target.value)}
            maxLength={2000}
          />
          <button
            type="button"
            className="button button--small"
            disabled={busy || text.trim().length === 0}
            onClick={save}
          >
            {t('work.warnings.save')}
          </button>
          {error ? <ErrorPanel code={error.code} message={error.message} /> : null}
        </div>
      ) : null}
    </li>
  );
}

export function WarningsPanel({
  warnings,
  submissionId,
  rules,
  canJustify,
  onSaved,
}: {
  warnings: readonly WarningState[];
  submissionId: number;
  rules: RuleBook;
  canJustify: boolean;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  const missing = warnings.filter((w) => !w.justification).length;
  return (
    <section aria-labelledby="warnings-title" className="card" data-testid="warnings-panel">
      <h2 id="warnings-title">{t('work.warnings.title')}</h2>
      <p className="hint">{t('work.warnings.intro')}</p>
      <p role="status">{t('work.warnings.missing', { count: missing })}</p>
      <ul className="warning-list">
        {warnings.map((warning, index) => (
          <WarningRow
            // biome-ignore lint/suspicious/noArrayIndexKey: warnings can share row and code
            key={index}
            warning={warning}
            submissionId={submissionId}
            rules={rules}
            canJustify={canJustify}
            onSaved={onSaved}
          />
        ))}
      </ul>
    </section>
  );
}
