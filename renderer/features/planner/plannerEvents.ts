// Pushed events for the planner, conflicts, deadline and request screens. The week store has its own
// subscription (stores/events.ts); this one adds what those screens need.
import type { AppEvent } from '../../../shared/api/contract';
import { useConflictsStore } from '../conflicts/conflictsStore';
import { useDeadlinesStore } from '../deadlines/deadlinesStore';
import { usePlannerStore } from './plannerStore';
import { useRequestsStore } from '../requests/requestsStore';
import { followEvents } from '../../stores/liveEvents';

export function handlePlannerEvent(event: AppEvent): void {
  switch (event.type) {
    case 'planner.progress':
    case 'planner.finished':
      usePlannerStore.getState().handleEvent(event);
      return;
    case 'week.changed':
      useConflictsStore.getState().weekChanged(event.weekStart);
      useDeadlinesStore.getState().weekChanged(event.weekStart);
      return;
    case 'data.changed': {
      if (event.area === 'setup') return;
      if (event.area === 'requests') void useRequestsStore.getState().load();
      const w = useConflictsStore.getState().weekStart;
      if (w) useConflictsStore.getState().weekChanged(w);
      useDeadlinesStore.getState().dataChanged();
      return;
    }
  }
}

export function startPlannerEvents(): () => void {
  return followEvents(handlePlannerEvent);
}
