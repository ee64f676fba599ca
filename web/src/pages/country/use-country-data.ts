// Published data of one country, one table at a time, with the same request shape the
// explorer uses (so the profile's figures and the explorer's agree, and share the cache).
import { dataApiPath } from '../../api/data-query';
import type { DataResponse } from '../../api/types';
import { useApi } from '../../api/use-api';
import { useLang } from '../../i18n/use-lang';

export function useCountryData(table: string, iso3: string, filters: Record<string, string[]>) {
  const lang = useLang();
  return useApi<DataResponse>(dataApiPath({ table, filters: { REF_AREA: [iso3], ...filters } }, lang));
}
