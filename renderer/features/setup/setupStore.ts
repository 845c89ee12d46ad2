// First start: whether the data folder has a region yet, and the three ways to change that (an own
// region, the demo, removing the demo). Until a region exists the app shows the first-start
// screen instead of the profile chooser; after the demo is removed it shows it again.
import { create } from 'zustand';
import type { AppEvent, CallOutput } from '../../../shared/api/contract';
import { ApiError, type ApiIssue } from '../../../shared/api/errors';
import { renderMsg } from '../../../shared/messages';
import { useLangStore } from '../../i18n/langStore';
import { call } from '../../api/client';
import { useAppStore, useNavStore } from '../../stores/appStore';
import { useErrorStore, failureText, messageOf } from '../../stores/errorStore';
import { followEvents } from '../../stores/liveEvents';
import { useProfileStore } from '../profile/profileStore';

type SetupKind = CallOutput<'app.info'>['setup'];

/** Errors of the own-region form, next to the field they belong to. */
export interface FormErrors {
  name?: string;
  /** About the list as a whole (no gemeente at all). */
  gemeenten?: string;
  /** Per row of the form (its index on screen). */
  rows: Record<number, string>;
  /** What fits no field. */
  other?: string;
}

export const NO_FORM_ERRORS: FormErrors = { rows: {} };

interface SetupState {
  /** 'checking': asking the server; 'needed': no region yet; 'ready': a region exists. */
  status: 'idle' | 'checking' | 'needed' | 'ready' | 'error';
  setup: SetupKind | null;
  demoAvailable: boolean;
  /** An own region was just created in this window: the coordinator first sees "Wat nu?". */
  justCreated: boolean;
  busy: 'create' | 'demo' | 'remove' | null;
  formErrors: FormErrors;
  /** A failure of loading the demo or removing it. */
  error: string | null;
  /** The demo was just removed in this window: the first-start screen says so. */
  demoRemoved: boolean;
  /**
   * The check was refused because this browser has no session: the browser server's page was
   * opened without the start link it prints (status 'error'; the screen says to use that link).
   */
  noLaunch: boolean;
  check(): Promise<void>;
  createRegion(name: string, gemeenten: string[]): Promise<boolean>;
  loadDemo(): Promise<boolean>;
  removeDemo(): Promise<boolean>;
  /** "Wat nu?" was shown; later visits open on the week as usual. */
  seenChecklist(): void;
  clearErrors(): void;
}

/**
 * The server's complaint about the form, per field. Blank rows are not sent, so `sentRows[i]` is
 * the row on screen of the i-th gemeente that was sent.
 */
export function formErrorsOf(err: unknown, sentRows: number[]): FormErrors {
  const out: FormErrors = { rows: {} };
  if (!(err instanceof ApiError)) {
    out.other = failureText(err);
    return out;
  }
  const issues: ApiIssue[] = err.issues ?? (err.field ? [{ field: err.field, message: err.message }] : []);
  // A refusal the contract words as a message is written in the chosen language.
  const lang = useLangStore.getState().lang;
  for (const issue of issues) {
    const text = issue.msg ? renderMsg(issue.msg, lang) : issue.message;
    const [head, index] = issue.field.split('.');
    if (head === 'name') out.name ??= text;
    else if (head === 'gemeenten' && index !== undefined && sentRows[Number(index)] !== undefined) out.rows[sentRows[Number(index)]!] ??= text;
    else if (head === 'gemeenten') out.gemeenten ??= text;
    else out.other ??= text;
  }
  if (issues.length === 0) out.other = err.message;
  return out;
}

/** Everything a profile saw belongs to the old region: back to the state of a fresh start. */
function forgetRegion(): void {
  useProfileStore.getState().reset();
  useAppStore.setState({ info: null, overview: null, status: 'idle' });
  useNavStore.setState({ role: 'coordinator', section: 'week' });
  useErrorStore.getState().clear();
}

export const useSetupStore = create<SetupState>()((set, get) => ({
  status: 'idle',
  setup: null,
  demoAvailable: true,
  justCreated: false,
  busy: null,
  formErrors: NO_FORM_ERRORS,
  error: null,
  demoRemoved: false,
  noLaunch: false,

  async check() {
    if (get().status === 'idle' || get().status === 'error') set({ status: 'checking' });
    try {
      const info = await call('app.info', {});
      const hadRegion = get().status === 'ready';
      if (info.setup === 'needed' && hadRegion) forgetRegion();
      set({ status: info.setup === 'needed' ? 'needed' : 'ready', setup: info.setup, demoAvailable: info.demoAvailable, error: null, noLaunch: false });
    } catch (err) {
      // Without an answer the profile chooser cannot work either: say so and offer a retry.
      const noLaunch = err instanceof ApiError && err.code === 'unauthorized';
      if (get().status !== 'ready') set({ status: 'error', error: messageOf(err), noLaunch });
    }
  },

  async createRegion(name, gemeenten) {
    const sentRows: number[] = [];
    const sent: string[] = [];
    gemeenten.forEach((g, row) => {
      if (g.trim() === '') return;
      sentRows.push(row);
      sent.push(g);
    });
    set({ busy: 'create', formErrors: NO_FORM_ERRORS, error: null });
    try {
      await call('setup.createRegion', { name, gemeenten: sent });
      set({ busy: null, status: 'ready', setup: 'own', justCreated: true, demoRemoved: false });
      return true;
    } catch (err) {
      set({ busy: null, formErrors: formErrorsOf(err, sentRows) });
      if (err instanceof ApiError && err.code === 'conflict') void get().check();
      return false;
    }
  },

  async loadDemo() {
    set({ busy: 'demo', error: null, formErrors: NO_FORM_ERRORS });
    try {
      await call('setup.loadDemo', {});
      set({ busy: null, status: 'ready', setup: 'demo', justCreated: false, demoRemoved: false });
      return true;
    } catch (err) {
      set({ busy: null, error: failureText(err, 'error.demo.load') });
      if (err instanceof ApiError && err.code === 'conflict') void get().check();
      return false;
    }
  },

  async removeDemo() {
    set({ busy: 'remove', error: null });
    try {
      await call('setup.removeDemo', { confirm: true });
      forgetRegion();
      set({ busy: null, status: 'needed', setup: 'needed', justCreated: false, formErrors: NO_FORM_ERRORS, demoRemoved: true });
      return true;
    } catch (err) {
      set({ busy: null, error: failureText(err, 'error.demo.remove') });
      return false;
    }
  },

  seenChecklist: () => set({ justCreated: false }),
  clearErrors: () => set({ formErrors: NO_FORM_ERRORS, error: null }),
}));

/** Another window set the region up or removed the demo: follow it. */
export function handleSetupEvent(event: AppEvent): void {
  if (event.type === 'data.changed' && event.area === 'setup') void useSetupStore.getState().check();
}

export function startSetupEvents(): () => void {
  return followEvents(handleSetupEvent);
}
