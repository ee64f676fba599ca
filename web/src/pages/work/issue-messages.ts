// Issue messages rendered in the reader's language from the rule's template and the issue's
// params (the same templates the server uses), so a report reads in EN/ES/FR/PT whatever the
// language it was uploaded in.
import { useMemo } from 'react';
import type { RuleEntry } from '../../api/types';
import { useApi } from '../../api/use-api';
import type { Lang } from '../../i18n/languages';
import type { ReportIssue } from './work-types';

export type RuleBook = ReadonlyMap<string, RuleEntry>;

export function useRuleBook(lang: Lang): RuleBook {
  const rules = useApi<{ rules: RuleEntry[] }>(`/api/framework/rules?lang=${lang}`);
  return useMemo(
    () => new Map(rules.state === 'ok' ? rules.data.rules.map((r) => [r.code, r]) : []),
    [rules],
  );
}

export function renderIssueMessage(issue: ReportIssue, rules: RuleBook): string {
  // The server renders messages in the reader's language, codes named in words; the template
  // is the fallback for an issue that came without one.
  if (issue.message) return issue.message;
  const template = rules.get(issue.code)?.message;
  if (!template) return issue.message ?? issue.code;
  const values: Record<string, unknown> = {
    row: issue.row ?? '',
    column: issue.column ?? '',
    value: issue.value ?? '',
    ...issue.params,
  };
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    const value = values[slot];
    if (Array.isArray(value)) return value.join(', ');
    return value === undefined || value === null || value === '' ? '—' : String(value);
  });
}

/** A cell key as text ("CHL.VEN.F._T.2023"), whatever form the API sent. */
export function formatKey(key: ReportIssue['key']): string {
  if (!key) return '';
  return typeof key === 'string' ? key : Object.values(key).join('.');
}
