import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { WorkflowError } from '../workflow-error.js';
import { listAllowedActions, planTransition } from './submission-states.js';

describe('submission state machine', () => {
  test('follows draft → submitted → (returned → submitted)* → accepted → published', () => {
    assert.equal(planTransition('submit', 'draft', 'correspondent'), 'submitted');
    assert.equal(planTransition('return', 'submitted', 'reviewer'), 'returned');
    assert.equal(planTransition('submit', 'returned', 'correspondent'), 'submitted');
    assert.equal(planTransition('accept', 'submitted', 'reviewer'), 'accepted');
    assert.equal(planTransition('publish', 'accepted', 'admin'), 'published');
    assert.equal(planTransition('withdraw', 'returned', 'correspondent'), 'withdrawn');
  });

  test('refuses a role with FORBIDDEN (403) and a status with TRANSITION_NOT_ALLOWED (409)', () => {
    assert.throws(
      () => planTransition('accept', 'submitted', 'correspondent'),
      (e: WorkflowError) => e.code === 'FORBIDDEN' && e.status === 403,
    );
    assert.throws(
      () => planTransition('withdraw', 'submitted', 'correspondent'),
      (e: WorkflowError) => e.code === 'TRANSITION_NOT_ALLOWED' && e.status === 409,
    );
    assert.throws(() => planTransition('publish', 'submitted', 'reviewer'), WorkflowError);
  });

  test('lists the actions a role may take now', () => {
    assert.deepEqual(listAllowedActions('draft', 'correspondent'), ['submit', 'withdraw']);
    assert.deepEqual(listAllowedActions('submitted', 'reviewer'), ['return', 'accept']);
    assert.deepEqual(listAllowedActions('published', 'admin'), []);
  });
});
