import { useEffect, useState } from 'react';
import '../../styles/setup.css';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { regionLabel } from '../../app/Header';
import { useT } from '../../i18n';
import { useAppStore, useNavStore } from '../../stores/appStore';
import { useManageStore } from '../manage/manageStore';
import type { ManageScreen } from '../manage/screens';
import { checklistOf, screenOfStep } from './checklist';
import { useSetupStore } from './setupStore';

/** The coordinator's region page: "Wat nu?" for an own region, and removing the demo. */
export function RegionPage() {
  const { t } = useT();
  const overview = useAppStore((s) => s.overview);
  const refreshOverview = useAppStore((s) => s.refreshOverview);
  const setup = useSetupStore((s) => s.setup);
  const busy = useSetupStore((s) => s.busy);
  const error = useSetupStore((s) => s.error);
  const removeDemo = useSetupStore((s) => s.removeDemo);
  const [confirming, setConfirming] = useState(false);
  const openScreen = (screen: ManageScreen) => {
    useManageStore.getState().setScreen(screen);
    useNavStore.getState().setSection('manage');
  };

  useEffect(() => {
    void refreshOverview();
  }, [refreshOverview]);

  if (!overview) {
    return (
      <p className="state" role="status">
        <span className="spinner" aria-hidden="true" /> {t('checklist.loading')}
      </p>
    );
  }
  const isDemo = setup === 'demo';
  const items = checklistOf(overview.counts);
  const done = items.filter((i) => i.done).length;

  return (
    <div className="region-page" data-testid="region-page">
      <div className="role-page__head">
        <div>
          <h2 className="page-title">{regionLabel(overview.name, t)}</h2>
          <p className="muted" data-testid="region-gemeenten">
            {t('region.gemeenten')}: {overview.gemeenten.join(', ')}
          </p>
        </div>
      </div>

      {isDemo && (
        <section className="demo-notice" data-testid="demo-notice" aria-labelledby="demo-notice-title">
          <div>
            <h3 id="demo-notice-title" className="demo-notice__title">
              {t('demo.notice.title')}
            </h3>
            <p>{t('demo.notice.text')}</p>
          </div>
          <button type="button" className="btn btn--danger-outline" data-testid="demo-remove" disabled={busy !== null} onClick={() => setConfirming(true)}>
            {t('demo.remove')}
          </button>
        </section>
      )}
      {error && !confirming && (
        <p className="inline-error" role="alert" data-testid="demo-remove-error">
          {error}
        </p>
      )}

      <section className="checklist" data-testid="checklist" aria-labelledby="checklist-title">
        <h3 id="checklist-title" className="checklist__title">
          {isDemo ? t('checklist.demoTitle') : t('checklist.title')}
        </h3>
        {!isDemo && <p className="muted">{t('checklist.intro')}</p>}
        <p className="checklist__progress" data-testid="checklist-progress">
          {t('checklist.progress', { done, total: items.length })}
        </p>
        <ol className="checklist__items">
          {items.map((item) => (
            <li key={item.step} className={item.done ? 'checklist__item checklist__item--done' : 'checklist__item'} data-testid={`checklist-${item.step}`} data-done={item.done}>
              <span className="checklist__mark" aria-hidden="true">
                {item.done ? '✓' : ''}
              </span>
              <span className="checklist__text">
                <span className="checklist__step">{t(`checklist.step.${item.step}`)}</span>
                <span className="checklist__counts">{item.counts.map((c) => t(`checklist.count.${c.kind}`, { count: c.count })).join(' · ')}</span>
              </span>
              <span className={item.done ? 'checklist__status checklist__status--done' : 'checklist__status'}>{item.done ? t('checklist.done') : t('checklist.todo')}</span>
              {screenOfStep(item.step) ? (
                <button
                  type="button"
                  className="btn checklist__open"
                  data-testid={`checklist-open-${item.step}`}
                  aria-label={`${t('checklist.open')}: ${t(`checklist.step.${item.step}`)}`}
                  onClick={() => openScreen(screenOfStep(item.step)!)}
                >
                  {t('checklist.open')}
                </button>
              ) : item.step === 'participants' ? (
                <button
                  type="button"
                  className="btn checklist__open"
                  data-testid="checklist-open-participants"
                  aria-label={`${t('checklist.openParticipants')}: ${t('checklist.step.participants')}`}
                  onClick={() => useNavStore.getState().setSection('participants')}
                >
                  {t('checklist.openParticipants')}
                </button>
              ) : (
                <span className="checklist__later">{t('checklist.screenLater')}</span>
              )}
            </li>
          ))}
        </ol>
      </section>

      {confirming && (
        <ConfirmDialog
          title={t('demo.remove.title')}
          confirmLabel={t('demo.remove')}
          danger
          busy={busy === 'remove'}
          testId="demo-remove-dialog"
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            void removeDemo().then((ok) => {
              if (!ok) setConfirming(false);
            });
          }}
        >
          <p>{t('demo.remove.what', { participants: overview.counts.participants, consultants: overview.counts.consultants })}</p>
          <p>{t('demo.remove.after')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
