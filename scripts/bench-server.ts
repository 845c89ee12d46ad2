// npm run bench:server [-- --users 50 --seconds 60 --ramp]
// Load on one team server (dist-electron/server.mjs, run `npm run build` first) on the demo
// region: simulated users log in and work as a keten does: coordinators read weeks and
// conflicts and move sessions, consultants read their caseload and book and cancel toets slots,
// liaisons read their school's capacity, and one coordinator starts a planner run. Prints p50
// and p95 latency per call kind and checks that every acknowledged booking is in the database.
// With --ramp it then doubles the users until p95 passes 500 ms.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBackend } from '../electron/backend';
import { createAuth } from '../electron/services/auth/accounts';
import { listConsultants, listSchools } from '../db/repositories/region';
import { mondayOf } from '../shared/domain/week';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const USERS = arg('users', 50);
const SECONDS = arg('seconds', 60);
const RAMP = process.argv.includes('--ramp');
const PASSWORD = 'Bench-wachtwoord-2026!';
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const TODAY = '2026-11-25';

type Role = 'coordinator' | 'consultant' | 'liaison';
interface Account {
  username: string;
  role: Role;
  consultantId?: string;
}

async function prepare(dataDir: string): Promise<Account[]> {
  const b = createBackend({ dataDir, version: 'bench', today: TODAY, firstStart: 'demo', program: 'bench-setup' });
  const auth = createAuth(b.db, { cost: { N: 2 ** 14, r: 8, p: 1 } });
  const accounts: Account[] = [];
  const consultants = listConsultants(b.db);
  const schools = listSchools(b.db);
  const adds: Promise<unknown>[] = [];
  for (let i = 0; i < 4; i++) {
    accounts.push({ username: `coordinator${i}`, role: 'coordinator' });
    adds.push(auth.add({ username: `coordinator${i}`, role: 'coordinator', password: PASSWORD }, 'bench'));
  }
  consultants.forEach((c, i) => {
    accounts.push({ username: `consulent${i}`, role: 'consultant', consultantId: c.id });
    adds.push(auth.add({ username: `consulent${i}`, role: 'consultant', consultantId: c.id, password: PASSWORD }, 'bench'));
  });
  schools.forEach((s, i) => {
    accounts.push({ username: `school${i}`, role: 'liaison' });
    adds.push(auth.add({ username: `school${i}`, role: 'liaison', schoolId: s.id, password: PASSWORD }, 'bench'));
  });
  await Promise.all(adds);
  b.close();
  return accounts;
}

async function startServer(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [join(ROOT, 'dist-electron', 'server.mjs'), '--data-dir', dataDir, '--port', '0', '--today', TODAY], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', () => {
      const m = /draait op (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`server stopte (${code}):\n${out}`)));
  });
  return { url, child };
}

interface Client {
  account: Account;
  cookie: string;
  csrf: string;
}

const latencies = new Map<string, number[]>();
let errors = 0;
const errorSamples: string[] = [];

async function timed<T>(kind: string, fn: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  try {
    return await fn();
  } finally {
    const list = latencies.get(kind) ?? [];
    list.push(performance.now() - t0);
    latencies.set(kind, list);
  }
}

async function login(base: string, account: Account): Promise<Client> {
  const res = await timed('login', () =>
    fetch(`${base}auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: account.username, password: PASSWORD }) }),
  );
  if (res.status !== 200) throw new Error(`login ${account.username}: ${res.status}`);
  const body = (await res.json()) as { data: { csrfToken: string } };
  return { account, cookie: res.headers.get('set-cookie')!.split(';')[0]!, csrf: body.data.csrfToken };
}

async function call<T>(base: string, c: Client, name: string, input: unknown, expectOk = true): Promise<{ ok: boolean; data?: T; error?: { code: string; message: string } }> {
  const res = await timed(name, async () => {
    const r = await fetch(`${base}api/call/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: c.cookie, 'X-CSRF-Token': c.csrf },
      body: JSON.stringify(input),
    });
    return (await r.json()) as { ok: boolean; data?: T; error?: { code: string; message: string } };
  });
  // A refusal the app itself gives (a slot just taken) is an answer, not an error.
  if (!res.ok && (expectOk || res.error?.code === 'internal')) {
    errors++;
    if (errorSamples.length < 5) errorSamples.push(`${name}: ${res.error?.message}`);
  }
  return res;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const thinkTime = () => pause(200 + Math.random() * 800);
const weekStart = mondayOf(TODAY);

/** What each consultant's client has booked, as the server acknowledged it last. */
const acknowledged = new Map<string, { client: Client; sessionId: string | null }>();

async function consultantLoop(base: string, c: Client, until: number): Promise<void> {
  const caseload = await call<{ items: { participant: { id: string } }[] }>(base, c, 'consultant.caseload', {});
  const clients = caseload.data?.items.map((i) => i.participant.id) ?? [];
  while (Date.now() < until) {
    const roll = Math.random();
    if (roll < 0.4 || clients.length === 0) await call(base, c, 'consultant.caseload', {});
    else {
      const pid = clients[Math.floor(Math.random() * clients.length)]!;
      const slots = await call<{ booked: { sessionId: string } | null; slots: { sessionId: string }[] }>(base, c, 'toets.slots', { participantId: pid, weekStart });
      if (slots.data?.booked) {
        const r = await call(base, c, 'toets.cancel', { participantId: pid }, false);
        if (r.ok) acknowledged.set(pid, { client: c, sessionId: null });
      } else if (slots.data && slots.data.slots.length > 0) {
        const sessionId = slots.data.slots[Math.floor(Math.random() * slots.data.slots.length)]!.sessionId;
        const r = await call(base, c, 'toets.book', { participantId: pid, sessionId }, false);
        if (r.ok) acknowledged.set(pid, { client: c, sessionId });
      }
    }
    await thinkTime();
  }
}

async function coordinatorLoop(base: string, c: Client, until: number, planner: boolean): Promise<void> {
  if (planner) await call(base, c, 'planner.start', { weekStart: mondayOf('2026-12-07'), timeLimitSeconds: 10 });
  while (Date.now() < until) {
    const roll = Math.random();
    if (roll < 0.5) await call(base, c, 'week.get', { weekStart });
    else if (roll < 0.8) await call(base, c, 'week.conflicts', { weekStart });
    else {
      const week = await call<{ sessions: { id: string; start: string; end: string; status: string }[] }>(base, c, 'week.get', { weekStart });
      const s = week.data?.sessions.find((x) => x.status !== 'cancelled');
      if (s) {
        // Back and forth by a quarter of an hour, as a drag does; a clash is refused, which is fine.
        const shift = (t: string, m: number) => {
          const total = +t.slice(11, 13) * 60 + +t.slice(14, 16) + m;
          return `${t.slice(0, 11)}${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
        };
        const d = Math.random() < 0.5 ? 15 : -15;
        await call(base, c, 'session.update', { sessionId: s.id, start: shift(s.start, d), end: shift(s.end, d), confirmPublished: true }, false);
      }
    }
    await thinkTime();
  }
}

async function liaisonLoop(base: string, c: Client, until: number): Promise<void> {
  while (Date.now() < until) {
    await call(base, c, 'school.capacity', { weekStart, weeks: 3 });
    await thinkTime();
  }
}

function pct(list: number[], p: number): number {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function run(base: string, accounts: Account[], users: number, seconds: number): Promise<number> {
  latencies.clear();
  errors = 0;
  const clients: Client[] = [];
  for (let i = 0; i < users; i++) {
    // Mostly consultants, a few coordinators and liaisons; accounts are shared when users outnumber them.
    const pool =
      i % 10 === 0
        ? accounts.filter((a) => a.role === 'coordinator')
        : i % 10 === 1
          ? accounts.filter((a) => a.role === 'liaison')
          : accounts.filter((a) => a.role === 'consultant');
    clients.push(await login(base, pool[i % pool.length]!));
  }
  const until = Date.now() + seconds * 1000;
  let plannerStarted = false;
  await Promise.all(
    clients.map((c) => {
      if (c.account.role === 'consultant') return consultantLoop(base, c, until);
      if (c.account.role === 'liaison') return liaisonLoop(base, c, until);
      const planner = !plannerStarted;
      plannerStarted = true;
      return coordinatorLoop(base, c, until, planner);
    }),
  );
  let all: number[] = [];
  console.log(`\n${users} gebruikers, ${seconds} s:`);
  console.log('aanroep'.padEnd(22) + 'aantal'.padStart(8) + 'p50 ms'.padStart(10) + 'p95 ms'.padStart(10));
  for (const [kind, list] of [...latencies.entries()].sort()) {
    all = all.concat(list);
    console.log(kind.padEnd(22) + String(list.length).padStart(8) + pct(list, 50).toFixed(1).padStart(10) + pct(list, 95).toFixed(1).padStart(10));
  }
  const p95 = pct(all, 95);
  console.log(
    `alles: ${all.length} aanroepen, p50 ${pct(all, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, fouten ${errors}${errorSamples.length ? ` (${errorSamples.join('; ')})` : ''}`,
  );
  return p95;
}

async function verify(base: string): Promise<void> {
  let missing = 0;
  for (const [pid, { client, sessionId }] of acknowledged) {
    const slots = await call<{ booked: { sessionId: string } | null }>(base, client, 'toets.slots', { participantId: pid, weekStart });
    if ((slots.data?.booked?.sessionId ?? null) !== sessionId) missing++;
  }
  console.log(`bevestigde boekingen gecontroleerd: ${acknowledged.size} cliënten, ${missing} afwijkend (verloren of dubbel)`);
}

const dataDir = mkdtempSync(join(tmpdir(), 'kp-bench-server-'));
const accounts = await prepare(dataDir);
const { url, child } = await startServer(dataDir);
try {
  console.log(`teamserver ${url}, demoregio, ${accounts.length} accounts`);
  await run(url, accounts, USERS, SECONDS);
  await verify(url);
  if (RAMP) {
    for (let users = USERS * 2; users <= 800; users *= 2) {
      const p95 = await run(url, accounts, users, 20);
      if (p95 > 500) {
        console.log(`\np95 boven 500 ms bij ${users} gebruikers.`);
        break;
      }
    }
  }
} finally {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}
