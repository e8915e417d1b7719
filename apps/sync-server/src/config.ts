import { z } from 'zod';

const flag = z
  .enum(['0', '1', 'true', 'false', ''])
  .default('0')
  .transform((value) => value === '1' || value === 'true');

/** Whose word the server takes for the client's address (see `TRUST_PROXY`). */
export type TrustProxy =
  | { kind: 'none' }
  | { kind: 'hops'; hops: number }
  | { kind: 'addresses'; addresses: readonly string[] };

const ProxyAddress = z.union([z.ipv4(), z.ipv6()]);

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
  /**
   * The per-address limits and the per-account ones (code sends, password
   * guesses, invitations). Off only in tests that hammer the routes from one address.
   */
  RATE_LIMITS: z
    .enum(['on', 'off'])
    .default('on')
    .transform((value) => value === 'on'),
  /**
   * The records one family may hold (FAMILY_RECORD_LIMITS: cards, drafts,
   * scans). Off only in benchmarks that time the write path with one big family.
   */
  RECORD_QUOTAS: z
    .enum(['on', 'off'])
    .default('on')
    .transform((value) => value === 'on'),
  /**
   * Which proxies in front of the server may name the client in
   * `X-Forwarded-For` (the address the rate limits count): `0`, none (the
   * socket's peer is the client); `N`, that many proxies; or a comma-separated
   * list of the proxies' own addresses.
   */
  TRUST_PROXY: z
    .string()
    .default('0')
    .transform((value, ctx): TrustProxy => {
      const text = value.trim();
      if (/^\d{1,2}$/.test(text)) {
        const hops = Number(text);
        return hops === 0 ? { kind: 'none' } : { kind: 'hops', hops };
      }
      const addresses = text.split(',').map((entry) => entry.trim());
      if (addresses.every((entry) => ProxyAddress.safeParse(entry).success)) {
        return { kind: 'addresses', addresses };
      }
      ctx.issues.push({
        code: 'custom',
        message: 'a hop count (0–99) or a comma-separated list of IP addresses',
        input: value,
      });
      return z.NEVER;
    }),
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
