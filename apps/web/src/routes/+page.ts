import { redirect } from '@sveltejs/kit';
import { readSession } from '$lib/session/read-session.ts';

/** The start URL: the family's screen when signed in on this device, else sign-in. */
export function load(): never {
  const session = readSession(localStorage.getItem('rodnik.session'));
  redirect(
    307,
    !session ? '/sign-in' : session.account.role === 'operator' ? '/operator' : '/family',
  );
}
