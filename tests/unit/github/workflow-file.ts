/** Reads the workflow files of .github/workflows/ for the tests that check them. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const workflows = fileURLToPath(new URL('../../../.github/workflows/', import.meta.url));

/** A step of a job, as far as the tests read it. */
export interface Step {
	name?: string;
	uses?: string;
	run?: string;
	with?: Record<string, unknown>;
	env?: Record<string, string>;
	'working-directory'?: string;
}
/** An input of `workflow_call` or `workflow_dispatch`. */
export interface Input {
	required?: boolean;
	type?: string;
	default?: unknown;
	options?: string[];
}
/** A workflow file, as far as the tests read it. */
export interface Workflow {
	on: Record<string, { inputs?: Record<string, Input>; secrets?: Record<string, unknown> } | null | undefined> & { push?: unknown };
	permissions?: Record<string, string>;
	concurrency?: { group: string };
	jobs: Record<string, { needs?: string; steps: Step[]; environment?: { name: string } }>;
}

/** Parses a workflow file, failing with the file name when it is not valid YAML. */
export function load(file: string): Workflow {
	return parse(readFileSync(workflows + file, 'utf8'), { prettyErrors: true }) as Workflow;
}

/** The index of the first step that uses `action` (any version) or runs `command`. */
export function stepIndex(steps: Step[], match: { uses?: string; run?: string }): number {
	return steps.findIndex(
		(step) => (match.uses && step.uses?.startsWith(`${match.uses}@`)) || (match.run && step.run?.includes(match.run)),
	);
}


/**
 * Replaces each `${{ expression }}` of a workflow value by its value in `values`, as Actions would;
 * an expression the table does not hold fails, so a test cannot silently run with a wrong value.
 * @param text e.g. `${{ github.workspace }}/notes/${{ inputs.notes-folder }}`
 * @param values e.g. `{ 'github.workspace': '/tmp/w', 'inputs.notes-folder': 'docs' }` -> `/tmp/w/notes/docs`
 */
export function expandExpressions(text: string, values: Record<string, string>): string {
	return text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expression: string) => {
		if (!(expression in values)) throw new Error(`no value for \${{ ${expression} }} in the test's table`);
		return values[expression];
	});
}
