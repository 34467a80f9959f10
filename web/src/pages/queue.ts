// The review queue: incidents nobody has reviewed, the ones most in need first.
import { call } from '../api.js';
import { dateText, h, rangeText, TYPE_LABEL } from '../dom.js';

export async function queuePage(app: HTMLElement): Promise<() => void> {
  const q = await call<{ incidents: any[] }>('GET', '/api/review/queue?limit=100');
  app.append(
    h('h1', null, 'Review queue'),
    h('p', null, 'Unreviewed incidents: contested first, then those told by a single source, then the least confident. An incident leaves the queue once accepted, rejected or corrected.'),
  );
  if (q.incidents.length === 0) {
    app.append(h('p', { id: 'queue-empty' }, 'Nothing is waiting for review.'));
    return () => undefined;
  }
  app.append(
    h(
      'table',
      { class: 'queue', id: 'queue' },
      h('tr', null, ...['Incident', 'Grade', 'Confidence', 'Date', 'Place', 'Type', 'Killed', 'Sources'].map((t) => h('th', null, t))),
      ...q.incidents.map((i) =>
        h(
          'tr',
          { 'data-id': i.id },
          h('td', null, h('a', { href: `#/incident/${encodeURIComponent(i.id)}`, dir: 'auto' }, i.title ?? i.id)),
          h('td', null, h('span', { class: `grade g-${i.grade}` }, i.grade)),
          h('td', null, i.confidence === null ? '—' : i.confidence.toFixed(2)),
          h('td', null, dateText(i.date)),
          h('td', null, i.place ? `${i.place.name} (${i.place.precision})` : 'no place'),
          h('td', null, TYPE_LABEL[i.eventType] ?? '—'),
          h('td', null, rangeText(i.killed)),
          h('td', null, String(i.sourceCount)),
        ),
      ),
    ),
  );
  return () => undefined;
}
