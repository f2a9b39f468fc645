/** OTLP trace and span ids: hex as the OTLP/JSON spec says, or the base64 some exporters send. */

/** Lower-case hex of an id given as hex or base64, e.g. `normalizeId('7u0bfsPBsXQ=')` is 'eeed1b7ec3c1b174'; null when neither. */
export function normalizeId(id: string): string | null {
	if ((id.length === 16 || id.length === 32) && /^[0-9a-fA-F]+$/.test(id)) return id.toLowerCase();
	if (/^[A-Za-z0-9+/]+={0,2}$/.test(id) && (id.length === 12 || id.length === 24)) {
		const bytes = atob(id);
		return [...bytes].map((c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('');
	}
	if (/^[0-9a-fA-F]+$/.test(id) && id.length > 0 && id.length <= 32) return id.toLowerCase();
	return null;
}
