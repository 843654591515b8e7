/** The kitchen login kept on this device for the shift (see common/staff-session). */
import { createStaffSession, type LogoutReason, type StaffSession } from '../../common/staff-session';

const STORE_CODE_KEY = 'table-order.kitchen.store-code';

export type { LogoutReason };
export type KitchenSession = StaffSession;

export const kitchenSession = createStaffSession('table-order.kitchen.session');
export const getToken = kitchenSession.getToken;
export const clearSession = kitchenSession.end;

export function saveSession(login: StaffSession, storeCode: string): void {
  try {
    localStorage.setItem(STORE_CODE_KEY, storeCode);
  } catch {
    // The code is only a convenience for the next login.
  }
  kitchenSession.start(login);
}

/** Why the last session ended, shown once on the login screen. */
export const logoutReason = (): LogoutReason | null => kitchenSession.store.getState().reason;

export function lastStoreCode(): string {
  try {
    return localStorage.getItem(STORE_CODE_KEY) ?? '';
  } catch {
    return '';
  }
}

export const useSession = (): KitchenSession | null => kitchenSession.useSession().session;
