// The connection choice of the desktop app: this computer's own database, or the keten's team
// server. Shown on first start and after "Verbinding wijzigen" (the route #/verbinding).
import { create } from 'zustand';
import type { ConnectionChoice } from '../../../shared/api/shell';
import { checkServerUrl, type ServerUrlProblem } from '../../../shared/domain/server-url';
import { getShell } from '../../api/shellBridge';

export const CONNECTION_ROUTE = '#/verbinding';

/** True in the desktop app (our own page there): the connection can be changed. */
export function canChangeConnection(): boolean {
  return getShell() !== null;
}

/** "Verbinding wijzigen": the desktop app starts again at the choice page. */
export async function changeConnection(): Promise<void> {
  await getShell()?.change();
}

/** True when the page is the desktop shell's choice page (not the app itself). */
export function wantsConnectionChoice(hash: string): boolean {
  return getShell() !== null && (hash === CONNECTION_ROUTE || hash.startsWith(`${CONNECTION_ROUTE}?`));
}

interface ConnectionState {
  status: 'loading' | 'ready' | 'saving' | 'restarting' | 'unavailable';
  /** The stored choice, null on first start. */
  current: ConnectionChoice | null;
  /** What is wrong with the typed server address. */
  urlProblem: ServerUrlProblem | null;
  /** The shell's refusal, in Dutch. */
  error: string | null;
  saving: ConnectionChoice['mode'] | null;
  load(): Promise<void>;
  choose(choice: ConnectionChoice): Promise<boolean>;
  clearUrlProblem(): void;
}

export const useConnectionStore = create<ConnectionState>()((set) => ({
  status: 'loading',
  current: null,
  urlProblem: null,
  error: null,
  saving: null,
  async load() {
    const shell = getShell();
    if (!shell) {
      set({ status: 'unavailable' });
      return;
    }
    set({ status: 'loading', error: null });
    try {
      const info = await shell.connection();
      set({ status: info ? 'ready' : 'unavailable', current: info?.current ?? null });
    } catch (err) {
      set({ status: 'ready', error: err instanceof Error ? err.message : String(err) });
    }
  },
  async choose(choice) {
    const shell = getShell();
    if (!shell) return false;
    let chosen = choice;
    if (choice.mode === 'remote') {
      const checked = checkServerUrl(choice.url);
      if (!checked.ok) {
        set({ urlProblem: checked.problem, error: null });
        return false;
      }
      chosen = { mode: 'remote', url: checked.url };
    }
    set({ status: 'saving', saving: chosen.mode, urlProblem: null, error: null });
    try {
      const result = await shell.choose(chosen);
      if (!result.ok) {
        set({ status: 'ready', saving: null, error: result.message });
        return false;
      }
      // The shell starts the app again in the chosen mode.
      set({ status: 'restarting', saving: null });
      return true;
    } catch (err) {
      set({ status: 'ready', saving: null, error: err instanceof Error ? err.message : String(err) });
      return false;
    }
  },
  clearUrlProblem() {
    set({ urlProblem: null });
  },
}));
