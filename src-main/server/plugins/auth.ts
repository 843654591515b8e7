/**
 * Sign-in checks, deny by default. Every route of a guarded scope (`/api/admin`, the tablet
 * `/api` routes) names the roles it admits in `config.roles`; one `onRequest` hook per scope
 * checks the Bearer token (or the HttpOnly cookie login sets) before the body is read, and a
 * route that names no role answers 403 to everyone: forgetting the guard cannot open a route.
 * Tablet calls read the `to_table` cookie, store calls the `to_admin` one.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { authenticate } from '../../services/auth.service';
import type { TransportRecorder } from '../../services/tls.service';
import { ForbiddenError } from '../../errors/app-error';
import type { Principal, ServiceContext, StaffPrincipal, TablePrincipal } from '../../services/context';

export type Role = Principal['role'];

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal;
  }
  interface FastifyContextConfig {
    /** Roles admitted to a route of a guarded scope; none admits nobody. */
    roles?: readonly Role[];
    /** Marks a route that takes no token (login, setup, health); documentation only. */
    public?: boolean;
  }
}

export const ADMIN_COOKIE = 'to_admin';
export const TABLE_COOKIE = 'to_table';

function tokenOf(request: FastifyRequest, cookie: string): string | undefined {
  const header = request.headers.authorization;
  if (header) {
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    return m?.[1];
  }
  return request.cookies?.[cookie];
}

function refusal(principal: Principal, roles: readonly Role[]): string {
  if (!roles.length) return 'This call is not open to any role';
  if (principal.role === 'table') return 'A table cannot use the store API';
  if (principal.role === 'kitchen' && roles.includes('manager')) return 'Only a manager can do this';
  return 'This call is for table tablets';
}

/**
 * Guards every route of `scope`: 401 without a valid token, 403 when the route's roles do not
 * include the caller's (or the route names none). Runs in onRequest, before the body is parsed.
 */
export function guardScope(
  scope: FastifyInstance,
  ctx: ServiceContext,
  scheme: 'staff' | 'table',
  /** Table scope: notes whether each tablet calls over HTTPS (the admin Tables screen shows it). */
  transport?: TransportRecorder,
): void {
  scope.decorateRequest<Principal | null>('principal', null);
  const cookie = scheme === 'table' ? TABLE_COOKIE : ADMIN_COOKIE;
  scope.addHook('onRequest', async (request) => {
    const principal = authenticate(ctx, tokenOf(request, cookie));
    const roles = request.routeOptions.config.roles ?? [];
    if (!roles.includes(principal.role)) throw new ForbiddenError(refusal(principal, roles));
    request.principal = principal;
    if (transport && principal.role === 'table' && !principal.guest) {
      transport.record(principal.tableId, request.protocol === 'https');
    }
  });
}

/** The signed-in staff member of a staff-only route (the guard admitted only staff roles). */
export function staffOf(request: FastifyRequest): StaffPrincipal {
  const p = request.principal;
  if (p.role === 'table') throw new ForbiddenError(refusal(p, ['manager', 'kitchen']));
  return p;
}

/** The signed-in table of a table-only route. */
export function tableOf(request: FastifyRequest): TablePrincipal {
  const p = request.principal;
  if (p.role !== 'table') throw new ForbiddenError(refusal(p, ['table']));
  return p;
}

export const cookieOptions = (expiresAt: string) => ({
  httpOnly: true,
  sameSite: 'strict' as const,
  path: '/',
  expires: new Date(expiresAt),
});
