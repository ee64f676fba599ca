// The pivot table. Only the rows in view are in the DOM (@tanstack/react-virtual), so tens of
// thousands of rows scroll smoothly; aria-rowcount and aria-rowindex tell assistive technology
// the real size. Each cell shows its value, its flags (status, confidentiality) as superscript
// letters, and a footnote number when it carries a note.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataObservation } from '../../api/types';
import type { FlagNames } from '../../components/use-flag-names';
import { formatNumber, MISSING_VALUE } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { type Pivot, spanHeaders } from './build-pivot';

const ROW_HEIGHT = 34;

export function formatObservationValue(value: number | null, lang: ReturnType<typeof useLang>): string {
  if (value === null) return MISSING_VALUE;
  return formatNumber(value, lang, Number.isInteger(value) ? 0 : 2);
}

function ObservationCell({
  observation,
  pivot,
  statusNames,
}: {
  observation: DataObservation | undefined;
  pivot: Pivot;
  statusNames: FlagNames;
}) {
  const lang = useLang();
  if (!observation) return <td className="numeric pivot__empty">{''}</td>;
  const status = observation.status && observation.status !== 'A' ? observation.status : '';
  const conf = observation.conf && observation.conf !== 'F' ? observation.conf : '';
  const flags = [status, conf].filter(Boolean);
  const note = observation.note ? pivot.notes.get(observation.note) : undefined;
  const title = [
    status ? (statusNames.status.get(status) ?? status) : '',
    conf ? (statusNames.conf.get(conf) ?? conf) : '',
    observation.note ?? '',
  ]
    .filter(Boolean)
    .join(' — ');
  return (
    <td className="numeric" title={title || undefined}>
      {formatObservationValue(observation.value, lang)}
      {flags.length > 0 ? <sup className="flag">{flags.join(' ')}</sup> : null}
      {note ? (
        <sup className="note-ref">
          <a href={`#note-${note}`}>[{note}]</a>
        </sup>
      ) : null}
    </td>
  );
}

export function PivotTable({
  pivot,
  caption,
  statusNames,
}: {
  pivot: Pivot;
  caption: string;
  statusNames: FlagNames;
}) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLElement>(null);
  const virtualizer = useVirtualizer({
    count: pivot.rowKeys.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 15,
  });
  const items = virtualizer.getVirtualItems();
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
      <table className="data-table pivot" aria-rowcount={pivot.rowKeys.length + headerLevels}>
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
                    {dimension.labelOf.get(header.code) ?? header.code}
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
            const rowKey = pivot.rowKeys[item.index] ?? [];
            const previous = pivot.rowKeys[item.index - 1];
            return (
              <tr key={item.key} aria-rowindex={item.index + headerLevels + 1} style={{ height: ROW_HEIGHT }}>
                {pivot.rowDims.map((dimension, level) => {
                  const code = rowKey[level] ?? '';
                  const repeated =
                    previous !== undefined &&
                    previous.slice(0, level + 1).join() === rowKey.slice(0, level + 1).join();
                  return (
                    <th key={dimension.id} scope="row" className={repeated ? 'pivot__repeat' : undefined}>
                      {dimension.labelOf.get(code) ?? code}
                    </th>
                  );
                })}
                {pivot.colKeys.map((colKey, col) => (
                  <ObservationCell
                    key={colKey.join('|')}
                    observation={pivot.cell(item.index, col)}
                    pivot={pivot}
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
