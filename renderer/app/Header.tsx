import '../styles/setup.css';
import { useT, useLangStore, type Lang, type Translate } from '../i18n';
import { useAppStore, useNavStore, type Role } from '../stores/appStore';
import { roleOfProfile } from '../features/profile/roles';
import { useProfileStore } from '../features/profile/profileStore';
import { useAuthStore } from '../features/auth/authStore';
import { useAboutStore } from '../stores/aboutStore';
import { AboutDialog } from './AboutDialog';

const ROLES: { role: Role; testId: string; title: 'nav.coordinator' | 'nav.school' | 'nav.consultant'; sub: 'nav.coordinator.sub' | 'nav.school.sub' | 'nav.consultant.sub' }[] = [
  { role: 'coordinator', testId: 'nav-coordinator', title: 'nav.coordinator', sub: 'nav.coordinator.sub' },
  { role: 'school', testId: 'nav-school', title: 'nav.school', sub: 'nav.school.sub' },
  { role: 'consultant', testId: 'nav-consultant', title: 'nav.consultant', sub: 'nav.consultant.sub' },
];

/** Region names often already start with "Regio"; we do not say it twice. */
export function regionLabel(name: string, t: Translate): string {
  return /^(regio|region)\b/i.test(name) ? name : t('app.region', { name });
}

export function Header() {
  const { t } = useT();
  const lang = useLangStore((s) => s.lang);
  const setLang = useLangStore((s) => s.setLang);
  const regionName = useAppStore((s) => s.overview?.name ?? s.info?.regionName ?? null);
  const isDemo = useAppStore((s) => s.info?.setup === 'demo');
  const role = useNavStore((s) => s.role);
  const setRole = useNavStore((s) => s.setRole);
  const profile = useProfileStore((s) => s.profile);
  const switchProfile = useProfileStore((s) => s.switchProfile);
  // On the team server the account is the profile: one signs out instead of switching.
  const who = useAuthStore((s) => (s.status === 'signed-in' ? s.who : null));
  const logout = useAuthStore((s) => s.logout);
  const openTotp = useAuthStore((s) => s.openTotp);
  const aboutOpen = useAboutStore((s) => s.open);
  const showAbout = useAboutStore((s) => s.show);
  const closeAbout = useAboutStore((s) => s.close);
  // Each profile sees only its own entrance; before a profile is chosen there is none.
  const entrances = profile ? ROLES.filter((r) => r.role === roleOfProfile(profile.kind)) : [];

  return (
    <header className="header">
      <div className="header__brand">
        <span className="header__logo" aria-hidden="true">
          K
        </span>
        <div>
          <h1 className="header__title">{t('app.title')}</h1>
          {regionName && (
            <p className="header__region" data-testid="region-name">
              {regionLabel(regionName, t)}
              {isDemo && (
                <span className="demo-badge" data-testid="demo-badge" title={t('demo.badge.title')}>
                  {t('demo.badge')}
                  <span className="sr-only">: {t('demo.badge.title')}</span>
                </span>
              )}
            </p>
          )}
        </div>
      </div>
      <nav className="roles" aria-label={t('app.mainNav')}>
        {entrances.map((r) => (
          <button
            key={r.role}
            type="button"
            className={role === r.role ? 'role role--active' : 'role'}
            aria-current={role === r.role ? 'page' : undefined}
            data-testid={r.testId}
            onClick={() => setRole(r.role)}
          >
            <span className="role__title">{t(r.title)}</span>
            <span className="role__sub">{t(r.sub)}</span>
          </button>
        ))}
      </nav>
      {profile && (
        <div className="profile-current">
          <span className="profile-current__who" data-testid="profile-current">
            {profile.kind === 'coordinator' ? (
              t('profile.kind.coordinator')
            ) : (
              <>
                <span className="profile-current__kind">{t(`profile.kind.${profile.kind}`)}</span> {profile.name}
              </>
            )}
          </span>
          {who && !who.account.totp && (
            <button type="button" className="btn btn--ghost btn--small" data-testid="totp-open" onClick={openTotp}>
              {t('auth.totp.open')}
            </button>
          )}
          {who ? (
            <button
              type="button"
              className="btn btn--ghost btn--small"
              data-testid="logout"
              title={t('auth.signedInAs', { name: who.account.username })}
              onClick={() => void logout()}
            >
              {t('auth.logout')}
            </button>
          ) : (
            <button type="button" className="btn btn--ghost btn--small" data-testid="profile-switch" onClick={() => void switchProfile()}>
              {t('profile.switch')}
            </button>
          )}
        </div>
      )}
      <button
        type="button"
        className={profile ? 'btn btn--ghost btn--small header__about' : 'btn btn--ghost btn--small header__about header__about--push'}
        aria-haspopup="dialog"
        aria-expanded={aboutOpen}
        title={t('about.title')}
        data-testid="about-open"
        // Paths and the log are the coordinator's; the others see the version.
        onClick={() => void showAbout(profile?.kind === 'coordinator')}
      >
        <span className="header__about-icon" aria-hidden="true">
          i
        </span>
        {t('about.open')}
      </button>
      {aboutOpen && <AboutDialog onClose={closeAbout} />}
      <div className="lang-switch" role="group" aria-label={t('lang.label')}>
        {(['nl', 'en'] as Lang[]).map((l) => (
          <button
            key={l}
            type="button"
            className={lang === l ? 'lang-switch__btn lang-switch__btn--active' : 'lang-switch__btn'}
            aria-pressed={lang === l}
            title={t(l === 'nl' ? 'lang.nl.full' : 'lang.en.full')}
            data-testid={`lang-${l}`}
            onClick={() => setLang(l)}
          >
            {t(l === 'nl' ? 'lang.nl' : 'lang.en')}
          </button>
        ))}
      </div>
    </header>
  );
}
