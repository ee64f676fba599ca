// An indicator inherits the worst status of its inputs (FRAMEWORK §7): low reliability (U),
// estimated (E), provisional (P) and break in series (B) propagate, in that order of gravity;
// any other input status leaves the indicator normal (A).
const GRAVITY: Record<string, number> = { U: 4, E: 3, P: 2, B: 1 };

export function worstStatus(statuses: Iterable<string>): string {
  let worst = 'A';
  for (const status of statuses) if ((GRAVITY[status] ?? 0) > (GRAVITY[worst] ?? 0)) worst = status;
  return worst;
}
