// npx tsx scripts/bench-history.ts [edits]
// Bytes of undo history per session edit, on the demo region through the real services: each
// edit moves a session by a quarter of an hour (as a drag in the week does). Before the history
// stored changes, every edit kept two copies of the whole week (about 27 KB an edit).
import { callOk, coordinatorServices, DEMO_WEEK } from '../test/support/demo-services';
import { historyBytes, MAX_UNDO_STEPS_PER_WEEK } from '../db/repositories/week-history';
import { historyStepCount } from '../db/repositories/week-test-queries';

const edits = Number(process.argv[2] ?? 500);
const { db, dispatch } = coordinatorServices();
const week = await callOk(dispatch, 'week.get', { weekStart: DEMO_WEEK });
const sessions = week.sessions.filter((s) => s.status === 'proposed' || s.status === 'accepted');
const bookings = sessions.reduce((n, s) => n + s.participants.length, 0);
const shift = (t: string, minutes: number) => {
  const m = +t.slice(11, 13) * 60 + +t.slice(14, 16) + minutes;
  return `${t.slice(0, 11)}${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};
let done = 0;
const sizes: number[] = [];
for (let i = 0; i < edits; i++) {
  const s = sessions[i % sessions.length]!;
  const current = (await callOk(dispatch, 'week.get', { weekStart: DEMO_WEEK })).sessions.find((x) => x.id === s.id)!;
  const back = Math.floor(i / sessions.length) % 2 === 1;
  const delta = back ? -15 : 15;
  const r = await dispatch(
    'session.update',
    { sessionId: s.id, start: shift(current.start, delta), end: shift(current.end, delta), confirmPublished: true },
    { transport: 'test', session: { profile: null } },
  );
  if (!r.ok) continue;
  done++;
  if (done <= MAX_UNDO_STEPS_PER_WEEK) sizes.push(historyBytes(db, DEMO_WEEK));
}
const total = historyBytes(db, DEMO_WEEK);
const steps = historyStepCount(db, DEMO_WEEK);
console.log(`week ${DEMO_WEEK}: ${sessions.length} sessies, ${bookings} deelnemers in sessies`);
console.log(`${done} bewerkingen: geschiedenis ${total} bytes in ${steps} stappen (max ${MAX_UNDO_STEPS_PER_WEEK} per week), ${(total / steps).toFixed(0)} bytes per bewerking`);
console.log(
  `groei over de eerste ${sizes.length} bewerkingen: ${sizes.length > 1 ? ((sizes[sizes.length - 1]! - sizes[0]!) / (sizes.length - 1)).toFixed(0) : '-'} bytes per bewerking; daarna begrensd`,
);
db.close();
