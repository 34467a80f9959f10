// One incident: reconciled values, grade, conflicts, every source's account beside its report text with
// the evidence highlighted, the history, and (for analysts) review, correction, merge and split.
import { ApiError, call, can } from '../api.js';
import { append, clear, dateText, h, rangeText, safeUrl, TYPE_LABEL } from '../dom.js';

interface Evidence {
  start: number;
  end: number;
  quote: string;
}

/** The fields whose evidence is highlighted, each in its own colour. */
const FIELDS = ['evidence', 'date', 'place', 'eventTypeClaims', 'weapons', 'perpetrators', 'killed', 'injured', 'targets'] as const;
const FIELD_LABEL: Record<string, string> = {
  evidence: 'sentence telling the incident',
  date: 'date',
  place: 'place',
  eventTypeClaims: 'event type',
  weapons: 'weapon',
  perpetrators: 'perpetrator',
  killed: 'killed',
  injured: 'injured',
  targets: 'target',
};

/** Every evidence span under a value, however deep (counts hold total, civilians, children...). */
function spansIn(value: unknown, out: Evidence[] = []): Evidence[] {
  if (Array.isArray(value)) for (const v of value) spansIn(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.quote === 'string') out.push(o as unknown as Evidence);
    else for (const v of Object.values(o)) spansIn(v, out);
  }
  return out;
}

/** The report text cut at every span edge, each piece marked with the fields whose evidence covers it. */
export function highlighted(text: string, account: Record<string, unknown>): HTMLElement {
  const marks: { start: number; end: number; field: string }[] = [];
  for (const f of FIELDS) for (const e of spansIn(account[f])) if (e.end > e.start && e.end <= text.length) marks.push({ ...e, field: f });
  const cuts = [...new Set([0, text.length, ...marks.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const out = h('div', { class: 'report-text', dir: 'auto' });
  for (let k = 0; k + 1 < cuts.length; k++) {
    const [a, b] = [cuts[k]!, cuts[k + 1]!];
    const piece = text.slice(a, b);
    const over = [...new Set(marks.filter((m) => m.start <= a && m.end >= b).map((m) => m.field))];
    if (over.length === 0) out.append(piece);
    else out.append(h('mark', { class: over.map((f) => `ev ev-${f}`).join(' '), title: over.map((f) => FIELD_LABEL[f]).join(', ') }, piece));
  }
  return out;
}

function row(label: string, ...value: (Node | string)[]): HTMLElement {
  return h('tr', null, h('th', null, label), h('td', null, ...value));
}

function notice(el: HTMLElement, e: unknown, reload: () => void): void {
  clear(el);
  if (e instanceof ApiError && e.status === 409) {
    el.append(
      h('span', null, `Someone changed this incident since you opened it, so your change was not saved. `),
      h('button', { type: 'button', onclick: reload }, 'Reload to see it'),
    );
  } else el.append(e instanceof Error ? e.message : String(e));
  el.className = 'error';
}

export async function incidentPage(app: HTMLElement, id: string): Promise<() => void> {
  let data: any;
  try {
    data = await call('GET', `/api/incidents/${encodeURIComponent(id)}`);
  } catch (e) {
    app.append(h('p', { class: 'error' }, e instanceof Error ? e.message : String(e)), h('a', { href: '#/map' }, 'Back to the map'));
    return () => undefined;
  }
  const inc = data.incident;
  const reload = () => {
    clear(app);
    void incidentPage(app, id);
  };
  const msg = h('p', { id: 'review-message', role: 'status' });

  const perps = inc.perpetrators.length
    ? inc.perpetrators.map((p: any) => `${p.name} (${p.attribution}${p.by ? ` by ${p.by}` : ''}${p.denial ? ', denies it' : ''})`).join('; ')
    : 'not stated';
  const facts = h(
    'table',
    { class: 'facts' },
    row('Date', dateText(inc.date)),
    row('Place', inc.place ? `${inc.place.name}${inc.place.admin1 ? `, ${inc.place.admin1}` : ''}${inc.place.country ? `, ${inc.place.country}` : ''} (precision: ${inc.place.precision})` : 'not stated'),
    row('Type', TYPE_LABEL[inc.eventType] ?? 'not stated'),
    row('Perpetrator', perps),
    row('Killed', rangeText(inc.killed)),
    row('Injured', rangeText(inc.injured)),
    row('Weapons', (inc.weapons ?? []).join(', ') || '—'),
    row('Targets', (inc.targets ?? []).join(', ') || '—'),
    row('Grade', h('span', { class: `grade g-${inc.grade}` }, inc.grade), ` — ${inc.gradeReason ?? ''}`),
    row('Sources', `${inc.sourceCount ?? inc.reportIds.length} independent (${inc.reportIds.length} reports)`),
    row('Review', h('span', { id: 'review-status' }, inc.reviewStatus)),
  );

  const edits = (inc.edits ?? []).length
    ? h(
        'div',
        { class: 'card' },
        h('h2', null, 'Corrections'),
        h('ul', null, ...inc.edits.map((e: any) => h('li', null, `${e.field}: set to ${JSON.stringify(e.value)} by ${e.by} on ${e.at.slice(0, 10)} — "${e.reason}" (machine: ${JSON.stringify(machineValue(e.machine))})`))),
      )
    : null;

  const conflicts = (inc.conflicts ?? []).length
    ? h(
        'div',
        { class: 'card', id: 'conflicts' },
        h('h2', null, 'Sources disagree'),
        h(
          'table',
          null,
          ...inc.conflicts.map((c: any) => h('tr', null, h('th', null, c.field), h('td', null, ...c.values.map((v: any) => h('div', null, `${v.value} — ${v.reportIds.join(', ')}`))))),
        ),
      )
    : null;

  const figures = (inc.killedBySource ?? []).length
    ? h('p', null, 'Killed, as each source says: ', inc.killedBySource.map((f: any) => `${f.by ? `${f.by} (in ${f.source ?? f.reportId})` : (f.source ?? f.reportId)}: ${f.high === null ? `≥${f.low}` : f.low === f.high ? f.low : `${f.low}–${f.high}`}`).join('; '))
    : null;

  const accounts = h('div', { class: 'accounts' });
  const reports = new Map<string, Promise<any>>();
  for (const a of data.accounts) {
    const box = h('section', { class: 'card account', 'data-account': a.accountId });
    box.append(
      h('h3', { dir: 'auto' }, a.title ?? a.reportId),
      h(
        'p',
        { class: 'meta' },
        `${a.source ?? 'unknown source'} · published ${a.publishedAt ?? 'unknown'} · account ${a.accountId}${a.account.primary ? ' (the report’s main incident)' : ''} · `,
        a.url ? h('a', { href: safeUrl(a.url), rel: 'noopener noreferrer', target: '_blank' }, 'original') : null,
        a.url ? ' · ' : null,
        h('a', { href: `/api/reports/${encodeURIComponent(a.reportId)}/raw` }, 'as received'),
      ),
    );
    if (!reports.has(a.reportId)) reports.set(a.reportId, call('GET', `/api/reports/${encodeURIComponent(a.reportId)}`));
    reports.get(a.reportId)!.then(
      (r) => box.append(highlighted(r.report.text, a.account)),
      (e) => box.append(h('p', { class: 'error' }, `report text unavailable: ${e.message}`)),
    );
    accounts.append(box);
  }
  const legend = h('p', { class: 'legend' }, 'Highlighted: ', ...FIELDS.map((f) => h('mark', { class: `ev ev-${f}` }, FIELD_LABEL[f]!)));

  const history = h(
    'div',
    { class: 'card', id: 'history' },
    h('h2', null, 'History'),
    data.history.length === 0
      ? h('p', null, 'No one has reviewed or changed this incident yet.')
      : h(
          'ol',
          null,
          ...data.history.map((e: any) =>
            h('li', null, `${e.at.replace('T', ' ').slice(0, 16)} · ${e.actor} · ${e.kind.replace('incident:', '')}${e.payload.status ? ` → ${e.payload.status}` : ''}${e.payload.field ? ` ${e.payload.field} → ${JSON.stringify(e.payload.value)}` : ''}${e.payload.incidents ? ` ${e.payload.incidents.join(' + ')}` : ''} — “${e.payload.reason ?? ''}”`),
          ),
        ),
  );

  append(
    app,
    h('p', null, h('a', { href: '#/map' }, '← Map'), ' · ', h('a', { href: '#/queue' }, 'Review queue')),
    h('h1', { dir: 'auto' }, data.accounts[0]?.title ?? inc.id),
    h('p', { class: 'meta' }, `Incident ${inc.id} · version ${data.version}`),
    h('div', { class: 'two' }, h('div', { class: 'card' }, facts, figures), can('analyst') ? reviewPanel(inc, data, msg, reload) : null),
    msg,
    edits,
    conflicts,
    legend,
    accounts,
    history,
  );
  return () => undefined;
}

/** A correction's machine value as a reader wants it: the value, not the evidence. */
function machineValue(m: any): unknown {
  if (!m || typeof m !== 'object') return m;
  const { evidence: _e, rule: _r, certainty: _c, ...rest } = m;
  return rest;
}

function reviewPanel(inc: any, data: any, msg: HTMLElement, reload: () => void): HTMLElement {
  const reason = h('input', { name: 'reason', placeholder: 'why (goes into the log)', required: true, size: 40 });
  const act = async (fn: () => Promise<unknown>) => {
    clear(msg);
    msg.className = '';
    try {
      await fn();
      reload();
    } catch (e) {
      notice(msg, e, reload);
    }
  };
  const status = (s: string) => () => act(() => call('POST', `/api/incidents/${encodeURIComponent(inc.id)}/review`, { status: s, reason: reason.value, version: data.version }));

  // Corrections: one field at a time, its inputs shaped by the field.
  const field = h('select', { name: 'field' }, ...['killed', 'injured', 'eventType', 'date', 'place'].map((f) => h('option', { value: f }, f)));
  const inputs = h('span', { class: 'edit-inputs' });
  const num = (name: string, v: unknown) => h('input', { name, type: 'number', min: 0, value: v === null || v === undefined ? '' : String(v), size: 5 });
  const drawInputs = () => {
    clear(inputs);
    const f = field.value;
    if (f === 'killed' || f === 'injured') {
      const k = inc[f] ?? { low: '', best: '', high: '' };
      inputs.append('low ', num('low', k.low), ' best ', num('best', k.best), ' high ', num('high', k.high));
    } else if (f === 'eventType') {
      inputs.append(h('select', { name: 'value' }, ...Object.entries(TYPE_LABEL).map(([v, l]) => h('option', { value: v, selected: inc.eventType === v }, l))));
    } else if (f === 'date') {
      inputs.append(
        h('input', { name: 'start', type: 'date', value: inc.date?.start ?? '' }),
        ' to ',
        h('input', { name: 'end', type: 'date', value: inc.date?.end ?? '' }),
        h('select', { name: 'precision' }, ...['day', 'week', 'month', 'year'].map((p) => h('option', { value: p, selected: inc.date?.precision === p }, p))),
      );
    } else {
      const p = inc.place ?? {};
      inputs.append(
        h('input', { name: 'name', placeholder: 'place name', value: p.name ?? '' }),
        h('input', { name: 'admin1', placeholder: 'province', value: p.admin1 ?? '' }),
        h('input', { name: 'country', placeholder: 'SY', size: 3, value: p.country ?? '' }),
        h('input', { name: 'lat', placeholder: 'lat', size: 8, value: p.lat ?? '' }),
        h('input', { name: 'lon', placeholder: 'lon', size: 8, value: p.lon ?? '' }),
        h('select', { name: 'precision' }, ...['point', 'neighbourhood', 'town', 'district', 'admin1', 'country'].map((x) => h('option', { value: x, selected: p.precision === x }, x))),
      );
    }
  };
  field.addEventListener('change', drawInputs);
  drawInputs();
  const value = (): unknown => {
    const get = (n: string) => (inputs.querySelector(`[name="${n}"]`) as HTMLInputElement | null)?.value.trim() ?? '';
    const numOrNull = (n: string) => (get(n) === '' ? null : Number(get(n)));
    switch (field.value) {
      case 'killed':
      case 'injured':
        return get('low') === '' ? null : { low: Number(get('low')), best: Number(get('best') || get('low')), high: numOrNull('high') };
      case 'eventType':
        return get('value');
      case 'date':
        return { start: get('start'), end: get('end') || null, precision: get('precision') };
      default:
        return { name: get('name'), admin1: get('admin1') || null, country: get('country').toUpperCase() || null, lat: numOrNull('lat'), lon: numOrNull('lon'), precision: get('precision') };
    }
  };

  const other = h('input', { name: 'other', placeholder: 'other incident id', size: 22 });
  const checks = data.accounts.map((a: any) => h('label', { class: 'check' }, h('input', { type: 'checkbox', value: a.accountId, name: 'split' }), ` ${a.source ?? a.reportId} (account ${a.accountId})`));

  return h(
    'div',
    { class: 'card review', id: 'review' },
    h('h2', null, 'Review'),
    h('label', null, 'Reason ', reason),
    h(
      'div',
      { class: 'buttons' },
      h('button', { type: 'button', id: 'accept', onclick: status('accepted') }, 'Accept'),
      h('button', { type: 'button', id: 'reject', onclick: status('rejected') }, 'Reject'),
      h('button', { type: 'button', class: 'link', onclick: status('unreviewed') }, 'Back to unreviewed'),
    ),
    h('h3', null, 'Correct a field'),
    h('div', null, field, ' ', inputs, ' ', h('button', { type: 'button', id: 'edit', onclick: () => act(() => call('POST', `/api/incidents/${encodeURIComponent(inc.id)}/edit`, { field: field.value, value: value(), reason: reason.value, version: data.version })) }, 'Save correction')),
    h('h3', null, 'Merge with another incident'),
    h(
      'div',
      null,
      other,
      ' ',
      h(
        'button',
        {
          type: 'button',
          id: 'merge',
          onclick: () =>
            act(async () => {
              const otherId = other.value.trim();
              const them = await call('GET', `/api/incidents/${encodeURIComponent(otherId)}`);
              const merged = await call('POST', '/api/incidents/merge', { incidents: [inc.id, otherId], reason: reason.value, versions: { [inc.id]: data.version, [otherId]: them.version } });
              if (merged.incident.id !== inc.id) location.hash = `#/incident/${encodeURIComponent(merged.incident.id)}`;
            }),
        },
        'Merge',
      ),
    ),
    data.accounts.length > 1
      ? h(
          'div',
          null,
          h('h3', null, 'Split accounts out'),
          ...checks,
          h(
            'button',
            {
              type: 'button',
              id: 'split',
              onclick: () =>
                act(() => {
                  const accounts = checks.map((c: HTMLElement) => c.querySelector('input') as HTMLInputElement).filter((i: HTMLInputElement) => i.checked).map((i: HTMLInputElement) => Number(i.value));
                  return call('POST', `/api/incidents/${encodeURIComponent(inc.id)}/split`, { accounts, reason: reason.value, version: data.version });
                }),
            },
            'Split',
          ),
        )
      : null,
  );
}
