// Reading the CLI's input files: a .txt is its text; an .html is its article's visible text, read
// with the same code the content script runs (lib/page), on happy-dom's DOM. happy-dom builds the tree
// as a browser does from markup that is not well formed (a Word export pasted whole into a site's
// layout table, a <meta> or <script> before <html>, text before <body>); linkedom, read before, left
// such a page's body empty (language und, no mention) where the browser tagged it.
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { createRequire } from 'node:module';
import type { Window as HappyWindow } from 'happy-dom';
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

/** happy-dom, loaded for the first .html file only: a .txt run does not pay its start-up (~0.3 s) */
let happy: typeof HappyWindow | null = null;
const happyDom = (): typeof HappyWindow =>
  (happy ??= (createRequire(import.meta.url)('happy-dom') as { Window: typeof HappyWindow }).Window);

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
  const ext = extname(file).toLowerCase();
  const html =
    ext === '.html' || ext === '.htm' || (ext !== '.txt' && /^\s*<(?:!doctype|html)/i.test(buf.subarray(0, 512).toString('latin1')));
  const raw = decode(file, buf, html ? declaredCharset(buf) : undefined);
  // a page's byte-order mark is not its text, as in a browser
  if (html) return readHtml(file, raw.replace(/^\uFEFF/, ''));
  return { file, text: raw, title: '', heading: '' };
}

/**
 * The charset a page declares in its first 1024 bytes (<meta charset=…>, or http-equiv's
 * content="text/html; charset=…"), as a browser's prescan finds it; undefined when none is declared
 * or TextDecoder does not know it.
 */
export function declaredCharset(buf: Buffer): string | undefined {
  const head = buf.subarray(0, 1024).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (!m) return undefined;
  try {
    return new TextDecoder(m[1]).encoding;
  } catch {
    return undefined;
  }
}

/**
 * UTF-8, or else the charset an HTML page declares (a Big5 page is not GB18030), or else GB18030 (a
 * superset of GBK and GB2312, in which many Chinese government files are saved), said on stderr;
 * anything else is refused. Valid UTF-8 is read as UTF-8 whatever a page declares: a GBK text is
 * almost never valid UTF-8, and a file converted to UTF-8 often keeps its old <meta>. A UTF-8
 * byte-order mark is kept as a character, as every UTF-8 reader (score.mjs among them) keeps it, so
 * offsets agree (a page drops it, as a browser does).
 */
function decode(file: string, buf: Buffer, declared?: string): string {
  try {
    // ignoreBOM: keep the mark (TextDecoder drops it by default)
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buf);
  } catch {
    // not UTF-8
  }
  // gb2312 and gbk are read as their superset
  const charset = !declared || declared === 'utf-8' || declared === 'gbk' ? 'gb18030' : declared;
  let text: string;
  try {
    text = new TextDecoder(charset, { fatal: true }).decode(buf);
  } catch {
    throw new InputError(`${file}: is neither UTF-8 nor ${charset.toUpperCase()} text; convert it to UTF-8 first`);
  }
  const as = charset === 'gb18030' ? 'GB18030 (GBK)' : `${charset.toUpperCase()}, as the page declares`;
  console.error(`report-lens: ${file}: not UTF-8; read as ${as}, offsets are into the decoded text`);
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
  // no scripts run, nothing is fetched: the page is only parsed
  const window = new (happyDom())({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  try {
    const document = window.document as unknown as Document;
    document.write(html);
    const article = findArticle(document);
    const { text } = flatten(article, { skip: articleSkip });
    return { file, text, title: document.title ?? '', heading: articleHeading(article) };
  } finally {
    void window.happyDOM.close();
  }
}

/** a reader piping the output into `head` closes it early: that ends the run quietly, not with a stack */
export function endQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

/** a command's output format and files, from `[--json|--csv] FILE...`; a wrong call prints its usage and exits 2 */
export function formatAndFiles(command: string): { format: 'table' | 'json' | 'csv'; files: string[] } {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const files = args.filter((a) => !a.startsWith('--'));
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--csv' && a !== '--json');
  if (!files.length || unknown.length) {
    if (unknown.length) console.error(`report-lens ${command}: unknown option ${unknown.join(' ')}`);
    console.error(`usage: npm run --silent ${command} -- [--json|--csv] FILE...   (.txt or .html)`);
    process.exit(2);
  }
  return { format: args.includes('--csv') ? 'csv' : args.includes('--json') ? 'json' : 'table', files };
}
