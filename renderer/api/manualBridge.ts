// Test helper for the renderer's stores; kept beside the bridge so store tests share one fake.
import type { ApiBridge, AppEvent } from '../../shared/api/contract';

export interface PendingCall<I = Record<string, unknown>> {
  name: string;
  input: I;
  resolve(v: unknown): void;
  reject(e: unknown): void;
}

/** A bridge whose answers the test releases by hand, to control ordering; `emit` pushes an event. */
export function manualBridge<I = Record<string, unknown>>() {
  const pending: PendingCall<I>[] = [];
  const listeners = new Set<(event: AppEvent) => void>();
  const bridge: ApiBridge = {
    call: (name, input) => new Promise((resolve, reject) => pending.push({ name, input: input as I, resolve, reject })),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
  const emit = (event: AppEvent) => {
    for (const listener of [...listeners]) listener(event);
  };
  return { bridge, pending, emit, listeners };
}

/** Lets resolved promises and the store updates behind them run. */
export const flush = () => new Promise((r) => setTimeout(r, 0));
