// The filters of a table: one per coded dimension, with the codes of its code list (member
// states only for the reporting country), regional groupings as shortcuts for country
// dimensions, then the period and the release.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodelistDescription, DimensionDetail, GroupingEntry, MemberState } from '../../api/types';
import { useApi } from '../../api/use-api';
import type { ChecklistShortcut } from '../../components/code-checklist';
import { LoadingPanel } from '../../components/status-panel';
import { useLang } from '../../i18n/use-lang';
import { DimensionFilter } from './dimension-filter';

const AREA_LIST = 'CL_AREA';

function useGroupingShortcuts(): ChecklistShortcut[] {
  const lang = useLang();
  const groupings = useApi<{ groupings: GroupingEntry[] }>(`/api/framework/groupings?lang=${lang}`);
  return useMemo(
    () =>
      groupings.state === 'ok'
        ? groupings.data.groupings.map((g) => ({ id: g.id, label: g.name, codes: g.members }))
        : [],
    [groupings],
  );
}

export function DimensionFilterLoader({
  dimension,
  selected,
  onChange,
}: {
  dimension: DimensionDetail;
  selected: readonly string[];
  onChange: (codes: string[]) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const isReportingCountry = dimension.id === 'REF_AREA';
  const list = useApi<{ codelist: CodelistDescription }>(
    dimension.codelist && !isReportingCountry ? `/api/codelists/${dimension.codelist}?lang=${lang}` : null,
  );
  const members = useApi<{ members: MemberState[] }>(
    isReportingCountry ? `/api/framework/members?lang=${lang}` : null,
  );
  const groupings = useGroupingShortcuts();
  const shortcuts = dimension.codelist === AREA_LIST ? groupings : [];
  const codes = useMemo(() => {
    if (isReportingCountry) {
      return members.state === 'ok'
        ? [...members.data.members]
            .sort((a, b) => a.name.localeCompare(b.name))
            .map((m) => ({ id: m.iso3, name: m.name }))
        : [];
    }
    return list.state === 'ok' ? list.data.codelist.codes : [];
  }, [isReportingCountry, members, list]);

  if (codes.length === 0) {
    const failed = (isReportingCountry ? members : list).state;
    return failed === 'loading' ? (
      <LoadingPanel label={dimension.name} />
    ) : (
      <p className="hint">{t('explore.filters.noCodes', { dimension: dimension.name })}</p>
    );
  }
  return (
    <DimensionFilter
      dimensionId={dimension.id}
      name={dimension.name}
      codes={codes}
      selected={selected}
      shortcuts={shortcuts}
      onChange={onChange}
    />
  );
}
