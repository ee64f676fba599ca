// A policy event is dated as precisely as its source allows: a year, a month or a day. Filters
// and pins compare whole days, so each date is widened: its first day when an event begins, its
// last day when it ends (2021 → 2021-01-01 … 2021-12-31). Text comparison then orders them.
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for YYYY, YYYY-MM or YYYY-MM-DD naming a real calendar day/month (years 1900–2100). */
export function isPolicyDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  if (year < 1900 || year > 2100) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= daysIn(year, month);
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first day a (valid) policy date covers. */
export function firstDayOf(value: string): string {
  const [year, month = '01', day = '01'] = value.split('-');
  return `${year}-${month}-${day}`;
}

/** The last day a (valid) policy date covers. */
export function lastDayOf(value: string): string {
  const [year = '', month, day] = value.split('-');
  if (day) return value;
  if (month) return `${year}-${month}-${String(daysIn(Number(year), Number(month))).padStart(2, '0')}`;
  return `${year}-12-31`;
}
