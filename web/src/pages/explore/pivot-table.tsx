// The pivot table, laid out by the server (GET /api/data/:table/pivot). Only the rows in view
// are in the DOM (@tanstack/react-virtual) and only their windows are fetched, so a table of
// 200,000 cells scrolls as smoothly as one of 20; aria-rowcount and aria-rowindex tell
// assistive technology the real size. Each cell shows its value, its flags (status,
// confidentiality) as superscript letters, and a footnote number when it carries a note.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PivotCell, PivotResponse } from '../../api/types';
import type { FlagNames } from '../../components/use-flag-names';
import { formatNumber, MISSING_VALUE } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { spanHeaders } from './span-headers';
import type { PivotRows } from './use-pivot-rows';

const ROW_HEIGHT = 34;

export function formatObservationValue(value: number | null, lang: ReturnType<typeof useLang>): string {
  if (value === null) return MISSING_VALUE;
  return formatNumber(value, lang, Number.isInteger(value) ? 0 : 2);
}

function ObservationCell({
  cell,
  notes,
  statusNames,
}: {
  cell: PivotCell | null | undefined;
  notes: readonly string[];
  statusNames: FlagNames;
}) {
  const lang = useLang();
  const { t } = useTranslation();
  if (!cell) return <td className="numeric pivot__empty">{''}</td>;
  const status = cell.status && cell.status !== 'A' ? cell.status : '';
  const conf = cell.conf && cell.conf !== 'F' ? cell.conf : '';
  const flags = [status, conf].filter(Boolean);
  const noteText = cell.note ? notes[cell.note - 1] : undefined;
  const title = [
    status ? (statusNames.status.get(status) ?? status) : '',
    conf ? (statusNames.conf.get(conf) ?? conf) : '',
    noteText ?? '',
    cell.coverage ? t('explore.layout.coverage', cell.coverage) : '',
  ]
    .filter(Boolean)
    .join(' — ');
  return (
    <td className={cell.coverage ? 'numeric pivot__aggregate' : 'numeric'} title={title || undefined}>
      {formatObservationValue(cell.value, lang)}
      {flags.length > 0 ? <sup className="flag">{flags.join(' ')}</sup> : null}
      {cell.note ? (
        <sup className="note-ref">
          <a href={`#note-${cell.note}`}>[{cell.note}]</a>
        </sup>
      ) : null}
    </td>
  );
}

export function PivotTable({
  pivot,
  rows,
  caption,
  statusNames,
}: {
  pivot: PivotResponse;
  rows: PivotRows;
  caption: string;
  statusNames: FlagNames;
}) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLElement>(null);
  const labelOf = useMemo(
    () =>
      new Map(
        Object.entries(pivot.codes).map(([id, codes]) => [id, new Map(codes.map((c) => [c.id, c.name]))]),
      ),
    [pivot.codes],
  );
  const name = (dimension: string, code: string) => labelOf.get(dimension)?.get(code) ?? code;
  const virtualizer = useVirtualizer({
    count: pivot.rowCount,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 15,
  });
  const items = virtualizer.getVirtualItems();
  const firstShown = items[0]?.index ?? 0;
  const lastShown = items[items.length - 1]?.index ?? 0;
  const { showRange } = rows;
  useEffect(() => showRange(firstShown, lastShown), [showRange, firstShown, lastShown]);
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const headerLevels = Math.max(pivot.colDims.length, 1);
  const rowHeaderCount = pivot.rowDims.length;

  return (
    <section
      className="pivot-scroll"
      ref={scroller}
      aria-label={caption}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
      tabIndex={0}
      data-testid="pivot-table"
    >
      <table className="data-table pivot" aria-rowcount={pivot.rowCount + headerLevels}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          {pivot.colDims.length === 0 ? (
            <tr aria-rowindex={1}>
              {pivot.rowDims.map((d) => (
                <th key={d.id} scope="col">
                  {d.name}
                </th>
              ))}
              <th scope="col" className="numeric">
                {t('common.value')}
              </th>
            </tr>
          ) : (
            pivot.colDims.map((dimension, level) => (
              <tr key={dimension.id} aria-rowindex={level + 1}>
                {level === pivot.colDims.length - 1 ? (
                  pivot.rowDims.map((d) => (
                    <th key={d.id} scope="col">
                      {d.name}
                    </th>
                  ))
                ) : (
                  <th colSpan={rowHeaderCount} scope="col" className="pivot__level-name">
                    {dimension.name}
                  </th>
                )}
                {spanHeaders(pivot.colKeys, level).map((header, index) => (
                  <th
                    // biome-ignore lint/suspicious/noArrayIndexKey: headers repeat codes across groups
                    key={`${header.code}-${index}`}
                    scope="colgroup"
                    colSpan={header.span}
                    className="numeric"
                  >
                    {name(dimension.id, header.code)}
                  </th>
                ))}
              </tr>
            ))
          )}
        </thead>
        <tbody>
          {paddingTop > 0 ? (
            <tr className="pivot__spacer" style={{ height: paddingTop }}>
              <td colSpan={rowHeaderCount + pivot.colKeys.length} />
            </tr>
          ) : null}
          {items.map((item) => {
            const row = rows.rowAt(item.index);
            const previous = rows.rowAt(item.index - 1)?.key;
            if (!row) {
              return (
                <tr
                  key={item.key}
                  aria-rowindex={item.index + headerLevels + 1}
                  aria-busy="true"
                  style={{ height: ROW_HEIGHT }}
                >
                  <td colSpan={rowHeaderCount + pivot.colKeys.length} className="pivot__loading">
                    {t('explore.summary.loadingRows')}
                  </td>
                </tr>
              );
            }
            return (
              <tr key={item.key} aria-rowindex={item.index + headerLevels + 1} style={{ height: ROW_HEIGHT }}>
                {pivot.rowDims.map((dimension, level) => {
                  const code = row.key[level] ?? '';
                  const repeated =
                    previous !== undefined &&
                    previous.slice(0, level + 1).join() === row.key.slice(0, level + 1).join();
                  return (
                    <th key={dimension.id} scope="row" className={repeated ? 'pivot__repeat' : undefined}>
                      {name(dimension.id, code)}
                    </th>
                  );
                })}
                {pivot.colKeys.map((colKey, col) => (
                  <ObservationCell
                    key={colKey.join('|')}
                    cell={row.cells[col]}
                    notes={pivot.notes}
                    statusNames={statusNames}
                  />
                ))}
              </tr>
            );
          })}
          {paddingBottom > 0 ? (
            <tr className="pivot__spacer" style={{ height: paddingBottom }}>
              <td colSpan={rowHeaderCount + pivot.colKeys.length} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </section>
  );
}
