/** The third-party entries of the Credits page: one per work, theme variants folded into it. */
import type { AttributedFile } from './check-attributions.ts';

/** One credited work and the files of the site that use it. */
export interface CreditEntry {
	/** The main file, e.g. `findings/third-party/kubebuilder-architecture.svg`. */
	path: string;
	/** Dark-theme variants of it, e.g. `findings/third-party/kubebuilder-architecture.dark.svg`. */
	variants: string[];
	/** The main file's attribution. */
	attribution: AttributedFile['attribution'];
}

/**
 * Groups `<name>.dark.<ext>` under `<name>.<ext>` when both exist; keeps path order.
 * @param files e.g. `checkAttributions(contentDir)`
 */
export function creditEntries(files: readonly AttributedFile[]): CreditEntry[] {
	const byPath = new Map<string, CreditEntry>();
	for (const file of files) byPath.set(file.path, { path: file.path, variants: [], attribution: file.attribution });
	for (const file of files) {
		const main = file.path.replace(/\.dark(\.[^./]+)$/, '$1');
		if (main !== file.path && byPath.has(main)) {
			byPath.get(main)!.variants.push(file.path);
			byPath.delete(file.path);
		}
	}
	return [...byPath.values()];
}
