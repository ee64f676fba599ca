// The period: every year, a range, or the last N years of each series.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface TimeSelection {
  start?: string;
  end?: string;
  last?: number;
}

type Mode = 'all' | 'range' | 'last';

function modeOf(selection: TimeSelection): Mode {
  if (selection.last) return 'last';
  if (selection.start || selection.end) return 'range';
  return 'all';
}

export function TimeFilter({
  selection,
  years,
  onChange,
}: {
  selection: TimeSelection;
  years: readonly string[];
  onChange: (selection: TimeSelection) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const mode = modeOf(selection);
  const first = years[0];
  const last = years[years.length - 1];

  function choose(next: Mode) {
    if (next === 'all') onChange({});
    if (next === 'range') onChange({ ...(first ? { start: first } : {}), ...(last ? { end: last } : {}) });
    if (next === 'last') onChange({ last: 5 });
  }

  return (
    <fieldset className="time-filter" data-testid="time-filter">
      <legend>{t('explore.time.title')}</legend>
      {(['all', 'range', 'last'] as const).map((option) => (
        <label key={option} className="radio-line">
          <input type="radio" name={`${id}-mode`} checked={mode === option} onChange={() => choose(option)} />
          {t(`explore.time.${option}`)}
        </label>
      ))}
      {mode === 'range' ? (
        <div className="time-filter__range">
          <label>
            {t('explore.time.from')}
            <input
              type="number"
              inputMode="numeric"
              min={1900}
              max={2100}
              value={selection.start ?? ''}
              onChange={(event) => onChange({ ...selection, start: event.target.value })}
            />
          </label>
          <label>
            {t('explore.time.to')}
            <input
              type="number"
              inputMode="numeric"
              min={1900}
              max={2100}
              value={selection.end ?? ''}
              onChange={(event) => onChange({ ...selection, end: event.target.value })}
            />
          </label>
        </div>
      ) : null}
      {mode === 'last' ? (
        <label className="time-filter__last">
          {t('explore.time.lastN')}
          <input
            type="number"
            inputMode="numeric"
            min={1}
            max={100}
            value={selection.last ?? 5}
            onChange={(event) => {
              const value = Number(event.target.value);
              if (Number.isInteger(value) && value > 0) onChange({ last: value });
            }}
          />
        </label>
      ) : null}
    </fieldset>
  );
}
