/**
 * The unload policy inputs of a viewer: the idle, lead and grace times in ms and prediction on
 * or off (labelled form controls in a fieldset, usable by keyboard), a reset to the
 * wasm-operator's values, and a live line with what the simulation gives.
 */
import { WASM_OPERATOR_POLICY, type UnloadPolicy } from '../trace/analysis/unload-simulation.ts';
import { MAX_POLICY_MS } from './deep-link.ts';
import { h, replaceChildren } from './dom.ts';

/** The controls and what the viewer updates later. */
export interface PolicyControls {
	root: HTMLElement;
	/** Live region for the simulated figures, e.g. "Loaded 20% of the time, 345 cold starts." */
	status: HTMLOutputElement;
	/** Shows `policy` in the inputs (a restored link), without calling `onChange`. */
	set(policy: UnloadPolicy): void;
}

const TIMES = [
	['idleMs', 'Unload after idle (ms)'],
	['leadMs', 'Reload before the predicted wake-up (ms)'],
	['graceMs', 'Stay loaded after the predicted wake-up (ms)'],
] as const;

/**
 * Builds the controls of viewer `id`, showing `initial`; `onChange` gets every valid policy the
 * reader sets (an invalid time is marked and ignored until it is fixed).
 * @param id e.g. `"tv-3fa2c9d1"`
 */
export function policyControls(id: string, initial: UnloadPolicy, onChange: (policy: UnloadPolicy) => void): PolicyControls {
	const inputs = Object.fromEntries(
		TIMES.map(([key]) => [key, h('input', { type: 'number', id: `${id}-${key}`, min: '0', max: String(MAX_POLICY_MS), step: '100', inputmode: 'numeric', 'aria-describedby': `${id}-policy-status` })]),
	) as Record<(typeof TIMES)[number][0], HTMLInputElement>;
	const prediction = h('input', { type: 'checkbox', id: `${id}-prediction` });
	const status = h('output', { id: `${id}-policy-status`, class: 'tv-policy-status', 'aria-live': 'polite' });
	const reset = h('button', { type: 'button' }, ['Reset to the wasm-operator values']);
	const set = (p: UnloadPolicy) => {
		for (const [key] of TIMES) {
			inputs[key].value = String(p[key]);
			inputs[key].removeAttribute('aria-invalid');
		}
		prediction.checked = p.prediction;
		inputs.leadMs.disabled = inputs.graceMs.disabled = !p.prediction;
	};
	const changed = () => {
		inputs.leadMs.disabled = inputs.graceMs.disabled = !prediction.checked;
		const values = TIMES.map(([key]) => {
			const v = inputs[key].valueAsNumber;
			const ok = Number.isFinite(v) && v >= 0 && v <= MAX_POLICY_MS;
			if (ok) inputs[key].removeAttribute('aria-invalid');
			else inputs[key].setAttribute('aria-invalid', 'true');
			return ok ? Math.round(v) : NaN;
		});
		if (values.some(Number.isNaN)) {
			replaceChildren(status, [`Enter a whole number of milliseconds from 0 to ${MAX_POLICY_MS}.`]);
			return;
		}
		const [idleMs, leadMs, graceMs] = values;
		onChange({ idleMs, leadMs, graceMs, prediction: prediction.checked });
	};
	for (const [key] of TIMES) inputs[key].addEventListener('input', changed);
	prediction.addEventListener('change', changed);
	reset.addEventListener('click', () => {
		set(WASM_OPERATOR_POLICY);
		changed();
	});
	set(initial);
	const field = (input: HTMLInputElement, label: string) => h('span', { class: 'tv-field' }, [h('label', { for: input.id }, [label]), input]);
	const root = h('fieldset', { class: 'tv-policy' }, [
		h('legend', {}, ['Unload policy of the simulated wasm-operator host']),
		...TIMES.map(([key, label]) => field(inputs[key], label)),
		h('span', { class: 'tv-field' }, [prediction, h('label', { for: prediction.id }, ['Predict the next wake-up (SES over the last 50 gaps)'])]),
		reset,
		status,
	]);
	return { root, status, set };
}
