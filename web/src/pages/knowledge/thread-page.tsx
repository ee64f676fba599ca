// One discussion thread: its posts in order, a reply form for signed-in users, and for
// admins a "hide" button on each post (moderation is recorded in the audit log).
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { type Refusal, refusalOf } from '../../api/refusal';
import { sendJson, useSession } from '../../api/session';
import { useApi } from '../../api/use-api';
import { ApiView, ErrorPanel } from '../../components/status-panel';
import { formatDateTime } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { LocalLink } from '../../layout/local-link';
import { usePageTitle } from '../../layout/use-page-title';
import { describeAuthor, type PostAuthor } from './describe-author';

interface ThreadDetail {
  thread: {
    id: number;
    topic: string;
    title: string;
    author: PostAuthor;
    createdAt: string;
    hidden: boolean;
  };
  posts: {
    id: number;
    author: PostAuthor;
    text: string;
    createdAt: string;
    hidden: boolean;
    hiddenReason: string | null;
  }[];
}

export default function ThreadPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const lang = useLang();
  const session = useSession();
  const [version, setVersion] = useState(0);
  const detail = useApi<ThreadDetail>(`/api/knowledge/threads/${id}?lang=${lang}`, { cache: false, version });
  usePageTitle(detail.state === 'ok' ? detail.data.thread.title : t('knowledge.threads.title'));
  const isAdmin = session.state === 'signedIn' && session.user.role === 'admin';

  async function hide(postId: number) {
    const result = await sendJson('POST', `/api/knowledge/posts/${postId}/hide`, {});
    if (result.state === 'ok') setVersion((v) => v + 1);
  }

  return (
    <div className="page thread-page" data-testid="thread-page">
      <p className="breadcrumb">
        <LocalLink to="/knowledge">{t('knowledge.title')}</LocalLink> / {t('knowledge.threads.title')}
      </p>
      <ApiView result={detail}>
        {({ thread, posts }) => (
          <>
            <h1>{thread.title}</h1>
            <p className="hint">
              <span className="badge">{thread.topic}</span> · {describeAuthor(thread.author, t)} ·{' '}
              {formatDateTime(thread.createdAt, lang)}
            </p>
            <ol className="post-list">
              {posts.map((post) => (
                <li key={post.id} className={post.hidden ? 'card post is-hidden' : 'card post'}>
                  <p className="comment-meta">
                    <strong>{describeAuthor(post.author, t)}</strong> · {formatDateTime(post.createdAt, lang)}
                    {post.hidden ? ` · ${t('knowledge.threads.hidden')}` : ''}
                  </p>
                  <p className="post-text">{post.text}</p>
                  {isAdmin && !post.hidden ? (
                    <button type="button" className="button button--small" onClick={() => void hide(post.id)}>
                      {t('knowledge.threads.hide')}
                    </button>
                  ) : null}
                </li>
              ))}
            </ol>
            {session.state === 'signedIn' ? (
              <ReplyForm threadId={thread.id} onPosted={() => setVersion((v) => v + 1)} />
            ) : (
              <p className="hint">
                <LocalLink to="/workspace">{t('knowledge.threads.signInToPost')}</LocalLink>
              </p>
            )}
          </>
        )}
      </ApiView>
    </div>
  );
}

function ReplyForm({ threadId, onPosted }: { threadId: number; onPosted: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [text, setText] = useState('');
  const [error, setError] = useState<Refusal | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await sendJson('POST', `/api/knowledge/threads/${threadId}/posts?lang=${lang}`, { text });
    if (result.state === 'ok') {
      setText('');
      setError(null);
      onPosted();
    } else setError(refusalOf(result));
  }
  return (
    <form className="card" onSubmit={submit}>
      <div className="field">
        <label htmlFor="reply-text">{t('knowledge.threads.reply')}</label>
        <textarea
          id="reply-text"
          rows={3}
          required
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      {error ? <ErrorPanel code={error.code} message={error.message} /> : null}
      <button type="submit" className="button button--primary">
        {t('common.send')}
      </button>
    </form>
  );
}
