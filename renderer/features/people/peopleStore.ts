// People (issue 10): the client page, the participant and household forms, the client's steps,
// ending a trajectory and the AVG erasure. Every call of the people area goes through here. A
// change answers a PeopleOutcome: applied, or held back because it would cancel bookings (the
// screen lists them and asks, and sends the change again with confirm).
import { create } from 'zustand';
import type { CallInput, CallOutput, ParticipantDetail, PeopleOptions, PeopleOutcome } from '../../../shared/api/contract';
import { call } from '../../api/client';
import { ApiError } from '../../../shared/api/errors';
import { failureText } from '../../stores/errorStore';
import { useConsultantStore } from '../consultant/consultantStore';
import { resultOfError as changeResultOfError } from '../manage/manageStore';
import { useParticipantsStore } from '../participants/participantsStore';
import { resetOnProfileSwitch, useProfileStore } from '../profile/profileStore';

export type ErasePreview = CallOutput<'participants.erasePreview'>;

/** How a change ended: the outcome, or refused with messages per field and/or one for the form. */
export interface PeopleResult {
  outcome: PeopleOutcome | null;
  fields: Record<string, string>;
  error: string | null;
  /** Refused because someone else changed it after the page was read; the page is reloaded. */
  stale?: boolean;
}

interface PeopleState {
  options: PeopleOptions | null;
  /** The client whose page is open, or null (the list). */
  openId: string | null;
  detail: ParticipantDetail | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  /** The new-participant form is open. */
  creating: boolean;
  /** The last applied change's sentence, shown on the page. */
  notice: string | null;
  loadOptions(): Promise<void>;
  open(id: string): Promise<void>;
  close(): void;
  reload(): Promise<void>;
  startNew(): void;
  cancelNew(): void;
  save(form: Record<string, unknown>): Promise<PeopleResult>;
  /** A new participant who joins the open client's household as partner. */
  savePartner(form: Record<string, unknown>): Promise<PeopleResult>;
  /** Participants to pick as partner, by name. */
  findPartners(query: string): Promise<{ id: string; name: string }[]>;
  saveHousehold(form: Record<string, unknown>, confirm: boolean): Promise<PeopleResult>;
  link(partnerId: string): Promise<PeopleResult>;
  addStep(input: Omit<CallInput<'steps.add'>, 'participantId'>): Promise<PeopleResult>;
  removeStep(demandId: string, confirm: boolean): Promise<PeopleResult>;
  moveStep(demandId: string, by: -1 | 1): Promise<PeopleResult>;
  end(date: string, reason: string, confirm: boolean): Promise<PeopleResult>;
  erasePreview(): Promise<ErasePreview | null>;
  erase(): Promise<PeopleResult>;
}

/** A refusal as messages per field and/or one for the form (as Beheer reads them). */
function resultOfError(err: unknown): PeopleResult {
  const { fields, error, stale } = changeResultOfError(err);
  return { outcome: null, fields, error, ...(stale ? { stale } : {}) };
}

// A page opened later makes answers for an earlier one irrelevant.
let generation = 0;

/** The lists that show this client: the consultant's caseload or the coordinator's Deelnemers. */
function refreshLists(): void {
  if (useProfileStore.getState().profile?.kind === 'consultant') void useConsultantStore.getState().load();
  else if (useParticipantsStore.getState().loaded) void useParticipantsStore.getState().reload();
}

export const usePeopleStore = create<PeopleState>()((set, get) => {
  /** Runs a change; an applied one shows its sentence and reloads the page and the lists. */
  const change = async (run: () => Promise<PeopleOutcome>): Promise<PeopleResult> => {
    try {
      const outcome = await run();
      if (outcome.applied) {
        set({ notice: outcome.message });
        refreshLists();
        if (get().openId) await get().reload();
      }
      return { outcome, fields: {}, error: null };
    } catch (err) {
      // Someone else changed it meanwhile: the page shows it as it is now, with who and when.
      if (err instanceof ApiError && err.code === 'stale' && get().openId) await get().reload();
      return resultOfError(err);
    }
  };
  const openId = () => {
    const id = get().openId;
    if (!id) throw new Error('Geen cliënt geopend.');
    return id;
  };

  return {
    options: null,
    openId: null,
    detail: null,
    status: 'idle',
    error: null,
    creating: false,
    notice: null,

    async loadOptions() {
      try {
        set({ options: await call('people.options', {}) });
      } catch (err) {
        set({ error: failureText(err, 'error.load.choices') });
      }
    },

    async open(id) {
      const gen = ++generation;
      set({ openId: id, detail: null, status: 'loading', error: null, creating: false, notice: null });
      try {
        const detail = await call('participants.get', { id });
        if (gen !== generation) return;
        set({ detail, status: 'ready' });
      } catch (err) {
        if (gen !== generation) return;
        set({ status: 'error', error: failureText(err, 'error.load.client') });
      }
    },

    close() {
      generation++;
      set({ openId: null, detail: null, status: 'idle', error: null, notice: null });
    },

    async reload() {
      const id = get().openId;
      if (!id) return;
      const gen = ++generation;
      try {
        const detail = await call('participants.get', { id });
        if (gen !== generation) return;
        set({ detail, status: 'ready', error: null });
      } catch (err) {
        if (gen !== generation) return;
        set({ status: 'error', error: failureText(err, 'error.load.client') });
      }
    },

    startNew: () => set({ creating: true, notice: null }),
    cancelNew: () => set({ creating: false }),

    async save(form) {
      const isNew = !form.id;
      // The version of the page the form was filled on goes along: a save on an outdated page is refused ('stale').
      const shown = get().detail;
      const sent = !isNew && shown && shown.person.id === form.id ? { ...form, expectedVersion: shown.version } : form;
      const result = await change(() => call('participants.save', sent as CallInput<'participants.save'>));
      // A new participant: their page opens, where the household and steps are filled in next.
      if (isNew && result.outcome?.applied && result.outcome.id) {
        const notice = result.outcome.message;
        await get().open(result.outcome.id);
        set({ notice });
      }
      return result;
    },

    async savePartner(form) {
      const participantId = openId();
      try {
        const made = await call('participants.save', form as CallInput<'participants.save'>);
        if (!made.applied || !made.id) return { outcome: made, fields: {}, error: null };
        return await change(() => call('households.link', { participantId, partnerId: made.id! }));
      } catch (err) {
        return resultOfError(err);
      }
    },

    async findPartners(query) {
      try {
        const res = await call('participants.search', { query: query.trim(), limit: 20, offset: 0 });
        const self = get().openId;
        return res.items.filter((p) => p.id !== self).map((p) => ({ id: p.id, name: p.name }));
      } catch {
        return [];
      }
    },

    saveHousehold: (form, confirm) => {
      // The household's version on the page the form was filled on: a save on an outdated page is refused ('stale').
      const version = get().detail?.household?.version;
      return change(() =>
        call('households.save', { ...(form as CallInput<'households.save'>), participantId: openId(), confirm, ...(version !== undefined ? { expectedVersion: version } : {}) }),
      );
    },

    link: (partnerId) => change(() => call('households.link', { participantId: openId(), partnerId })),

    addStep: (input) => change(() => call('steps.add', { ...input, participantId: openId() })),

    removeStep: (demandId, confirm) => change(() => call('steps.remove', { participantId: openId(), demandId, confirm })),

    async moveStep(demandId, by) {
      const steps = (get().detail?.steps ?? []).filter((s) => s.status !== 'done').map((s) => s.demandId);
      const i = steps.indexOf(demandId);
      const j = i + by;
      if (i < 0 || j < 0 || j >= steps.length) return { outcome: null, fields: {}, error: null };
      [steps[i], steps[j]] = [steps[j], steps[i]];
      return change(() => call('steps.reorder', { participantId: openId(), demandIds: steps }));
    },

    end: (date, reason, confirm) => change(() => call('participants.end', { id: openId(), date, reason, confirm })),

    async erasePreview() {
      try {
        return await call('participants.erasePreview', { id: openId() });
      } catch (err) {
        set({ error: failureText(err) });
        return null;
      }
    },

    erase: () => change(() => call('participants.erase', { id: openId(), confirm: true })),
  };
});

// What one profile saw must not be shown to the next.
resetOnProfileSwitch(usePeopleStore, () => generation++);

/**
 * A person's page from any list (not planned, deadlines, conflicts): the participants section
 * with its list found to them behind the page, for the way back.
 */
export function openPersonPage(person: { id: string; name: string }): void {
  void useParticipantsStore.getState().openPerson(person);
  void usePeopleStore.getState().open(person.id);
}
