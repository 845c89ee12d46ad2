// Beheer: the coordinator's management of everything the region keeps (a list, a save and a
// remove per entity), split per group of entities over manage-*.ts. Every save and remove
// answers a ChangeOutcome (manage-common.ts): what it did, or the new conflicts it would cause
// in the planned weeks from today's week on and that it waits for `confirm: true`.
import { manageCareCalls } from './manage-care';
import { managePlacesCalls } from './manage-places';
import { manageSchoolCalls } from './manage-schools';
import { manageSettingsCalls } from './manage-settings';
import { manageStaffCalls } from './manage-staff';

export * from './manage-common';
export * from './manage-places';
export * from './manage-staff';
export * from './manage-schools';
export * from './manage-care';
export * from './manage-settings';

export const manageCalls = {
  ...managePlacesCalls,
  ...manageStaffCalls,
  ...manageSchoolCalls,
  ...manageCareCalls,
  ...manageSettingsCalls,
} as const;
