// The beheerder's account screen on the team server (electron/services/accounts, auth): refusals
// the screen shows, in the reader's language. Names are usernames and e-mail addresses, never ids.
import type { Catalog } from './types';

export const ACCOUNT_MESSAGES: Catalog = {
  'accounts.desktopOnly': {
    nl: 'Accounts bestaan alleen op de teamserver; deze app werkt zonder inloggen.',
    en: 'Accounts exist only on the team server; this app works without signing in.',
  },
  'accounts.onlyBeheerder': { nl: 'Alleen de beheerder beheert accounts.', en: 'Only the administrator manages accounts.' },
  'accounts.gone': { nl: 'Dit account bestaat niet (meer).', en: 'This account does not exist (any more).' },
  'accounts.emailInvalid': {
    nl: 'Vul een geldig e-mailadres in, zoals naam@gemeente.nl.',
    en: 'Enter a valid e-mail address, such as name@municipality.nl.',
  },
  'accounts.emailTaken': { nl: 'Het e-mailadres {email} hoort al bij een ander account.', en: 'The e-mail address {email} already belongs to another account.' },
  'accounts.emailOnlyWay': {
    nl: '{name} heeft geen wachtwoord en logt alleen via de organisatie in met dit e-mailadres. Stel eerst een wachtwoord in voordat u het e-mailadres weghaalt.',
    en: '{name} has no password and signs in only through the organisation with this e-mail address. Set a password first before you remove the e-mail address.',
  },
  'accounts.ownTotp': {
    nl: 'U kunt uw eigen tweestapslogin hier niet herstellen; laat een andere beheerder dat doen.',
    en: 'You cannot reset your own two-step login here; ask another administrator to do it.',
  },
  'accounts.noTotp': { nl: '{name} heeft geen tweestapslogin aan; er valt niets te herstellen.', en: '{name} has no two-step login turned on; there is nothing to reset.' },
};
