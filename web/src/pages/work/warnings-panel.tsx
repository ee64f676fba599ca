// Warnings to justify, grouped by cause: a statistician confirms a fact once ("the breakdown by
// sex is new in 2017"), not once per cell. Each group says its cause in words, how many of its
// warnings are justified, and shows its cells on demand; the correspondent writes one
// justification for the group, for the public: once the OAS accepts the submission it becomes
// the footnote of each value of the group (the release note, for a group with no value).
// The reviewer sees the same groups with their justifications.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Refusal, refusalOf } from '../../api/refusal';
import { sendJson } from '../../api/session';
import { ErrorPanel } from '../../components/status-panel';
import type { WarningGroup } from './work-types';

function GroupItem({
  group,
  submissionId,
  canJustify,
  onSaved,
}: {
  group: WarningGroup;
  submissionId: number;
  canJustify: boolean;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [error, setError] = useState<Refusal | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `justify-${group.id}`.replace(/\W+/g, '-');
  const open = group.justified < group.count;

  async function save() {
    setBusy(true);
    const result = await sendJson('POST', `/api/submissions/${submissionId}/justifications`, {
      group: group.id,
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
      className={open ? 'warning-item' : 'warning-item is-justified'}
      data-testid="warning-group"
      data-group={group.id}
    >
      <p>
        <span className="severity severity--warning">{t('methodology.rules.severities.warning')}</span>{' '}
        {group.message}
      </p>
      <p className="hint" data-testid="warning-group-state">
        {t('work.warnings.justified', { justified: group.justified, count: group.count })}
        {group.tableWide ? ` · ${t('work.warnings.tableWide')}` : ''}
      </p>
      {group.justification ? (
        <p className="justification">
          <strong>{t('work.warnings.justification')}:</strong> {group.justification}
        </p>
      ) : null}
      {group.sample.length > 0 ? (
        <details>
          <summary>{t('work.warnings.cells', { count: group.count })}</summary>
          <ul className="warning-cells">
            {group.sample.map((cell, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a group's sample is fixed for this render
              <li key={index}>{cell.message}</li>
            ))}
            {group.count > group.sample.length ? (
              <li className="hint">
                {t('work.warnings.more', { count: group.count - group.sample.length })}
              </li>
            ) : null}
          </ul>
        </details>
      ) : null}
      {canJustify ? (
        <div className="justify-form">
          <label htmlFor={id}>
            {group.justification ? t('work.warnings.groupReplace') : t('work.warnings.groupWrite')}
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
            {t('work.warnings.groupSave')}
          </button>
          {error ? <ErrorPanel code={error.code} message={error.message} /> : null}
        </div>
      ) : null}
    </li>
  );
}

export function WarningsPanel({
  groups,
  submissionId,
  canJustify,
  onSaved,
}: {
  groups: readonly WarningGroup[];
  submissionId: number;
  canJustify: boolean;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  if (groups.length === 0) return null;
  const open = groups.filter((g) => g.justified < g.count).length;
  return (
    <section aria-labelledby="warnings-title" className="card" data-testid="warnings-panel">
      <h2 id="warnings-title">{t('work.warnings.title')}</h2>
      <p className="hint">{t('work.warnings.intro')}</p>
      <p role="status" data-testid="open-groups">
        {t('work.warnings.groups', { count: open })}
      </p>
      <ul className="warning-list">
        {groups.map((group) => (
          <GroupItem
            key={group.id}
            group={group}
            submissionId={submissionId}
            canJustify={canJustify}
            onSaved={onSaved}
          />
        ))}
      </ul>
    </section>
  );
}
