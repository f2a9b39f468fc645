/** A `TextSource` over a file on disk that streams its lines in 1 MiB chunks (node:fs). */
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { decodeText, detectEncoding } from './decode-text.ts';
import { TraceInputError } from './input-error.ts';
import type { SourceLine, TextSource } from './text-source.ts';

const CHUNK = 1 << 20;

/** Opens `path` for import, e.g. `fileSource('tests/fixtures/otlp/bom.json')`. */
export function fileSource(path: string): TextSource {
  const file = basename(path);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw new TraceInputError(file, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const size = fstatSync(fd).size;
  const first = Buffer.alloc(Math.min(size, 65536));
  readSync(fd, first, 0, first.length, 0);
  closeSync(fd);
  const encoding = detectEncoding(first);
  const source: TextSource = {
    file,
    head: () => new TextDecoder(encoding).decode(first),
    text: () => decodeText(readFileSync(path), file),
    lines: () => streamLines(path, file, encoding, size, (share) => source.onProgress?.(share)),
  };
  return source;
}

function* streamLines(path: string, file: string, encoding: string, size: number, progress: (share: number) => void): Generator<SourceLine> {
  const decoder = new TextDecoder(encoding, { fatal: true });
  const buffer = Buffer.alloc(CHUNK);
  const fd = openSync(path, 'r');
  let rest = '';
  let number = 1;
  let done = 0;
  try {
    for (;;) {
      const n = readSync(fd, buffer, 0, CHUNK, null);
      done += n;
      let text: string;
      try {
        text = rest + decoder.decode(buffer.subarray(0, n), { stream: n > 0 });
      } catch {
        throw new TraceInputError(file, `not valid ${encoding} text`, number, 1);
      }
      let start = 0;
      for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
        yield { text: text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end), number: number++ };
        start = end + 1;
      }
      rest = text.slice(start);
      progress(size === 0 ? 1 : done / size);
      if (n === 0) break;
    }
    if (rest.length > 0) yield { text: rest.endsWith('\r') ? rest.slice(0, -1) : rest, number };
  } finally {
    closeSync(fd);
  }
}
