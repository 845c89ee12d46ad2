// "Over Keten Planner": the version for everyone; the data folder, the log file and its last lines
// for the coordinator (app.log). Read afresh each time the panel opens.
import { create } from 'zustand';
import type { AppLog } from '../../shared/api/contract';
import { call } from '../api/client';
import { messageOf } from './errorStore';

interface AboutState {
  open: boolean;
  status: 'idle' | 'loading' | 'ready' | 'error';
  version: string | null;
  /** Only for the coordinator; null for the other profiles. */
  log: AppLog | null;
  /** The reason reading failed, in Dutch, or null for a generic sentence. */
  error: string | null;
  show(withLog: boolean): Promise<void>;
  /** Reads the log again (the panel's "Vernieuwen"). */
  reload(): Promise<void>;
  close(): void;
}

// An answer for a panel that has since been closed or reopened is dropped.
let generation = 0;
let lastWithLog = false;

export const useAboutStore = create<AboutState>()((set) => ({
  open: false,
  status: 'idle',
  version: null,
  log: null,
  error: null,
  async show(withLog) {
    lastWithLog = withLog;
    set({ open: true, log: null });
    await useAboutStore.getState().reload();
  },
  async reload() {
    const gen = ++generation;
    const withLog = lastWithLog;
    set({ status: 'loading', error: null });
    try {
      const [info, log] = await Promise.all([call('app.info', {}), withLog ? call('app.log', {}) : Promise.resolve(null)]);
      if (gen !== generation) return;
      set({ status: 'ready', version: info.version, log });
    } catch (err) {
      if (gen !== generation) return;
      set({ status: 'error', error: messageOf(err) });
    }
  },
  close() {
    generation++;
    set({ open: false, status: 'idle', log: null, error: null });
  },
}));

/** The text the copy button puts on the clipboard: enough for a message to support. */
export function logCopyText(version: string | null, log: AppLog): string {
  return [`Keten Planner ${version ?? ''}`.trim(), `Logbestand: ${log.logFile ?? '(geen)'}`, '', ...log.lines].join('\n');
}
