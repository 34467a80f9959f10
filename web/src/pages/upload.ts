// Adding reports: files (with upload progress), pasted text, or a URL for the server to fetch.
import { ApiError, call, upload } from '../api.js';
import { clear, h } from '../dom.js';

function summary(r: any): HTMLElement {
  const problems = (r.messages ?? []).filter((m: any) => m.severity !== 'info');
  return h(
    'div',
    { class: 'result' },
    `${r.stored} stored, ${r.duplicates} already held, ${r.failed} failed, ${r.incidents} new incidents.`,
    problems.length ? h('ul', null, ...problems.slice(0, 50).map((m: any) => h('li', null, `${m.source ?? ''}${m.line ? `:${m.line}` : ''} ${m.severity}: ${m.text}`))) : null,
  );
}

export function uploadPage(app: HTMLElement): () => void {
  const files = h('input', { type: 'file', multiple: true, id: 'files', accept: '.txt,.html,.htm,.jsonl,.ndjson,.json,.csv,.tsv,.xml,.rss,.atom,.md' });
  const progress = h('div', { id: 'upload-progress' });
  files.addEventListener('change', async () => {
    clear(progress);
    for (const file of Array.from(files.files ?? [])) {
      const bar = h('progress', { max: 1, value: 0 });
      const line = h('div', { class: 'upload' }, `${file.name} (${Math.ceil(file.size / 1024)} KB) `, bar);
      progress.append(line);
      try {
        const r = await upload(file, (f) => (bar.value = f));
        bar.value = 1;
        line.append(summary(r));
      } catch (e) {
        line.append(h('p', { class: 'error' }, e instanceof ApiError ? e.message : String(e)));
      }
    }
  });

  const title = h('input', { name: 'title', placeholder: 'headline', size: 60 });
  const published = h('input', { name: 'published_at', type: 'date' });
  const source = h('input', { name: 'source', placeholder: 'outlet' });
  const text = h('textarea', { name: 'text', rows: 10, cols: 80, placeholder: 'the report’s text' });
  const pasted = h('div');
  const pasteForm = h(
    'form',
    { class: 'card', id: 'paste' },
    h('h2', null, 'Paste a report'),
    h('label', null, 'Headline ', title),
    h('label', null, 'Published ', published),
    h('label', null, 'Source ', source),
    text,
    h('button', { type: 'submit' }, 'Add'),
    pasted,
  );
  pasteForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    clear(pasted);
    try {
      const r = await call('POST', '/api/reports', { text: text.value, title: title.value || undefined, published_at: published.value || undefined, source: source.value || undefined });
      pasted.append(summary(r));
    } catch (x) {
      pasted.append(h('p', { class: 'error' }, x instanceof Error ? x.message : String(x)));
    }
  });

  const url = h('input', { name: 'url', type: 'url', placeholder: 'https://...', size: 60 });
  const fetched = h('div');
  const urlForm = h('form', { class: 'card', id: 'by-url' }, h('h2', null, 'Fetch a URL'), url, ' ', h('button', { type: 'submit' }, 'Fetch and add'), fetched);
  urlForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    clear(fetched);
    fetched.append('fetching…');
    try {
      const r = await call('POST', '/api/reports', { url: url.value });
      clear(fetched);
      fetched.append(summary(r));
    } catch (x) {
      clear(fetched);
      fetched.append(h('p', { class: 'error' }, x instanceof Error ? x.message : String(x)));
    }
  });

  app.append(
    h('h1', null, 'Add reports'),
    h('div', { class: 'card' }, h('h2', null, 'Files'), h('p', null, 'Text, HTML, JSONL, CSV or a feed; each file is read as the command line reads it.'), files, progress),
    pasteForm,
    urlForm,
  );
  return () => undefined;
}
