/**
 * The URL hash <-> a viewer's window, selection and unload policy. Each viewer owns one
 * `&`-separated entry, so several viewers on a page keep independent state and other fragments
 * of the hash are left alone:
 *
 *   `<viewerId>=<t0>~<t1>[~<selected>][~unload:<idleMs>,<leadMs>,<graceMs>,<on|off>]`
 *
 * `t0`, `t1`: integer ns offsets of the window; `selected`: a record index; the `unload:` part:
 * the policy of the unload simulation (milliseconds, prediction on or off), written only when it
 * differs from the wasm-operator's values (`WASM_OPERATOR_POLICY`). Links from before the policy
 * existed (`#tv-ab12=0~5000000000~3`) read as before, with the default policy.
 */
import { WASM_OPERATOR_POLICY, type UnloadPolicy } from '../trace/analysis/unload-simulation.ts';
import type { ViewState } from './view-state.ts';

/** Largest policy time a link may carry: one hour, in ms. */
export const MAX_POLICY_MS = 3_600_000;

/**
 * Reads a viewer's state from a hash, e.g. `("#tv-ab12=0~5000000000~3~unload:2000,1000,1000,off", "tv-ab12")`;
 * null when absent or malformed. Without an `unload:` part the state has no `policy`.
 */
export function readLink(hash: string, viewerId: string): ViewState | null {
	const entry = entries(hash).find((e) => e.startsWith(`${viewerId}=`));
	if (!entry) return null;
	const parts = decodeURIComponent(entry.slice(viewerId.length + 1)).split('~');
	const policyPart = parts.length > 2 && parts[parts.length - 1].startsWith('unload:') ? parts.pop()! : undefined;
	if (parts.length < 2 || parts.length > 3 || !parts.every((p) => /^-?\d+$/.test(p))) return null;
	const [t0, t1, selected = -1] = parts.map(Number);
	if (!(t1 > t0)) return null;
	if (policyPart === undefined) return { window: { t0, t1 }, selected };
	const policy = readPolicy(policyPart);
	return policy ? { window: { t0, t1 }, selected, policy } : null;
}

/** The hash with this viewer's entry set to `state` (or removed when null); other entries kept in order. */
export function writeLink(hash: string, viewerId: string, state: ViewState | null): string {
	const others = entries(hash).filter((e) => !e.startsWith(`${viewerId}=`));
	const parts: (number | string)[] = state ? [Math.round(state.window.t0), Math.round(state.window.t1), ...(state.selected >= 0 ? [state.selected] : [])] : [];
	if (state?.policy && !isDefaultPolicy(state.policy)) parts.push(policyPart(state.policy));
	const all = [...others, ...(state ? [`${viewerId}=${parts.join('~')}`] : [])];
	return all.length ? `#${all.join('&')}` : '';
}

/** True for the wasm-operator's values, which a link leaves out. */
export function isDefaultPolicy(p: UnloadPolicy): boolean {
	return p.idleMs === WASM_OPERATOR_POLICY.idleMs && p.leadMs === WASM_OPERATOR_POLICY.leadMs && p.graceMs === WASM_OPERATOR_POLICY.graceMs && p.prediction === WASM_OPERATOR_POLICY.prediction;
}

/** e.g. `{ idleMs: 2000, leadMs: 1000, graceMs: 1000, prediction: false }` -> `"unload:2000,1000,1000,off"`. */
function policyPart(p: UnloadPolicy): string {
	return `unload:${Math.round(p.idleMs)},${Math.round(p.leadMs)},${Math.round(p.graceMs)},${p.prediction ? 'on' : 'off'}`;
}

/** The policy of an `unload:` part, or null when malformed or out of range. */
function readPolicy(part: string): UnloadPolicy | null {
	const m = /^unload:(\d+),(\d+),(\d+),(on|off)$/.exec(part);
	if (!m) return null;
	const [idleMs, leadMs, graceMs] = [m[1], m[2], m[3]].map(Number);
	if (![idleMs, leadMs, graceMs].every((v) => v <= MAX_POLICY_MS)) return null;
	return { idleMs, leadMs, graceMs, prediction: m[4] === 'on' };
}

function entries(hash: string): string[] {
	return hash.replace(/^#/, '').split('&').filter(Boolean);
}

/** A viewer id safe in a hash and as an HTML id, e.g. `("3fa2c9d1e0b4", 2)` -> `"tv-3fa2c9d1-2"`. */
export function viewerIdFor(dataHash: string, occurrence: number): string {
	const short = dataHash.replace(/[^0-9a-z]/gi, '').slice(0, 8);
	return occurrence > 1 ? `tv-${short}-${occurrence}` : `tv-${short}`;
}
