/**
 * Splits one CSV line into fields (RFC 4180 quoting: `"a,b"`, `""` for a quote; a quoted field
 * may not span lines). Hand-written because the readers stream lines and the CSV packages
 * either parse whole strings or are asynchronous streams.
 */

/** The fields of a line, or a reason when its quotes do not close, e.g. `csvFields('1,"a,b",2')` is `['1', 'a,b', '2']`. */
export function csvFields(line: string): string[] | { error: string } {
	const fields: string[] = [];
	let i = 0;
	for (;;) {
		if (line[i] === '"') {
			let value = '';
			let j = i + 1;
			for (;;) {
				const close = line.indexOf('"', j);
				if (close === -1) return { error: 'a quoted field is not closed on its line' };
				value += line.slice(j, close);
				if (line[close + 1] === '"') {
					value += '"';
					j = close + 2;
				} else {
					j = close + 1;
					break;
				}
			}
			if (j < line.length && line[j] !== ',') return { error: 'text after a closing quote' };
			fields.push(value);
			i = j;
		} else {
			const comma = line.indexOf(',', i);
			const end = comma === -1 ? line.length : comma;
			fields.push(line.slice(i, end).trim());
			i = end;
		}
		if (i >= line.length) return fields;
		i++; // the comma
	}
}
