/**
 * The admin app's open staff calls (T9): one store for the dashboard bar and the table cards,
 * fed by use-admin-events (list on snapshot, resync and reconnect; call.* events in between).
 * A call new to this screen rings the call sound.
 */
import { playCallSound } from '../../common/call-sound';
import { createCallStore } from '../../common/staff-calls';
import type { StaffCall, StaffCallStatus } from '../../../src-shared/types';
import { api } from './admin-api';

export const adminCalls = createCallStore(() => {
  playCallSound();
});

/** Fetches the open calls; a failure leaves what is shown (the next snapshot tries again). */
export const loadCalls = () => adminCalls.load(api).catch(() => undefined);

export const setCallStatus = (call: StaffCall, status: StaffCallStatus) =>
  adminCalls.setStatus(api, call, status);

export const useCalls = () => adminCalls.useCalls((s) => s.calls);
