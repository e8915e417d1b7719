import { z } from 'zod';

const flag = z
  .enum(['0', '1', 'true', 'false', ''])
  .default('0')
  .transform((value) => value === '1' || value === 'true');

/** Environment variables, parsed once at start; a bad value stops the server with a clear message. */
export const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(8787),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  /** When set, PostgreSQL instead of the embedded SQLite file (several instances may share it). */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  /** Where the built web app lives; served at `/` when present. */
  WEB_DIR: z.string().optional(),
  DEV_OUTBOX: flag,
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  SMTP_FROM: z.string().default('Родник <no-reply@rodnik.local>'),
  SMS_WEBHOOK_URL: z.url({ protocol: /^https?$/ }).optional(),
  REGISTRY_MODE: z.enum(['permissive', 'fixture']).default('permissive'),
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    ),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(24 * 30),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Off in tests that hammer the auth routes on purpose from one address. */
  RATE_LIMITS: z
    .enum(['on', 'off'])
    .default('on')
    .transform((value) => value === 'on'),
});
export type AppConfig = z.infer<typeof ConfigSchema>;

export function parseConfig(env: Record<string, string | undefined>): AppConfig {
  // An empty variable (`SMTP_URL=` in a compose file) means "not set".
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const result = ConfigSchema.safeParse(present);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  throw new Error(
    `Неверная настройка окружения / Invalid environment configuration:\n${lines.join('\n')}`,
  );
}
