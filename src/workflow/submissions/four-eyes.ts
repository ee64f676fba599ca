// Four eyes (issue 17): where a round asks for it (`rounds.four_eyes`, on for rounds created
// since) — or, outside any round, where SICREMI_FOUR_EYES is on — the reviewer who accepted a
// submission may not also publish it. Admins are held to the same rule: it is about people.
import type { Kysely } from 'kysely';
import type { SubmissionRow } from '../../store/repositories/submission-records.js';
import type { Database } from '../../store/schema.js';
import type { Actor } from '../roles.js';

export interface FourEyesState {
  /** Whether this submission needs a publisher other than the reviewer who accepted it. */
  required: boolean;
  /** Who accepted it last (null when it has not been accepted). */
  acceptedBy: number | null;
}

export async function readFourEyes(
  db: Kysely<Database>,
  submission: Pick<SubmissionRow, 'id' | 'round_id'>,
  outsideRounds: boolean,
): Promise<FourEyesState> {
  let required = outsideRounds;
  if (submission.round_id !== null) {
    const round = await db
      .selectFrom('rounds')
      .select('four_eyes')
      .where('id', '=', submission.round_id)
      .executeTakeFirst();
    required = round ? Number(round.four_eyes) === 1 : outsideRounds;
  }
  const accepted = await db
    .selectFrom('submission_events')
    .select('actor_id')
    .where('submission_id', '=', submission.id)
    .where('action', '=', 'accept')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return { required, acceptedBy: accepted?.actor_id ?? null };
}

/** Whether this actor may not publish because they accepted it themselves. */
export function blocksPublisher(state: FourEyesState, actor: Pick<Actor, 'id'>): boolean {
  return state.required && state.acceptedBy !== null && state.acceptedBy === actor.id;
}
