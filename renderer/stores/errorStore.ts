import { create } from 'zustand';
import { ApiError } from '../../shared/api/errors';
import { renderMsg, type Msg } from '../../shared/messages';
import { useLangStore } from '../i18n/langStore';
import { translate, type MessageKey } from '../i18n/translate';
import type { Said } from '../i18n/said';

/** Which part of the app failed; a later success there clears its message. */
export type ErrorSource = 'app' | 'week' | 'participants' | 'requests';

export interface ShownError {
  id: number;
  source: ErrorSource;
  /** Dutch message from the ApiError, or null for an unexpected failure (the banner translates). */
  message: string | null;
  /** The same as data: the banner writes it in the language chosen when it is shown. */
  msg?: Msg;
  /** Refused because someone else changed it first ('stale'): shown as a calm notice, not as a failure. */
  stale?: boolean;
}

interface ErrorState {
  errors: ShownError[];
  report(err: unknown, source: ErrorSource): void;
  resolved(source: ErrorSource): void;
  dismiss(id: number): void;
  clear(): void;
}

let nextId = 1;

/**
 * The text the user should read for a failure, or null when only a generic sentence fits: a
 * refusal that carries its message as data is written in the chosen language, else its Dutch.
 */
export function messageOf(err: unknown): string | null {
  if (err instanceof ApiError) return err.msg ? renderMsg(err.msg, useLangStore.getState().lang) : err.message;
  return null;
}

/**
 * What to tell the user about a failure, kept as data so that it is written in the language
 * chosen when it is shown: its own message, its Dutch text when it has none, else this sentence.
 */
export function saidOf(err: unknown, fallback: MessageKey = 'error.unexpected'): Said {
  if (err instanceof ApiError) return err.msg ? { msg: err.msg } : { text: err.message };
  return { key: fallback };
}

/** What to tell the user about a failure: its own message, else this sentence, in the chosen language. */
export function failureText(err: unknown, fallback: MessageKey = 'error.unexpected'): string {
  return messageOf(err) ?? translate(useLangStore.getState().lang, fallback);
}

export const useErrorStore = create<ErrorState>()((set) => ({
  errors: [],
  report(err, source) {
    // Kept as data: a message on screen follows a later change of language.
    const msg = err instanceof ApiError ? err.msg : undefined;
    const message = msg ? renderMsg(msg, 'nl') : messageOf(err);
    const stale = err instanceof ApiError && err.code === 'stale';
    set((s) => {
      // The same failure repeated (e.g. the server is down while paging weeks) shows once.
      if (s.errors.some((e) => e.message === message && e.source === source)) return s;
      return { errors: [...s.errors, { id: nextId++, source, message, ...(msg ? { msg } : {}), ...(stale ? { stale } : {}) }].slice(-3) };
    });
  },
  resolved(source) {
    set((s) => (s.errors.some((e) => e.source === source) ? { errors: s.errors.filter((e) => e.source !== source) } : s));
  },
  dismiss(id) {
    set((s) => ({ errors: s.errors.filter((e) => e.id !== id) }));
  },
  clear() {
    set({ errors: [] });
  },
}));
