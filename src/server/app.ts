import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { sql } from 'drizzle-orm';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Deps } from './deps.ts';
import { installAuthentication } from './http/authenticate.ts';
import { AppError, sendProblem } from './http/errors.ts';
import { collectRouteTable, type RouteEntry } from './http/routeTable.ts';
import { installNulGuard } from './http/nulGuard.ts';
import { registerRoutes } from './http/registerRoutes.ts';

export interface BuiltApp {
  app: FastifyInstance;
  routeTable: RouteEntry[];
}

const webRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');
export const bodyLimitBytes = 1024 * 1024;

export async function buildApp(deps: Deps, options: { logger?: FastifyBaseLogger } = {}): Promise<BuiltApp> {
  const app = Fastify({
    ...(options.logger ? { loggerInstance: options.logger } : { logger: false }),
    trustProxy: deps.config.trustProxy,
    bodyLimit: bodyLimitBytes,
  });
  const routeTable = collectRouteTable(app);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler((error, request, reply) => sendProblem(error, request, reply));
  app.addContentTypeParser(['text/csv', 'text/plain'], { parseAs: 'string' }, (_req, body, done) => done(null, body));

  // Large JSON answers (a network map of 10 000 members is ~10 MB) travel gzip-compressed; the event
  // stream writes to the raw socket and is never buffered by it.
  await app.register(fastifyCompress, { encodings: ['gzip', 'deflate'], threshold: 2048 });
  await app.register(fastifyCookie);
  // Uploads are read only by routes that ask for them (documents), one file per request, within the limit.
  await app.register(fastifyMultipart, {
    limits: { fileSize: deps.config.uploadLimitBytes, files: 1, fields: 10, parts: 11 },
  });
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      // No upgrade-insecure-requests: a self-hosted server on a plain-http LAN address must still load its own assets.
      directives: {
        'img-src': ["'self'", 'data:', 'blob:'],
        'connect-src': ["'self'"],
        'upgrade-insecure-requests': null,
      },
    },
  });
  await app.register(fastifyRateLimit, { global: true, max: 1200, timeWindow: '1 minute' });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Synergia API', version: '1.0.0', description: 'Networks of small businesses working together.' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'synergia_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs', staticCSP: true });
  installAuthentication(app, deps);
  installNulGuard(app);

  app.get('/api/health', { config: { auth: 'public' }, schema: { hide: true } }, async (_request, reply) => {
    try {
      await deps.db.execute(sql`select 1`);
      return { status: 'ok', version: '1.0.0', database: 'ok' };
    } catch {
      return reply.status(503).send({ status: 'error', version: '1.0.0', database: 'unreachable' });
    }
  });
  app.get('/api/openapi.json', { config: { auth: 'public' }, schema: { hide: true } }, async () => app.swagger());
  await app.register(async (scope) => registerRoutes(scope.withTypeProvider<ZodTypeProvider>(), deps));
  await serveWebApp(app);
  return { app, routeTable };
}

async function serveWebApp(app: FastifyInstance): Promise<void> {
  const hasWebBuild = fs.existsSync(path.join(webRoot, 'index.html'));
  // Files are looked up per request (wildcard), so a rebuilt web app is served without a restart.
  if (hasWebBuild) await app.register(fastifyStatic, { root: webRoot, wildcard: true });
  app.setNotFoundHandler((request, reply) => {
    const wantsPage = request.method === 'GET' && !request.url.startsWith('/api/');
    if (wantsPage && hasWebBuild) return reply.type('text/html').sendFile('index.html');
    return sendProblem(new AppError('not_found'), request, reply);
  });
}
