// One dimension's filter, folded into a <details> whose summary says what is selected.
import { useTranslation } from 'react-i18next';
import { type ChecklistCode, type ChecklistShortcut, CodeChecklist } from '../../components/code-checklist';

export function DimensionFilter({
  dimensionId,
  name,
  codes,
  selected,
  shortcuts,
  onChange,
}: {
  dimensionId: string;
  name: string;
  codes: readonly ChecklistCode[];
  selected: readonly string[];
  shortcuts?: readonly ChecklistShortcut[];
  onChange: (codes: string[]) => void;
}) {
  const { t } = useTranslation();
  const names = new Map(codes.map((c) => [c.id, c.name]));
  const summary =
    selected.length === 0
      ? t('explore.filters.allSelected', { count: codes.length })
      : selected.length <= 2
        ? selected.map((id) => names.get(id) ?? id).join(', ')
        : t('explore.filters.someSelected', { count: selected.length });
  return (
    <details className="dimension-filter" data-testid={`filter-${dimensionId}`}>
      <summary>
        <span className="dimension-filter__name">{name}</span>
        <span className="dimension-filter__summary">{summary}</span>
      </summary>
      <CodeChecklist
        codes={codes}
        selected={selected}
        onChange={onChange}
        shortcuts={shortcuts ?? []}
        label={name}
      />
    </details>
  );
}
