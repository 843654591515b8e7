/** The admin app's staff login (see common/staff-session). */
import { createStaffSession, type LogoutReason as Reason } from '../../common/staff-session';

export type LogoutReason = Reason | null;

export const adminSession = createStaffSession('table-order.admin.session');
export const startSession = adminSession.start;
export const endSession = adminSession.end;
export const getToken = adminSession.getToken;
export const useAuth = adminSession.useSession;

/**
 * Manager screens (menu, stations) are shown to managers only: kitchen accounts may read the
 * menu over the API (the kitchen board needs it) but cannot change it.
 */
export const useIsManager = () => adminSession.useSession().session?.staff.role === 'manager';
