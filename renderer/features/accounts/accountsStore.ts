// The beheerder's accounts on the team server: list, add, role, password, block, sign out,
// two-factor login reset, e-mail for single sign-on.
import { create } from 'zustand';
import type { CallInput, CallOutput } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { call } from '../../api/client';
import { failureText } from '../../stores/errorStore';

type Data = CallOutput<'accounts.list'>;

export interface FieldError {
  field: string | null;
  message: string;
}

interface AccountsState {
  data: Data | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  load(): Promise<void>;
  /** Each action answers null when done, or what went wrong (with the field when it is one). */
  add(input: CallInput<'accounts.add'>): Promise<FieldError | null>;
  setRole(input: CallInput<'accounts.setRole'>): Promise<FieldError | null>;
  resetPassword(id: string, password: string): Promise<FieldError | null>;
  setDisabled(id: string, disabled: boolean): Promise<FieldError | null>;
  logoutEverywhere(id: string): Promise<FieldError | null>;
  /** Two-factor login off (a lost phone); the account is signed out everywhere. */
  resetTotp(id: string): Promise<FieldError | null>;
  /** The e-mail that matches a sign-in through the organisation; empty removes it. */
  setEmail(id: string, email: string): Promise<FieldError | null>;
}

const failure = (err: unknown): FieldError => ({
  field: err instanceof ApiError ? (err.field ?? null) : null,
  message: failureText(err),
});

export const useAccountsStore = create<AccountsState>()((set, get) => {
  const act = async (fn: () => Promise<unknown>): Promise<FieldError | null> => {
    try {
      await fn();
      await get().load();
      return null;
    } catch (err) {
      return failure(err);
    }
  };
  return {
    data: null,
    status: 'idle',
    error: null,
    async load() {
      set({ status: get().data ? 'ready' : 'loading', error: null });
      try {
        set({ data: await call('accounts.list', {}), status: 'ready' });
      } catch (err) {
        set({ status: 'error', error: failureText(err, 'error.load.accounts') });
      }
    },
    add: (input) => act(() => call('accounts.add', input)),
    setRole: (input) => act(() => call('accounts.setRole', input)),
    resetPassword: (id, password) => act(() => call('accounts.resetPassword', { id, password })),
    setDisabled: (id, disabled) => act(() => call('accounts.setDisabled', { id, disabled })),
    logoutEverywhere: (id) => act(() => call('accounts.logoutEverywhere', { id })),
    resetTotp: (id) => act(() => call('accounts.resetTotp', { id })),
    setEmail: (id, email) => act(() => call('accounts.setEmail', { id, email: email.trim() || null })),
  };
});
