/**
 * Finds where and why JSON text is invalid, for messages like `file:3:14: truncated JSON`.
 * Runs only after JSON.parse has failed (V8's messages do not always carry a position).
 */

/** The 0-based offset and reason of the first JSON syntax error, or null when the text is valid. */
export function findJsonError(text: string): { offset: number; reason: string } | null {
	let i = 0;
	const fail = (reason: string): never => {
		throw { offset: i, reason: i >= text.length ? 'truncated JSON: unexpected end of input' : reason };
	};
	const ws = () => {
		while (i < text.length && ' \t\r\n'.includes(text[i])) i++;
	};
	const show = () => (i < text.length ? JSON.stringify(text[i]) : 'end of input');
	const value = (): void => {
		ws();
		const c = text[i];
		if (c === '{') {
			i++;
			ws();
			if (text[i] === '}') return void i++;
			for (;;) {
				ws();
				if (text[i] !== '"') fail(`expected a property name in double quotes, found ${show()}`);
				string();
				ws();
				if (text[i] !== ':') fail(`expected ':' after a property name, found ${show()}`);
				i++;
				value();
				ws();
				if (text[i] === ',') i++;
				else if (text[i] === '}') return void i++;
				else fail(`expected ',' or '}' after a property value, found ${show()}`);
			}
		}
		if (c === '[') {
			i++;
			ws();
			if (text[i] === ']') return void i++;
			for (;;) {
				value();
				ws();
				if (text[i] === ',') i++;
				else if (text[i] === ']') return void i++;
				else fail(`expected ',' or ']' after an array element, found ${show()}`);
			}
		}
		if (c === '"') return string();
		const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
		if (literal) return void (i += literal[0].length);
		fail(`expected a value, found ${show()}`);
	};
	const string = (): void => {
		i++;
		while (i < text.length && text[i] !== '"') {
			if (text[i] === '\\') {
				i++;
				if (i < text.length && !'"\\/bfnrtu'.includes(text[i])) fail(`invalid escape \\${text[i]} in a string`);
			} else if (text.charCodeAt(i) < 0x20) fail('unescaped control character in a string');
			i++;
		}
		if (i >= text.length) fail('');
		i++;
	};
	try {
		value();
		ws();
		if (i < text.length) fail(`unexpected ${show()} after the end of the JSON value`);
		return null;
	} catch (error) {
		return error as { offset: number; reason: string };
	}
}
