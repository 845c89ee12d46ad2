export { msg, p } from './types';
export type { Msg, MsgParam, PersonHint } from './types';
export { renderMsg } from './render';
export { wouldMsg, WOULD_CODES } from './would';
export { msgSchema, msgParamSchema } from './schema';
export { distinguishPeople, type NamedPerson } from './people';
export { formatDaysLeft, formatSpan, formatDate, formatPerson, formatHint, formatAge, formatList, KIND_EN, type MsgLang } from './format';
export { goneMsg, plannedUseMsg, refGoneMsg, thingParam, usesParam, type ManageCount, type ManageThing } from './manage';
export {
  chooseMsg,
  decodeFieldMsg,
  encodeFieldMsg,
  fieldMsgText,
  formMsg,
  labelledMsg,
  labelParam,
  splitFieldMsg,
  withoutLabel,
  type FieldLabel,
  type FieldWhat,
  type RefWhat,
} from './field-msg';
