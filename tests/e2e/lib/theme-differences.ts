/**
 * What differs between Starlight's light and dark theme on this site, so the axe sweep can check
 * the dark theme for just that (tests/e2e/lib/axe-sweep.ts). Pure, no Playwright Test import.
 *
 * The theme switch sets `data-theme` on `<html>` and nothing else; the HTML is the same. What the
 * attribute changes, read from the built CSS (every rule whose selector names `data-theme`):
 * - colours: `color`, `background-color`, `color-scheme`, custom properties holding colours and
 *   shadows (Starlight's --sl-color-*, Expressive Code's --ec-*, the trace viewer's --tv-*, the
 *   benchmark chart's --bc-*); the trace viewer redraws its canvas in the new palette;
 * - Expressive Code's per-theme token styles (`font-style`, `font-weight`, `text-decoration`): these
 *   matter to contrast (bold text needs less) and to telling links in text apart, which the colour
 *   rules check in both themes, and to no other rule;
 * - which variant of a figure shows: a `display: none` on the light or the dark one of a theme
 *   image, a Mermaid diagram, a credited figure, Starlight's `light:sl-hidden` / `dark:sl-hidden`.
 *   axe skips hidden elements, so the dark variants are only ever checked in the dark theme.
 * Layout custom properties Expressive Code sets per theme (paddings, radii, fonts) hold the same
 * value in both. `unexpectedThemeDeclarations` finds anything else, and a test fails on it.
 */

/** The axe rules that read colours (tag `cat.color`; `color-contrast-enhanced`, AAA, is off by default). */
export const colourRules = ['color-contrast', 'link-in-text-block'];

/** Elements shown only in the dark theme, e.g. `.theme-image--dark`; the light sweep never sees them. */
export const darkOnlySelectors = ['.theme-image--dark', '.mermaid-diagram__dark', '.credited-figure .figure-theme-dark', '.light\\:sl-hidden'];

/** Elements shown only in the light theme; the light sweep checks them with every rule. */
const lightOnlySelectors = ['.theme-image--light', '.mermaid-diagram__light', '.credited-figure .figure-theme-light', '.dark\\:sl-hidden'];

/** Properties only colour rules read (see the header). */
const colourProperties = new Set(['color', 'background', 'background-color', 'border-color', 'outline-color', 'fill', 'stroke', 'color-scheme', 'box-shadow', 'text-decoration-color', 'font-style', 'font-weight', 'text-decoration']);

/** A custom property value that is or holds a colour (a shadow, an icon), e.g. `#3d50f5`, `hsl(var(--sl-hue-blue), 60%, 60%)`, `0px 1px 1px #0000000f`. */
const colourValue = /#[0-9a-f]{3,8}\b|\b(rgba?|hsla?|color-mix)\(|var\(--sl-(color|hue)-|^(white|black|transparent|currentcolor|none)$|^url\("data:image\/svg/i;

/** One declaration under a selector that names `data-theme`, e.g. `{ selector: ':root[data-theme=light]', property: 'color', value: '#000' }`. */
export interface ThemeDeclaration {
	selector: string;
	property: string;
	value: string;
}

/**
 * Every declaration of `css` whose rule's selector names `data-theme`, in order.
 * @param css e.g. `:root[data-theme=dark] .x{display:none}`
 */
export function themeDeclarations(css: string): ThemeDeclaration[] {
	return declarations(css).filter(({ selector }) => selector.includes('data-theme'));
}

/** Every declaration of `css`, in order, e.g. `.x{display:none}` -> `[{ selector: '.x', property: 'display', value: 'none' }]`. */
function declarations(css: string): ThemeDeclaration[] {
	const found: ThemeDeclaration[] = [];
	// Innermost `selector { declarations }` blocks: at-rules around them (media, layer) are kept out.
	for (const [, selectorText, body] of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
		const selector = selectorText.trim();
		for (const declaration of body.split(';')) {
			const colon = declaration.indexOf(':');
			if (colon === -1) continue;
			found.push({ selector, property: declaration.slice(0, colon).trim().toLowerCase(), value: declaration.slice(colon + 1).trim() });
		}
	}
	return found;
}

/**
 * The declarations of `css` under `data-theme` that make the themes differ in more than colours
 * and the known variants: what the dark sweep would then miss. Empty on this site.
 * @param css all the built site's stylesheets, e.g. `dist-test/_astro/*.css` joined
 */
export function unexpectedThemeDeclarations(css: string): ThemeDeclaration[] {
	// A custom property that is not a colour is harmless when the whole CSS gives it one value.
	const valuesOf = new Map<string, Set<string>>();
	for (const { property, value } of declarations(css)) if (property.startsWith('--')) valuesOf.set(property, (valuesOf.get(property) ?? new Set()).add(value));
	const variant = new RegExp(`(${[...darkOnlySelectors, ...lightOnlySelectors].map((s) => s.replace(/[.\\]/g, '\\$&')).join('|')})$`);
	return themeDeclarations(css).filter(({ selector, property, value }) => {
		if (colourProperties.has(property)) return false;
		if (property.startsWith('--')) return !colourValue.test(value) && valuesOf.get(property)!.size > 1;
		if (property === 'display' && value === 'none') return !selector.split(',').every((one) => variant.test(one.trim()));
		return true;
	});
}
