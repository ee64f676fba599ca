// The published figures the home page summarises: the latest totals of four tables and the
// population they are shared against. Each request may be unavailable while the dissemination
// API is not deployed; the page then says "no data yet" for that part only.
import { dataApiPath } from '../../api/data-query';
import type { DataResponse, MemberState } from '../../api/types';
import { useApi } from '../../api/use-api';
import type { Lang } from '../../i18n/languages';

export const STOCK_TOTAL = { COUNTRY_OF_BIRTH: ['_T'], SEX: ['_T'], AGE: ['_T'] };
export const INFLOW_TOTAL = { CITIZENSHIP: ['_T'], SEX: ['_T'], MIG_CATEGORY: ['_T'] };
export const ASYLUM_NEW = { CITIZENSHIP: ['_T'], SEX: ['_T'], ASYLUM_STAGE: ['NEW_APP'] };
export const POPULATION = { COMPONENT: ['POP'] };

export function useHomeData(lang: Lang) {
  const members = useApi<{ members: MemberState[] }>(`/api/framework/members?lang=${lang}`);
  const stock = useApi<DataResponse>(dataApiPath({ table: 'MIG_STOCK_FB', filters: STOCK_TOTAL }, lang));
  const population = useApi<DataResponse>(dataApiPath({ table: 'POP_CONTEXT', filters: POPULATION }, lang));
  const inflows = useApi<DataResponse>(
    dataApiPath({ table: 'MIG_INFLOW_PERM', filters: INFLOW_TOTAL, lastNPeriods: 1 }, lang),
  );
  const asylum = useApi<DataResponse>(
    dataApiPath({ table: 'MIG_ASYLUM', filters: ASYLUM_NEW, lastNPeriods: 1 }, lang),
  );
  return { members, stock, population, inflows, asylum };
}
