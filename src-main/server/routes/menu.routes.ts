import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CreateCategoryBody,
  CreateMenuBody,
  IdParams,
  ReorderMenusBody,
  UpdateCategoryBody,
  UpdateMenuBody,
} from '../../../src-shared/schemas';
import {
  CategoryListSchema,
  CategorySchema,
  ImageUploadSchema,
  MenuListSchema,
  MenuSchema,
} from '../../../src-shared/responses';
import { LIMITS } from '../../../src-shared/limits';
import * as menu from '../../services/menu.service';
import { saveImage } from '../../services/images.service';
import { UnsupportedMediaTypeError } from '../../errors/app-error';
import { discardBody } from '../discard-body';
import type { RouteDeps } from './route-deps';

// An over-large upload is read to its end (up to this much) before its 413 goes out.
const DISCARD_LIMITS = { maxBytes: 8 * LIMITS.imageBytes, maxMs: 15_000 };

/** Categories, menu items and images, under `/api/admin`; the manager edits, staff read. */
export const menuRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  const config = { roles: ['manager'] } as const;
  // The kitchen board reads the menu too (prep-time targets, stations of categories).
  const read = { roles: ['manager', 'kitchen'] } as const;

  app.get('/categories', { config: read, schema: { response: { 200: CategoryListSchema } } }, async (req) =>
    menu.listCategories(ctx, req.principal.storeId),
  );
  app.post(
    '/categories',
    { config, schema: { body: CreateCategoryBody, response: { 201: CategorySchema } } },
    async (req, reply) =>
      reply.status(201).send(await menu.createCategory(ctx, req.principal.storeId, req.body)),
  );
  app.put(
    '/categories/:id',
    { config, schema: { params: IdParams, body: UpdateCategoryBody, response: { 200: CategorySchema } } },
    async (req) => menu.updateCategory(ctx, req.principal.storeId, req.params.id, req.body),
  );
  app.delete('/categories/:id', { config, schema: { params: IdParams } }, async (req, reply) => {
    await menu.deleteCategory(ctx, req.principal.storeId, req.params.id);
    return reply.status(204).send();
  });

  app.get('/menus', { config: read, schema: { response: { 200: MenuListSchema } } }, async (req) =>
    menu.listMenus(ctx, req.principal.storeId),
  );
  app.post(
    '/menus',
    { config, schema: { body: CreateMenuBody, response: { 201: MenuSchema } } },
    async (req, reply) => reply.status(201).send(await menu.createMenu(ctx, req.principal.storeId, req.body)),
  );
  app.put('/menus/order', { config, schema: { body: ReorderMenusBody } }, async (req, reply) => {
    await menu.reorderMenus(ctx, req.principal.storeId, req.body);
    return reply.status(204).send();
  });
  app.get(
    '/menus/:id',
    { config, schema: { params: IdParams, response: { 200: MenuSchema } } },
    async (req) => menu.getMenu(ctx, req.principal.storeId, req.params.id),
  );
  app.put(
    '/menus/:id',
    { config, schema: { params: IdParams, body: UpdateMenuBody, response: { 200: MenuSchema } } },
    async (req) => menu.updateMenu(ctx, req.principal.storeId, req.params.id, req.body),
  );
  app.delete('/menus/:id', { config, schema: { params: IdParams } }, async (req, reply) => {
    await menu.deleteMenu(ctx, req.principal.storeId, req.params.id);
    return reply.status(204).send();
  });

  // Raw image bytes: a parser of its own, in its own scope, with the image size limit.
  await app.register(async (images) => {
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
    images.post(
      '/images',
      { config, bodyLimit: LIMITS.imageBytes, schema: { response: { 201: ImageUploadSchema } } },
      async (req, reply) => {
        if (!Buffer.isBuffer(req.body)) {
          throw new UnsupportedMediaTypeError(
            'Send the image bytes with Content-Type image/png, image/jpeg or image/webp',
          );
        }
        return reply.status(201).send(await saveImage(ctx, req.body));
      },
    );
  });
};
