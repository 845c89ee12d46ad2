import { useEffect, useLayoutEffect, useRef } from 'react';
import '../styles/roles.css';
import { ConflictsPanel } from '../features/conflicts/ConflictsPanel';
import { useConflictsStore } from '../features/conflicts/conflictsStore';
import { UnplannedPage } from '../features/deadlines/UnplannedPage';
import { PlannerDock } from '../features/planner/PlannerDock';
import { startPlannerEvents } from '../features/planner/plannerEvents';
import { useRequestsStore } from '../features/requests/requestsStore';
import { ManagePage } from '../features/manage/ManagePage';
import { ParticipantsPage } from '../features/participants/ParticipantsPage';
import { usePeopleStore } from '../features/people/peopleStore';
import { WeekPage } from '../features/week/WeekPage';
import { useWeekStore } from '../features/week/weekStore';
import { useLangStore, useT } from '../i18n';
import { formatWeekRange, isoWeekNumber } from '../i18n/format';
import { useAppStore, useNavStore } from '../stores/appStore';
import { startEventSubscription } from '../stores/events';
import { hashToPlace, syncLocation, type Place } from '../stores/location';

// Read once at start: where the address says we are.
const initialPlace: Place = hashToPlace(window.location.hash);
useNavStore.setState({ role: initialPlace.role, section: initialPlace.section });
// A client's page named by the address opens once a profile is chosen (it needs one to be read).
let pendingClient: string | null = initialPlace.client ?? null;

function startLocationSync(): () => void {
  return syncLocation({
    read: () => ({ ...useNavStore.getState(), weekStart: useWeekStore.getState().weekStart, client: usePeopleStore.getState().openId ?? pendingClient }),
    apply: (place) => {
      useNavStore.setState({ role: place.role, section: place.section });
      const week = useWeekStore.getState();
      if (place.weekStart && place.weekStart !== week.weekStart && week.today) void week.goTo(place.weekStart);
      // Back from a client's page closes it; Forward (or an address typed) opens it again.
      const people = usePeopleStore.getState();
      const client = place.client ?? null;
      if (client && client !== people.openId) void people.open(client);
      else if (!client && people.openId) people.close();
    },
    subscribe: (onChange) => {
      const a = useNavStore.subscribe(onChange);
      const b = useWeekStore.subscribe((s, prev) => {
        if (s.weekStart !== prev.weekStart) onChange();
      });
      const c = usePeopleStore.subscribe((s, prev) => {
        if (s.openId !== prev.openId) onChange();
      });
      return () => {
        a();
        b();
        c();
      };
    },
  });
}
import { ConsultantPage } from '../features/consultant/ConsultantPage';
import { LoginPage } from '../features/auth/LoginPage';
import { TotpSetup } from '../features/auth/TwoFactor';
import { AccountsPage } from '../features/accounts/AccountsPage';
import { useAuthStore } from '../features/auth/authStore';
import { ProfileChooser } from '../features/profile/ProfileChooser';
import { resetProfileStores, useProfileStore } from '../features/profile/profileStore';
import { roleOfProfile } from '../features/profile/roles';
import { SchoolPage } from '../features/school/SchoolPage';
import { RegionPage } from '../features/setup/RegionPage';
import { SetupPage } from '../features/setup/SetupPage';
import { startSetupEvents, useSetupStore } from '../features/setup/setupStore';
import { useErrorStore } from '../stores/errorStore';
import { ErrorBanner } from './ErrorBanner';
import { ErrorBoundary } from './ErrorBoundary';
import { Header } from './Header';

function CoordinatorArea() {
  const { t } = useT();
  const section = useNavStore((s) => s.section);
  const setSection = useNavStore((s) => s.setSection);
  const openRequests = useRequestsStore((s) => s.items.length);
  const loadRequests = useRequestsStore((s) => s.load);
  const isBeheerder = useAuthStore((s) => s.who?.account.role === 'beheerder');
  useEffect(() => {
    void loadRequests();
  }, [loadRequests]);
  return (
    <div className="area">
      <nav className="subtabs" aria-label={t('nav.coordinatorSections')}>
        <button
          type="button"
          className={section === 'week' ? 'subtab subtab--active' : 'subtab'}
          aria-current={section === 'week' ? 'page' : undefined}
          data-testid="nav-week"
          onClick={() => setSection('week')}
        >
          {t('nav.week')}
        </button>
        <button
          type="button"
          className={section === 'participants' ? 'subtab subtab--active' : 'subtab'}
          aria-current={section === 'participants' ? 'page' : undefined}
          data-testid="nav-participants"
          onClick={() => setSection('participants')}
        >
          {t('nav.participants')}
        </button>
        <button
          type="button"
          className={section === 'unplanned' ? 'subtab subtab--active' : 'subtab'}
          aria-current={section === 'unplanned' ? 'page' : undefined}
          data-testid="nav-unplanned"
          onClick={() => setSection('unplanned')}
        >
          {t('deadlines.nav')}
          {openRequests > 0 && (
            <span
              className="count-badge count-badge--warn subtab__badge"
              data-testid="nav-requests"
              title={t('requests.badge', { count: openRequests })}
              aria-label={t('requests.badge', { count: openRequests })}
            >
              {openRequests}
            </span>
          )}
        </button>
        <button
          type="button"
          className={section === 'region' ? 'subtab subtab--active' : 'subtab'}
          aria-current={section === 'region' ? 'page' : undefined}
          data-testid="nav-region"
          onClick={() => setSection('region')}
        >
          {t('nav.region')}
        </button>
        <button
          type="button"
          className={section === 'manage' ? 'subtab subtab--active' : 'subtab'}
          aria-current={section === 'manage' ? 'page' : undefined}
          data-testid="nav-manage"
          onClick={() => setSection('manage')}
        >
          {t('nav.manage')}
        </button>
        {isBeheerder && (
          <button
            type="button"
            className={section === 'accounts' ? 'subtab subtab--active' : 'subtab'}
            aria-current={section === 'accounts' ? 'page' : undefined}
            data-testid="nav-accounts"
            onClick={() => setSection('accounts')}
          >
            {t('nav.accounts')}
          </button>
        )}
      </nav>
      {section === 'week' ? (
        <WeekArea />
      ) : section === 'unplanned' ? (
        <UnplannedPage />
      ) : section === 'region' ? (
        <RegionPage />
      ) : section === 'manage' ? (
        <ManagePage />
      ) : section === 'accounts' && isBeheerder ? (
        <AccountsPage />
      ) : (
        <ParticipantsPage />
      )}
    </div>
  );
}

/** The week with, beside it, the conflicts panel and, below it, the planner's result and proposal. */
function WeekArea() {
  const weekStart = useWeekStore((s) => s.weekStart);
  const open = useConflictsStore((s) => s.open);
  const loadConflicts = useConflictsStore((s) => s.load);
  useEffect(() => {
    // The toolbar badge needs the count even while the panel is closed.
    if (weekStart) void loadConflicts(weekStart);
  }, [weekStart, loadConflicts]);
  const layoutRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    // The open panel starts below the week toolbar, and the toolbar keeps the full width:
    // squeezed beside the panel its heading and buttons would run into each other.
    const layout = layoutRef.current;
    const toolbar = layout?.querySelector<HTMLElement>('.week-toolbar');
    if (!open || !layout || !toolbar) return;
    const measure = () => layout.style.setProperty('--week-toolbar-height', `${toolbar.offsetHeight}px`);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(toolbar);
    return () => observer.disconnect();
  }, [open, weekStart]);
  return (
    <div ref={layoutRef} className={open ? 'week-layout week-layout--with-conflicts' : 'week-layout'}>
      <div className="week-layout__main">
        <WeekPage />
        {weekStart && <PlannerDock weekStart={weekStart} />}
      </div>
      {open && weekStart && <ConflictsPanel weekStart={weekStart} />}
    </div>
  );
}

/**
 * The error boundary's way back: where the profile starts (the coordinator's week), with its data
 * read afresh, since what the failed screen was showing may be what made it fail.
 */
function goHome(): void {
  useNavStore.setState({ section: 'week' });
  useErrorStore.getState().clear();
  resetProfileStores();
  const week = useWeekStore.getState();
  week.select(null);
  if (useProfileStore.getState().profile?.kind === 'coordinator' && week.weekStart) void week.reload();
}

export function App() {
  const { t } = useT();
  const lang = useLangStore((s) => s.lang);
  const status = useAppStore((s) => s.status);
  const today = useAppStore((s) => s.info?.today ?? null);
  const load = useAppStore((s) => s.load);
  const loadInfo = useAppStore((s) => s.loadInfo);
  const role = useNavStore((s) => s.role);
  const profile = useProfileStore((s) => s.profile);
  const profileStatus = useProfileStore((s) => s.status);
  const setupStatus = useSetupStore((s) => s.status);
  const setupNoLaunch = useSetupStore((s) => s.noLaunch);
  const justCreated = useSetupStore((s) => s.justCreated);

  const authStatus = useAuthStore((s) => s.status);
  const totpOpen = useAuthStore((s) => s.totpOpen);
  // On the team server nothing but the login answers before the user has signed in.
  const signedIn = authStatus === 'local' || authStatus === 'signed-in';
  useEffect(() => {
    void useAuthStore.getState().check();
  }, []);

  useEffect(() => {
    if (!signedIn) return;
    // First: is there a region at all? Without one the first-start screen asks for it.
    void useSetupStore.getState().check();
    // Another window may set the region up or remove the demo: follow it.
    return startSetupEvents();
  }, [signedIn]);

  useEffect(() => {
    if (signedIn && setupStatus === 'ready') void useProfileStore.getState().start();
    if (!signedIn && authStatus === 'signed-out') useProfileStore.getState().reset();
  }, [setupStatus, signedIn, authStatus]);

  useEffect(() => {
    // A region just set up: the coordinator starts on "Wat nu?".
    if (justCreated && profile?.kind === 'coordinator') {
      useNavStore.setState({ section: 'region' });
      useSetupStore.getState().seenChecklist();
    }
  }, [justCreated, profile]);

  useEffect(() => {
    if (!profile) return;
    // The profile decides the area, whatever the address said.
    useNavStore.setState({ role: roleOfProfile(profile.kind) });
    // A client's page the address named (a reload, a link) opens for the coordinator and a consultant.
    if (pendingClient && (profile.kind === 'coordinator' || profile.kind === 'consultant')) void usePeopleStore.getState().open(pendingClient);
    pendingClient = null;
    if (profile.kind === 'coordinator') {
      void load();
      return;
    }
    // Only the coordinator may read the region overview; the others need just today's date.
    void loadInfo();
  }, [profile, load, loadInfo]);

  useEffect(() => startLocationSync(), []);

  const isCoordinator = profile?.kind === 'coordinator';
  useEffect(() => {
    // The week screens' live reloads call coordinator-only APIs: only while that profile is on.
    if (!isCoordinator) return;
    // Conflicts first: after a change their request then reaches the services before the
    // week's, and the list with fixes is on screen half a second sooner in a large region.
    const stopPlannerEvents = startPlannerEvents();
    const stopEvents = startEventSubscription();
    return () => {
      stopEvents();
      stopPlannerEvents();
    };
  }, [isCoordinator]);

  useEffect(() => {
    // Messages about another profile's screens mean nothing after a switch.
    useErrorStore.getState().clear();
  }, [profile?.kind, profile?.id]);

  useEffect(() => {
    if (today && profile?.kind === 'coordinator') void useWeekStore.getState().init(today, initialPlace.weekStart);
  }, [today, profile]);

  const weekStart = useWeekStore((s) => s.weekStart);
  const section = useNavStore((s) => s.section);
  useEffect(() => {
    document.documentElement.lang = lang;
    // The window title names what is on screen, handy with several windows or tabs open.
    let page: string | null = null;
    if (role === 'coordinator' && section === 'week' && weekStart) page = t('week.heading', { week: isoWeekNumber(weekStart), range: formatWeekRange(weekStart, lang) });
    else if (role === 'coordinator' && section === 'participants') page = t('nav.participants');
    else if (role === 'coordinator' && section === 'unplanned') page = t('deadlines.nav');
    else if (role === 'coordinator' && section === 'region') page = t('nav.region');
    else if (role === 'coordinator' && section === 'manage') page = t('nav.manage');
    else if (role === 'coordinator' && section === 'accounts') page = t('nav.accounts');
    else if (role === 'consultant') page = t('nav.consultant.sub');
    else if (role === 'school') page = t('nav.school.sub');
    document.title = page ? t('app.windowTitle', { page }) : t('app.title');
  }, [lang, t, role, section, weekStart]);

  return (
    <div className="app">
      <a href="#main" className="skip-link">
        {t('app.skip')}
      </a>
      <Header />
      <ErrorBanner />
      <main className="main" id="main" tabIndex={-1}>
        <ErrorBoundary where="scherm" variant="screen" onHome={goHome} resetKey={`${profile?.kind ?? ''}:${profile?.id ?? ''}`}>
          {authStatus === 'unknown' || authStatus === 'checking' ? (
            <p className="state" role="status">
              <span className="spinner" aria-hidden="true" /> {t('app.loading')}
            </p>
          ) : !signedIn ? (
            <LoginPage />
          ) : totpOpen ? (
            <TotpSetup forced={false} />
          ) : setupStatus === 'idle' || setupStatus === 'checking' ? (
            <p className="state" role="status">
              <span className="spinner" aria-hidden="true" /> {t('app.loading')}
            </p>
          ) : setupStatus === 'error' ? (
            <div className="state state--error" data-testid="setup-check-failed">
              <p className="state__title">{t(setupNoLaunch ? 'setup.noLaunch' : 'setup.error')}</p>
              <button type="button" className="btn" onClick={() => void useSetupStore.getState().check()}>
                {t('error.retry')}
              </button>
            </div>
          ) : setupStatus === 'needed' ? (
            <SetupPage />
          ) : !profile ? (
            profileStatus === 'choosing' || profileStatus === 'selecting' ? (
              <ProfileChooser />
            ) : (
              <p className="state" role="status">
                <span className="spinner" aria-hidden="true" /> {t('app.loading')}
              </p>
            )
          ) : status === 'error' && !today ? (
            <div className="state state--error">
              <p className="state__title">{t('error.title')}</p>
              <button type="button" className="btn" onClick={() => void load()}>
                {t('error.retry')}
              </button>
            </div>
          ) : !today ? (
            <p className="state" role="status">
              <span className="spinner" aria-hidden="true" /> {t('app.loading')}
            </p>
          ) : profile.kind === 'coordinator' ? (
            <CoordinatorArea />
          ) : profile.kind === 'consultant' ? (
            <ConsultantPage key={profile.id} today={today} />
          ) : (
            <SchoolPage key={profile.id} today={today} />
          )}
        </ErrorBoundary>
      </main>
    </div>
  );
}
