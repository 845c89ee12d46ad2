// Accounts and login for the team server (issue 12). The HTTP transport calls this; the role a
// caller has comes from here, never from what the caller says.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Db } from '../../../db/connection';
import { writeTx } from '../../../db/tx';
import { writeAudit } from '../../../db/repositories/audit';
import {
  ACCOUNT_ROLES,
  clearFailedLogins,
  consultantExists,
  deleteAuthSession,
  deleteAuthSessionsOf,
  deleteIdleAuthSessions,
  getAccount,
  getAccountByEmail,
  getAccountByUsername,
  getAuthSession,
  insertAccount,
  insertAuthSession,
  listAccounts,
  recordFailedLogin,
  schoolExists,
  setAccountDisabled,
  setAccountEmail,
  setAccountPassword,
  setAccountRole,
  setAccountTotp,
  touchAuthSession,
  useTotpStep,
  type AccountRole,
  type AccountRow,
} from '../../../db/repositories/accounts';
import type { Profile } from '../../../shared/api/contract';
import { msg, renderMsg, type Msg } from '../../../shared/messages';
import { amsterdamNow } from '../context';
import { hashPassword, passwordProblem, verifyPassword } from './passwords';
import { AddressThrottle } from './throttle';
import { newTotpSecret, secretInGroups, totpQrDataUrl, totpStepOf, totpUri } from './totp';

export { ACCOUNT_ROLES, type AccountRole } from '../../../db/repositories/accounts';

export const ROLE_NL: Record<AccountRole, string> = {
  beheerder: 'beheerder',
  coordinator: 'coördinator',
  consultant: 'consulent',
  liaison: 'taalschool',
};

export interface AuthOptions {
  /** Epoch ms; injectable for tests of expiry and lockout. */
  clock?: () => number;
  /** A session ends after this long without a request; default 30 minutes. */
  idleMs?: number;
  /** Wrong passwords in a row before an account locks; default 5. */
  lockAfter?: number;
  /** How long a lock holds; default 15 minutes. */
  lockMs?: number;
  /** scrypt cost, lowered only by tests. */
  cost?: { N: number; r: number; p: number };
}

export interface AccountInfo {
  id: string;
  username: string;
  role: AccountRole;
  consultantId: string | null;
  schoolId: string | null;
  linkedName: string | null;
  disabled: boolean;
  locked: boolean;
  /** Two-factor login (authenticator app) is on. */
  totp: boolean;
  /** For single sign-on: the e-mail the organisation's provider gives for this person. */
  email: string | null;
}

export interface SignedIn {
  account: AccountInfo;
  profile: Profile;
  csrfToken: string;
}

export type SessionResult = ({ ok: true; sessionToken: string } & SignedIn) | { ok: false; status: 401 | 429; message: string };

/**
 * The password was right but a second step comes first: the code of the authenticator app
 * ('totp'), or, for a beheerder without one, setting it up ('totp-setup'). The ticket carries
 * the login to that step; it is no session and opens nothing else.
 */
export interface SecondStep {
  ok: true;
  next: 'totp' | 'totp-setup';
  ticket: string;
}

export type LoginResult = SessionResult | SecondStep;

/** What the screen shows to set up an authenticator app. */
export interface TotpEnrolment {
  /** Base32, in groups of four: the text alternative of the QR code. */
  secret: string;
  uri: string;
  /** The QR code as a data: URL (PNG). */
  qr: string;
}

/** Who sets up an authenticator app: a login halfway (its ticket) or a signed-in account. */
export type TotpActor = { ticket: string } | { accountId: string };

/** A login halfway (password right, code still to come) lasts five minutes: time to fetch a phone. */
const TICKET_MS = 5 * 60_000;

/** A refusal of an account change: Dutch for the command line, and as a message (`msg`) for the screen when it has one. */
export class AccountError extends Error {
  readonly msg?: Msg;
  constructor(
    message: string | Msg,
    readonly field?: string,
  ) {
    super(typeof message === 'string' ? message : renderMsg(message, 'nl'));
    this.name = 'AccountError';
    if (typeof message !== 'string') this.msg = message;
  }
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

/** The profile an account works as: a beheerder works as coordinator (and manages accounts). */
export function profileOfAccount(a: AccountRow): Profile {
  if (a.role === 'consultant') return { kind: 'consultant', id: a.consultantId, name: a.linkedName ?? a.username };
  if (a.role === 'liaison') return { kind: 'liaison', id: a.schoolId, name: a.linkedName ?? a.username };
  return { kind: 'coordinator', id: null, name: a.role === 'beheerder' ? 'Beheerder' : 'Coördinator' };
}

export function createAuth(db: Db, opts: AuthOptions = {}) {
  const clock = opts.clock ?? Date.now;
  const idleMs = opts.idleMs ?? 30 * 60_000;
  const lockAfter = opts.lockAfter ?? 5;
  const lockMs = opts.lockMs ?? 15 * 60_000;
  const addresses = new AddressThrottle({ clock, maxFailures: 20, windowMs: lockMs });
  // Without an account the password is still checked against something, so the answer takes as
  // long for an unknown name as for a wrong password and does not reveal which names exist.
  const dummyHash = hashPassword(randomBytes(16).toString('hex'), opts.cost);

  const info = (a: AccountRow): AccountInfo => ({
    id: a.id,
    username: a.username,
    role: a.role,
    consultantId: a.consultantId,
    schoolId: a.schoolId,
    linkedName: a.linkedName,
    disabled: a.disabled,
    locked: a.lockedUntil !== null && a.lockedUntil > clock(),
    totp: a.totpSecret !== null,
    email: a.email,
  });

  interface Ticket {
    accountId: string;
    next: 'totp' | 'totp-setup';
    expires: number;
    address: string;
    /** The secret being set up, until a code confirms it. */
    setupSecret?: string;
  }
  const tickets = new Map<string, Ticket>();
  /** Signed-in accounts setting up an app: the secret until a code confirms it. */
  const enrolments = new Map<string, { secret: string; expires: number }>();

  function forget(): void {
    const now = clock();
    for (const [k, t] of tickets) if (t.expires <= now) tickets.delete(k);
    for (const [k, e] of enrolments) if (e.expires <= now) enrolments.delete(k);
  }

  function lockedMessage(account: AccountRow, now: number): SessionResult | null {
    if (account.lockedUntil === null || account.lockedUntil <= now) return null;
    const minutes = Math.max(1, Math.ceil((account.lockedUntil - now) / 60_000));
    return {
      ok: false,
      status: 429,
      message: `Dit account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het over ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} opnieuw, of vraag de beheerder.`,
    };
  }

  function startSession(account: AccountRow, address: string, purpose: string): SessionResult {
    const now = clock();
    const sessionToken = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(32).toString('base64url');
    writeTx(db, () => {
      clearFailedLogins(db, account.id);
      deleteIdleAuthSessions(db, now - idleMs);
      insertAuthSession(db, hashToken(sessionToken), account.id, csrfToken, now);
      writeAudit(db, audit(account.username, purpose), 'view', 'account', account.id, { address });
    });
    const fresh = getAccount(db, account.id)!;
    return { ok: true, sessionToken, csrfToken, account: info(fresh), profile: profileOfAccount(fresh) };
  }

  /** A wrong or reused code counts like a wrong password: towards the address's and the account's lock. */
  function wrongCode(account: AccountRow, address: string, message: string): SessionResult {
    addresses.fail(address);
    writeTx(db, () => {
      recordFailedLogin(db, account.id, lockAfter, clock() + lockMs);
      writeAudit(db, audit(account.username, 'inlogcode geweigerd'), 'refused', 'account', account.id, { address });
    });
    return { ok: false, status: 401, message };
  }

  const expiredTicket: SessionResult = { ok: false, status: 401, message: 'Uw inlogpoging is verlopen. Log opnieuw in met uw wachtwoord.' };
  const refusedAddress = { ok: false as const, status: 429 as const, message: 'Te veel mislukte pogingen vanaf dit adres. Probeer het over een kwartier opnieuw.' };

  function ticketOf(ticket: string): Ticket | null {
    forget();
    return tickets.get(hashToken(ticket)) ?? null;
  }

  const audit = (actor: string, purpose: string) => ({ actor, purpose, now: () => amsterdamNow(new Date(clock())) });

  function checkLink(role: AccountRole, consultantId: string | null, schoolId: string | null): void {
    if (role === 'consultant' && (!consultantId || !consultantExists(db, consultantId))) throw new AccountError('Kies de consulent bij wie dit account hoort.', 'consultantId');
    if (role === 'liaison' && (!schoolId || !schoolExists(db, schoolId))) throw new AccountError('Kies de taalschool bij wie dit account hoort.', 'schoolId');
  }

  function checkEmail(raw: string | null | undefined): string | null {
    const email = (raw ?? '').trim();
    if (!email) return null;
    if (email.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new AccountError(msg('accounts.emailInvalid'), 'email');
    return email;
  }

  return {
    list: (): AccountInfo[] => listAccounts(db).map(info),

    /**
     * Single sign-on: the organisation's provider vouched for this e-mail. The account with that
     * e-mail signs in (its role is the app's); two-factor login still applies as with a password.
     */
    loginByEmail(email: string, address: string): LoginResult & { reason?: 'unknown' | 'disabled' | 'locked' } {
      const account = getAccountByEmail(db, email);
      if (!account) return { ok: false, status: 401, message: 'Er is geen account met dit e-mailadres.', reason: 'unknown' };
      if (account.disabled) {
        writeTx(db, () => writeAudit(db, audit(account.username, 'inloggen via organisatie geweigerd'), 'refused', 'account', account.id, { address }));
        return { ok: false, status: 401, message: 'Dit account is geblokkeerd.', reason: 'disabled' };
      }
      const locked = lockedMessage(account, clock());
      if (locked) return { ...locked, reason: 'locked' };
      if (account.totpSecret !== null || account.role === 'beheerder') {
        forget();
        const ticket = randomBytes(32).toString('base64url');
        const next = account.totpSecret !== null ? 'totp' : 'totp-setup';
        tickets.set(hashToken(ticket), { accountId: account.id, next, expires: clock() + TICKET_MS, address });
        return { ok: true, next, ticket };
      }
      return startSession(account, address, 'inloggen via organisatie');
    },

    /** The e-mail that matches single sign-on; an account without a password keeps its only way in. */
    setEmail(accountId: string, raw: string | null, actor: string): AccountInfo {
      const email = checkEmail(raw);
      writeTx(db, () => {
        const account = getAccount(db, accountId);
        if (!account) throw new AccountError(msg('accounts.gone'));
        if (!email && !account.passwordHash && account.email) throw new AccountError(msg('accounts.emailOnlyWay', { name: account.username }), 'email');
        const other = email ? getAccountByEmail(db, email) : null;
        if (email && other && other.id !== accountId) throw new AccountError(msg('accounts.emailTaken', { email }), 'email');
        setAccountEmail(db, accountId, email);
        writeAudit(db, audit(actor, 'e-mailadres wijzigen'), 'update', 'account', accountId, { email });
      });
      return info(getAccount(db, accountId)!);
    },

    async add(
      input: { username: string; role: AccountRole; password: string; consultantId?: string | null; schoolId?: string | null; email?: string | null },
      actor: string,
    ): Promise<AccountInfo> {
      const username = input.username.trim();
      if (!/^[\p{L}\p{N}._@-]{2,64}$/u.test(username)) throw new AccountError('Een gebruikersnaam heeft 2 tot 64 letters, cijfers of . _ @ -.', 'username');
      if (!ACCOUNT_ROLES.includes(input.role)) throw new AccountError(`Onbekende rol: kies uit ${ACCOUNT_ROLES.map((r) => ROLE_NL[r]).join(', ')}.`, 'role');
      const consultantId = input.role === 'consultant' ? (input.consultantId ?? null) : null;
      const schoolId = input.role === 'liaison' ? (input.schoolId ?? null) : null;
      checkLink(input.role, consultantId, schoolId);
      const email = checkEmail(input.email);
      // An account that signs in through the organisation (an e-mail) needs no password.
      if (!input.password && !email) throw new AccountError('Vul een wachtwoord in, of een e-mailadres om in te loggen via de organisatie.', 'password');
      const problem = input.password ? passwordProblem(input.password, username) : null;
      if (problem) throw new AccountError(problem, 'password');
      const passwordHash = input.password ? await hashPassword(input.password, opts.cost) : '';
      const id = randomUUID();
      writeTx(db, () => {
        if (getAccountByUsername(db, username)) throw new AccountError(`De gebruikersnaam ${username} is al in gebruik.`, 'username');
        if (email && getAccountByEmail(db, email)) throw new AccountError(msg('accounts.emailTaken', { email }), 'email');
        insertAccount(db, { id, username, role: input.role, consultantId, schoolId, passwordHash, email, createdAt: amsterdamNow(new Date(clock())) });
        writeAudit(db, audit(actor, 'account aanmaken'), 'create', 'account', id, { username, role: input.role, email });
      });
      return info(getAccount(db, id)!);
    },

    async login(username: string, password: string, address: string): Promise<LoginResult> {
      const now = clock();
      if (addresses.blocked(address)) return refusedAddress;
      const account = getAccountByUsername(db, username.trim());
      const locked = account && lockedMessage(account, now);
      if (locked) return locked;
      // An account without a password (single sign-on only) takes as long to refuse as any other.
      const good = account?.passwordHash ? await verifyPassword(password, account.passwordHash) : (await verifyPassword(password, await dummyHash), false);
      if (!account || !good || account.disabled) {
        addresses.fail(address);
        if (account && !good)
          writeTx(db, () => {
            recordFailedLogin(db, account.id, lockAfter, now + lockMs);
            writeAudit(db, audit(account.username, 'inloggen mislukt'), 'refused', 'account', account.id, { address });
          });
        // One answer for an unknown name, a wrong password and a disabled account.
        return { ok: false, status: 401, message: 'Gebruikersnaam of wachtwoord klopt niet.' };
      }
      // The failure count is cleared only when the whole login succeeds: a right password must
      // not buy more guesses at the code.
      if (account.totpSecret !== null || account.role === 'beheerder') {
        forget();
        const ticket = randomBytes(32).toString('base64url');
        const next = account.totpSecret !== null ? 'totp' : 'totp-setup';
        tickets.set(hashToken(ticket), { accountId: account.id, next, expires: now + TICKET_MS, address });
        return { ok: true, next, ticket };
      }
      return startSession(account, address, 'inloggen');
    },

    /** The second step: the code of the authenticator app. */
    loginWithCode(ticket: string, code: string, address: string): SessionResult {
      const t = ticketOf(ticket);
      if (!t || t.next !== 'totp') return expiredTicket;
      if (addresses.blocked(address)) return refusedAddress;
      const account = getAccount(db, t.accountId);
      if (!account || account.disabled || account.totpSecret === null) return expiredTicket;
      const locked = lockedMessage(account, clock());
      if (locked) return locked;
      const step = totpStepOf(account.totpSecret, code, clock());
      if (step === null) return wrongCode(account, address, 'De code klopt niet. Kijk in uw authenticator-app en typ de code van dit moment.');
      if (!writeTx(db, () => useTotpStep(db, account.id, step))) return wrongCode(account, address, 'Deze code is al gebruikt. Wacht op de volgende code in uw app.');
      tickets.delete(hashToken(ticket));
      return startSession(account, address, 'inloggen met code');
    },

    /** A new secret to set up an authenticator app with; it takes effect once a code confirms it. */
    async beginTotp(actor: TotpActor): Promise<TotpEnrolment | null> {
      forget();
      let account: AccountRow | null;
      const secret = newTotpSecret();
      if ('ticket' in actor) {
        const t = ticketOf(actor.ticket);
        if (!t || t.next !== 'totp-setup') return null;
        account = getAccount(db, t.accountId);
        t.setupSecret = secret;
      } else {
        account = getAccount(db, actor.accountId);
        if (account) enrolments.set(account.id, { secret, expires: clock() + TICKET_MS * 2 });
      }
      if (!account) return null;
      const uri = totpUri(secret, account.username);
      return { secret: secretInGroups(secret), uri, qr: await totpQrDataUrl(uri) };
    },

    /**
     * The first code confirms the app: two-factor login is on from now. Halfway a login (the
     * beheerder's forced setup) this also completes the login.
     */
    confirmTotp(actor: TotpActor, code: string, address: string): SessionResult | { ok: true; confirmed: true } {
      const t = 'ticket' in actor ? ticketOf(actor.ticket) : null;
      if ('ticket' in actor && (!t || t.next !== 'totp-setup' || !t.setupSecret)) return expiredTicket;
      const accountId = t ? t.accountId : (actor as { accountId: string }).accountId;
      const secret = t ? t.setupSecret! : enrolments.get(accountId)?.secret;
      if (!secret) return { ok: false, status: 401, message: 'Begin opnieuw met het instellen van uw authenticator-app.' };
      if (addresses.blocked(address)) return refusedAddress;
      const account = getAccount(db, accountId);
      if (!account || account.disabled) return expiredTicket;
      const locked = lockedMessage(account, clock());
      if (locked) return locked;
      const step = totpStepOf(secret, code, clock());
      if (step === null) return wrongCode(account, address, 'De code klopt niet. Scan de QR-code opnieuw of typ de sleutel over, en typ de code die de app nu toont.');
      writeTx(db, () => {
        setAccountTotp(db, account.id, secret, step);
        writeAudit(db, audit(account.username, 'tweestapslogin aanzetten'), 'update', 'account', account.id, { totp: true });
      });
      enrolments.delete(accountId);
      if (!t) return { ok: true, confirmed: true };
      tickets.delete(hashToken((actor as { ticket: string }).ticket));
      return startSession(getAccount(db, accountId)!, address, 'inloggen na instellen code');
    },

    /** A lost phone: two-factor login off (a beheerder sets it up again at the next login), every session ended. */
    resetTotp(accountId: string, actor: string): void {
      writeTx(db, () => {
        const account = getAccount(db, accountId);
        if (!account) throw new AccountError(msg('accounts.gone'));
        setAccountTotp(db, accountId, null, null);
        deleteAuthSessionsOf(db, accountId);
        writeAudit(db, audit(actor, 'tweestapslogin herstellen'), 'update', 'account', accountId, { totp: false });
      });
    },

    /** The signed-in account of a session cookie, or null when it is unknown, idle too long or its account is disabled. */
    session(sessionToken: string | undefined): SignedIn | null {
      if (!sessionToken) return null;
      const key = hashToken(sessionToken);
      const s = getAuthSession(db, key);
      if (!s) return null;
      const now = clock();
      const account = getAccount(db, s.accountId);
      if (now - s.lastSeenAt > idleMs || !account || account.disabled) {
        writeTx(db, () => deleteAuthSession(db, key));
        return null;
      }
      // Seen-at is written at most once a minute: a busy client must not turn reads into writes.
      if (now - s.lastSeenAt > 60_000) writeTx(db, () => touchAuthSession(db, key, now));
      return { account: info(account), profile: profileOfAccount(account), csrfToken: s.csrfToken };
    },

    logout(sessionToken: string | undefined): void {
      if (sessionToken) writeTx(db, () => deleteAuthSession(db, hashToken(sessionToken)));
    },

    /** Ends every session of the account (on all computers). */
    logoutEverywhere(accountId: string): number {
      return writeTx(db, () => deleteAuthSessionsOf(db, accountId));
    },

    async resetPassword(accountId: string, password: string, actor: string): Promise<void> {
      const account = getAccount(db, accountId);
      if (!account) throw new AccountError(msg('accounts.gone'));
      const problem = passwordProblem(password, account.username);
      if (problem) throw new AccountError(problem, 'password');
      const hash = await hashPassword(password, opts.cost);
      writeTx(db, () => {
        setAccountPassword(db, accountId, hash);
        deleteAuthSessionsOf(db, accountId);
        writeAudit(db, audit(actor, 'wachtwoord opnieuw instellen'), 'update', 'account', accountId, { password: 'nieuw' });
      });
    },

    setDisabled(accountId: string, disabled: boolean, actor: string): void {
      writeTx(db, () => {
        if (!getAccount(db, accountId)) throw new AccountError(msg('accounts.gone'));
        setAccountDisabled(db, accountId, disabled);
        if (disabled) deleteAuthSessionsOf(db, accountId);
        writeAudit(db, audit(actor, disabled ? 'account blokkeren' : 'account vrijgeven'), 'update', 'account', accountId, { disabled });
      });
    },

    setRole(accountId: string, role: AccountRole, link: { consultantId?: string | null; schoolId?: string | null }, actor: string): void {
      const consultantId = role === 'consultant' ? (link.consultantId ?? null) : null;
      const schoolId = role === 'liaison' ? (link.schoolId ?? null) : null;
      checkLink(role, consultantId, schoolId);
      writeTx(db, () => {
        if (!getAccount(db, accountId)) throw new AccountError(msg('accounts.gone'));
        setAccountRole(db, accountId, role, consultantId, schoolId);
        // A new role takes effect at the next login, everywhere.
        deleteAuthSessionsOf(db, accountId);
        writeAudit(db, audit(actor, 'rol wijzigen'), 'update', 'account', accountId, { role, consultantId, schoolId });
      });
    },
  };
}

export type Auth = ReturnType<typeof createAuth>;
