import type { ReactElement } from 'react';
import '../../styles/manage.css';
import { useT, type MessageKey } from '../../i18n';
import { ChildcareScreen } from './ChildcareScreen';
import { ConsultantsScreen } from './ConsultantsScreen';
import { DataScreen } from './DataScreen';
import { GemeentenScreen } from './GemeentenScreen';
import { InterpretersScreen } from './InterpretersScreen';
import { LocationsScreen } from './LocationsScreen';
import { MANAGE_SCREENS, useManageStore, type ManageScreen } from './manageStore';
import { RoomsScreen } from './RoomsScreen';
import { SchoolsScreen } from './SchoolsScreen';
import { SettingsScreen } from './SettingsScreen';
import { StartklasScreen } from './StartklasScreen';

const SCREENS: Record<ManageScreen, () => ReactElement> = {
  gemeenten: () => <GemeentenScreen />,
  locations: () => <LocationsScreen />,
  rooms: () => <RoomsScreen />,
  consultants: () => <ConsultantsScreen />,
  interpreters: () => <InterpretersScreen />,
  schools: () => <SchoolsScreen />,
  startklas: () => <StartklasScreen />,
  childcare: () => <ChildcareScreen />,
  settings: () => <SettingsScreen />,
  data: () => <DataScreen />,
};

export const manageNavKey = (s: ManageScreen) => `manage.nav.${s}` as MessageKey;

/** Beheer: a sub-navigation per kind of thing the region keeps, and its list and form. */
export function ManagePage() {
  const { t } = useT();
  const screen = useManageStore((s) => s.screen);
  const setScreen = useManageStore((s) => s.setScreen);
  return (
    <div className="manage-page" data-testid="manage-page">
      <h2 className="page-title">{t('nav.manage')}</h2>
      <div className="manage-page__body">
        <nav className="manage-nav" aria-label={t('manage.navLabel')}>
          <ul>
            {MANAGE_SCREENS.map((s) => (
              <li key={s}>
                <button
                  type="button"
                  className={s === screen ? 'manage-nav__item manage-nav__item--active' : 'manage-nav__item'}
                  aria-current={s === screen ? 'page' : undefined}
                  data-testid={`manage-nav-${s}`}
                  onClick={() => setScreen(s)}
                >
                  {t(manageNavKey(s))}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <div className="manage-page__main">{SCREENS[screen]()}</div>
      </div>
    </div>
  );
}
