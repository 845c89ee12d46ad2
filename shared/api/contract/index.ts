// The one API contract. Every call has a zod schema for its input and its output; dispatch
// validates both, so the transports (IPC, HTTP) and the renderer never see unchecked data.
// Each area declares its schemas and calls in its own file; this merges them into one table.
import type { z } from 'zod';
import { accountCalls } from './accounts';
import { appCalls } from './app';
import { bookingCalls } from './bookings';
import { caseloadCalls } from './caseload';
import { conflictCalls } from './conflicts';
import { dataCalls } from './data';
import { deadlineCalls } from './deadlines';
import { exportCalls } from './export';
import { historyCalls } from './history';
import { manageCalls } from './manage';
import { momentCalls } from './moments';
import { participantCalls } from './participants';
import { peopleCalls } from './people';
import { plannerCalls } from './planner';
import { profileCalls } from './profile';
import { requestCalls } from './requests';
import { schoolCalls } from './school';
import { setupCalls } from './setup';
import { weekCalls } from './week';

export * from './common';
export * from './app';
export * from './participants';
export * from './people';
export * from './profile';
export * from './week';
export * from './conflicts';
export * from './planner';
export * from './history';
export * from './export';
export * from './deadlines';
export * from './caseload';
export * from './bookings';
export * from './requests';
export * from './school';
export * from './setup';
export * from './events';
export * from './manage';
export * from './accounts';
export * from './data';
export * from './moments';

/** Every area's calls; a call name belongs to exactly one area (contract.test.ts checks). */
export const CONTRACT_AREAS = {
  app: appCalls,
  participants: participantCalls,
  people: peopleCalls,
  profile: profileCalls,
  week: weekCalls,
  conflicts: conflictCalls,
  planner: plannerCalls,
  history: historyCalls,
  export: exportCalls,
  deadlines: deadlineCalls,
  caseload: caseloadCalls,
  bookings: bookingCalls,
  requests: requestCalls,
  school: schoolCalls,
  setup: setupCalls,
  manage: manageCalls,
  accounts: accountCalls,
  data: dataCalls,
  moments: momentCalls,
} as const;

export const contract = {
  ...appCalls,
  ...participantCalls,
  ...peopleCalls,
  ...profileCalls,
  ...weekCalls,
  ...conflictCalls,
  ...plannerCalls,
  ...historyCalls,
  ...exportCalls,
  ...deadlineCalls,
  ...caseloadCalls,
  ...bookingCalls,
  ...requestCalls,
  ...schoolCalls,
  ...setupCalls,
  ...manageCalls,
  ...accountCalls,
  ...dataCalls,
  ...momentCalls,
} as const;

export type Contract = typeof contract;
export type CallName = keyof Contract;
/** What a caller passes (defaults may be left out). */
export type CallInput<N extends CallName> = z.input<Contract[N]['input']>;
/** What a handler receives after validation (defaults filled in). */
export type HandlerInput<N extends CallName> = z.output<Contract[N]['input']>;
export type CallOutput<N extends CallName> = z.output<Contract[N]['output']>;

export function isCallName(name: string): name is CallName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
