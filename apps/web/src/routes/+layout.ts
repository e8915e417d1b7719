// An SPA: nothing renders on a server, the fallback page boots every route.
export const ssr = false;
export const prerender = false;
export const trailingSlash = 'never';
