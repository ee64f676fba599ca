// The demo's current reporting round (issue 17): a newcomer signing in to the demo sees the
// loop in every state at once. Demo correspondents of three pilot countries have sent real
// figures through the real pipeline — each country's own series from the shipped demo data
// (UN DESA's International Migrant Stock 2020 for Chile and Argentina, IRCC's permanent
// residents for Canada) — and the demo reviewer has acted on them: Chile's is awaiting review,
// Argentina's was returned with a question, Canada's is accepted and waits for a second reviewer
// to publish (four eyes). Nothing is published: no figure is invented or attributed anew.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEMO_DATA_DIR, readDemoSources } from '../demo/read-demo-data.js';
import { insertRound } from '../store/repositories/rounds.js';
import { findUserByEmail } from '../store/repositories/users.js';
import type { Store } from '../store/store.js';
import { audit } from './audit-actor.js';
import type { Actor } from './roles.js';
import { addJustification } from './submissions/annotate-submission.js';
import { importWithIngest } from './submissions/ingest-importer.js';
import { getSubmissionDetail } from './submissions/submission-detail.js';
import { transitionSubmission } from './submissions/transition-submission.js';
import { uploadSubmission } from './submissions/upload-submission.js';

export const DEMO_ROUND_NAME = 'Demo round';

interface DemoSubmission {
  email: string;
  country: string;
  file: string;
  table: string;
  /** How far the demo takes it. */
  until: 'submitted' | 'returned' | 'accepted';
  message?: string;
}

const SUBMISSIONS: DemoSubmission[] = [
  {
    email: 'chl@demo.sicremi.org',
    country: 'CHL',
    file: 'mig-stock-fb-undesa-ims2020.csv',
    table: 'MIG_STOCK_FB',
    until: 'submitted',
  },
  {
    email: 'arg@demo.sicremi.org',
    country: 'ARG',
    file: 'mig-stock-fb-undesa-ims2020.csv',
    table: 'MIG_STOCK_FB',
    until: 'returned',
    message: 'Please confirm the 2020 total against the national estimate before we accept it.',
  },
  {
    email: 'can@demo.sicremi.org',
    country: 'CAN',
    file: 'mig-inflow-perm-ircc-canada.csv',
    table: 'MIG_INFLOW_PERM',
    until: 'accepted',
  },
];

const REVIEWER = 'reviewer@demo.sicremi.org';
const ADMIN = 'admin@demo.sicremi.org';

/**
 * Opens the demo round once, in a store with the demo accounts and no round yet; a store that
 * has any round is left alone. Returns whether it opened the round.
 */
export async function openDemoRound(store: Store, dataDir: string, now = new Date()): Promise<boolean> {
  if (await store.db.selectFrom('rounds').select('id').limit(1).executeTakeFirst()) return false;
  const actors = new Map<string, Actor>();
  for (const email of [REVIEWER, ADMIN, ...SUBMISSIONS.map((s) => s.email)]) {
    const user = await findUserByEmail(store.db, email);
    // Demo accounts exist, enabled, only on a trial machine (see demo-accounts.ts).
    if (!user || user.disabled) return false;
    actors.set(email, {
      id: user.id,
      email: user.email,
      role: user.role as Actor['role'],
      countries: user.countries,
    });
  }
  const admin = actors.get(ADMIN)!;
  const day = 86_400_000;
  await store.transaction(async (tx) => {
    const id = await insertRound(tx.db, {
      name: DEMO_ROUND_NAME,
      opensAt: new Date(now.getTime() - 30 * day).toISOString(),
      deadline: new Date(now.getTime() + 60 * day).toISOString(),
      tables: { I: ['MIG_STOCK_FB', 'MIG_INFLOW_PERM'] },
      reminderDays: 14,
      fourEyes: true,
      createdBy: admin.id,
    });
    await audit(tx.db, { actor: admin }, { action: 'round.create', entityType: 'round', entityId: id });
  });
  const sources = await readDemoSources();
  const directory = join(dataDir, 'tmp');
  await mkdir(directory, { recursive: true });
  for (const demo of SUBMISSIONS) {
    const correspondent = actors.get(demo.email)!;
    const reviewer = actors.get(REVIEWER)!;
    const lines = (await readFile(new URL(demo.file, DEMO_DATA_DIR), 'utf8')).split(/\r?\n/);
    const csv = [lines[0], ...lines.slice(1).filter((line) => line.startsWith(`${demo.country},`))].join(
      '\n',
    );
    const path = join(directory, `demo-${demo.country}-${demo.table}.csv`);
    await writeFile(path, csv);
    const source = sources.datasets.find((d) => d.file === demo.file)?.source;
    try {
      const uploaded = await uploadSubmission(
        store,
        importWithIngest,
        { actor: correspondent },
        {
          filePath: path,
          fileName: `${demo.country.toLowerCase()}-${demo.table.toLowerCase()}.csv`,
          mediaType: 'text/csv',
          table: demo.table,
          country: demo.country,
          dataDir,
          lang: 'en',
        },
      );
      const detail = await getSubmissionDetail(store.db, correspondent, uploaded.id);
      if ((detail.report as { summary?: { errors?: number } } | null)?.summary?.errors) continue;
      for (const warning of detail.warnings.filter((w) => !w.justification)) {
        await addJustification(store, { actor: correspondent }, uploaded.id, {
          row: warning.row,
          key: warning.key,
          text: `Figure as published in ${source?.edition ?? 'the source named in the file'}.`,
        });
      }
      const context = (actor: Actor) => ({ actor });
      await transitionSubmission(store, null, context(correspondent), uploaded.id, { action: 'submit' });
      if (demo.until === 'returned') {
        await transitionSubmission(store, null, context(reviewer), uploaded.id, {
          action: 'return',
          message: demo.message ?? null,
        });
      } else if (demo.until === 'accepted') {
        await transitionSubmission(store, null, context(reviewer), uploaded.id, { action: 'accept' });
      }
    } finally {
      await rm(path, { force: true });
    }
  }
  return true;
}
