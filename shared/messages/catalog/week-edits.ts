// Refusals of the coordinator's week edits (electron/services/week/): a session moved, a person
// added, childcare booked, undo and redo, a published week. Sessions by kind and time, people by
// name; never an id.
import type { Catalog } from './types';

export const WEEK_EDIT_MESSAGES: Catalog = {
  'weekEdit.sessionGone': { nl: 'Deze sessie bestaat niet (meer).', en: 'This session does not exist (any more).' },
  'weekEdit.sessionOtherWeek': {
    nl: 'Deze sessie hoort niet bij de week van {week}.',
    en: 'This session does not belong to the week of {week}.',
  },
  'weekEdit.endBeforeStart': { nl: 'Het einde ({end}) moet na het begin ({start}) liggen.', en: 'The end ({end}) must be after the start ({start}).' },
  'weekEdit.sameDay': { nl: 'Een sessie begint en eindigt op dezelfde dag.', en: 'A session starts and ends on the same day.' },
  'weekEdit.outsideWeek': {
    nl: 'De sessie blijft in de week van {week}; {day} valt daarbuiten.',
    en: 'The session stays in the week of {week}; {day} falls outside it.',
  },
  'weekEdit.toetsNoInterpreter': { nl: 'Bij een leerbaarheidstoets is geen tolk aanwezig.', en: 'No interpreter attends a learnability test.' },
  'weekEdit.notInSession': { nl: '{who} staat niet in deze {kind}.', en: '{who} is not in this {kind}.' },
  'weekEdit.alreadyInSession': { nl: '{who} staat al in deze {kind}.', en: '{who} is already in this {kind}.' },
  'weekEdit.noOpenDemand': { nl: '{who} heeft geen open vraag voor een {kind}.', en: '{who} has no open request for a {kind}.' },
  'weekEdit.childGone': { nl: 'Dit kind bestaat niet (meer).', en: 'This child does not exist (any more).' },
  'weekEdit.noDaypart': {
    nl: '{provider} heeft geen dagdeel dat begint op {day} {time} in deze week.',
    en: '{provider} has no day-part starting on {day} at {time} this week.',
  },
  'weekEdit.childcareTaken': { nl: '{child} heeft op {day} {time} al een opvangplek.', en: '{child} already has a childcare place on {day} at {time}.' },

  // A published week: what the change is, inside the question to confirm.
  'weekEdit.published': {
    nl: 'Week {week} is al gepubliceerd: tolken, consulenten en scholen hebben deze planning. Bevestig dat u de gepubliceerde week wilt wijzigen ({what}).',
    en: 'Week {week} has already been published: interpreters, consultants and schools have this plan. Confirm that you want to change the published week ({what}).',
  },
  'weekEdit.what.undo': { nl: 'ongedaan maken', en: 'undo' },
  'weekEdit.what.redo': { nl: 'opnieuw uitvoeren', en: 'redo' },
  'weekEdit.what.acceptProposal': { nl: 'voorstel accepteren', en: 'accept the proposal' },
  'weekEdit.what.rejectProposal': { nl: 'voorstel verwerpen', en: 'reject the proposal' },
  'weekEdit.what.editSession': { nl: 'een sessie wijzigen', en: 'change a session' },
  'weekEdit.what.applyFix': { nl: 'oplossing toepassen', en: 'apply the fix' },
  'weekEdit.what.cancelSession': { nl: 'een sessie annuleren', en: 'cancel a session' },

  // Undo and redo
  'weekEdit.nothingToUndo': { nl: 'Er is niets om ongedaan te maken in deze week.', en: 'There is nothing to undo in this week.' },
  'weekEdit.nothingToRedo': { nl: 'Er is niets om opnieuw uit te voeren in deze week.', en: 'There is nothing to redo in this week.' },
  'weekEdit.undoStale': {
    nl: 'Deze wijziging kan niet meer ongedaan worden gemaakt: gegevens waar ze naar verwijst zijn inmiddels gewijzigd of verwijderd. Er is niets veranderd.',
    en: 'This change can no longer be undone: data it refers to has since been changed or removed. Nothing has changed.',
  },
  'weekEdit.redoStale': {
    nl: 'Deze wijziging kan niet meer opnieuw worden uitgevoerd: gegevens waar ze naar verwijst zijn inmiddels gewijzigd of verwijderd. Er is niets veranderd.',
    en: 'This change can no longer be redone: data it refers to has since been changed or removed. Nothing has changed.',
  },
};
