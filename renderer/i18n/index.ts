import { useMemo } from 'react';
import { useLangStore } from './langStore';
import { translatorFor, type Lang, type Translate } from './translate';
import { renderMsg, type Msg } from '../../shared/messages';

export { translate, translatorFor } from './translate';
export type { Lang, MessageKey, Params, Translate } from './translate';
export { useLangStore } from './langStore';

/** The translator for the chosen language; components re-render when it changes. */
export function useT(): { t: Translate; lang: Lang } {
  const lang = useLangStore((s) => s.lang);
  const t = useMemo(() => translatorFor(lang), [lang]);
  return { t, lang };
}

/**
 * Writes a service's message (code + parameters, `shared/messages/`) in the chosen language;
 * the Dutch sentence the service also sent stands in for data that carries no message yet.
 */
export function useMsg(): (m: Msg | undefined | null, fallback?: string) => string {
  const lang = useLangStore((s) => s.lang);
  return useMemo(
    () =>
      (m, fallback = '') =>
        m ? renderMsg(m, lang) : fallback,
    [lang],
  );
}
