import { z } from 'zod';

/** Who performs a move: the family's device, or the server (verification, an operator). */
export const Actor = z.enum(['client', 'server']);
export type Actor = z.infer<typeof Actor>;

export interface TransitionRule<S extends string> {
  readonly to: S;
  readonly by: Actor;
}

export interface Machine<S extends string> {
  readonly name: string;
  readonly initial: S;
  readonly states: readonly S[];
  /** Every state has an entry, so a forgotten state fails to compile instead of trapping. */
  readonly transitions: { readonly [K in S]: readonly TransitionRule<S>[] };
  readonly final: readonly S[];
}

export type StateOf<M> = M extends Machine<infer S> ? S : never;

export type TransitionResult<S extends string> =
  | { ok: true; to: S }
  | { ok: false; code: 'illegal-transition'; from: string; to: string; actor: Actor };

/**
 * Declares a machine as plain data. Inconsistent definitions are programming
 * errors, so they throw here, once, at module load — never at a call site.
 */
export function defineMachine<const S extends string>(def: Machine<S>): Machine<S> {
  const known = new Set<string>(def.states);
  const check = (state: string, where: string): void => {
    if (!known.has(state)) throw new Error(`${def.name}: unknown state '${state}' in ${where}`);
  };
  check(def.initial, 'initial');
  for (const state of def.final) {
    check(state, 'final');
    if (def.transitions[state].length > 0) {
      throw new Error(`${def.name}: final state '${state}' has exits`);
    }
  }
  for (const from of def.states) {
    for (const rule of def.transitions[from]) {
      check(rule.to, `transitions.${from}`);
      if (rule.to === from) throw new Error(`${def.name}: self-transition on '${from}'`);
    }
  }
  return def;
}

function ruleFor<S extends string>(
  machine: Machine<S>,
  from: string,
  to: string,
): TransitionRule<S> | undefined {
  // Own-property check: `from` may come off the wire and be '__proto__' or similar.
  if (!Object.prototype.hasOwnProperty.call(machine.transitions, from)) return undefined;
  const rules: readonly TransitionRule<S>[] = machine.transitions[from as S];
  return rules.find((rule) => rule.to === to);
}

export function isState<S extends string>(machine: Machine<S>, value: unknown): value is S {
  return typeof value === 'string' && (machine.states as readonly string[]).includes(value);
}

/** Moves `from` to `to` if the machine allows it for this actor; never throws. */
export function transition<S extends string>(
  machine: Machine<S>,
  from: S,
  to: S,
  actor: Actor,
): TransitionResult<S> {
  const rule = ruleFor(machine, from, to);
  if (rule !== undefined && rule.by === actor) return { ok: true, to: rule.to };
  return { ok: false, code: 'illegal-transition', from, to, actor };
}

export function canTransition<S extends string>(
  machine: Machine<S>,
  from: S,
  to: S,
  actor: Actor,
): boolean {
  return transition(machine, from, to, actor).ok;
}

export function isFinal<S extends string>(machine: Machine<S>, state: S): boolean {
  return machine.final.includes(state);
}

/** States reachable in one move; all of them when no actor is given. */
export function nextStates<S extends string>(machine: Machine<S>, from: S, actor?: Actor): S[] {
  if (!Object.prototype.hasOwnProperty.call(machine.transitions, from)) return [];
  return machine.transitions[from]
    .filter((rule) => actor === undefined || rule.by === actor)
    .map((rule) => rule.to);
}
