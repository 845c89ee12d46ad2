// Refusals of the client page's forms (electron/services/people/): a participant, a household,
// steps, ending a trajectory. A field's refusal starts with what the form calls the field.
// People by name; never an id.
import type { Catalog } from './types';

export const CLIENT_FORM_MESSAGES: Catalog = {
  'clientForm.homeNotInGemeente': { nl: 'Woonplaats: kies een plaats in de gekozen gemeente.', en: 'Place of residence: choose a place in the chosen municipality.' },
  'clientForm.gemeenteWithoutPlace': {
    nl: 'Gemeente: deze gemeente heeft nog geen plaats; voeg er eerst een toe onder Beheer.',
    en: 'Municipality: this municipality has no place yet; add one under Manage first.',
  },
  'clientForm.gemeenteUnknown': { nl: 'Gemeente: kies een gemeente uit de lijst.', en: 'Municipality: choose a municipality from the list.' },
  'clientForm.consultantSelfOnly': {
    nl: 'Consulent: u kunt alleen cliënten voor uzelf inschrijven of bewerken.',
    en: 'Consultant: you can only register or edit clients for yourself.',
  },
  'clientForm.consultantUnknown': { nl: 'Consulent: kies een consulent uit de lijst.', en: 'Consultant: choose a consultant from the list.' },
  'clientForm.partnerElsewhere': {
    nl: '{who} hoort al bij een ander huishouden; haal hem of haar daar eerst uit.',
    en: '{who} already belongs to another household; take them out of it first.',
  },
  'clientForm.ownPartners': { nl: 'Partners: een deelnemer is niet zijn of haar eigen partner.', en: 'Partners: a participant is not their own partner.' },
  'clientForm.ownPartner': { nl: 'Partner: een deelnemer is niet zijn of haar eigen partner.', en: 'Partner: a participant is not their own partner.' },
  'clientForm.childNotInHousehold': { nl: 'Kinderen: dit kind hoort niet bij dit huishouden.', en: 'Children: this child does not belong to this household.' },

  // Steps
  'clientForm.step.schoolNeeded': { nl: 'Taalschool: kies bij een proefles de school.', en: 'Language school: choose the school of a trial lesson.' },
  'clientForm.step.schoolOnlyTrial': { nl: 'Taalschool: alleen een proefles hoort bij een school.', en: 'Language school: only a trial lesson belongs to a school.' },
  'clientForm.step.alreadyOpen': { nl: 'Soort stap: deze stap staat al open of is gepland.', en: 'Step: this step is already open or planned.' },
  'clientForm.step.dueBeforeEarliest': { nl: 'Uiterlijk mag niet vóór de datum "vanaf" liggen.', en: 'Due cannot be before the "from" date.' },
  'clientForm.step.order': { nl: 'Volgorde: geef elke open of geplande stap precies één keer.', en: 'Order: give every open or planned step exactly once.' },
  'clientForm.step.pastBooking': {
    nl: 'Deze stap had een afspraak in het verleden ({what}, {when}); die blijft in de geschiedenis staan.',
    en: 'This step had a booking in the past ({what}, {when}); it stays in the history.',
  },

  // Ending the trajectory
  'clientForm.alreadyEnded': { nl: 'Het traject is al beëindigd op {date}.', en: 'The trajectory already ended on {date}.' },
};
