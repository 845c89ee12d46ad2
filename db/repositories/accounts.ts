// Team-server accounts and their login sessions (issue 12). Passwords arrive here already
// hashed; session tokens only as hashes.
import type { Db } from '../connection';

export const ACCOUNT_ROLES = ['beheerder', 'coordinator', 'consultant', 'liaison'] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

export interface AccountRow {
  id: string;
  username: string;
  role: AccountRole;
  consultantId: string | null;
  schoolId: string | null;
  /** The consultant's or school's name, for the profile the account stands for. */
  linkedName: string | null;
  passwordHash: string;
  disabled: boolean;
  failedLogins: number;
  lockedUntil: number | null;
  createdAt: string;
  /** Base32 secret of the authenticator app; null while two-factor login is off. */
  totpSecret: string | null;
  /** The 30-second step of the last accepted code. */
  totpLastStep: number | null;
  email: string | null;
}

interface RawAccount {
  id: string;
  username: string;
  role: AccountRole;
  consultant_id: string | null;
  school_id: string | null;
  linked_name: string | null;
  password_hash: string;
  disabled: number;
  failed_logins: number;
  locked_until: number | null;
  created_at: string;
  totp_secret: string | null;
  totp_last_step: number | null;
  email: string | null;
}

const SELECT_ACCOUNT = `
SELECT a.*, COALESCE(c.name, s.name) AS linked_name
FROM accounts a
LEFT JOIN consultants c ON c.id = a.consultant_id
LEFT JOIN language_schools s ON s.id = a.school_id`;

function toAccount(r: RawAccount): AccountRow {
  return {
    id: r.id,
    username: r.username,
    role: r.role,
    consultantId: r.consultant_id,
    schoolId: r.school_id,
    linkedName: r.linked_name,
    passwordHash: r.password_hash,
    disabled: r.disabled === 1,
    failedLogins: r.failed_logins,
    lockedUntil: r.locked_until,
    createdAt: r.created_at,
    totpSecret: r.totp_secret,
    totpLastStep: r.totp_last_step,
    email: r.email,
  };
}

export interface NewAccount {
  id: string;
  username: string;
  role: AccountRole;
  consultantId: string | null;
  schoolId: string | null;
  /** Empty for an account that signs in only through the organisation (OpenID Connect). */
  passwordHash: string;
  createdAt: string;
  email?: string | null;
}

export function insertAccount(db: Db, a: NewAccount): void {
  db.prepare(`INSERT INTO accounts (id, username, role, consultant_id, school_id, password_hash, created_at, email) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(
    a.id,
    a.username,
    a.role,
    a.consultantId,
    a.schoolId,
    a.passwordHash,
    a.createdAt,
    a.email ?? null,
  );
}

export function getAccountByEmail(db: Db, email: string): AccountRow | null {
  const r = db.prepare(`${SELECT_ACCOUNT} WHERE a.email = ? COLLATE NOCASE`).get(email) as RawAccount | undefined;
  return r ? toAccount(r) : null;
}

export function setAccountEmail(db: Db, id: string, email: string | null): void {
  db.prepare(`UPDATE accounts SET email = ? WHERE id = ?`).run(email, id);
}

/** Turns two-factor login on (a confirmed secret and the step of the confirming code) or off (nulls). */
export function setAccountTotp(db: Db, id: string, secret: string | null, lastStep: number | null): void {
  db.prepare(`UPDATE accounts SET totp_secret = ?, totp_last_step = ? WHERE id = ?`).run(secret, lastStep, id);
}

/**
 * Marks a code's step as used; false when this step (or a later one) was used already, so the
 * same code is never accepted twice, not even by two requests at once.
 */
export function useTotpStep(db: Db, id: string, step: number): boolean {
  return (
    db.prepare(`UPDATE accounts SET totp_last_step = ? WHERE id = ? AND totp_secret IS NOT NULL AND (totp_last_step IS NULL OR totp_last_step < ?)`).run(step, id, step).changes ===
    1
  );
}

export function getAccountByUsername(db: Db, username: string): AccountRow | null {
  const r = db.prepare(`${SELECT_ACCOUNT} WHERE a.username = ? COLLATE NOCASE`).get(username) as RawAccount | undefined;
  return r ? toAccount(r) : null;
}

export function getAccount(db: Db, id: string): AccountRow | null {
  const r = db.prepare(`${SELECT_ACCOUNT} WHERE a.id = ?`).get(id) as RawAccount | undefined;
  return r ? toAccount(r) : null;
}

export function listAccounts(db: Db): AccountRow[] {
  return (db.prepare(`${SELECT_ACCOUNT} ORDER BY a.username COLLATE NOCASE`).all() as RawAccount[]).map(toAccount);
}

export function countAccounts(db: Db): number {
  return (db.prepare(`SELECT count(*) AS n FROM accounts`).get() as { n: number }).n;
}

export function consultantExists(db: Db, id: string): boolean {
  return db.prepare(`SELECT 1 FROM consultants WHERE id = ?`).get(id) !== undefined;
}

export function schoolExists(db: Db, id: string): boolean {
  return db.prepare(`SELECT 1 FROM language_schools WHERE id = ?`).get(id) !== undefined;
}

/** A wrong password: one more failure, and from `lockAfter` failures on a lock until `lockUntil`. */
export function recordFailedLogin(db: Db, id: string, lockAfter: number, lockUntil: number): AccountRow | null {
  db.prepare(
    `UPDATE accounts SET failed_logins = failed_logins + 1,
       locked_until = CASE WHEN failed_logins + 1 >= ? THEN ? ELSE locked_until END
     WHERE id = ?`,
  ).run(lockAfter, lockUntil, id);
  return getAccount(db, id);
}

export function clearFailedLogins(db: Db, id: string): void {
  db.prepare(`UPDATE accounts SET failed_logins = 0, locked_until = NULL WHERE id = ?`).run(id);
}

export function setAccountPassword(db: Db, id: string, passwordHash: string): void {
  db.prepare(`UPDATE accounts SET password_hash = ?, failed_logins = 0, locked_until = NULL WHERE id = ?`).run(passwordHash, id);
}

export function setAccountDisabled(db: Db, id: string, disabled: boolean): void {
  db.prepare(`UPDATE accounts SET disabled = ? WHERE id = ?`).run(disabled ? 1 : 0, id);
}

export function setAccountRole(db: Db, id: string, role: AccountRole, consultantId: string | null, schoolId: string | null): void {
  db.prepare(`UPDATE accounts SET role = ?, consultant_id = ?, school_id = ? WHERE id = ?`).run(role, consultantId, schoolId, id);
}

export interface AuthSessionRow {
  accountId: string;
  csrfToken: string;
  createdAt: number;
  lastSeenAt: number;
}

export function insertAuthSession(db: Db, tokenHash: string, accountId: string, csrfToken: string, at: number): void {
  db.prepare(`INSERT INTO auth_sessions (token_hash, account_id, csrf_token, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?)`).run(tokenHash, accountId, csrfToken, at, at);
}

export function getAuthSession(db: Db, tokenHash: string): AuthSessionRow | null {
  const r = db.prepare(`SELECT account_id, csrf_token, created_at, last_seen_at FROM auth_sessions WHERE token_hash = ?`).get(tokenHash) as
    { account_id: string; csrf_token: string; created_at: number; last_seen_at: number } | undefined;
  return r ? { accountId: r.account_id, csrfToken: r.csrf_token, createdAt: r.created_at, lastSeenAt: r.last_seen_at } : null;
}

export function touchAuthSession(db: Db, tokenHash: string, at: number): void {
  db.prepare(`UPDATE auth_sessions SET last_seen_at = ? WHERE token_hash = ?`).run(at, tokenHash);
}

export function deleteAuthSession(db: Db, tokenHash: string): void {
  db.prepare(`DELETE FROM auth_sessions WHERE token_hash = ?`).run(tokenHash);
}

/** "Overal uitloggen", a disabled account, a new password: every session of the account ends. */
export function deleteAuthSessionsOf(db: Db, accountId: string): number {
  return db.prepare(`DELETE FROM auth_sessions WHERE account_id = ?`).run(accountId).changes;
}

export function deleteIdleAuthSessions(db: Db, seenBefore: number): number {
  return db.prepare(`DELETE FROM auth_sessions WHERE last_seen_at < ?`).run(seenBefore).changes;
}
