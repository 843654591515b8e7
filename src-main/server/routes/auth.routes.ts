import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AdminLoginBody, PairBody, SetupBody, TableLoginBody } from '../../../src-shared/schemas';
import * as auth from '../../services/auth.service';
import type { ServiceContext } from '../../services/context';
import { ADMIN_COOKIE, TABLE_COOKIE, cookieOptions, requireRole } from '../plugins/auth';

export function authRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/setup', { schema: { body: SetupBody } }, async (req, reply) => {
    reply.status(201);
    return auth.setup(ctx, req.body, req.socket.remoteAddress);
  });

  r.post('/api/admin/login', { schema: { body: AdminLoginBody } }, async (req, reply) => {
    const result = await auth.adminLogin(ctx, req.body, req.socket.remoteAddress);
    void reply.setCookie(ADMIN_COOKIE, result.token, cookieOptions(result.expires_at));
    return result;
  });

  r.post('/api/admin/logout', { preHandler: requireRole(ctx, 'manager', 'kitchen') }, async (req, reply) => {
    await auth.logout(ctx, req.principal);
    void reply.clearCookie(ADMIN_COOKIE, { path: '/' });
    return reply.status(204).send();
  });

  r.post('/api/table/login', { schema: { body: TableLoginBody } }, async (req, reply) => {
    const result = await auth.tableLogin(ctx, req.body, req.socket.remoteAddress);
    void reply.setCookie(TABLE_COOKIE, result.token, cookieOptions(result.expires_at));
    return result;
  });

  r.post('/api/table/pair', { schema: { body: PairBody } }, async (req, reply) => {
    const result = await auth.pair(ctx, req.body.pairing_code);
    void reply.setCookie(TABLE_COOKIE, result.token, cookieOptions(result.expires_at));
    return result;
  });
}
