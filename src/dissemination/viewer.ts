// Who is reading decides what disclosure control hides: the public (and every API client)
// never sees a protected value; OAS staff see everything; a country's correspondents see
// their own countries' values unsuppressed, and other countries' as the public does.

export type Viewer =
  | { kind: 'public' }
  | { kind: 'staff' }
  | { kind: 'country'; countries: readonly string[] };

export const PUBLIC_VIEWER: Viewer = Object.freeze({ kind: 'public' });

/** True when `viewer` may see the unsuppressed values of `refArea`. */
export function canSeeUnsuppressed(viewer: Viewer, refArea: string): boolean {
  if (viewer.kind === 'staff') return true;
  if (viewer.kind === 'country') return viewer.countries.includes(refArea);
  return false;
}

export function isPublic(viewer: Viewer): boolean {
  return viewer.kind === 'public';
}

/** The viewer of an authenticated user, as the workflow's roles define it. */
export function viewerOfUser(
  user: { role: string; countries?: readonly string[] } | null | undefined,
): Viewer {
  if (!user) return PUBLIC_VIEWER;
  if (user.role === 'admin' || user.role === 'reviewer') return { kind: 'staff' };
  if (user.role === 'correspondent') return { kind: 'country', countries: [...(user.countries ?? [])] };
  return PUBLIC_VIEWER;
}
