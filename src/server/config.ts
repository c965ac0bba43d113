import path from 'node:path';
import { z } from 'zod';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  SYNERGIA_DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().url().optional(),
  PUBLIC_URL: z.string().url().optional(),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  SMTP_URL: z.string().url().optional(),
  SMTP_FROM: z.string().default('Synergia <no-reply@synergia.local>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SYNERGIA_MASTER_KEY: z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes in base64')
    .optional(),
  SYNERGIA_UPLOAD_LIMIT_MB: z.coerce.number().positive().max(1024).default(25),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  publicUrl: string;
  trustProxy: boolean;
  smtp: { url: string; from: string } | undefined;
  logLevel: string;
  // Wraps each collaboration's document key; without it, <dataDir>/master.key is used.
  masterKey: Buffer | undefined;
  uploadLimitBytes: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means unset, as in most shells' habits (DATABASE_URL= npm start).
  const setVariables = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = envSchema.safeParse(setVariables);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.SYNERGIA_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    trustProxy: e.TRUST_PROXY === 'true',
    smtp: e.SMTP_URL ? { url: e.SMTP_URL, from: e.SMTP_FROM } : undefined,
    logLevel: e.LOG_LEVEL,
    masterKey: e.SYNERGIA_MASTER_KEY ? Buffer.from(e.SYNERGIA_MASTER_KEY, 'base64') : undefined,
    uploadLimitBytes: Math.round(e.SYNERGIA_UPLOAD_LIMIT_MB * 1024 * 1024),
  };
}
