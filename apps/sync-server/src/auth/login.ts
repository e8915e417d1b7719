import { Email, PhoneRu } from '@rodnik/domain';
import { z } from 'zod';

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
  });
export type Login = z.output<typeof Login>;

/** Shows enough of a destination to recognise it, not enough to learn it. */
export function maskDestination(destination: string): string {
  if (destination.includes('@')) {
    const [name = '', domain = ''] = destination.split('@');
    return `${name.slice(0, 1)}***@${domain}`;
  }
  return `${destination.slice(0, 2)}***${destination.slice(-2)}`;
}
