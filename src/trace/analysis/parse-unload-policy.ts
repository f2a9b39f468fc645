/**
 * The unload policy from text parameters, as `npm run trace -- inspect` takes them
 * (`--idle-ms 2000`) and a figure reference's fragment (`idle-ms=2000`): each time a whole
 * number of milliseconds >= 0, an absent one the wasm-operator's (`WASM_OPERATOR_POLICY`).
 * Pure. A bad value throws a RangeError whose message names the parameter as the caller spells
 * it, e.g. `--idle-ms must be a whole number of milliseconds >= 0 (got "-5")`.
 */
import { WASM_OPERATOR_POLICY, type UnloadPolicy } from './unload-simulation.ts';

/** The policy's times as parameters, e.g. `idle-ms`. */
export type PolicyTimeParam = 'idle-ms' | 'lead-ms' | 'grace-ms';

/**
 * The policy the parameters give, e.g. `parseUnloadPolicy((name) => params.get(name), false)` ->
 * `{ idleMs: 1000, leadMs: 1000, graceMs: 1000, prediction: false }`.
 * @param read a parameter's text, null or undefined when absent, e.g. `(name) => values[name]`
 * @param prefix put before the parameter's name in a message, e.g. `--`
 */
export function parseUnloadPolicy(read: (name: PolicyTimeParam) => string | null | undefined, prediction: boolean, prefix = ''): UnloadPolicy {
	const time = (name: PolicyTimeParam, fallback: number): number => {
		const text = read(name);
		if (text === null || text === undefined) return fallback;
		if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(Number(text))) throw new RangeError(`${prefix}${name} must be a whole number of milliseconds >= 0 (got "${text}")`);
		return Number(text);
	};
	return {
		idleMs: time('idle-ms', WASM_OPERATOR_POLICY.idleMs),
		leadMs: time('lead-ms', WASM_OPERATOR_POLICY.leadMs),
		graceMs: time('grace-ms', WASM_OPERATOR_POLICY.graceMs),
		prediction,
	};
}
