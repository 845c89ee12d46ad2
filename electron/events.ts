// A tiny in-process event bus: services publish, transports fan out to windows and pages.
import type { AppEvent } from '../shared/api/contract';

export type EventListener = (event: AppEvent) => void;

export interface EventBus {
  emit(event: AppEvent): void;
  on(listener: EventListener): () => void;
  listenerCount(): number;
}

export function createEventBus(): EventBus {
  const listeners = new Set<EventListener>();
  return {
    emit(event) {
      for (const l of [...listeners]) {
        try {
          l(event);
        } catch {
          // One broken subscriber (a closed window) must not stop the others.
        }
      }
    },
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    listenerCount: () => listeners.size,
  };
}
