/**
 * What was typed on an auth screen, kept across a reload (issue 17) in
 * sessionStorage: this tab only, gone when it closes. Only the fields a
 * screen names are kept, and a name that looks secret (a password, a code,
 * a token) is refused outright, so a password never reaches storage.
 */
const SECRET = /pass|code|token|secret/i;

export type KeptValues = Record<string, string>;

export interface KeptInput {
  read(): KeptValues;
  write(values: KeptValues): void;
  clear(): void;
}

export function keptInput(
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>,
  screen: string,
  fields: readonly string[],
): KeptInput {
  const secret = fields.find((f) => SECRET.test(f));
  if (secret) throw new Error(`"${secret}" looks secret and is never kept`);
  const key = `rodnik.typed.${screen}`;
  const pick = (values: Record<string, unknown>): KeptValues => {
    const out: KeptValues = {};
    for (const f of fields) {
      const v = values[f];
      if (typeof v === 'string' && v !== '') out[f] = v.slice(0, 500);
    }
    return out;
  };
  return {
    read() {
      try {
        const raw = storage.getItem(key);
        const parsed: unknown = raw ? JSON.parse(raw) : {};
        return parsed && typeof parsed === 'object' ? pick(parsed as Record<string, unknown>) : {};
      } catch {
        return {};
      }
    },
    write(values) {
      try {
        storage.setItem(key, JSON.stringify(pick(values)));
      } catch {
        // Storage full or refused: typing goes on, only the reload copy is lost.
      }
    },
    clear: () => storage.removeItem(key),
  };
}
