// Two-factor login and single sign-on for the team server (issue 12).
// - totp_secret: the base32 secret of the account's authenticator app once confirmed; NULL when
//   two-factor login is off. totp_last_step: the 30-second step of the last accepted code, so a
//   code (or an older one) is never accepted twice.
// - email: matches the account to the e-mail the organisation's OpenID provider gives; unique.
//   An account that only signs in that way has an empty password_hash (no password matches it).
import type { Migration } from './types';

export const migration015: Migration = {
  version: 15,
  name: 'sign-in',
  up: `
ALTER TABLE accounts ADD COLUMN totp_secret TEXT CHECK (totp_secret IS NULL OR length(totp_secret) BETWEEN 16 AND 128);
ALTER TABLE accounts ADD COLUMN totp_last_step INTEGER;
ALTER TABLE accounts ADD COLUMN email TEXT CHECK (email IS NULL OR length(email) BETWEEN 3 AND 254);
CREATE UNIQUE INDEX accounts_email ON accounts(email COLLATE NOCASE) WHERE email IS NOT NULL;
`,
};
