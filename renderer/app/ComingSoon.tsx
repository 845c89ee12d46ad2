import { useT } from '../i18n';
import type { MessageKey } from '../i18n/translate';

interface Props {
  area: 'school' | 'consultant';
}

export function ComingSoon({ area }: Props) {
  const { t } = useT();
  const items: MessageKey[] = [`soon.${area}.item1`, `soon.${area}.item2`, `soon.${area}.item3`];
  return (
    <section className="soon" aria-labelledby="soon-title" data-testid={`soon-${area}`}>
      <span className="badge badge--soon">{t('soon.badge')}</span>
      <h2 id="soon-title" className="soon__title">
        {t(`soon.${area}.title`)}
      </h2>
      <p className="soon__intro">{t(`soon.${area}.intro`)}</p>
      <ul className="soon__list">
        {items.map((k) => (
          <li key={k}>{t(k)}</li>
        ))}
      </ul>
      <p className="muted">{t('soon.footer')}</p>
    </section>
  );
}
