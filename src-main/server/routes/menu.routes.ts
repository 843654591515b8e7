import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  CreateCategoryBody,
  CreateMenuBody,
  IdParams,
  ReorderMenusBody,
  UpdateCategoryBody,
  UpdateMenuBody,
} from '../../../src-shared/schemas';
import { LIMITS } from '../../../src-shared/limits';
import * as menu from '../../services/menu.service';
import { saveImage } from '../../services/images.service';
import { discardBody } from '../discard-body';
import { UnsupportedMediaTypeError } from '../../services/app-error';
import type { ServiceContext } from '../../services/context';
import { requireRole } from '../plugins/auth';

// An over-large upload is read to its end (up to this much) before its 413 goes out.
const DISCARD_LIMITS = { maxBytes: 8 * LIMITS.imageBytes, maxMs: 15_000 };

export function menuRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const manager = { preHandler: requireRole(ctx, 'manager') };

  r.get('/api/admin/categories', manager, async (req) => menu.listCategories(ctx, req.principal.storeId));
  r.post(
    '/api/admin/categories',
    { ...manager, schema: { body: CreateCategoryBody } },
    async (req, reply) => {
      reply.status(201);
      return menu.createCategory(ctx, req.principal.storeId, req.body);
    },
  );
  r.put(
    '/api/admin/categories/:id',
    { ...manager, schema: { params: IdParams, body: UpdateCategoryBody } },
    async (req) => menu.updateCategory(ctx, req.principal.storeId, req.params.id, req.body),
  );
  r.delete('/api/admin/categories/:id', { ...manager, schema: { params: IdParams } }, async (req, reply) => {
    await menu.deleteCategory(ctx, req.principal.storeId, req.params.id);
    return reply.status(204).send();
  });

  r.get('/api/admin/menus', manager, async (req) => menu.listMenus(ctx, req.principal.storeId));
  r.post('/api/admin/menus', { ...manager, schema: { body: CreateMenuBody } }, async (req, reply) => {
    reply.status(201);
    return menu.createMenu(ctx, req.principal.storeId, req.body);
  });
  r.put('/api/admin/menus/order', { ...manager, schema: { body: ReorderMenusBody } }, async (req, reply) => {
    await menu.reorderMenus(ctx, req.principal.storeId, req.body);
    return reply.status(204).send();
  });
  r.get('/api/admin/menus/:id', { ...manager, schema: { params: IdParams } }, async (req) =>
    menu.getMenu(ctx, req.principal.storeId, req.params.id),
  );
  r.put(
    '/api/admin/menus/:id',
    { ...manager, schema: { params: IdParams, body: UpdateMenuBody } },
    async (req) => menu.updateMenu(ctx, req.principal.storeId, req.params.id, req.body),
  );
  r.delete('/api/admin/menus/:id', { ...manager, schema: { params: IdParams } }, async (req, reply) => {
    await menu.deleteMenu(ctx, req.principal.storeId, req.params.id);
    return reply.status(204).send();
  });

  app.register(async (images) => {
    // A 413 reads the rest of the upload before answering (see discard-body.ts).
    images.addHook('onSend', async (req, reply, payload) => {
      if (reply.statusCode === 413) await discardBody(req.raw, DISCARD_LIMITS);
      return payload;
    });
    images.addContentTypeParser(
      ['image/png', 'image/jpeg', 'image/webp'],
      { parseAs: 'buffer', bodyLimit: LIMITS.imageBytes },
      (_req, body, done) => done(null, body),
    );
    images.post('/api/admin/images', { ...manager, bodyLimit: LIMITS.imageBytes }, async (req, reply) => {
      if (!Buffer.isBuffer(req.body)) {
        throw new UnsupportedMediaTypeError(
          'Send the image bytes with Content-Type image/png, image/jpeg or image/webp',
        );
      }
      reply.status(201);
      return saveImage(ctx, req.body);
    });
  });
}
