// Test support, not used by the app: malformed variants of a valid call input, for the test that
// sends them through every call and wants a typed refusal (4xx) rather than an internal error.
// Every variant changes the valid input in one place (a field, an array element, the whole
// payload) or, for the seeded random ones, in a few places at once; values that look like a
// date or a time get impossible dates and times, everything else wrong types and extremes.
import type { Rng } from '../../shared/domain/rng';

export interface Variant {
  /** Where and what, e.g. "start = 2026-11-31T09:00". */
  label: string;
  payload: unknown;
}

type Path = (string | number)[];

const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Impossible or out-of-range calendar days (and a few real ones far from the demo). */
const BAD_DATES = [
  '2026-11-31',
  '2026-12-00',
  '2026-02-29',
  '2100-02-29',
  '2026-13-01',
  '2026-00-10',
  '2026-11-32',
  '0000-01-01',
  '0001-01-01',
  '1899-12-25',
  '1970-01-05',
  '1999-12-27',
  '2100-01-04',
  '9999-12-27',
  '9999-12-31',
  '2026-11-24',
  '2026-1-5',
  '20261123',
  '2026/11/23',
  '+02026-11-23',
  '2026-11-23 ',
  // The first and last days and Mondays the contract accepts: weeks derived from them cross the range.
  '2000-01-01',
  '2000-01-03',
  '1999-12-31',
  '2099-12-28',
  '2099-12-31',
  '2100-01-01',
];

/** Impossible, off-grid or badly written times of day. */
const BAD_TIMES = ['29:59', '25:61', '24:00', '23:60', '09:60', '09:07', '23:59', '23:45', '00:00', '-1:00', '9:00', '09:0', '0900', '09:00:00', '09:00Z', '09:00+01:00'];

const BAD_STRINGS = ['', ' ', 'x'.repeat(10_000), '\u0000', '💥', "' OR 1=1 --", '../../etc/passwd', '__proto__', 'constructor', 'NaN', '-1', '1e309', 'null'];

const BAD_NUMBERS = [
  0,
  -1,
  -0,
  0.5,
  1.5,
  1e9,
  -1e9,
  1e308,
  -1e308,
  2 ** 31,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 2,
  -Number.MAX_SAFE_INTEGER - 2,
  NaN,
  Infinity,
  -Infinity,
];

function deepNest(depth: number): unknown {
  let x: unknown = 'bodem';
  for (let i = 0; i < depth; i++) x = i % 2 ? [x] : { x };
  return x;
}

/** Values of the wrong type for any field. */
const WRONG_TYPES: unknown[] = [null, undefined, true, 42, 'x', [], {}, [1, 2, 3], { a: 1 }, deepNest(60), new Date(0), 1n, JSON.parse('{"__proto__": {"polluted": true}}')];

function show(v: unknown): string {
  // JSON-escaped, so a NUL or other control character shows as itself in a failure message.
  if (typeof v === 'string') return v.length > 30 ? `${JSON.stringify(v.slice(0, 12))}… (${v.length} tekens)` : JSON.stringify(v);
  if (typeof v === 'bigint') return `${v}n`;
  if (v instanceof Date) return `Date(${v.getTime()})`;
  if (v === undefined) return 'undefined';
  if (typeof v === 'number') return String(v);
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

/** Every place in a JSON-like value: object members and array elements, depth first. */
function paths(v: unknown, at: Path = []): Path[] {
  const out: Path[] = [];
  if (Array.isArray(v)) v.forEach((x, i) => out.push([...at, i], ...paths(x, [...at, i])));
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) out.push([...at, k], ...paths(x, [...at, k]));
  return out;
}

function get(v: unknown, p: Path): unknown {
  return p.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], v);
}

/** A copy of v with the value at p replaced (or removed: drop). */
function set(v: unknown, p: Path, value: unknown, drop = false): unknown {
  if (p.length === 0) return value;
  const [k, ...rest] = p;
  if (Array.isArray(v)) {
    const out = [...v];
    if (rest.length === 0 && drop) out.splice(k as number, 1);
    else out[k as number] = set(v[k as number], rest, value, drop);
    return out;
  }
  const out = { ...(v as Record<string, unknown>) };
  if (rest.length === 0 && drop) delete out[k as string];
  else out[k as string] = set(out[k as string], rest, value, drop);
  return out;
}

/** The malformed values for one field, chosen by what the valid value looks like. */
function badValuesFor(valid: unknown): unknown[] {
  const out: unknown[] = [...WRONG_TYPES];
  if (typeof valid === 'string') {
    out.push(...BAD_STRINGS);
    if (LOCAL_TIME.test(valid)) {
      const day = valid.slice(0, 10);
      const time = valid.slice(11);
      out.push(...BAD_TIMES.map((t) => `${day}T${t}`), ...BAD_DATES.map((d) => `${d}T${time}`), `${day} ${time}`, `${valid}:00`, `${valid}Z`, day);
    } else if (ISO_DATE.test(valid)) {
      out.push(...BAD_DATES, `${valid}T09:00`);
    }
  } else if (typeof valid === 'number') {
    out.push(...BAD_NUMBERS, String(valid));
  } else if (Array.isArray(valid)) {
    out.push(
      Array.from({ length: 200 }, () => valid[0] ?? 'x'),
      [null],
      [[]],
      [{}],
    );
  } else if (valid !== null && typeof valid === 'object') {
    // An own "__proto__" key, as JSON.parse makes it from a request body.
    const withProto = { ...valid };
    Object.defineProperty(withProto, '__proto__', { value: { polluted: true }, enumerable: true, configurable: true, writable: true });
    out.push({ ...valid, extra: 1 }, withProto);
  }
  return out;
}

/**
 * The malformed variants of one valid input: the whole payload replaced; for every field or
 * element each bad value and its removal; an extra field; then `random` seeded variants with
 * two or three places changed at once (an impossible start with a good end, and so on).
 */
export function malformedVariants(valid: unknown, rng: Rng, random = 20): Variant[] {
  const out: Variant[] = [];
  for (const v of [...WRONG_TYPES, 'x'.repeat(10_000)]) out.push({ label: `invoer = ${show(v)}`, payload: v });
  out.push({ label: 'extra veld', payload: { ...(valid as object), extra: 'x' } });
  const all = paths(valid);
  for (const p of all) {
    const name = p.join('.');
    out.push({ label: `${name} weggelaten`, payload: set(valid, p, undefined, true) });
    for (const v of badValuesFor(get(valid, p))) out.push({ label: `${name} = ${show(v)}`, payload: set(valid, p, v) });
  }
  for (let i = 0; i < random && all.length > 0; i++) {
    const places = rng.shuffle(all).slice(0, rng.int(2, 3));
    let payload = valid;
    const labels: string[] = [];
    for (const p of places) {
      const v = rng.pick(badValuesFor(get(valid, p)));
      payload = set(payload, p, v);
      labels.push(`${p.join('.')} = ${show(v)}`);
    }
    out.push({ label: labels.join(', '), payload });
  }
  return out;
}
