import { useMemo } from 'react';
import { useLangStore } from './langStore';
import { translatorFor, type Lang, type Translate } from './translate';

export { translate, translatorFor } from './translate';
export type { Lang, MessageKey, Params, Translate } from './translate';
export { useLangStore } from './langStore';

/** The translator for the chosen language; components re-render when it changes. */
export function useT(): { t: Translate; lang: Lang } {
  const lang = useLangStore((s) => s.lang);
  const t = useMemo(() => translatorFor(lang), [lang]);
  return { t, lang };
}
