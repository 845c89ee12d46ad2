// Passwords are stored only as salted scrypt hashes (Node's crypto: no native add-on to build),
// and checked against Mozilla's list of common passwords before they are accepted.
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import commonPasswords from 'fxa-common-password-list';

export const MIN_PASSWORD_LENGTH = 12;

// OWASP's scrypt minimum (N=2^17, r=8, p=1) costs 128 MiB and ~0.3 s per login here; that is
// the point of it. maxmem must allow 128·N·r bytes.
const COST = { N: 2 ** 17, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

function scrypt(password: string, salt: Buffer, keylen: number, opts: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => scryptCb(password.normalize('NFC'), salt, keylen, opts, (err, key) => (err ? reject(err) : resolve(key))));
}

const options = (N: number, r: number, p: number): ScryptOptions => ({ N, r, p, maxmem: 256 * N * r });

/** `scrypt$N$r$p$salt$hash`, base64url parts: the parameters travel with the hash, so they can be raised later. */
export async function hashPassword(password: string, cost: { N: number; r: number; p: number } = COST): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, KEY_LENGTH, options(cost.N, cost.r, cost.p));
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  const salt = Buffer.from(parts[4]!, 'base64url');
  const expected = Buffer.from(parts[5]!, 'base64url');
  if (!Number.isInteger(N) || !Number.isInteger(r) || !Number.isInteger(p) || expected.length === 0) return false;
  const key = await scrypt(password, salt, expected.length, options(N, r, p));
  return timingSafeEqual(key, expected);
}

/** Why this password may not be used, in Dutch; null when it may. */
export function passwordProblem(password: string, username: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Het wachtwoord moet minstens ${MIN_PASSWORD_LENGTH} tekens lang zijn.`;
  if (password.length > 256) return 'Het wachtwoord mag hooguit 256 tekens lang zijn.';
  const lower = password.toLowerCase();
  if (commonPasswords.test(password) || commonPasswords.test(lower)) return 'Dit wachtwoord staat op een lijst van veelgebruikte wachtwoorden. Kies een ander.';
  if (username.length >= 3 && lower.includes(username.toLowerCase())) return 'Het wachtwoord mag de gebruikersnaam niet bevatten.';
  if (new Set(password).size < 4) return 'Het wachtwoord bestaat uit te weinig verschillende tekens.';
  return null;
}
