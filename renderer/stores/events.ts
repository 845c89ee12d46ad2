import type { AppEvent } from '../../shared/api/contract';
import { useParticipantsStore } from '../features/participants/participantsStore';
import { useWeekEditStore } from '../features/week/weekEditStore';
import { useWeekStore } from '../features/week/weekStore';
import { followEvents } from './liveEvents';
import { noteWeekEvent } from './weekEvents';

/** What a pushed event means for the screens: reload what it touched, nothing else. */
export function handleAppEvent(event: AppEvent): void {
  if (event.type === 'week.changed') {
    if (useWeekStore.getState().weekStart === event.weekStart) {
      noteWeekEvent();
      void useWeekStore.getState().reload();
      // The checker's copy of the week and the undo history follow every change.
      if (useWeekEditStore.getState().weekStart === event.weekStart) void useWeekEditStore.getState().reload();
    }
    return;
  }
  // A region set up or removed: the setup store starts the app afresh (features/setup).
  if (event.type === 'data.changed' && event.area !== 'setup') {
    if (useWeekStore.getState().weekStart) void useWeekStore.getState().reload();
    if (useWeekEditStore.getState().weekStart) void useWeekEditStore.getState().reload();
    if (useParticipantsStore.getState().loaded) void useParticipantsStore.getState().reload();
  }
}

export function startEventSubscription(): () => void {
  return followEvents(handleAppEvent);
}
