// The app runs under a Content-Security-Policy without 'unsafe-eval'
// (apps/sync-server/src/http/content-security-policy.ts): zod must neither
// compile its parsers with `Function` nor probe whether it may (the probe
// alone is reported as a violation). zod 4 keeps its config on this global
// (`z.config()` writes the same object), so setting it here, before or after
// zod loads, keeps zod itself off the sign-in screen; e2e/csp.spec.ts fails if
// a zod release moves it.
declare global {
  var __zod_globalConfig: { jitless?: boolean } | undefined;
}

Object.assign((globalThis.__zod_globalConfig ??= {}), { jitless: true });

export {};
