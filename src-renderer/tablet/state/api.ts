/** The table's API client: bearer token from the auth store, one silent re-login on 401. */
import { ApiError, createApiClient } from '../../common/api';
import { currentToken, relogin } from './auth-store';

export const api = createApiClient({ getToken: currentToken });

export async function authed<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      await relogin();
      return call();
    }
    throw e;
  }
}
