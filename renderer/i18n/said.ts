// Something to tell the user, kept as data until it is shown: a service's message, a sentence of
// the interface, or a text that exists only as written (a server's Dutch without a message). A
// store keeps it so; the component writes it in the language chosen then (`useSaid`), so a
// message on screen follows a change of language.
import { renderMsg, type Msg } from '../../shared/messages';
import { translate, type Lang, type MessageKey } from './translate';

export type Said = { msg: Msg } | { key: MessageKey } | { text: string };

export function saidText(s: Said, lang: Lang): string {
  if ('msg' in s) return renderMsg(s.msg, lang);
  if ('key' in s) return translate(lang, s.key);
  return s.text;
}
