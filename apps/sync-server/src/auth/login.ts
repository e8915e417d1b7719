import { Email, PhoneRu } from '@rodnik/domain';
import { z } from 'zod';

/** `^a$`, `^b$` → `^(?:a|b)$`: the OpenAPI pattern of a login of either shape. */
function eitherPattern(...schemas: z.ZodType[]): string {
  const bodies = schemas.map((schema) => String(schema.meta()?.pattern).replace(/^\^|\$$/g, ''));
  return `^(?:${bodies.join('|')})$`;
}

/** A login is a phone number or an e-mail address, told apart by «@». */
export const Login = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required' })
  .max(254, { error: 'too-long' })
  .transform((value, ctx) => {
    const schema = value.includes('@') ? Email : PhoneRu;
    const parsed = schema.safeParse(value);
    if (parsed.success) {
      return value.includes('@') ? { email: parsed.data } : { phone: parsed.data };
    }
    for (const issue of parsed.error.issues) {
      ctx.issues.push({ code: 'custom', message: issue.message, input: value });
    }
    return z.NEVER;
  })
  .meta({ pattern: eitherPattern(PhoneRu, Email), description: 'A phone number or an e-mail' });
export type Login = z.output<typeof Login>;

/** A simplified child account's login: Latin, lower-cased, 4–32 characters, a letter first. */
export const ChildLogin = z
  .string({ error: 'required' })
  .trim()
  .toLowerCase()
  .regex(/^[a-z][a-z0-9._-]{3,31}$/, { error: 'login-format' })
  .meta({ pattern: '^[a-z][a-z0-9._-]{3,31}$' });

/** What sign-in accepts: a phone, an e-mail, or a child account's login. */
export const SignInLogin = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required' })
  .max(254, { error: 'too-long' })
  .transform((value, ctx): { phone: string } | { email: string } | { login: string } => {
    if (/^[A-Za-z]/.test(value) && !value.includes('@')) {
      const parsed = ChildLogin.safeParse(value);
      if (parsed.success) return { login: parsed.data };
      ctx.issues.push({ code: 'custom', message: 'login-format', input: value });
      return z.NEVER;
    }
    const parsed = Login.safeParse(value);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      ctx.issues.push({ code: 'custom', message: issue.message, input: value });
    }
    return z.NEVER;
  })
  .meta({
    pattern: eitherPattern(PhoneRu, Email, ChildLogin),
    description: 'A phone number, an e-mail, or a child account’s login',
  });
export type SignInLogin = z.output<typeof SignInLogin>;

/** Shows enough of a destination to recognise it, not enough to learn it. */
export function maskDestination(destination: string): string {
  if (destination.includes('@')) {
    const [name = '', domain = ''] = destination.split('@');
    return `${name.slice(0, 1)}***@${domain}`;
  }
  return `${destination.slice(0, 2)}***${destination.slice(-2)}`;
}

/** One string per login, as typed and normalised: what per-login limits count. */
export function loginKey(login: Login | SignInLogin): string {
  if ('phone' in login) return `phone:${login.phone}`;
  if ('email' in login) return `email:${login.email.toLowerCase()}`;
  return `login:${login.login}`;
}
