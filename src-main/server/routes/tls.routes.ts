import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { TlsInfo } from '../../../src-shared/types';
import { TlsInfoSchema } from '../../../src-shared/responses';
import { NotFoundError } from '../../errors/app-error';
import { storeCaPem } from '../../services/tls.service';
import { fingerprint256 } from '../../services/tls-certificates';
import type { RouteDeps } from './route-deps';

export const CA_URL = '/tls/store-ca.crt';

/**
 * HTTPS on the store LAN, no token (the tablet onboarding page uses these before any sign-in):
 * where HTTPS is, the CA certificate to install, and a probe the HTTP page calls on the HTTPS
 * origin — it only succeeds once the tablet trusts the CA.
 */
export const tlsRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  const caPem = () => (ctx.config.httpsUrl() ? storeCaPem(ctx) : null);

  app.get(
    '/api/tls',
    { config: { public: true }, schema: { response: { 200: TlsInfoSchema } } },
    async () => {
      const pem = caPem();
      const body: TlsInfo = {
        enabled: pem !== null,
        https_url: pem ? ctx.config.httpsUrl() : null,
        ca_url: CA_URL,
        ca_sha256: pem ? fingerprint256(pem) : null,
      };
      return body;
    },
  );

  app.get('/api/tls/check', { config: { public: true } }, async (_req, reply) =>
    reply
      .status(204)
      // The HTTP onboarding page asks the HTTPS origin: a cross-origin read it must be allowed.
      .header('access-control-allow-origin', '*')
      .header('cross-origin-resource-policy', 'cross-origin')
      .header('cache-control', 'no-store')
      .send(),
  );

  app.get(CA_URL, { config: { public: true } }, async (_req, reply) => {
    const pem = caPem();
    if (!pem)
      throw new NotFoundError('HTTPS is off on this store server, so it has no certificate to install');
    return reply
      .header('content-type', 'application/x-x509-ca-cert')
      .header('content-disposition', 'attachment; filename="table-order-store-ca.crt"')
      .header('cache-control', 'no-cache')
      .send(pem);
  });
};
