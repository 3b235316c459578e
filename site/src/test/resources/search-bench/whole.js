// SearchBenchmark's alternatives in the page: fetch one library's whole-corpus index, load it and answer a query
// (its terms, as SearchTerms gives them, all required). Returns the ms from the start to the answer.
const here = (file) => new URL(file, import.meta.url);

export async function run(kind, terms) {
  const t0 = performance.now();
  const data = await (await fetch(here(`${kind}-whole.json`))).json();
  if (kind === 'minisearch') {
    const { default: MiniSearch } = await import(here('minisearch.mjs'));
    const index = MiniSearch.loadJS(data, { fields: ['title', 'text'], tokenize: (s) => [s], processTerm: (t) => t });
    index.search({ combineWith: 'AND', queries: terms }, { prefix: true, fuzzy: 0.2 });
  } else {
    const { default: FlexSearch } = await import(here('flexsearch.mjs'));
    const index = new FlexSearch.Index({ tokenize: 'forward', encoder: new FlexSearch.Encoder({ split: ' ' }) });
    for (const [key, chunk] of Object.entries(data)) index.import(key, chunk);
    const sets = terms.map((t) => new Set(index.search(t, { limit: 100000 })));
    sets.reduce((a, b) => new Set([...a].filter((id) => b.has(id))));
  }
  return performance.now() - t0;
}
