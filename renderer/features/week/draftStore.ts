// What the session panel's forms hold that is not saved yet (a typed move, staged room, consultant
// or interpreter), so closing the panel or opening another session can ask first instead of
// dropping it. Each form puts its draft while it differs from the session and drops it when saved,
// put back or unmounted.
import { useEffect } from 'react';
import { create } from 'zustand';
import type { SessionChange } from '../../../shared/api/contract';

export type DraftForm = 'move' | 'resources';

export interface Draft {
  sessionId: string;
  /** The version the form was filled on. */
  version: number;
  /** The change the form would send; null while its fields are not valid yet. */
  change: Omit<SessionChange, 'sessionId' | 'expectedVersion'> | null;
}

interface DraftState {
  drafts: Partial<Record<DraftForm, Draft>>;
  put(form: DraftForm, draft: Draft | null): void;
}

export const useDraftStore = create<DraftState>()((set) => ({
  drafts: {},
  put(form, draft) {
    set((s) => {
      const drafts = { ...s.drafts };
      if (draft) drafts[form] = draft;
      else delete drafts[form];
      return { drafts };
    });
  },
}));

/**
 * The unsaved drafts as one change (the forms edit different fields), or null when a form's
 * fields are not valid yet; with the oldest version a form was filled on.
 */
export function combinedDraft(drafts: Partial<Record<DraftForm, Draft>>): SessionChange | null {
  const all = Object.values(drafts);
  if (all.length === 0 || all.some((d) => d.change === null)) return null;
  return Object.assign({ sessionId: all[0]!.sessionId, expectedVersion: Math.min(...all.map((d) => d.version)) }, ...all.map((d) => d.change));
}

/** Keeps a form's draft in the store while it has one; dropped when the form goes. */
export function useDraft(form: DraftForm, draft: Draft | null): void {
  const key = draft ? JSON.stringify(draft) : null;
  useEffect(() => {
    useDraftStore.getState().put(form, key ? (JSON.parse(key) as Draft) : null);
  }, [form, key]);
  useEffect(() => () => useDraftStore.getState().put(form, null), [form]);
}
