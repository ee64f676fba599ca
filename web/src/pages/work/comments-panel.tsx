// The conversation between correspondent and reviewer on a submission, optionally about one
// cell (its key, e.g. CHL.VEN.F._T.2023).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Refusal, refusalOf } from '../../api/refusal';
import { sendJson } from '../../api/session';
import { ErrorPanel } from '../../components/status-panel';
import { formatDateTime } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import type { CommentEntry } from './work-types';

export function CommentsPanel({
  comments,
  submissionId,
  onPosted,
}: {
  comments: readonly CommentEntry[];
  submissionId: number;
  onPosted: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [text, setText] = useState('');
  const [key, setKey] = useState('');
  const [error, setError] = useState<Refusal | null>(null);

  async function post() {
    const result = await sendJson('POST', `/api/submissions/${submissionId}/comments`, {
      text,
      ...(key.trim() ? { key: key.trim() } : {}),
    });
    if (result.state === 'ok') {
      setText('');
      setKey('');
      setError(null);
      onPosted();
    } else setError(refusalOf(result));
  }

  return (
    <section aria-labelledby="comments-title" className="card" data-testid="comments-panel">
      <h2 id="comments-title">{t('work.comments.title')}</h2>
      {comments.length === 0 ? <p className="hint">{t('work.comments.none')}</p> : null}
      <ol className="comment-list">
        {comments.map((comment) => (
          <li key={comment.id}>
            <p className="comment-meta">
              <strong>{comment.author ?? t('common.unknown')}</strong> ·{' '}
              {formatDateTime(comment.createdAt ?? comment.at, lang)}
              {comment.key ? <span className="code-id"> · {comment.key}</span> : null}
            </p>
            <p>{comment.text}</p>
          </li>
        ))}
      </ol>
      <div className="field">
        <label htmlFor="comment-text">{t('work.comments.write')}</label>
        <textarea id="comment-text" rows={3} value={text} onChange={(event) => setText(event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="comment-key">{t('work.comments.cell')}</label>
        <input
          id="comment-key"
          type="text"
          value={key}
          placeholder="CHL.VEN.F._T.2023"
          onChange={(event) => setKey(event.target.value)}
        />
      </div>
      {error ? <ErrorPanel code={error.code} message={error.message} /> : null}
      <button type="button" className="button button--small" disabled={!text.trim()} onClick={post}>
        {t('common.send')}
      </button>
    </section>
  );
}
