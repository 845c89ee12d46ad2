// The consultant's caseload with its filters, and which client is open.
import { create } from 'zustand';
import type { CallOutput } from '../../../shared/api/contract';
import { call } from '../../api/client';
import { resetOnProfileSwitch } from '../profile/profileStore';
import { messageOf } from '../../stores/errorStore';

type Caseload = CallOutput<'consultant.caseload'>;
export type CaseloadItem = Caseload['items'][number];
export type StepKind = CaseloadItem['steps'][number]['kind'];

interface ConsultantState {
  items: CaseloadItem[];
  weekStart: string | null;
  urgency: 'all' | 'urgent';
  step: StepKind | null;
  selectedId: string | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  load(): Promise<void>;
  setUrgency(u: 'all' | 'urgent'): void;
  setStep(s: StepKind | null): void;
  select(id: string | null): void;
}

let seq = 0;

export const useConsultantStore = create<ConsultantState>()((set, get) => ({
  items: [],
  weekStart: null,
  urgency: 'all',
  step: null,
  selectedId: null,
  status: 'idle',
  error: null,
  async load() {
    const mine = ++seq;
    set({ status: 'loading', error: null });
    const { urgency, step } = get();
    try {
      const res = await call('consultant.caseload', step ? { urgency, step } : { urgency });
      // A slower answer to an older filter must not overwrite the newer one.
      if (mine !== seq) return;
      set({ items: res.items, weekStart: res.weekStart, status: 'ready' });
    } catch (err) {
      if (mine !== seq) return;
      set({ status: 'error', error: messageOf(err) ?? 'De caseload kon niet worden geladen.' });
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
  select(selectedId) {
    set({ selectedId });
  },
}));

// What one profile saw must not be shown to the next.
resetOnProfileSwitch(useConsultantStore, () => seq++);
