// Errors in the renderer go to the log file in the data folder (app.logError): what the error
// boundary catches, and what escapes to the window (an error in an event handler, a promise
// nobody waited for). Only an error's message and stack are sent, never what is on screen or a
// refusal's text from the services (which may name a person).
import { create } from 'zustand';
import { ApiError } from '../../shared/api/errors';
import { LOG_ERROR_MAX } from '../../shared/api/log-limits';
import { call } from '../api/client';

/** Reports per page load at most: a screen that fails in a loop must not flood the log. */
export const MAX_REPORTS_PER_PAGE = 20;

export interface ErrorReport {
  message: string;
  stack?: string;
}

function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** The message and stack of anything thrown, within the contract's bounds. */
export function errorReport(err: unknown, componentStack?: string | null): ErrorReport {
  let message: string;
  let stack: string | undefined;
  if (err instanceof ApiError) {
    // A refusal's text is for the user and may name the person it is about: the log gets its
    // code and field only, and the stack without its first line (which repeats the text).
    message = `ApiError: ${err.code}${err.field ? ` (veld ${err.field})` : ''}`;
    stack = err.stack?.split('\n').slice(1).join('\n');
  } else if (err instanceof Error) {
    message = err.message ? `${err.name}: ${err.message}` : err.name;
    stack = err.stack;
  } else if (typeof err === 'string') {
    message = err;
  } else {
    message = `Niet-Error gegooid: ${String(err)}`;
  }
  // React tells which components were rendering: the most useful part for finding the screen.
  if (componentStack?.trim()) stack = `${stack ?? ''}\nIn onderdelen:${componentStack}`.trim();
  return {
    message: clip(message.trim() || 'Onbekende fout', LOG_ERROR_MAX.message),
    ...(stack ? { stack: clip(stack, LOG_ERROR_MAX.stack) } : {}),
  };
}

interface ErrorLogState {
  /** Reports sent since the page loaded. */
  sent: number;
  /** Sends an error to the log; never throws. Repeats of the same error and place are sent once. */
  logError(err: unknown, where: string, componentStack?: string | null): Promise<void>;
}

const seen = new Set<string>();

export const useErrorLogStore = create<ErrorLogState>()((set, get) => ({
  sent: 0,
  async logError(err, where, componentStack) {
    try {
      const report = errorReport(err, componentStack);
      const key = `${where}\n${report.message}`;
      if (seen.has(key) || get().sent >= MAX_REPORTS_PER_PAGE) return;
      seen.add(key);
      set((s) => ({ sent: s.sent + 1 }));
      await call('app.logError', { ...report, where: clip(where, LOG_ERROR_MAX.where) });
    } catch {
      // Logging must never become a second failure: no server, no log, nothing to show.
    }
  },
}));

/** For tests: forget what was sent. */
export function resetErrorLog(): void {
  seen.clear();
  useErrorLogStore.setState({ sent: 0 });
}

interface ErrorEventTarget {
  addEventListener(type: 'error' | 'unhandledrejection', listener: (event: Event) => void): void;
  removeEventListener(type: 'error' | 'unhandledrejection', listener: (event: Event) => void): void;
}

/**
 * Logs what no one caught: errors that reach the window (event handlers, timers) and rejected
 * promises nobody handled. Returns the function that stops it.
 */
export function startGlobalErrorLogging(target: ErrorEventTarget = window): () => void {
  const onError = (event: Event) => {
    const e = event as ErrorEvent;
    void useErrorLogStore.getState().logError(e.error ?? e.message ?? 'Onbekende fout in het venster', 'window.onerror');
  };
  const onRejection = (event: Event) => {
    void useErrorLogStore.getState().logError((event as PromiseRejectionEvent).reason, 'unhandledrejection');
  };
  target.addEventListener('error', onError);
  target.addEventListener('unhandledrejection', onRejection);
  return () => {
    target.removeEventListener('error', onError);
    target.removeEventListener('unhandledrejection', onRejection);
  };
}
