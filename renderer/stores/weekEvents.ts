// How many week.changed events for the shown week this window has received: a change that sees
// the count go up while it was on its way knows the event's reload covers it.
let seen = 0;

export function weekEventsSeen(): number {
  return seen;
}

export function noteWeekEvent(): void {
  seen++;
}
