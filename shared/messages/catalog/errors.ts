// Refusals that reach a person from any service (who may call, what is gone): the error carries
// the code and the renderer writes it in the reader's language (shared/api/errors.ts).
import type { Catalog } from './types';

export const ERROR_MESSAGES: Catalog = {
  'error.chooseProfile': { nl: 'Kies eerst een profiel.', en: 'Choose a profile first.' },
  'error.notThisProfile': { nl: 'Dit mag dit profiel niet.', en: 'This profile may not do this.' },
  'error.notYourClient': { nl: 'Deze cliënt hoort niet bij uw caseload.', en: 'This client is not in your caseload.' },
  'error.participantGone': { nl: 'Deze deelnemer bestaat niet.', en: 'This participant does not exist.' },
  'error.participantGoneNow': { nl: 'Deze deelnemer bestaat niet (meer).', en: 'This participant does not exist (any more).' },
  'error.noConnection': { nl: 'Geen verbinding met de server van de keten.', en: 'No connection to the server.' },
  'error.noConnectionLocal': { nl: 'Geen verbinding met de Keten Planner-server.', en: 'No connection to the Keten Planner server.' },
  'error.unreadableAnswer': { nl: 'Onleesbaar antwoord van de server (HTTP {status}).', en: 'Unreadable answer from the server (HTTP {status}).' },
  'error.unexpectedAnswer': { nl: 'Onverwacht antwoord van de server (HTTP {status}).', en: 'Unexpected answer from the server (HTTP {status}).' },
  'error.unexpectedMain': { nl: 'Onverwacht antwoord van het hoofdproces.', en: 'Unexpected answer from the main process.' },
  'error.profileByAccount': {
    nl: 'Op de teamserver bepaalt uw account uw rol; kiezen kan hier niet.',
    en: 'On the team server your account sets your role; you cannot choose one here.',
  },
  'error.noRegion': { nl: 'Er is nog geen regio ingericht in dit gegevensbestand.', en: 'No region has been set up in this data file yet.' },
  'error.participantErased': {
    nl: 'De gegevens van deze deelnemer zijn verwijderd; er valt niets meer te wijzigen.',
    en: "This participant's data has been erased; there is nothing left to change.",
  },
  'error.trajectEnded': {
    nl: 'Het traject van deze deelnemer is beëindigd; er komen geen stappen meer bij.',
    en: "This participant's programme has ended; no more steps can be added.",
  },
  'error.stepNotOfParticipant': { nl: 'Deze stap hoort niet bij deze deelnemer.', en: 'This step does not belong to this participant.' },
  'error.stepDone': { nl: 'Een gedane stap blijft in de geschiedenis staan.', en: 'A step that is done stays in the history.' },
  'error.requestGone': { nl: 'Dit verzoek bestaat niet (meer).', en: 'This request does not exist (any more).' },
  'error.requestOpen': {
    nl: 'Voor {who} staat al een verzoek om een extra toetsmoment open (week {week}).',
    en: 'A request for an extra test slot for {who} is already open (week {week}).',
  },
  'error.toetsAlreadyBooked': {
    nl: '{who} heeft al een toets geboekt ({when}). Boek die om als een ander moment beter past.',
    en: '{who} already has a test booked ({when}). Rebook it if another slot suits better.',
  },
};
