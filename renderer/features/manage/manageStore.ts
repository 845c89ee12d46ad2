// Beheer: the coordinator's lists and forms of what the region keeps. Every call of the
// management area goes through here; the screens read the lists and hand forms to `save`.
// A save or remove answers a ChangeOutcome: applied, or held back because it would cause
// conflicts in planned weeks (the screen then asks, and saves again with confirm).
import { create } from 'zustand';
import type { CallOutput, ChangeOutcome } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { encodeFieldMsg, renderMsg, type Msg } from '../../../shared/messages';
import { useLangStore } from '../../i18n/langStore';
import { call } from '../../api/client';
import { failureText } from '../../stores/errorStore';

import type { ManageScreen } from './screens';

export { MANAGE_SCREENS, type ManageScreen } from './screens';

export type ListEntity = 'gemeenten' | 'locations' | 'rooms' | 'consultants' | 'interpreters' | 'schools' | 'classes' | 'startklasIntakes' | 'childcareProviders';

export interface Lists {
  gemeenten: CallOutput<'gemeenten.list'>;
  locations: CallOutput<'locations.list'>;
  rooms: CallOutput<'rooms.list'>;
  consultants: CallOutput<'consultants.list'>;
  interpreters: CallOutput<'interpreters.list'>;
  schools: CallOutput<'schools.list'>;
  classes: CallOutput<'classes.list'>;
  startklasIntakes: CallOutput<'startklasIntakes.list'>;
  childcareProviders: CallOutput<'childcareProviders.list'>;
}

export type TravelTimes = CallOutput<'travelTimes.list'>;
export type RegionSettings = CallOutput<'settings.get'>;

/** What the confirm flags of a change carry. */
export interface ChangeFlags {
  confirm?: boolean;
  reason?: string | null;
  /** The row's stamp as the form read it: a save after someone else's change is refused as stale. */
  expectedStamp?: number;
}

/** What a removal may carry beyond the flags: a leaving consultant's clients go to a colleague. */
export interface RemoveExtra {
  transferClientsTo?: string;
}

/**
 * How a change ended: `outcome` (applied or held back with conflicts), or refused with
 * messages per field (`fields`, by dotted path) and/or one for the whole form (`error`).
 */
export interface ChangeResult {
  outcome: ChangeOutcome | null;
  /** Per field its refusal, a message encoded (shared/messages/field-msg.ts) or a sentence; `useFieldMsg` writes it. */
  fields: Record<string, string>;
  error: string | null;
  /** Refused because someone else changed the row after the form read it; the list is reloaded. */
  stale?: boolean;
}

interface ManageState {
  screen: ManageScreen;
  lists: Partial<Lists>;
  travel: TravelTimes | null;
  settings: RegionSettings | null;
  loading: Partial<Record<ListEntity | 'travel', boolean>>;
  loadError: string | null;
  /** The last applied change's sentence ("Zaal 1 is opgeslagen."), shown above the list in the reader's language. */
  notice: Msg | null;
  setScreen(screen: ManageScreen): void;
  load(entity: ListEntity): Promise<void>;
  loadTravel(): Promise<void>;
  loadSettings(): Promise<void>;
  saveSettings(form: Record<string, unknown>, flags?: ChangeFlags): Promise<ChangeResult>;
  save(entity: ListEntity, form: Record<string, unknown>, flags?: ChangeFlags): Promise<ChangeResult>;
  remove(entity: ListEntity, id: string, flags?: ChangeFlags, extra?: RemoveExtra): Promise<ChangeResult>;
  setTravelTime(from: string, to: string, minutes: number | null, flags?: ChangeFlags): Promise<ChangeResult>;
  clearNotice(): void;
}

/** A refusal as messages per field; a message without a field goes to `error` (marked `stale` when someone else changed it first). */
export function resultOfError(err: unknown): ChangeResult {
  const out: ChangeResult = { outcome: null, fields: {}, error: null };
  if (err instanceof ApiError && err.issues && err.issues.length > 0) {
    for (const issue of err.issues) {
      // A field's refusal carries it as a message (the contract's or a service's): a field keeps
      // it encoded, so the form writes it in the language chosen when it shows it.
      const m = issue.msg ?? (err.msg && issue.field === err.field ? err.msg : undefined);
      if (issue.field) out.fields[issue.field] ??= m ? encodeFieldMsg(m) : issue.message;
      else out.error ??= m ? renderMsg(m, useLangStore.getState().lang) : issue.message;
    }
    return out;
  }
  out.error = failureText(err);
  if (err instanceof ApiError && err.code === 'stale') out.stale = true;
  return out;
}

function flagsOf(flags: ChangeFlags | undefined) {
  return {
    confirm: flags?.confirm ?? false,
    reason: flags?.reason ? flags.reason : null,
    ...(flags?.expectedStamp !== undefined ? { expectedStamp: flags.expectedStamp } : {}),
  };
}

export const useManageStore = create<ManageState>()((set, get) => {
  /** After a change: the outcome; an applied one reloads what it touches. */
  const after = async (outcome: ChangeOutcome, reload: (ListEntity | 'travel')[]): Promise<ChangeResult> => {
    if (outcome.applied) {
      set({ notice: outcome.msg });
      await Promise.all(reload.map((r) => (r === 'travel' ? get().loadTravel() : get().load(r))));
    }
    return { outcome, fields: {}, error: null };
  };
  /** What else shows a row of this entity (a location's name in the rooms list...). */
  const touches: Record<ListEntity, (ListEntity | 'travel')[]> = {
    gemeenten: ['gemeenten', 'locations', 'consultants'],
    locations: ['locations', 'gemeenten', 'rooms', 'travel', 'schools', 'classes', 'startklasIntakes', 'childcareProviders'],
    rooms: ['rooms', 'locations'],
    consultants: ['consultants', 'gemeenten'],
    interpreters: ['interpreters'],
    schools: ['schools', 'classes', 'locations'],
    classes: ['classes', 'schools', 'locations'],
    startklasIntakes: ['startklasIntakes', 'locations'],
    childcareProviders: ['childcareProviders', 'locations'],
  };
  const loaded = (e: ListEntity | 'travel') => (e === 'travel' ? get().travel !== null : get().lists[e] !== undefined);

  return {
    screen: 'gemeenten',
    lists: {},
    travel: null,
    settings: null,
    loading: {},
    loadError: null,
    notice: null,

    setScreen: (screen) => set({ screen, notice: null }),

    async load(entity) {
      set((s) => ({ loading: { ...s.loading, [entity]: true } }));
      try {
        const list = (await call(`${entity}.list`, {})) as Lists[typeof entity];
        set((s) => ({ lists: { ...s.lists, [entity]: list }, loading: { ...s.loading, [entity]: false }, loadError: null }));
      } catch (err) {
        set((s) => ({ loading: { ...s.loading, [entity]: false }, loadError: failureText(err, 'error.load.list') }));
      }
    },

    async loadTravel() {
      set((s) => ({ loading: { ...s.loading, travel: true } }));
      try {
        const travel = await call('travelTimes.list', {});
        set((s) => ({ travel, loading: { ...s.loading, travel: false }, loadError: null }));
      } catch (err) {
        set((s) => ({ loading: { ...s.loading, travel: false }, loadError: failureText(err, 'error.load.travel') }));
      }
    },

    async loadSettings() {
      try {
        const settings = await call('settings.get', {});
        set({ settings, loadError: null });
      } catch (err) {
        set({ loadError: failureText(err, 'error.load.settings') });
      }
    },

    async saveSettings(form, flags) {
      try {
        const outcome = await call('settings.save', { ...form, ...flagsOf(flags) } as never);
        if (outcome.applied) {
          set({ notice: outcome.msg });
          await get().loadSettings();
        }
        return { outcome, fields: {}, error: null };
      } catch (err) {
        return resultOfError(err);
      }
    },

    async save(entity, form, flags) {
      try {
        // The form was checked with the same schema; the services check it again.
        const outcome = await call(`${entity}.save`, { ...form, ...flagsOf(flags) } as never);
        return await after(
          outcome,
          touches[entity].filter((e) => e === entity || loaded(e)),
        );
      } catch (err) {
        if (err instanceof ApiError && err.code === 'stale') {
          // The screen shows the current state: the list (and from it the form) is read again.
          await get().load(entity);
          return resultOfError(err);
        }
        return resultOfError(err);
      }
    },

    async remove(entity, id, flags, extra) {
      try {
        const outcome = await call(`${entity}.remove`, {
          id,
          ...flagsOf(flags),
          ...(entity === 'consultants' && extra?.transferClientsTo ? { transferClientsTo: extra.transferClientsTo } : {}),
        });
        return await after(
          outcome,
          touches[entity].filter((e) => e === entity || loaded(e)),
        );
      } catch (err) {
        return resultOfError(err);
      }
    },

    async setTravelTime(from, to, minutes, flags) {
      try {
        const outcome = await call('travelTimes.set', { from, to, minutes, ...flagsOf(flags) });
        return await after(outcome, ['travel']);
      } catch (err) {
        return resultOfError(err);
      }
    },

    clearNotice: () => set({ notice: null }),
  };
});
