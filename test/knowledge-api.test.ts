import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startWorkflowApp, type WorkflowApp } from './support/workflow-app.js';

describe('knowledge space discussions (HTTP)', () => {
  let w: WorkflowApp;

  before(async () => {
    w = await startWorkflowApp();
  });
  after(async () => {
    await w.close();
  });

  test('the public reads threads but cannot post; a session must send its CSRF token', async () => {
    assert.deepEqual((await w.anonymous.get('/api/knowledge/threads')).json(), { threads: [] });
    const anonymous = await w.anonymous.post('/api/knowledge/threads', {
      topic: 'censuses',
      title: 'Hello',
      text: 'x',
    });
    assert.equal(anonymous.statusCode, 401);
    const chl = await w.as('chl');
    const withoutToken = await w.app.inject({
      method: 'POST',
      url: '/api/knowledge/threads',
      headers: { cookie: chl.headers.cookie ?? '' },
      payload: { topic: 'censuses', title: 'Hello there', text: 'x' },
    });
    assert.equal(withoutToken.statusCode, 403);
  });

  test('a correspondent starts a thread, a reviewer replies, and readers see names and roles, never emails', async () => {
    const chl = await w.as('chl');
    const created = await chl.post('/api/knowledge/threads', {
      topic: 'censuses',
      title: 'Census 2024: foreign-born by year of arrival',
      text: 'How do other countries report the year of arrival?',
    });
    assert.equal(created.statusCode, 201, created.body);
    const id = created.json().thread.id as number;
    const reviewer = await w.as('reviewer');
    assert.equal(
      (await reviewer.post(`/api/knowledge/threads/${id}/posts`, { text: 'See the note on sources.' }))
        .statusCode,
      201,
    );

    const list = (await w.anonymous.get('/api/knowledge/threads?topic=censuses')).json().threads;
    assert.equal(list.length, 1);
    assert.equal(list[0].posts, 2);
    const thread = (await w.anonymous.get(`/api/knowledge/threads/${id}`)).json();
    assert.deepEqual(
      thread.posts.map((p: { author: { role: string; countries: string[] } }) => [
        p.author.role,
        p.author.countries,
      ]),
      [
        ['correspondent', ['CHL']],
        ['reviewer', []],
      ],
    );
    assert.doesNotMatch(JSON.stringify(thread), /@demo\.sicremi\.org/);
  });

  test('an admin hides a post: the public no longer sees it, the admin still does, and the audit log says who and why', async () => {
    const threads = (await w.anonymous.get('/api/knowledge/threads')).json().threads;
    const id = threads[0].id as number;
    const post = (await w.anonymous.get(`/api/knowledge/threads/${id}`)).json().posts[1];
    const chl = await w.as('chl');
    assert.equal((await chl.post(`/api/knowledge/posts/${post.id}/hide`, {})).statusCode, 403);
    const admin = await w.as('admin');
    assert.equal(
      (await admin.post(`/api/knowledge/posts/${post.id}/hide`, { reason: 'off topic' })).statusCode,
      200,
    );
    assert.equal((await w.anonymous.get(`/api/knowledge/threads/${id}`)).json().posts.length, 1);
    const seenByAdmin = (await admin.get(`/api/knowledge/threads/${id}`)).json().posts;
    assert.equal(seenByAdmin.length, 2);
    assert.equal(seenByAdmin[1].hidden, true);
    const entries = (await admin.get('/api/audit')).json().entries as { action: string; details: unknown }[];
    const hide = entries.find((e) => e.action === 'knowledge.post.hide');
    assert.deepEqual(hide?.details, { reason: 'off topic' });
    assert.equal((await w.anonymous.get('/api/knowledge/threads/999')).statusCode, 404);
  });
});
