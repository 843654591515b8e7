/**
 * Bearer tokens (or the HttpOnly cookie login sets) → request.principal, and role guards.
 * Tablet calls read the `to_table` cookie, store calls the `to_admin` one.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { authenticate } from '../../services/auth.service';
import { ForbiddenError } from '../../services/app-error';
import type { Principal, ServiceContext } from '../../services/context';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal;
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

type Role = Principal['role'];

export function requireRole(ctx: ServiceContext, ...roles: Role[]) {
  const cookie = roles.includes('table') ? TABLE_COOKIE : ADMIN_COOKIE;
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    const principal = authenticate(ctx, tokenOf(request, cookie));
    if (!roles.includes(principal.role)) {
      throw new ForbiddenError(
        principal.role === 'table'
          ? 'A table cannot use the store API'
          : principal.role === 'kitchen' && roles.includes('manager')
            ? 'Only a manager can do this'
            : 'This call is for table tablets',
      );
    }
    request.principal = principal;
  };
}

export const cookieOptions = (expiresAt: string) => ({
  httpOnly: true,
  sameSite: 'strict' as const,
  path: '/',
  expires: new Date(expiresAt),
});
