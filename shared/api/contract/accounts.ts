// Team-server accounts, managed by the beheerder in the app (issue 12). On the desktop there are
// no accounts: these calls say so.
import { z } from 'zod';
import { RefSchema, emptyInput } from './common';

export const AccountRoleSchema = z.enum(['beheerder', 'coordinator', 'consultant', 'liaison'], { message: 'Kies een rol.' });
export type AccountRole = z.infer<typeof AccountRoleSchema>;

export const AccountItemSchema = z.object({
  id: z.string(),
  username: z.string(),
  role: AccountRoleSchema,
  consultantId: z.string().nullable(),
  schoolId: z.string().nullable(),
  /** The consultant's or school's name. */
  linkedName: z.string().nullable(),
  disabled: z.boolean(),
  /** Temporarily locked after wrong passwords. */
  locked: z.boolean(),
  /** Two-factor login (authenticator app) is on. */
  totp: z.boolean(),
  /** For single sign-on: the e-mail the organisation's provider gives; null when none. */
  email: z.string().nullable(),
});
export type AccountItem = z.infer<typeof AccountItemSchema>;

const accountId = z.string().min(1, 'Kies een account.');
const password = z.string().min(1, 'Vul een wachtwoord in.').max(256, 'Het wachtwoord mag hooguit 256 tekens lang zijn.');

export const AccountAddSchema = z
  .object({
    username: z.string().trim().min(2, 'Een gebruikersnaam heeft minstens 2 tekens.').max(64, 'Een gebruikersnaam heeft hooguit 64 tekens.'),
    role: AccountRoleSchema,
    consultantId: z.string().nullable().default(null),
    schoolId: z.string().nullable().default(null),
    /** With an e-mail the password may stay empty: the person signs in through the organisation. */
    email: z.string().trim().max(254, 'Een e-mailadres heeft hooguit 254 tekens.').nullable().default(null),
    password: z.string().max(256, 'Het wachtwoord mag hooguit 256 tekens lang zijn.').default(''),
  })
  .strict();

export const accountCalls = {
  'accounts.list': {
    input: emptyInput,
    output: z.object({ items: z.array(AccountItemSchema), consultants: z.array(RefSchema), schools: z.array(RefSchema), me: z.string() }),
  },
  'accounts.add': { input: AccountAddSchema, output: z.object({ account: AccountItemSchema }) },
  'accounts.setRole': {
    input: z.object({ id: accountId, role: AccountRoleSchema, consultantId: z.string().nullable().default(null), schoolId: z.string().nullable().default(null) }).strict(),
    output: z.object({ account: AccountItemSchema }),
  },
  'accounts.resetPassword': { input: z.object({ id: accountId, password }).strict(), output: z.object({ account: AccountItemSchema }) },
  'accounts.setDisabled': { input: z.object({ id: accountId, disabled: z.boolean() }).strict(), output: z.object({ account: AccountItemSchema }) },
  /** A lost phone: two-factor login off and every session ended; a beheerder sets up a new app at the next login. */
  'accounts.resetTotp': { input: z.object({ id: accountId }).strict(), output: z.object({ account: AccountItemSchema }) },
  /** The e-mail that matches a sign-in through the organisation; null or empty removes it. Unique over the accounts. */
  'accounts.setEmail': {
    input: z.object({ id: accountId, email: z.string().trim().max(254, 'Een e-mailadres heeft hooguit 254 tekens.').nullable() }).strict(),
    output: z.object({ account: AccountItemSchema }),
  },
  /** Ends every session of the account, on every computer. */
  'accounts.logoutEverywhere': { input: z.object({ id: accountId }).strict(), output: z.object({ ended: z.number().int() }) },
} as const;
