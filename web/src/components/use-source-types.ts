// The names of the kinds of source (CL_SOURCE_TYPE, FRAMEWORK §5) in the reader's language.
import { useApi } from '../api/use-api';
import { useLang } from '../i18n/use-lang';

export function useSourceTypes(): { id: string; name: string }[] {
  const lang = useLang();
  const result = useApi<{ codelist: { codes: { id: string; name: string }[] } }>(
    `/api/codelists/CL_SOURCE_TYPE?lang=${lang}`,
  );
  return result.state === 'ok' ? result.data.codelist.codes : [];
}
