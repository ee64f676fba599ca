// The reviewer sees the values (issue 17): the submission's staged figures laid out like the
// explorer's pivot, each cell saying whether it is new, changed (old → new, %), unchanged or
// removed against what is published — or against the previous version — with its warnings and
// messages. Filters keep only the changed cells or the cells with warnings. A click on a cell
// shows its warnings and justifications and opens a message about that cell.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Refusal, refusalOf } from '../../api/refusal';
import { sendJson } from '../../api/session';
import { useApi } from '../../api/use-api';
import { ApiView, ErrorPanel } from '../../components/status-panel';
import { formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';

type Change = 'new' | 'changed' | 'unchanged' | 'removed';

interface ValueCell {
  value: number | null;
  status: string;
  key: string;
  change: Change;
  old?: { value: number | null; status: string };
  changePct?: number | null;
  warnings?: { code: string; severity: string; message?: string; justification: string | null }[];
  comments?: number;
}

interface ValuesAnswer {
  rowDims: { id: string; name: string }[];
  colDims: { id: string; name: string }[];
  fixed: { id: string; name: string; code: string; codeName: string }[];
  codes: Record<string, { id: string; name: string }[]>;
  colKeys: string[][];
  rowCount: number;
  offset: number;
  rows: { key: string[]; cells: (ValueCell | null)[] }[];
  compare: { against: 'published' | 'previous'; version: number | null };
  summary: Record<Change, number>;
}

const PAGE_ROWS = 50;

export function SubmissionValues({
  submissionId,
  version,
  reloadKey,
  onCommented,
}: {
  submissionId: number;
  /** The current version: from 2 on, the previous one can be compared with. */
  version: number;
  reloadKey: number;
  onCommented: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [only, setOnly] = useState<'all' | 'changed' | 'warnings'>('all');
  const [compare, setCompare] = useState<'published' | 'previous'>('published');
  const [offset, setOffset] = useState(0);
  const [selected, setSelected] = useState<{ cell: ValueCell; label: string } | null>(null);
  const [text, setText] = useState('');
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<Refusal | null>(null);
  const pivot = useApi<ValuesAnswer>(
    `/api/submissions/${submissionId}/pivot?lang=${lang}&cols=TIME_PERIOD&only=${only}&compare=${compare}&offset=${offset}&rowLimit=${PAGE_ROWS}`,
    { cache: false, version: reloadKey },
  );

  async function send() {
    if (!selected) return;
    const result = await sendJson('POST', `/api/submissions/${submissionId}/comments?lang=${lang}`, {
      key: selected.cell.key,
      text,
    });
    if (result.state === 'ok') {
      setText('');
      setSent(true);
      setError(null);
      onCommented();
    } else setError(refusalOf(result));
  }

  const number = (value: number | null | undefined) =>
    value === null || value === undefined ? '–' : formatNumber(value, lang, 0);

  return (
    <section
      aria-labelledby="values-title"
      className="card submission-values"
      data-testid="submission-values"
    >
      <h2 id="values-title">{t('loop.values.title')}</h2>
      <div className="toolbar__group">
        <label>
          {t('loop.values.show')}{' '}
          <select
            value={only}
            onChange={(event) => {
              setOnly(event.target.value as typeof only);
              setOffset(0);
            }}
            data-testid="values-filter"
          >
            <option value="all">{t('loop.values.all')}</option>
            <option value="changed">{t('loop.values.changed')}</option>
            <option value="warnings">{t('loop.values.warnings')}</option>
          </select>
        </label>{' '}
        <label>
          {t('loop.values.compare')}{' '}
          <select
            value={compare}
            onChange={(event) => {
              setCompare(event.target.value as typeof compare);
              setOffset(0);
            }}
            data-testid="values-compare"
          >
            <option value="published">{t('loop.values.published')}</option>
            {version > 1 ? <option value="previous">{t('loop.values.previous')}</option> : null}
          </select>
        </label>
      </div>
      <ApiView result={pivot}>
        {(data) => {
          const nameOf = (dim: string, code: string) =>
            data.codes[dim]?.find((c) => c.id === code)?.name ?? code;
          const colLabel = (key: string[]) =>
            key.map((code, i) => nameOf(data.colDims[i]?.id ?? '', code)).join(' · ');
          const rowLabel = (key: string[]) => key.map((code, i) => nameOf(data.rowDims[i]?.id ?? '', code));
          return (
            <>
              <p className="hint">
                {t('loop.values.intro', {
                  against:
                    data.compare.against === 'previous'
                      ? t('loop.values.againstPrevious', { n: data.compare.version ?? version - 1 })
                      : t('loop.values.againstPublished'),
                })}
              </p>
              <p data-testid="values-summary">{t('loop.values.summary', data.summary)}</p>
              {data.fixed.length ? (
                <p className="hint">{data.fixed.map((f) => `${f.name}: ${f.codeName}`).join(' · ')}</p>
              ) : null}
              {data.rowCount === 0 ? (
                <p className="hint">{t('loop.values.empty')}</p>
              ) : (
                <div className="table-scroll">
                  <table className="data-table values-table">
                    <thead>
                      <tr>
                        {data.rowDims.map((d) => (
                          <th key={d.id} scope="col">
                            {d.name}
                          </th>
                        ))}
                        {data.colKeys.map((key) => (
                          <th key={key.join('|')} scope="col">
                            {colLabel(key) || t('loop.values.cell')}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {data.rows.map((row) => (
                        <tr key={row.key.join('|')}>
                          {rowLabel(row.key).map((name, i) => (
                            <th key={`${data.rowDims[i]?.id}`} scope="row">
                              {name}
                            </th>
                          ))}
                          {row.cells.map((cell, c) =>
                            cell ? (
                              <td key={cell.key} className={`value-cell value-cell--${cell.change}`}>
                                <button
                                  type="button"
                                  className="value-cell__button"
                                  data-testid={`cell-${cell.key}`}
                                  data-change={cell.change}
                                  aria-pressed={selected?.cell.key === cell.key}
                                  onClick={() => {
                                    setSelected({
                                      cell,
                                      label: [...rowLabel(row.key), colLabel(data.colKeys[c] ?? [])]
                                        .filter(Boolean)
                                        .join(' · '),
                                    });
                                    setSent(false);
                                    setError(null);
                                  }}
                                >
                                  {cell.change === 'changed' || cell.change === 'removed' ? (
                                    <>
                                      <del>{number(cell.old?.value)}</del>
                                      {cell.change === 'changed' ? ' → ' : null}
                                    </>
                                  ) : null}
                                  {cell.change === 'removed' ? null : <span>{number(cell.value)}</span>}
                                  {typeof cell.changePct === 'number' ? (
                                    <small>
                                      {' '}
                                      ({cell.changePct > 0 ? '+' : ''}
                                      {formatNumber(cell.changePct, lang, 1)} %)
                                    </small>
                                  ) : null}
                                  {cell.warnings?.length ? (
                                    <span className="value-cell__flag"> ⚠</span>
                                  ) : null}
                                  {cell.comments ? (
                                    <span
                                      className="value-cell__flag"
                                      title={t('loop.values.comments', { count: cell.comments })}
                                    >
                                      {' '}
                                      •{cell.comments}
                                    </span>
                                  ) : null}
                                  <span className="visually-hidden">
                                    {' '}
                                    {t(`loop.values.change.${cell.change}`)}
                                  </span>
                                </button>
                              </td>
                            ) : (
                              // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed for the answer
                              <td key={c} />
                            ),
                          )}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
              {data.rowCount > PAGE_ROWS ? (
                <p className="toolbar__group">
                  {t('loop.values.rows', {
                    from: data.offset + 1,
                    to: Math.min(data.rowCount, data.offset + PAGE_ROWS),
                    total: data.rowCount,
                  })}{' '}
                  <button
                    type="button"
                    className="button button--small"
                    disabled={data.offset === 0}
                    onClick={() => setOffset(Math.max(0, data.offset - PAGE_ROWS))}
                  >
                    {t('loop.values.previousRows')}
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    disabled={data.offset + PAGE_ROWS >= data.rowCount}
                    onClick={() => setOffset(data.offset + PAGE_ROWS)}
                  >
                    {t('loop.values.nextRows')}
                  </button>
                </p>
              ) : null}
              <p className="legend hint">
                {t('loop.values.legend')}:{' '}
                {(['new', 'changed', 'unchanged', 'removed'] as const).map((change) => (
                  <span key={change} className={`value-cell value-cell--${change} legend__item`}>
                    {t(`loop.values.change.${change}`)}
                  </span>
                ))}{' '}
                · ⚠ {t('loop.values.warningsHere')}
              </p>
            </>
          );
        }}
      </ApiView>
      {selected ? (
        <div className="card value-detail" data-testid="cell-detail">
          <h3>
            {selected.label} <span className="code-id">{selected.cell.key}</span>
          </h3>
          {selected.cell.warnings?.length ? (
            <>
              <h4>{t('loop.values.warningsHere')}</h4>
              <ul>
                {selected.cell.warnings.map((w, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a cell's warnings, in report order
                  <li key={i}>
                    {w.message ?? w.code}{' '}
                    <em>
                      {w.justification
                        ? t('loop.values.justified', { text: w.justification })
                        : t('loop.values.notJustified')}
                    </em>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {selected.cell.comments ? (
            <p>{t('loop.values.comments', { count: selected.cell.comments })}</p>
          ) : null}
          <div className="field">
            <label htmlFor="cell-comment">{t('loop.values.comment')}</label>
            <textarea
              id="cell-comment"
              rows={2}
              value={text}
              onChange={(event) => {
                setText(event.target.value);
                setSent(false);
              }}
            />
          </div>
          <button
            type="button"
            className="button button--small"
            disabled={!text.trim()}
            onClick={send}
            data-testid="cell-comment-send"
          >
            {t('loop.values.send')}
          </button>
          {sent ? (
            <p className="ok-message" role="status">
              {t('loop.values.sent')}
            </p>
          ) : null}
          {error ? <ErrorPanel code={error.code} message={error.message} /> : null}
        </div>
      ) : null}
    </section>
  );
}
