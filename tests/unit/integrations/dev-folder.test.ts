/** The dev server's view of build-time folders: what is served, under which URLs, and what is refused. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import { serveFolderInDev, type DevFolder } from '../../../src/integrations/dev-folder.ts';

const dir = mkdtempSync(join(tmpdir(), 'dev-folder-'));
mkdirSync(join(dir, 'fonts'));
mkdirSync(join(dir, '.git'));
writeFileSync(join(dir, 'fonts', 'a b.woff2'), 'font bytes');
writeFileSync(join(dir, '.git', 'config'), 'secret');
writeFileSync(join(dir, '..', 'outside.txt'), 'outside');

/** Sends one request through the middleware: the body and content type served, or `next` when passed on. */
async function request(url: string, folder: Partial<DevFolder> = {}): Promise<{ body: string; type?: string } | 'next'> {
	let handler: (req: { url: string }, res: Writable, next: () => void) => void = () => {};
	const server = { middlewares: { use: (fn: typeof handler) => (handler = fn) } };
	serveFolderInDev(server as never, { base: () => '/masters-thesis/', urlDir: '_katex', dir: () => dir, allow: (path) => !path.startsWith('.'), contentType: () => 'font/woff2', ...folder });
	return new Promise((resolve) => {
		const chunks: Buffer[] = [];
		let type: string | undefined;
		const res = Object.assign(new Writable({ write: (chunk, _encoding, done) => (chunks.push(chunk), done()) }), {
			setHeader: (_name: string, value: string) => (type = value),
		});
		res.on('finish', () => resolve({ body: Buffer.concat(chunks).toString(), ...(type ? { type } : {}) }));
		handler({ url }, res, () => resolve('next'));
	});
}

test('a file is served under the base path, and under the bare URL folder (Astro may strip the base), with its type', async () => {
	assert.deepEqual(await request('/masters-thesis/_katex/fonts/a%20b.woff2'), { body: 'font bytes', type: 'font/woff2' });
	assert.deepEqual(await request('/_katex/fonts/a%20b.woff2'), { body: 'font bytes', type: 'font/woff2' });
});

test('other URLs, missing files, folders, refused paths and ways out of the folder go on to Astro', async () => {
	for (const url of ['/masters-thesis/other/x', '/masters-thesis/_katex/missing.css', '/masters-thesis/_katex/fonts', '/masters-thesis/_katex/.git/config', '/masters-thesis/_katex/%2E%2E/outside.txt', '/masters-thesis/_katex/%E0%A4%A']) {
		assert.equal(await request(url), 'next', url);
	}
});
