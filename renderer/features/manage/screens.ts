// The screens of Beheer, in the order of the sub-navigation (and of "Wat nu?"). Only screens
// that exist are listed: "Wat nu?" links a step to its screen once it is here.
export const MANAGE_SCREENS = ['gemeenten', 'locations', 'rooms', 'consultants', 'interpreters', 'schools', 'startklas', 'childcare', 'settings', 'data'] as const;
export type ManageScreen = (typeof MANAGE_SCREENS)[number];

export function isManageScreen(s: string): s is ManageScreen {
  return (MANAGE_SCREENS as readonly string[]).includes(s);
}
