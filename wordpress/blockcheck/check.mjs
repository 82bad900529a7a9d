// Validates post markup with the block editor's own parser and validator, the
// versions WordPress 6.1 ships (package.json). Reads a JSON array of
// {name, content} on stdin; prints a JSON array of {name, block, issues}, one for
// each block that the editor would not take as it is: invalid (the editor shows
// "unexpected or invalid content"), valid only through a deprecated form (the
// editor rewrites it on save), content outside any block (a Classic block), or a
// block type it does not know.
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', { url: 'http://localhost/' });
const g = globalThis;
for (const k of ['window', 'document', 'navigator', 'Node', 'HTMLElement', 'Element', 'DOMParser', 'MutationObserver',
  'getComputedStyle', 'CustomEvent', 'Event', 'KeyboardEvent', 'MouseEvent', 'Range', 'Text', 'DocumentFragment']) {
  if (!(k in g)) g[k] = dom.window[k];
}
g.requestAnimationFrame = dom.window.requestAnimationFrame = (cb) => setTimeout(cb, 0);
g.cancelAnimationFrame = dom.window.cancelAnimationFrame = clearTimeout;
dom.window.matchMedia = () => ({ matches: false, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {} });

// The validator explains itself on the console; the answer is what this prints.
for (const k of ['log', 'info', 'warn', 'error', 'group', 'groupCollapsed', 'groupEnd']) console[k] = () => {};

const blocks = await import('@wordpress/blocks');
const library = await import('@wordpress/block-library');
library.registerCoreBlocks();

let input = '';
for await (const chunk of process.stdin) input += chunk;
const out = [];
const check = (name, list) => {
  for (const b of list) {
    if (b.name === 'core/freeform') {
      if ((b.attributes.content || '').trim() !== '') out.push({ name, block: b.name, issues: ['content outside any block: ' + b.attributes.content.trim().slice(0, 200)] });
    } else if (b.name === 'core/missing') {
      const what = b.attributes.originalName ? 'unknown block type' : 'content outside any block';
      out.push({ name, block: b.attributes.originalName || '', issues: [what + ': ' + (b.attributes.originalContent || '').trim().slice(0, 200)] });
    } else if (!b.isValid) {
      out.push({ name, block: b.name, issues: ['invalid', ...(b.validationIssues || []).map((i) => (i.args || []).slice(1).map(String).join(' | '))] });
    } else {
      const [ok, issues] = blocks.validateBlock(b, b.name);
      if (!ok) out.push({ name, block: b.name, issues: ['valid only as a deprecated form', ...(issues || []).map((i) => (i.args || []).slice(1).map(String).join(' | '))] });
    }
    if (b.innerBlocks) check(name, b.innerBlocks);
  }
};
for (const d of JSON.parse(input)) check(d.name, blocks.parse(d.content));
process.stdout.write(JSON.stringify(out) + '\n');
// Some of the editor's modules keep timers running: the answer is written.
process.exit(0);
