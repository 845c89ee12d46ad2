import { describe, expect, it } from 'vitest';
import { combinedDraft } from './draftStore';

describe('unsaved drafts of the session panel', () => {
  it('are one change with the oldest version a form was filled on', () => {
    expect(combinedDraft({})).toBeNull();
    expect(
      combinedDraft({
        move: { sessionId: 'S1', version: 4, change: { start: '2026-11-24T10:00', end: '2026-11-24T12:00' } },
        resources: { sessionId: 'S1', version: 3, change: { roomId: 'R-2', interpreterId: null } },
      }),
    ).toEqual({ sessionId: 'S1', expectedVersion: 3, start: '2026-11-24T10:00', end: '2026-11-24T12:00', roomId: 'R-2', interpreterId: null });
  });

  it('cannot be saved while a form holds fields that are not valid yet', () => {
    expect(combinedDraft({ move: { sessionId: 'S1', version: 4, change: null }, resources: { sessionId: 'S1', version: 4, change: { roomId: 'R-2' } } })).toBeNull();
  });
});
