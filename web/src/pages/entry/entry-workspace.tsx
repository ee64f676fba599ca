// The grid with what surrounds it: the slice selectors, rows and years added on demand, the save
// state, the active cell's status and note, the issue list, and the submission of the draft.
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { sendJson } from '../../api/session';
import { formatDateTime } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { LocalLink, localizePath } from '../../layout/local-link';
import { AddRow } from './add-row';
import { CellPanel } from './cell-panel';
import { cellId, EntryGrid, type GridPosition } from './entry-grid';
import type { CellContent, EntryGridResponse, GridIssue, SubmitResponse } from './entry-types';
import { buildGridModel, defaultSliceCode, describeGridKey, type GridView, sliceOfKey } from './grid-model';
import { IssueList } from './issue-list';
import { SaveStatus } from './save-status';
import { useEntryDraft } from './use-entry-draft';

export function EntryWorkspace({ grid, path }: { grid: EntryGridResponse; path: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const draft = useEntryDraft(grid, path);
  const dimensions = grid.table.dimensions;
  const { layout } = grid;
  const [view, setView] = useState<GridView>(() => ({
    slice: Object.fromEntries(layout.slices.map((s) => [s.id, defaultSliceCode(s)])),
    addedRows: [],
    addedYears: [],
  }));
  const [active, setActive] = useState<GridPosition>({ row: 0, column: 0 });
  const [focusToken, setFocusToken] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const noteRef = useRef<HTMLTextAreaElement>(null);

  const model = buildGridModel(grid, dimensions, draft.keys(), view);
  const position = {
    row: Math.min(active.row, model.rows.length - 1),
    column: Math.min(active.column, model.columns.length - 1),
  };
  const activeKey = model.keyOf(position.row, position.column);
  const issuesByKey = useMemo(() => {
    const map = new Map<string, GridIssue[]>();
    for (const issue of draft.issues)
      if (issue.key) map.set(issue.key, [...(map.get(issue.key) ?? []), issue]);
    return map;
  }, [draft.issues]);

  const focusCell = useCallback((at: GridPosition) => {
    setActive(at);
    setFocusToken((n) => n + 1);
  }, []);

  const jumpTo = (key: string) => {
    const next: GridView = {
      ...view,
      slice: { ...view.slice, ...sliceOfKey(key, dimensions, layout.slices) },
    };
    const rowCode = key.split('.')[dimensions.indexOf(layout.rows.id)] ?? '';
    if (!next.addedRows.includes(rowCode)) next.addedRows = [...next.addedRows, rowCode];
    const at = buildGridModel(grid, dimensions, draft.keys(), next).positionOf(key);
    setView(next);
    if (at) focusCell(at);
  };

  const nextYear = String(Math.max(...model.columns.map((c) => Number(c.codes[0]?.id) || 0)) + 1);
  const shownRows = new Set(model.rows.map((r) => r.id));

  const submit = async () => {
    setSubmitError(null);
    setSubmitting(true);
    const flushed = await draft.flush();
    if (!flushed) {
      setSubmitting(false);
      setSubmitError(t('entry.submit.unsent'));
      return;
    }
    const result = await sendJson<SubmitResponse>('POST', `${path}/submit?lang=${lang}`);
    setSubmitting(false);
    if (result.state === 'ok') {
      navigate(localizePath(`/workspace/submissions/${result.data.id}`, lang));
      return;
    }
    setSubmitError(result.state === 'error' ? result.message || result.code : t('entry.submit.failed'));
  };

  const changeActive = (content: CellContent) => draft.write([{ key: activeKey, content }]);
  const canSubmit = grid.canEdit && draft.hasDraft && draft.summary.errors === 0 && !submitting;

  return (
    <>
      <p className="breadcrumb">
        <LocalLink to="/workspace">{t('nav.workspace')}</LocalLink>
      </p>
      <header className="entry-header">
        <div>
          <h1 id="entry-title">
            {grid.table.name} — {grid.country}
          </h1>
          <p className="hint">
            {grid.canEdit ? t('entry.intro') : t('entry.readOnly')}{' '}
            {grid.draft ? t('entry.draftSince', { date: formatDateTime(grid.draft.updatedAt, lang) }) : null}
          </p>
        </div>
        <div className="entry-header__actions">
          <SaveStatus state={draft.saveState} unsent={draft.unsent} refusal={draft.refusal} />
          {grid.canEdit ? (
            <button
              type="button"
              className="button button--primary"
              data-testid="entry-submit"
              disabled={!canSubmit}
              onClick={() => void submit()}
            >
              {t('entry.submit.button')}
            </button>
          ) : null}
        </div>
      </header>
      {submitError ? (
        <p className="notice entry-error" role="alert">
          {submitError}
        </p>
      ) : null}
      <div className="entry-toolbar">
        {layout.slices.map((slice) => (
          <label key={slice.id} className="entry-toolbar__field">
            {slice.name}
            <select
              value={view.slice[slice.id]}
              onChange={(event) =>
                setView({ ...view, slice: { ...view.slice, [slice.id]: event.target.value } })
              }
            >
              {slice.codes.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
        ))}
        {grid.canEdit ? (
          <>
            <AddRow
              axis={layout.rows}
              shown={shownRows}
              onAdd={(code) => {
                const next = shownRows.has(code.id)
                  ? view
                  : { ...view, addedRows: [...view.addedRows, code.id] };
                setView(next);
                const row = buildGridModel(grid, dimensions, draft.keys(), next).rows.findIndex(
                  (r) => r.id === code.id,
                );
                if (!shownRows.has(code.id)) setAnnouncement(t('entry.rowAdded', { row: code.label }));
                focusCell({ row, column: position.column });
              }}
            />
            <button
              type="button"
              className="button"
              data-testid="entry-add-year"
              onClick={() => {
                setView({ ...view, addedYears: [...view.addedYears, nextYear] });
                setAnnouncement(t('entry.yearAdded', { year: nextYear }));
              }}
            >
              {t('entry.addYear', { year: nextYear })}
            </button>
          </>
        ) : null}
      </div>
      <p id="entry-keys-help" className="hint entry-keys-help">
        {t('entry.keysHelp')}
      </p>
      <div className="entry-layout">
        <EntryGrid
          grid={grid}
          model={model}
          draft={draft}
          active={position}
          focusToken={focusToken}
          onActivate={setActive}
          onOpenNote={() => noteRef.current?.focus()}
          onAnnounce={setAnnouncement}
          issuesByKey={issuesByKey}
          lang={lang}
        />
        <aside className="entry-aside">
          <CellPanel
            ref={noteRef}
            title={describeGridKey(grid, dimensions, activeKey)}
            content={draft.read(activeKey)}
            issues={issuesByKey.get(activeKey) ?? []}
            editable={grid.canEdit}
            onChange={changeActive}
            onBack={() => document.getElementById(cellId(position.row, position.column))?.focus()}
          />
          <IssueList
            issues={draft.issues}
            warningGroups={draft.warningGroups}
            summary={draft.summary}
            describeKey={(key) => describeGridKey(grid, dimensions, key)}
            hasNote={(key) => Boolean(draft.read(key)?.note)}
            onJump={jumpTo}
          />
        </aside>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}
