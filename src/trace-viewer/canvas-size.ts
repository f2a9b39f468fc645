/** Sizing a canvas for crisp drawing at the device pixel ratio. */

/** Sizes a canvas for `width` x `height` CSS px at the device pixel ratio; returns its scaled context. */
export function sizeCanvas(canvas: HTMLCanvasElement, width: number, height: number): CanvasRenderingContext2D {
	const dpr = Math.min(window.devicePixelRatio || 1, 3);
	const w = Math.round(width * dpr);
	const hgt = Math.round(height * dpr);
	if (canvas.width !== w || canvas.height !== hgt) {
		canvas.width = w;
		canvas.height = hgt;
		canvas.style.width = `${width}px`;
		canvas.style.height = `${height}px`;
	}
	const ctx = canvas.getContext('2d')!;
	ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
	return ctx;
}
