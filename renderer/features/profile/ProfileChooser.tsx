import { useEffect, useState } from 'react';
import { useT } from '../../i18n';
import { useProfileStore } from './profileStore';

/** "Wie bent u?": the first screen until a profile is chosen. */
export function ProfileChooser() {
  const { t } = useT();
  const options = useProfileStore((s) => s.options);
  const status = useProfileStore((s) => s.status);
  const error = useProfileStore((s) => s.error);
  const choose = useProfileStore((s) => s.choose);
  const [consultantId, setConsultantId] = useState('');
  const [schoolId, setSchoolId] = useState('');
  useEffect(() => {
    if (options && !consultantId && options.consultants[0]) setConsultantId(options.consultants[0].id);
    if (options && !schoolId && options.schools[0]) setSchoolId(options.schools[0].id);
  }, [options, consultantId, schoolId]);
  const busy = status === 'selecting';

  return (
    <section className="profile-chooser" data-testid="profile-chooser" aria-labelledby="profile-chooser-title">
      <h2 id="profile-chooser-title" className="profile-chooser__title">
        {t('profile.title')}
      </h2>
      <p className="muted">{t('profile.intro')}</p>
      {error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
      {!options ? (
        <p className="state" role="status">
          <span className="spinner" aria-hidden="true" /> {t('profile.loading')}
        </p>
      ) : (
        <div className="profile-cards">
          <div className="profile-card">
            <h3 className="profile-card__title">{t('nav.coordinator')}</h3>
            <p className="profile-card__text">{t('profile.coordinator.text')}</p>
            <button type="button" className="btn btn--primary" data-testid="profile-coordinator" disabled={busy} onClick={() => void choose({ kind: 'coordinator' })}>
              {t('profile.continueAs', { name: t('nav.coordinator') })}
            </button>
          </div>
          <div className="profile-card">
            <h3 className="profile-card__title">{t('nav.consultant')}</h3>
            <p className="profile-card__text">{t('profile.consultant.text')}</p>
            {options.consultants.length === 0 ? (
              <p className="muted" data-testid="profile-consultant-none">
                {t('profile.consultant.none')}
              </p>
            ) : (
              <>
                <label className="field">
                  <span className="field__label">{t('profile.consultant.name')}</span>
                  <select data-testid="profile-consultant-name" value={consultantId} onChange={(e) => setConsultantId(e.target.value)}>
                    {options.consultants.map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.name}
                      </option>
                    ))}
                  </select>
                </label>
                <button
                  type="button"
                  className="btn btn--primary"
                  data-testid="profile-consultant"
                  disabled={busy || !consultantId}
                  onClick={() => void choose({ kind: 'consultant', consultantId })}
                >
                  {t('profile.continueAs', { name: t('nav.consultant') })}
                </button>
              </>
            )}
          </div>
          <div className="profile-card">
            <h3 className="profile-card__title">{t('profile.liaison')}</h3>
            <p className="profile-card__text">{t('profile.liaison.text')}</p>
            {options.schools.length === 0 ? (
              <p className="muted" data-testid="profile-school-none">
                {t('profile.liaison.none')}
              </p>
            ) : (
              <>
                <label className="field">
                  <span className="field__label">{t('profile.liaison.school')}</span>
                  <select data-testid="profile-school-name" value={schoolId} onChange={(e) => setSchoolId(e.target.value)}>
                    {options.schools.map((s) => (
                      <option key={s.id} value={s.id}>
                        {s.name}
                      </option>
                    ))}
                  </select>
                </label>
                <button
                  type="button"
                  className="btn btn--primary"
                  data-testid="profile-school"
                  disabled={busy || !schoolId}
                  onClick={() => void choose({ kind: 'liaison', schoolId })}
                >
                  {t('profile.continueAs', { name: t('profile.liaison') })}
                </button>
              </>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
