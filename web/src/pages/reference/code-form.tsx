// Adds a code to an extensible code list, or corrects the labels of a code added that way: the
// id (new codes only) and one label per working language, all four required so that every
// reader of the portal sees the code in their language.
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Refusal, refusalOf } from '../../api/refusal';
import { sendJson } from '../../api/session';
import { ErrorPanel } from '../../components/status-panel';
import { LANG_NAMES, LANGS } from '../../i18n/languages';
import type { Labels, StoredCode } from './reference-types';

const EMPTY: Labels = { en: '', es: '', fr: '', pt: '' };

export function CodeForm({
  codelist,
  code,
  onSaved,
}: {
  codelist: string;
  /** The code whose labels are edited; absent to add a new code. */
  code?: StoredCode;
  onSaved: (code: StoredCode) => void;
}) {
  const { t } = useTranslation();
  const formId = useId();
  const [id, setId] = useState('');
  const [labels, setLabels] = useState<Labels>(code?.labels ?? EMPTY);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<Refusal | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const result = code
      ? await sendJson<{ code: StoredCode; changed: boolean }>(
          'PUT',
          `/api/reference/codelists/${codelist}/codes/${code.id}`,
          { labels },
        )
      : await sendJson<{ code: StoredCode }>('POST', `/api/reference/codelists/${codelist}/codes`, {
          id,
          labels,
        });
    setBusy(false);
    if (result.state !== 'ok') {
      setError(refusalOf(result));
      return;
    }
    setError(null);
    const saved = result.data.code;
    const changed = 'changed' in result.data ? result.data.changed : true;
    setNotice(
      code
        ? t(changed ? 'reference.codeForm.saved' : 'reference.codeForm.unchanged')
        : t('reference.codeForm.added', { code: saved.id }),
    );
    if (!code) {
      setId('');
      setLabels(EMPTY);
    }
    onSaved(saved);
  }

  const titleId = `${formId}-title`;
  return (
    <form className="card code-form" aria-labelledby={titleId} onSubmit={submit} data-testid="code-form">
      <h3 id={titleId}>
        {code ? t('reference.codeForm.editTitle', { code: code.id }) : t('reference.codeForm.addTitle')}
      </h3>
      <div className="form-row">
        {code ? null : (
          <div className="field code-form__id">
            <label htmlFor={`${formId}-id`}>{t('reference.codeForm.id')}</label>
            <input
              type="text"
              id={`${formId}-id`}
              required
              maxLength={40}
              pattern="[A-Za-z0-9_]+"
              aria-describedby={`${formId}-id-hint`}
              value={id}
              onChange={(event) => setId(event.target.value)}
            />
            <span id={`${formId}-id-hint`} className="hint">
              {t('reference.codeForm.idHint')}
            </span>
          </div>
        )}
        {LANGS.map((lang) => (
          <div className="field" key={lang}>
            <label htmlFor={`${formId}-${lang}`}>
              {t('reference.codeForm.label', { language: LANG_NAMES[lang] })}
            </label>
            <input
              type="text"
              id={`${formId}-${lang}`}
              lang={lang}
              required
              maxLength={300}
              value={labels[lang]}
              onChange={(event) => setLabels({ ...labels, [lang]: event.target.value })}
            />
          </div>
        ))}
      </div>
      <div className="inline-form">
        <button type="submit" className="button button--primary" disabled={busy}>
          {code ? t('reference.codeForm.save') : t('reference.codeForm.add')}
        </button>
        <span className="hint">{t('reference.codeForm.audited')}</span>
        {notice && !error ? (
          <span className="ok-message" role="status">
            {notice}
          </span>
        ) : null}
      </div>
      {error ? <ErrorPanel code={error.code} message={error.message} /> : null}
    </form>
  );
}
