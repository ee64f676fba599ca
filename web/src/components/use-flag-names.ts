// Names of the observation flags in the reader's language, from the SDMX code lists
// CL_OBS_STATUS (E estimated, P provisional, B break…) and CL_CONF_STATUS (C confidential…).
// Kept apart because the two lists share letters (F is "forecast" in one, "free" in the other).
import { useMemo } from 'react';
import type { CodelistDescription } from '../api/types';
import { useApi } from '../api/use-api';
import type { Lang } from '../i18n/languages';

export interface FlagNames {
  status: ReadonlyMap<string, string>;
  conf: ReadonlyMap<string, string>;
}

export function useFlagNames(lang: Lang): FlagNames {
  const status = useApi<{ codelist: CodelistDescription }>(`/api/codelists/CL_OBS_STATUS?lang=${lang}`);
  const conf = useApi<{ codelist: CodelistDescription }>(`/api/codelists/CL_CONF_STATUS?lang=${lang}`);
  return useMemo(
    () => ({
      status: new Map(status.state === 'ok' ? status.data.codelist.codes.map((c) => [c.id, c.name]) : []),
      conf: new Map(conf.state === 'ok' ? conf.data.codelist.codes.map((c) => [c.id, c.name]) : []),
    }),
    [status, conf],
  );
}
