import { describe, expect, it } from 'vitest';
import { parseConfig } from './config.ts';

describe('configuration from the environment', () => {
  it('defaults to port 8787, ./data and the outbox', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      PORT: 8787,
      DATA_DIR: './data',
      DEV_OUTBOX: false,
      REGISTRY_MODE: 'permissive',
    });
    expect(config.SMTP_URL).toBeUndefined();
    expect(config.CORS_ORIGINS).toEqual([]);
  });

  it('reads a comma-separated CORS allow-list and flags', () => {
    const config = parseConfig({
      CORS_ORIGINS: 'https://a.example, https://b.example',
      DEV_OUTBOX: '1',
    });
    expect(config.CORS_ORIGINS).toEqual(['https://a.example', 'https://b.example']);
    expect(config.DEV_OUTBOX).toBe(true);
  });

  it('takes a PostgreSQL URL and refuses any other kind', () => {
    expect(parseConfig({ DATABASE_URL: 'postgres://u:p@db:5432/rodnik' }).DATABASE_URL).toBe(
      'postgres://u:p@db:5432/rodnik',
    );
    expect(() => parseConfig({ DATABASE_URL: 'mysql://db/rodnik' })).toThrow(/DATABASE_URL/);
  });

  it('treats an empty variable as not set', () => {
    const config = parseConfig({ SMTP_URL: '', PORT: '' });
    expect(config.PORT).toBe(8787);
    expect(config.SMTP_URL).toBeUndefined();
  });

  it('names each bad variable in its message', () => {
    expect(() => parseConfig({ PORT: 'eighty', SMTP_URL: 'not a url' })).toThrow(
      /PORT[\s\S]*SMTP_URL/,
    );
    expect(() => parseConfig({ PORT: '70000' })).toThrow(/Invalid environment configuration/);
  });

  it('reads TRUST_PROXY as a hop count or a list of proxy addresses, none by default', () => {
    expect(parseConfig({}).TRUST_PROXY).toEqual({ kind: 'none' });
    expect(parseConfig({ TRUST_PROXY: '0' }).TRUST_PROXY).toEqual({ kind: 'none' });
    expect(parseConfig({ TRUST_PROXY: '1' }).TRUST_PROXY).toEqual({ kind: 'hops', hops: 1 });
    expect(parseConfig({ TRUST_PROXY: '10.0.0.5, ::1' }).TRUST_PROXY).toEqual({
      kind: 'addresses',
      addresses: ['10.0.0.5', '::1'],
    });
    expect(() => parseConfig({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY/);
    expect(() => parseConfig({ TRUST_PROXY: '10.0.0.0/8' })).toThrow(/TRUST_PROXY/);
  });
});
