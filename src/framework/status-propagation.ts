// FRAMEWORK §7 as amended by §9: a derived value (an indicator, a share, a change, a regional
// aggregate) inherits the gravest status of its inputs, in the order D > U > E > P > B — a
// different definition outweighs low reliability, which outweighs an estimate, a provisional
// figure and a break — and also carries every flag of its inputs, so that E and D are both
// shown when both apply. Other statuses (A, F, I and the empty-value codes) do not propagate.

/** Statuses a derived value inherits, gravest first. */
export const PROPAGATED_STATUSES = ['D', 'U', 'E', 'P', 'B'] as const;

/** Statuses under which a change may not be told with a direction word (§7). */
export const UNDIRECTED_STATUSES: ReadonlySet<string> = new Set(['D', 'U', 'E', 'P']);

const GRAVITY = new Map<string, number>(
  PROPAGATED_STATUSES.map((s, i) => [s, PROPAGATED_STATUSES.length - i]),
);

export interface PropagatedStatus {
  /** The gravest propagated status of the inputs, or A. */
  status: string;
  /** Every propagated status among the inputs, gravest first. */
  flags: string[];
}

export function propagateStatus(statuses: Iterable<string>): PropagatedStatus {
  const found = new Set<string>();
  for (const status of statuses) if (GRAVITY.has(status)) found.add(status);
  const flags = PROPAGATED_STATUSES.filter((s) => found.has(s));
  return { status: flags[0] ?? 'A', flags };
}

/** The gravest propagated status of the inputs, or A. */
export function worstStatus(statuses: Iterable<string>): string {
  return propagateStatus(statuses).status;
}
