/** The operator account the e2e server creates at start (`npm run operator:create` in real life). */
export const E2E_OPERATOR = {
  login: 'operator.e2e',
  name: 'Соколова Ирина Викторовна',
  password: 'Rodnik-2026!oper',
} as const;
