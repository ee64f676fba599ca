// What a correspondent sends for a policy event, checked against the framework's POLICY_EVENT
// record: every problem is collected, then the input is refused once (POLICY_EVENT_INVALID, 422)
// with the list, so a form can mark every wrong field at the same time.
import { getCodelist, getTable, MEMBER_STATES, POLICY_EVENT_RECORD } from '../../framework/index.js';
import { LANGUAGES } from '../../framework/types.js';
import type { PolicyEventFields } from '../../store/repositories/policy-events.js';
import { WorkflowError } from '../workflow-error.js';
import { firstDayOf, isPolicyDate, lastDayOf } from './policy-dates.js';

export interface PolicyEventInput {
  country: string;
  type: string;
  date: string;
  endDate?: string | null | undefined;
  title: string;
  summary: string;
  lang: string;
  tables?: string[] | undefined;
  programme?: string | null | undefined;
  source: {
    publisher: string;
    title: string;
    date?: string | null | undefined;
    url?: string | null | undefined;
  };
}

export interface PolicyEventProblem {
  field: string;
  code: string;
  value?: string;
}

const LIMITS = new Map(POLICY_EVENT_RECORD.fields.map((f) => [f.id, f.maxLength ?? 10_000]));

function hasCode(codelist: string, id: string): boolean {
  return getCodelist(codelist)?.codes.some((c) => c.id === id) ?? false;
}

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

export function readPolicyEventInput(input: PolicyEventInput): PolicyEventFields {
  const problems: PolicyEventProblem[] = [];
  const text = (field: string, value: string | null | undefined, required: boolean): string | null => {
    const trimmed = (value ?? '').trim();
    if (!trimmed) {
      if (required) problems.push({ field, code: 'REQUIRED' });
      return null;
    }
    if (trimmed.length > (LIMITS.get(field) ?? 10_000)) problems.push({ field, code: 'TOO_LONG' });
    return trimmed;
  };
  const country = input.country.trim().toUpperCase();
  if (!MEMBER_STATES.includes(country))
    problems.push({ field: 'COUNTRY', code: 'UNKNOWN_CODE', value: input.country });
  const type = input.type.trim().toUpperCase();
  if (!hasCode('CL_POLICY_TYPE', type))
    problems.push({ field: 'TYPE', code: 'UNKNOWN_CODE', value: input.type });
  const date = input.date.trim();
  if (!isPolicyDate(date)) problems.push({ field: 'DATE', code: 'INVALID_DATE', value: input.date });
  const endDate = input.endDate?.trim() || null;
  if (endDate !== null) {
    if (!isPolicyDate(endDate)) problems.push({ field: 'END_DATE', code: 'INVALID_DATE', value: endDate });
    else if (isPolicyDate(date) && lastDayOf(endDate) < firstDayOf(date)) {
      problems.push({ field: 'END_DATE', code: 'BEFORE_START', value: endDate });
    }
  }
  const title = text('TITLE', input.title, true) ?? '';
  const summary = text('SUMMARY', input.summary, true) ?? '';
  const lang = input.lang.trim().toLowerCase();
  if (!(LANGUAGES as readonly string[]).includes(lang))
    problems.push({ field: 'LANGUAGE', code: 'UNKNOWN_CODE', value: input.lang });
  const tables = [...new Set((input.tables ?? []).map((t) => t.trim().toUpperCase()).filter(Boolean))];
  for (const table of tables) {
    if (!getTable(table)) problems.push({ field: 'TABLES', code: 'UNKNOWN_CODE', value: table });
  }
  const programme = input.programme?.trim() || null;
  if (programme !== null) {
    if (type !== 'REGULARISATION')
      problems.push({ field: 'PROGRAMME', code: 'ONLY_FOR_REGULARISATION', value: programme });
    else if (!hasCode('CL_REG_PROGRAMME', programme) || programme === '_T') {
      problems.push({ field: 'PROGRAMME', code: 'UNKNOWN_CODE', value: programme });
    }
    // The programme's rows are in MIG_REGULARISATION: the event affects that table.
    if (!tables.includes('MIG_REGULARISATION')) tables.push('MIG_REGULARISATION');
  }
  const publisher = text('SOURCE_PUBLISHER', input.source.publisher, true) ?? '';
  const sourceTitle = text('SOURCE_TITLE', input.source.title, true) ?? '';
  const sourceDate = input.source.date?.trim() || null;
  if (sourceDate !== null && !isPolicyDate(sourceDate)) {
    problems.push({ field: 'SOURCE_DATE', code: 'INVALID_DATE', value: sourceDate });
  }
  const url = text('SOURCE_URL', input.source.url, false);
  if (url !== null && !isWebAddress(url))
    problems.push({ field: 'SOURCE_URL', code: 'INVALID_URL', value: url });
  if (problems.length > 0) {
    throw new WorkflowError(
      'POLICY_EVENT_INVALID',
      422,
      { count: problems.length, fields: [...new Set(problems.map((p) => p.field))].join(', ') },
      { problems },
    );
  }
  return {
    country,
    type,
    date,
    endDate,
    startsOn: firstDayOf(date),
    endsOn: lastDayOf(endDate ?? date),
    title,
    summary,
    lang,
    tables,
    programme,
    source: { publisher, title: sourceTitle, date: sourceDate, url },
  };
}
