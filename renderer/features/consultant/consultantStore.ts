// The consultant's caseload with its filters, which client is open, and what the consultant
// does for that client (book, cancel, request, record the PIP date, open a toets slot); and the
// consultant's own week as a calendar file.
import { create } from 'zustand';
import type { CallInput, CallOutput } from '../../../shared/api/contract';
import { call } from '../../api/client';
import { resetOnProfileSwitch } from '../profile/profileStore';
import { failureText } from '../../stores/errorStore';
import { followEvents } from '../../stores/liveEvents';
import { downloadText } from '../planner/download';
import { useLangStore } from '../../i18n/langStore';

type Caseload = CallOutput<'consultant.caseload'>;
export type CaseloadItem = Caseload['items'][number];
export type StepKind = CaseloadItem['steps'][number]['kind'];
export type TrialLesson = CallInput<'trial.book'>['lessons'][number];

interface ConsultantState {
  items: CaseloadItem[];
  weekStart: string | null;
  urgency: 'all' | 'urgent';
  /** "Nog te boeken": a step kind, 'any' (some step), or null (no filter). */
  step: StepKind | 'any' | null;
  /** Part of a client's name. */
  search: string;
  selectedId: string | null;
  /** The coordinator's "handmatig boeken": the one participant shown (anyone's), and the step to book. */
  only: string | null;
  onlyKind: StepKind | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  load(): Promise<void>;
  setUrgency(u: 'all' | 'urgent'): void;
  setStep(s: StepKind | 'any' | null): void;
  setSearch(s: string): void;
  select(id: string | null): void;
  /** The coordinator opens one participant to book a step by hand (closing the panel ends it). */
  openOne(participantId: string, kind: StepKind): Promise<void>;
  /** Reloads the caseload on every pushed change; returns the function that stops it. */
  followChanges(): () => void;

  // The client sections' calls. They answer the server's result or throw its error: each
  // section keeps its own busy state and error message (useAction).
  toetsSlots(participantId: string, weekStart: string): Promise<CallOutput<'toets.slots'>>;
  bookToets(participantId: string, sessionId: string, overrideReason?: string): Promise<CallOutput<'toets.book'>>;
  cancelToets(participantId: string): Promise<CallOutput<'toets.cancel'>>;
  /** No note: the week and the client say what is asked (a service's sentence would reach the reader in one language). */
  requestToetsSlot(participantId: string, weekStart: string): Promise<CallOutput<'toets.requestSlot'>>;
  toetsRooms(weekStart: string): Promise<CallOutput<'toets.rooms'>>;
  openToetsSlot(roomId: string, start: string): Promise<CallOutput<'toets.openSlot'>>;
  trialOptions(participantId: string, weekStart: string): Promise<CallOutput<'trial.options'>>;
  bookTrial(participantId: string, lessons: TrialLesson[], overrideReason?: string): Promise<CallOutput<'trial.book'>>;
  cancelTrial(bookingId: string): Promise<CallOutput<'trial.cancel'>>;
  startklasOptions(participantId: string): Promise<CallOutput<'startklas.options'>>;
  /** `moment`: the intake moment chosen from the options (refused when it filled up meanwhile); without it the first free one, or the waiting list. */
  registerStartklas(participantId: string, overrideReason?: string, moment?: { intakeId: string; date: string }): Promise<CallOutput<'startklas.register'>>;
  cancelStartklas(participantId: string): Promise<CallOutput<'startklas.cancel'>>;
  /** What "Op de lijst zetten" would do: the session, what it breaks, the partners' appointments then. */
  previewGroupInfo(participantId: string): Promise<CallOutput<'groupInfo.preview'>>;
  /** `sessionId`: the session the preview showed (refused when it filled up meanwhile). */
  enlistGroupInfo(participantId: string, overrideReason?: string, sessionId?: string): Promise<CallOutput<'groupInfo.enlist'>>;
  setPipDate(participantId: string, pipDate: string | null): Promise<CallOutput<'pip.set'>>;
  /** Saves the consultant's own sessions of the week as an .ics file; answers its name or throws the server's error. */
  downloadOwnWeek(weekStart: string): Promise<string>;
}

let seq = 0;

export const useConsultantStore = create<ConsultantState>()((set, get) => ({
  items: [],
  weekStart: null,
  urgency: 'all',
  step: null,
  search: '',
  selectedId: null,
  only: null,
  onlyKind: null,
  status: 'idle',
  error: null,
  async load() {
    const mine = ++seq;
    set({ status: 'loading', error: null });
    const { urgency, step, search, only } = get();
    try {
      const res = await call('consultant.caseload', {
        urgency,
        ...(only ? { participantId: only } : {}),
        ...(step === 'any' ? { toBook: true } : step ? { step } : {}),
        ...(search.trim() ? { search: search.trim() } : {}),
      });
      // A slower answer to an older filter must not overwrite the newer one.
      if (mine !== seq) return;
      set({ items: res.items, weekStart: res.weekStart, status: 'ready' });
    } catch (err) {
      if (mine !== seq) return;
      set({ status: 'error', error: failureText(err, 'error.load.caseload') });
    }
  },
  setUrgency(urgency) {
    set({ urgency });
    void get().load();
  },
  setStep(step) {
    set({ step });
    void get().load();
  },
  setSearch(search) {
    set({ search });
    void get().load();
  },
  select(selectedId) {
    set(selectedId === null ? { selectedId, only: null, onlyKind: null } : { selectedId });
  },
  async openOne(participantId, kind) {
    set({ only: participantId, onlyKind: kind, selectedId: participantId, items: [], urgency: 'all', step: null, search: '' });
    await get().load();
  },
  followChanges() {
    // Bookings by colleagues or the coordinator change what is free.
    return followEvents((e) => {
      if ((e.type === 'data.changed' && e.area !== 'setup') || e.type === 'week.changed') void get().load();
    });
  },

  toetsSlots: (participantId, weekStart) => call('toets.slots', { participantId, weekStart }),
  bookToets: (participantId, sessionId, overrideReason) =>
    call('toets.book', overrideReason === undefined ? { participantId, sessionId } : { participantId, sessionId, override: { reason: overrideReason } }),
  cancelToets: (participantId) => call('toets.cancel', { participantId }),
  requestToetsSlot: (participantId, weekStart) => call('toets.requestSlot', { participantId, weekStart }),
  toetsRooms: (weekStart) => call('toets.rooms', { weekStart }),
  openToetsSlot: (roomId, start) => call('toets.openSlot', { roomId, start }),
  trialOptions: (participantId, weekStart) => call('trial.options', { participantId, weekStart }),
  bookTrial: (participantId, lessons, overrideReason) =>
    call('trial.book', overrideReason === undefined ? { participantId, lessons } : { participantId, lessons, override: { reason: overrideReason } }),
  cancelTrial: (bookingId) => call('trial.cancel', { bookingId }),
  startklasOptions: (participantId) => call('startklas.options', { participantId }),
  registerStartklas: (participantId, overrideReason, moment) =>
    call('startklas.register', {
      participantId,
      ...(moment ? { intakeId: moment.intakeId, date: moment.date } : {}),
      ...(overrideReason === undefined ? {} : { override: { reason: overrideReason } }),
    }),
  cancelStartklas: (participantId) => call('startklas.cancel', { participantId }),
  previewGroupInfo: (participantId) => call('groupInfo.preview', { participantId }),
  enlistGroupInfo: (participantId, overrideReason, sessionId) =>
    call('groupInfo.enlist', {
      participantId,
      ...(sessionId === undefined ? {} : { sessionId }),
      ...(overrideReason === undefined ? {} : { override: { reason: overrideReason } }),
    }),
  setPipDate: (participantId, pipDate) => call('pip.set', { participantId, pipDate }),
  async downloadOwnWeek(weekStart) {
    const out = await call('export.ownWeek', { weekStart, lang: useLangStore.getState().lang });
    downloadText(out.filename, out.content);
    return out.filename;
  },
}));

// What one profile saw must not be shown to the next.
resetOnProfileSwitch(useConsultantStore, () => seq++);
