// The stores' one way to pushed events, so no screen needs the bridge to follow changes.
import type { AppEvent } from '../../shared/api/contract';
import { subscribe } from '../api/client';

/** Listens to pushed events; returns the function that stops listening. */
export function followEvents(listener: (event: AppEvent) => void): () => void {
  try {
    return subscribe(listener);
  } catch {
    // Without live events the app still works: screens reload after the user's own changes
    // and when the user navigates.
    return () => {};
  }
}
