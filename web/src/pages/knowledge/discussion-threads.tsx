// Discussion threads of the knowledge space (/api/knowledge/threads). Reading is public;
// signed-in correspondents and OAS staff start threads here and reply on each thread's page.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { type Refusal, refusalOf } from '../../api/refusal';
import { sendJson, useSession } from '../../api/session';
import { useApi } from '../../api/use-api';
import { ApiView, ErrorPanel } from '../../components/status-panel';
import { formatDate } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { LocalLink, localizePath } from '../../layout/local-link';
import { describeAuthor, type PostAuthor } from './describe-author';

export interface ThreadSummary {
  id: number;
  topic: string;
  title: string;
  author: PostAuthor;
  createdAt: string;
  lastPostAt: string;
  posts: number;
  hidden?: boolean;
}

export function DiscussionThreads() {
  const { t } = useTranslation();
  const lang = useLang();
  const threads = useApi<{ threads: ThreadSummary[] }>('/api/knowledge/threads', { cache: false });
  const session = useSession();
  return (
    <section aria-labelledby="threads-title" className="discussions">
      <h2 id="threads-title">{t('knowledge.threads.title')}</h2>
      <p className="hint">{t('knowledge.threads.intro')}</p>
      <ApiView result={threads} unavailable={<p>{t('knowledge.threads.unavailable')}</p>}>
        {({ threads: list }) =>
          list.length === 0 ? (
            <p>{t('knowledge.threads.none')}</p>
          ) : (
            <ul className="thread-list" data-testid="thread-list">
              {list.map((thread) => (
                <li key={thread.id}>
                  <LocalLink to={`/knowledge/threads/${thread.id}`}>{thread.title}</LocalLink>
                  <span className="hint">
                    {' '}
                    · <span className="badge">{thread.topic}</span> · {describeAuthor(thread.author, t)} ·{' '}
                    {t('knowledge.threads.posts', { count: thread.posts })} ·{' '}
                    {formatDate(thread.lastPostAt, lang)}
                  </span>
                </li>
              ))}
            </ul>
          )
        }
      </ApiView>
      {session.state === 'signedIn' && threads.state === 'ok' ? (
        <NewThreadForm />
      ) : (
        <p className="hint">
          <LocalLink to="/workspace">{t('knowledge.threads.signInToPost')}</LocalLink>
        </p>
      )}
    </section>
  );
}

function NewThreadForm() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const [topic, setTopic] = useState('');
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<Refusal | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await sendJson<{ thread: { id: number } }>('POST', `/api/knowledge/threads?lang=${lang}`, {
      topic,
      title,
      text,
    });
    if (result.state === 'ok') navigate(localizePath(`/knowledge/threads/${result.data.thread.id}`, lang));
    else setError(refusalOf(result));
  }

  return (
    <form className="card new-thread" onSubmit={submit} data-testid="new-thread">
      <h3>{t('knowledge.threads.new')}</h3>
      <div className="form-row">
        <div className="field">
          <label htmlFor="thread-topic">{t('knowledge.threads.topic')}</label>
          <input
            id="thread-topic"
            list="thread-topics"
            required
            maxLength={60}
            value={topic}
            onChange={(e) => setTopic(e.target.value)}
          />
          <datalist id="thread-topics">
            {['censuses', 'registers', 'surveys', 'mapping', 'training'].map((suggestion) => (
              <option key={suggestion} value={suggestion} />
            ))}
          </datalist>
        </div>
        <div className="field">
          <label htmlFor="thread-title">{t('knowledge.threads.threadTitle')}</label>
          <input
            id="thread-title"
            type="text"
            required
            minLength={3}
            maxLength={200}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
        </div>
      </div>
      <div className="field">
        <label htmlFor="thread-text">{t('knowledge.threads.message')}</label>
        <textarea id="thread-text" rows={4} required value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      {error ? <ErrorPanel code={error.code} message={error.message} /> : null}
      <button type="submit" className="button button--primary">
        {t('knowledge.threads.start')}
      </button>
    </form>
  );
}
