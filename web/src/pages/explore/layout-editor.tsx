// Arranges the pivot: dimensions are dragged between "Rows" and "Columns", or moved with the
// buttons on each chip (the keyboard way, announced by their labels).
import { type DragEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

type Zone = 'rows' | 'cols';

export function LayoutEditor({
  rows,
  cols,
  names,
  onChange,
}: {
  rows: readonly string[];
  cols: readonly string[];
  names: ReadonlyMap<string, string>;
  onChange: (rows: string[], cols: string[]) => void;
}) {
  const { t } = useTranslation();
  const [dragged, setDragged] = useState<string | null>(null);

  function move(id: string, to: Zone, index?: number) {
    const nextRows = rows.filter((d) => d !== id);
    const nextCols = cols.filter((d) => d !== id);
    const target = to === 'rows' ? nextRows : nextCols;
    target.splice(index ?? target.length, 0, id);
    onChange(nextRows, nextCols);
  }

  function shift(id: string, zone: Zone, delta: number) {
    const list = [...(zone === 'rows' ? rows : cols)];
    const from = list.indexOf(id);
    const to = from + delta;
    if (to < 0 || to >= list.length) return;
    list.splice(from, 1);
    list.splice(to, 0, id);
    onChange(zone === 'rows' ? list : [...rows], zone === 'cols' ? list : [...cols]);
  }

  function drop(event: DragEvent, zone: Zone) {
    event.preventDefault();
    const id = event.dataTransfer.getData('text/plain') || dragged;
    if (id) move(id, zone);
    setDragged(null);
  }

  const renderZone = (zone: Zone, list: readonly string[]) => (
    // Dropping is a pointer convenience; the chips' buttons do the same from the keyboard.
    // biome-ignore lint/a11y/noStaticElementInteractions: drop target with a keyboard alternative
    <div
      className={`layout-zone${dragged ? ' is-drop-target' : ''}`}
      onDragOver={(event) => event.preventDefault()}
      onDrop={(event) => drop(event, zone)}
      data-testid={`layout-${zone}`}
    >
      <h4>{zone === 'rows' ? t('explore.layout.rows') : t('explore.layout.cols')}</h4>
      <ul>
        {list.map((id, index) => (
          <li
            key={id}
            draggable
            onDragStart={(event) => {
              event.dataTransfer.setData('text/plain', id);
              setDragged(id);
            }}
            onDragEnd={() => setDragged(null)}
            className="layout-chip"
          >
            <span className="layout-chip__grip" aria-hidden="true">
              ⠿
            </span>
            <span>{names.get(id) ?? id}</span>
            <span className="layout-chip__buttons">
              {index > 0 ? (
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('explore.layout.earlier', { dimension: names.get(id) ?? id })}
                  onClick={() => shift(id, zone, -1)}
                >
                  ↑
                </button>
              ) : null}
              <button
                type="button"
                className="icon-button"
                aria-label={
                  zone === 'rows'
                    ? t('explore.layout.toCols', { dimension: names.get(id) ?? id })
                    : t('explore.layout.toRows', { dimension: names.get(id) ?? id })
                }
                onClick={() => move(id, zone === 'rows' ? 'cols' : 'rows')}
              >
                {zone === 'rows' ? '→' : '←'}
              </button>
            </span>
          </li>
        ))}
        {list.length === 0 ? <li className="hint">{t('explore.layout.empty')}</li> : null}
      </ul>
    </div>
  );

  return (
    <section className="layout-editor" aria-label={t('explore.layout.title')}>
      <p className="hint">{t('explore.layout.hint')}</p>
      <div className="layout-editor__zones">
        {renderZone('rows', rows)}
        {renderZone('cols', cols)}
      </div>
    </section>
  );
}
