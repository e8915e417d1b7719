import { issuesToFieldErrors, Password, PersonNamePart, uuidv7 } from '@rodnik/domain';
import { z } from 'zod';
import { ChildLogin } from '../auth/login.ts';
import { ApiFailure, badInput } from '../http/api-failure.ts';
import type { Account, Store } from '../store/store.ts';

/** «Иванова Ольга Петровна»: surname, given name, patronymic if any. */
const FullName = z
  .string()
  .trim()
  .transform((value) => {
    const [surname = '', givenName = '', patronymic, ...rest] = value.split(/\s+/);
    return patronymic === undefined
      ? { surname, givenName, rest }
      : { surname, givenName, patronymic, rest };
  })
  .pipe(
    z.object({
      surname: PersonNamePart,
      givenName: PersonNamePart,
      patronymic: PersonNamePart.optional(),
      rest: z.array(z.string()).max(0, { error: 'invalid-value' }),
    }),
  );

const OperatorInput = z.object({
  /** Latin, like a simplified child account's: operators sign in with login + password. */
  login: ChildLogin,
  name: FullName,
  password: Password,
});

/**
 * Creates an operator account. An operator belongs to no family: it gets a
 * family row of its own (the accounts table needs one) that holds no
 * documents, and every family route refuses operators anyway.
 */
export async function createOperator(
  store: Store,
  input: { login: string; name: string; password: string },
  now: Date,
  randomBytes: (size: number) => Uint8Array,
  /** `scryptPasswords.hash` (production's cost); tests bring a cheap one. */
  hashPassword: (password: string) => Promise<string>,
): Promise<Account> {
  const parsed = OperatorInput.safeParse(input);
  if (!parsed.success) throw badInput(issuesToFieldErrors(parsed.error.issues));
  const { surname, givenName, patronymic } = parsed.data.name;
  const passwordHash = await hashPassword(parsed.data.password);
  const at = now.toISOString();
  const account: Account = {
    id: uuidv7(now.getTime(), randomBytes(10)),
    familyId: uuidv7(now.getTime(), randomBytes(10)),
    role: 'operator',
    surname,
    givenName,
    patronymic: patronymic ?? null,
    phone: null,
    email: null,
    passwordHash,
    phoneConfirmedAt: null,
    emailConfirmedAt: null,
    createdAt: at,
    childId: null,
    login: parsed.data.login,
  };
  await store.transaction(async (tx) => {
    if (await tx.findAccountByLogin({ login: account.login! })) {
      throw new ApiFailure(409, 'account-exists');
    }
    await tx.insertFamily(account.familyId, at);
    await tx.insertAccount(account);
  });
  return account;
}
