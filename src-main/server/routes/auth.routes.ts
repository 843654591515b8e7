import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AdminLoginBody,
  DeviceLoginBody,
  GuestLoginBody,
  PairBody,
  SetupBody,
  TableLoginBody,
} from '../../../src-shared/schemas';
import {
  AdminLoginResponseSchema,
  DeviceLoginResponseSchema,
  GuestLoginResponseSchema,
  SetupResponseSchema,
  TableLoginResponseSchema,
} from '../../../src-shared/responses';
import * as auth from '../../services/auth.service';
import { guestLogin } from '../../services/guest-phones.service';
import { ADMIN_COOKIE, TABLE_COOKIE, cookieOptions } from '../plugins/auth';
import type { RouteDeps } from './route-deps';

/** Calls that take no token: setup and the logins (registered at the root, unguarded). */
export const publicAuthRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  const open = { public: true };

  app.post(
    '/api/setup',
    { config: open, schema: { body: SetupBody, response: { 201: SetupResponseSchema } } },
    async (req, reply) => reply.status(201).send(await auth.setup(ctx, req.body, req.socket.remoteAddress)),
  );

  app.post(
    '/api/admin/login',
    { config: open, schema: { body: AdminLoginBody, response: { 200: AdminLoginResponseSchema } } },
    async (req, reply) => {
      const result = await auth.adminLogin(ctx, req.body, req.socket.remoteAddress);
      void reply.setCookie(ADMIN_COOKIE, result.token, cookieOptions(result.expires_at));
      return result;
    },
  );

  app.post(
    '/api/table/login',
    { config: open, schema: { body: TableLoginBody, response: { 200: TableLoginResponseSchema } } },
    async (req, reply) => {
      const result = await auth.tableLogin(ctx, req.body, req.socket.remoteAddress);
      void reply.setCookie(TABLE_COOKIE, result.token, cookieOptions(result.expires_at));
      return result;
    },
  );

  app.post(
    '/api/table/device-login',
    { config: open, schema: { body: DeviceLoginBody, response: { 200: DeviceLoginResponseSchema } } },
    async (req, reply) => {
      const result = await auth.deviceLogin(ctx, req.body, req.socket.remoteAddress);
      void reply.setCookie(TABLE_COOKIE, result.token, cookieOptions(result.expires_at));
      return result;
    },
  );

  app.post(
    '/api/table/guest-login',
    { config: open, schema: { body: GuestLoginBody, response: { 200: GuestLoginResponseSchema } } },
    async (req, reply) => {
      const result = await guestLogin(ctx, req.body, req.socket.remoteAddress);
      void reply.setCookie(TABLE_COOKIE, result.token, cookieOptions(result.expires_at));
      return result;
    },
  );

  app.post(
    '/api/table/pair',
    { config: open, schema: { body: PairBody, response: { 200: TableLoginResponseSchema } } },
    async (req, reply) => {
      const result = await auth.pair(ctx, req.body.pairing_code);
      void reply.setCookie(TABLE_COOKIE, result.token, cookieOptions(result.expires_at));
      return result;
    },
  );
};

/** Staff logout, under the guarded `/api/admin` prefix. */
export const staffAuthRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  app.post('/logout', { config: { roles: ['manager', 'kitchen'] } }, async (req, reply) => {
    await auth.logout(ctx, req.principal);
    void reply.clearCookie(ADMIN_COOKIE, { path: '/' });
    return reply.status(204).send();
  });
};
