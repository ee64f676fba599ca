// One policy event under review, for its correspondent (workspace) or OAS staff (console): the
// text and source, its status and history, the actions the caller may take now, the comments,
// the correction form while it is the correspondent's to change, and reviewed translations.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { type Refusal, refusalOf } from '../../api/refusal';
import { type SessionUser, sendJson } from '../../api/session';
import { useApi } from '../../api/use-api';
import { ApiView, ErrorPanel } from '../../components/status-panel';
import { formatDateTime } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { LocalLink } from '../../layout/local-link';
import { StatusBadge } from '../work/status-badge';
import { PolicyEventForm } from './policy-event-form';
import type { PolicyEventDetail } from './policy-types';

export function PolicyEventPage({ user, basePath }: { user: SessionUser; basePath: string }) {
  const { id = '' } = useParams();
  const [version, setVersion] = useState(0);
  const detail = useApi<{ event: PolicyEventDetail }>(`/api/policy-events/${id}`, { cache: false, version });
  const reload = () => setVersion((v) => v + 1);
  return (
    <div className="page policy-event" data-testid="policy-event-page">
      <ApiView result={detail}>
        {({ event }) => <PolicyEventView event={event} user={user} basePath={basePath} onChange={reload} />}
      </ApiView>
    </div>
  );
}

function PolicyEventView({
  event,
  user,
  basePath,
  onChange,
}: {
  event: PolicyEventDetail;
  user: SessionUser;
  basePath: string;
  onChange: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <>
      <p className="breadcrumb">
        <LocalLink to={basePath}>{t('policy.title')}</LocalLink> / {event.country}
      </p>
      <h1>
        {event.title} <StatusBadge status={event.status} />
      </h1>
      <p>
        <span className="chip">{event.type}</span>{' '}
        {event.endDate ? `${event.date} – ${event.endDate}` : event.date} · {t('policy.work.original')}:{' '}
        {event.lang}
        {event.programme ? ` · ${event.programme}` : ''}
      </p>
      <p lang={event.lang}>{event.summary}</p>
      <p className="source-line">
        {t('policy.source')}: {event.source.publisher}, “{event.source.title}”
        {event.source.date ? `, ${event.source.date}` : ''}
        {event.source.url ? (
          <>
            {', '}
            <a href={event.source.url}>{event.source.url}</a>
          </>
        ) : null}
      </p>
      <p className="hint">{event.tables.join(', ')}</p>
      <PolicyActions event={event} onDone={onChange} />
      <section aria-labelledby="policy-history-title">
        <h2 id="policy-history-title">{t('policy.work.history')}</h2>
        <ol className="comment-list" data-testid="policy-history">
          {event.history.map((h) => (
            <li key={`${h.at}-${h.action}`}>
              <p className="comment-meta">
                <strong>{h.actor ?? t('common.unknown')}</strong> · {formatDateTime(h.at, lang)} ·{' '}
                {t(`work.actions.${h.action}`, { defaultValue: h.action })}
              </p>
              {h.message ? <p>{h.message}</p> : null}
            </li>
          ))}
        </ol>
      </section>
      <PolicyComments event={event} onPosted={onChange} />
      {event.canEdit ? (
        <PolicyEventForm
          key={`${event.id}-${event.status}-${event.title}`}
          countries={[...new Set([event.country, ...user.countries])].map((iso3) => ({ iso3, name: iso3 }))}
          event={event}
          onSaved={onChange}
        />
      ) : null}
      {event.canTranslate ? <PolicyTranslations event={event} onSaved={onChange} /> : null}
    </>
  );
}

function PolicyActions({ event, onDone }: { event: PolicyEventDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const [error, setError] = useState<Refusal | null>(null);
  if (event.allowedActions.length === 0) return null;
  async function run(action: string) {
    const result = await sendJson(
      'POST',
      `/api/policy-events/${event.id}/${action}`,
      message ? { message } : {},
    );
    if (result.state === 'ok') {
      setMessage('');
      setError(null);
      onDone();
    } else setError(refusalOf(result));
  }
  return (
    <section
      aria-labelledby="policy-actions-title"
      className="card actions-panel"
      data-testid="policy-actions"
    >
      <h2 id="policy-actions-title">{t('work.actions.title')}</h2>
      <div className="field">
        <label htmlFor="policy-action-message">{t('work.actions.message')}</label>
        <textarea
          id="policy-action-message"
          rows={2}
          value={message}
          onChange={(e) => setMessage(e.target.value)}
        />
      </div>
      <div className="toolbar__group">
        {event.allowedActions.map((action) => (
          <button
            key={action}
            type="button"
            className={action === 'return' ? 'button' : 'button button--primary'}
            onClick={() => void run(action)}
            data-testid={`policy-action-${action}`}
          >
            {t(`work.actions.${action}`, { defaultValue: action })}
          </button>
        ))}
      </div>
      {error ? <ErrorPanel code={error.code} message={error.message} /> : null}
    </section>
  );
}

function PolicyComments({ event, onPosted }: { event: PolicyEventDetail; onPosted: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [text, setText] = useState('');
  const [error, setError] = useState<Refusal | null>(null);
  async function post() {
    const result = await sendJson('POST', `/api/policy-events/${event.id}/comments`, { text });
    if (result.state === 'ok') {
      setText('');
      setError(null);
      onPosted();
    } else setError(refusalOf(result));
  }
  return (
    <section aria-labelledby="policy-comments-title" className="card" data-testid="policy-comments">
      <h2 id="policy-comments-title">{t('work.comments.title')}</h2>
      {event.comments.length === 0 ? <p className="hint">{t('work.comments.none')}</p> : null}
      <ol className="comment-list">
        {event.comments.map((c) => (
          <li key={c.id}>
            <p className="comment-meta">
              <strong>{c.author ?? t('common.unknown')}</strong> · {formatDateTime(c.createdAt, lang)}
            </p>
            <p>{c.text}</p>
          </li>
        ))}
      </ol>
      <div className="field">
        <label htmlFor="policy-comment-text">{t('work.comments.write')}</label>
        <textarea id="policy-comment-text" rows={3} value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      {error ? <ErrorPanel code={error.code} message={error.message} /> : null}
      <button
        type="button"
        className="button button--small"
        disabled={!text.trim()}
        onClick={() => void post()}
      >
        {t('common.send')}
      </button>
    </section>
  );
}

function PolicyTranslations({ event, onSaved }: { event: PolicyEventDetail; onSaved: () => void }) {
  const { t } = useTranslation();
  const others = ['en', 'es', 'fr', 'pt'].filter((l) => l !== event.lang);
  const [lang, setLang] = useState(others[0] ?? 'en');
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [error, setError] = useState<Refusal | null>(null);
  async function save() {
    const result = await sendJson('POST', `/api/policy-events/${event.id}/translations`, {
      lang,
      title,
      summary,
    });
    if (result.state === 'ok') {
      setTitle('');
      setSummary('');
      setError(null);
      onSaved();
    } else setError(refusalOf(result));
  }
  return (
    <section aria-labelledby="policy-translations-title" className="card" data-testid="policy-translations">
      <h2 id="policy-translations-title">{t('policy.work.translations')}</h2>
      <ul>
        {event.translations.map((tr) => (
          <li key={tr.lang} lang={tr.lang}>
            <strong>{tr.lang}</strong>: {tr.title} — {tr.summary}
          </li>
        ))}
      </ul>
      <h3>{t('policy.work.addTranslation')}</h3>
      <div className="field">
        <label htmlFor="policy-translation-lang">{t('policy.field.lang')}</label>
        <select id="policy-translation-lang" value={lang} onChange={(e) => setLang(e.target.value)}>
          {others.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="policy-translation-title">{t('policy.field.title')}</label>
        <input
          id="policy-translation-title"
          type="text"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="policy-translation-summary">{t('policy.field.summary')}</label>
        <textarea
          id="policy-translation-summary"
          rows={3}
          value={summary}
          onChange={(e) => setSummary(e.target.value)}
        />
      </div>
      {error ? <ErrorPanel code={error.code} message={error.message} /> : null}
      <button type="button" className="button button--small" onClick={() => void save()}>
        {t('policy.work.saveTranslation')}
      </button>
    </section>
  );
}
