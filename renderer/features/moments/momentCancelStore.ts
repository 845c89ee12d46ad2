import { create } from 'zustand';
import type { CallOutput, MomentInput } from '../../../shared/api/contract';
import type { Msg } from '../../../shared/messages';
import { call } from '../../api/client';
import { failureText } from '../../stores/errorStore';

type Answer = CallOutput<'moment.cancel'>;

interface MomentCancelState {
  /** The moment being asked about, and the services' answer: who would lose their place. */
  target: MomentInput | null;
  preview: Answer | null;
  loading: boolean;
  busy: boolean;
  /** A refusal, in the chosen language, shown in the dialog. */
  error: string | null;
  /** After a cancel: what was done (with the count), shown as a notice where the action was. */
  notice: Msg | null;
  ask(moment: MomentInput): Promise<void>;
  /** Cancels the moment asked about; true when done (the screens reload on the pushed events). */
  confirm(reason: string): Promise<boolean>;
  close(): void;
  clearNotice(): void;
}

let seq = 0;

/** "Moment annuleren" for a trial lesson or a startklas intake moment (moment.cancel), in the week and on the school page. */
export const useMomentCancelStore = create<MomentCancelState>()((set, get) => ({
  target: null,
  preview: null,
  loading: false,
  busy: false,
  error: null,
  notice: null,

  async ask(moment) {
    const mine = ++seq;
    set({ target: moment, preview: null, loading: true, error: null, notice: null });
    try {
      const preview = await call('moment.cancel', { moment, confirm: false });
      if (mine === seq) set({ preview, loading: false });
    } catch (err) {
      if (mine === seq) set({ error: failureText(err), loading: false });
    }
  },

  async confirm(reason) {
    const moment = get().target;
    if (!moment) return false;
    set({ busy: true, error: null });
    try {
      const trimmed = reason.trim();
      const done = await call('moment.cancel', { moment, ...(trimmed ? { reason: trimmed } : {}), confirm: true });
      seq++;
      set({ target: null, preview: null, busy: false, notice: done.msg });
      return true;
    } catch (err) {
      set({ busy: false, error: failureText(err) });
      return false;
    }
  },

  close() {
    seq++;
    set({ target: null, preview: null, loading: false, busy: false, error: null });
  },

  clearNotice() {
    set({ notice: null });
  },
}));
