import { z } from 'zod';

// The app runs under a Content-Security-Policy without 'unsafe-eval'
// (apps/sync-server/src/http/content-security-policy.ts): zod must neither
// compile its parsers with `Function` nor probe whether it may (the probe
// alone is reported as a violation).
z.config({ jitless: true });
