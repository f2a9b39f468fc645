/**
 * The attribution sidecar every third-party file of the content needs: `<file name>.attribution.yml`
 * next to the file (e.g. `third-party/diagram.svg` + `third-party/diagram.svg.attribution.yml`).
 */
import { z } from 'astro/zod';

/** The name a sidecar of `fileName` must have. */
export function sidecarName(fileName: string): string {
	return `${fileName}.attribution.yml`;
}

/** The folder name that marks files as third-party work. */
export const thirdPartyFolder = 'third-party';

/** One third-party file's attribution. */
export const attributionSchema = z.object({
	/** Where the original is published, e.g. `https://book.kubebuilder.io/architecture`. */
	source: z.url(),
	/** The original file itself, ideally a permalink, e.g. `https://github.com/o/r/blob/<commit>/x.svg`; optional. */
	sourceFile: z.url().optional(),
	/** Title of the original work, e.g. `Architecture concept diagram`. */
	title: z.string().min(1),
	/** Author or copyright holder, e.g. `The Kubernetes Authors`. */
	author: z.string().min(1),
	/** The licence the original is under. */
	license: z.object({
		/** SPDX identifier, e.g. `Apache-2.0`. */
		spdx: z.string().regex(/^[A-Za-z0-9.+-]+$/, 'must be an SPDX identifier such as Apache-2.0'),
		/** URL of the licence text, e.g. `https://www.apache.org/licenses/LICENSE-2.0`. */
		url: z.url(),
	}),
	/** `false` when used as is; otherwise what was changed, e.g. `Redrawn as a new SVG with a dark variant.` */
	modified: z.union([z.literal(false), z.string().min(1)]),
	/** Caption for the figure; defaults to the image's alt text. */
	caption: z.string().min(1).optional(),
	/** For measured data (a trace file): who measured it, e.g. `the wasm-operator project`; its viewer says "measured (by …)". */
	measuredBy: z.string().min(1).optional(),
});

/** A parsed attribution sidecar. */
export type Attribution = z.output<typeof attributionSchema>;
