// Pushed events for the planning, conflicts and deadline screens. The week store has its own
// subscription (stores/events.ts); this one adds what those screens need.
import type { AppEvent } from '../../../shared/api/contract';
import { subscribe } from '../../api/client';
import { useConflictsStore } from '../conflicts/conflictsStore';
import { useDeadlinesStore } from '../deadlines/deadlinesStore';
import { usePlanningStore } from './planningStore';
import { useRequestsStore } from '../requests/requestsStore';

export function handlePlanningEvent(event: AppEvent): void {
  switch (event.type) {
    case 'planner.progress':
    case 'planner.finished':
      usePlanningStore.getState().handleEvent(event);
      return;
    case 'week.changed':
      useConflictsStore.getState().weekChanged(event.weekStart);
      useDeadlinesStore.getState().weekChanged(event.weekStart);
      return;
    case 'data.changed': {
      if (event.area === 'requests') void useRequestsStore.getState().load();
      const w = useConflictsStore.getState().weekStart;
      if (w) useConflictsStore.getState().weekChanged(w);
      useDeadlinesStore.getState().dataChanged();
      return;
    }
  }
}

export function startPlanningEvents(): () => void {
  try {
    return subscribe(handlePlanningEvent);
  } catch {
    return () => {};
  }
}
