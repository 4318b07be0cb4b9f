// Reading the CLI's input files: a .txt is its text; an .html is its article's visible text, read
// with the same code the content script runs (lib/page), on linkedom's DOM.
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { findArticle } from '../lib/page/article';
import { flatten } from '../lib/page/flatten';
import { articleHeading, articleSkip } from '../lib/page/read';

export interface Input {
  file: string;
  text: string;
  title: string;
  /** an .html page's heading around its article (h1, byline), as the content script reads it */
  heading: string;
}

export class InputError extends Error {}

const MAX_BYTES = 64 * 1024 * 1024;

/** the text of one input file, or an InputError saying plainly what is wrong with it */
export function readInput(file: string): Input {
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new InputError(`${file}: is a directory, not a file`);
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot be read (${code ?? e})`);
  }
  if (size === 0) throw new InputError(`${file}: is empty`);
  if (size > MAX_BYTES) throw new InputError(`${file}: is ${Math.round(size / 1048576)} MB; the limit is ${MAX_BYTES / 1048576} MB`);
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (e) {
    throw new InputError(`${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? e})`);
  }
  if (looksBinary(buf)) throw new InputError(`${file}: is not text (binary data)`);
  const raw = decode(file, buf);
  const ext = extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm' || (ext !== '.txt' && /^\s*<(?:!doctype|html)/i.test(raw))) return readHtml(file, raw);
  return { file, text: raw, title: '', heading: '' };
}

/**
 * UTF-8, or else GB18030 (a superset of GBK and GB2312, in which many Chinese government files are
 * saved), said on stderr; anything else is refused. A UTF-8 byte-order mark is kept as a character,
 * as every UTF-8 reader (score.mjs among them) keeps it, so offsets agree.
 */
function decode(file: string, buf: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    // not UTF-8
  }
  let text: string;
  try {
    text = new TextDecoder('gb18030', { fatal: true }).decode(buf);
  } catch {
    throw new InputError(`${file}: is neither UTF-8 nor GB18030 text; convert it to UTF-8 first`);
  }
  console.error(`report-lens: ${file}: not UTF-8; read as GB18030 (GBK), offsets are into the decoded text`);
  return text;
}

function looksBinary(buf: Buffer): boolean {
  const n = Math.min(buf.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) return true;
    if (b < 7 || (b > 13 && b < 32)) control++;
  }
  return control > n * 0.1;
}

function readHtml(file: string, html: string): Input {
  const { document } = parseHTML(html);
  const article = findArticle(document);
  const { text } = flatten(article, { skip: articleSkip });
  return { file, text, title: document.title ?? '', heading: articleHeading(article) };
}
