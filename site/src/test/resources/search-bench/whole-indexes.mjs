// SearchBenchmark's alternatives: each library's index of the whole corpus in one file, as a site without buckets
// would serve it. Arguments: the built site, the folder npm installed minisearch and flexsearch into, the site's
// search.js (whose terms() both indexes use, as the site's own index does). Reads search/notes/*.json; writes bench/.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { pathToFileURL } from 'node:url';

const [site, modules, searchJs] = process.argv.slice(2);
const page = vm.createContext({ document: { querySelector: () => null } });
vm.runInContext(fs.readFileSync(searchJs, 'utf8'), page);
const terms = (text) => vm.runInContext('terms', page)(text).join(' ');
const load = (p) => import(pathToFileURL(path.join(modules, p)).href);
const { default: MiniSearch } = await load('minisearch/dist/es/index.js');
const { default: FlexSearch } = await load('flexsearch/dist/flexsearch.bundle.module.min.mjs');
const notes = path.join(site, 'search/notes');
const docs = fs.readdirSync(notes).sort((a, b) => parseInt(a) - parseInt(b)).map((f) => {
  const note = JSON.parse(fs.readFileSync(path.join(notes, f), 'utf8'));
  return { title: terms(note.title), text: terms(note.sections.map((s) => `${s.heading} ${s.text}`).join(' ')) };
});
const out = path.join(site, 'bench');
fs.mkdirSync(out, { recursive: true });

const mini = new MiniSearch({ fields: ['title', 'text'], tokenize: (s) => s.split(' '), processTerm: (t) => t });
mini.addAll(docs.map((d, id) => ({ id, title: d.title, text: d.text })));
fs.writeFileSync(path.join(out, 'minisearch-whole.json'), JSON.stringify(mini));

// FlexSearch: the same terms, space-separated, indexed forward (prefix search); it has no edit-distance fuzziness.
const flex = new FlexSearch.Index({ tokenize: 'forward', encoder: new FlexSearch.Encoder({ split: ' ' }) });
docs.forEach((d, id) => flex.add(id, `${d.title} ${d.text}`));
const chunks = {};
await flex.export((key, data) => { chunks[key] = data; });
fs.writeFileSync(path.join(out, 'flexsearch-whole.json'), JSON.stringify(chunks));
fs.copyFileSync(path.join(modules, 'flexsearch/dist/flexsearch.bundle.module.min.mjs'), path.join(out, 'flexsearch.mjs'));
// The site's own MiniSearch, which it publishes only under a content-hashed name.
const vendored = fs.readdirSync(path.join(site, 'immutable')).find((f) => /^minisearch\.[0-9a-f]+\.js$/.test(f));
fs.copyFileSync(path.join(site, 'immutable', vendored), path.join(out, 'minisearch.mjs'));
