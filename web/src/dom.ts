// Building the page from data without ever parsing it as HTML: text goes in as text nodes, attributes are
// set one by one, and no event-handler attribute or script URL can be set. Report text is hostile input.

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;

const SAFE_URL = /^(?:https?:|mailto:|#|\/(?!\/)|\.\/|[\w-]+(?:\.[\w-]+)*(?:[/?#]|$))/i;

/** A URL fit for href/src: http(s), mailto, or relative; anything else (javascript:, data:) becomes "#". */
export function safeUrl(url: string): string {
  const u = url.trim();
  return SAFE_URL.test(u) && !/^\s*(javascript|data|vbscript):/i.test(u) ? u : '#';
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs | null = null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') {
      if (!k.startsWith('on')) throw new Error(`attribute ${k} cannot take a function`);
      el.addEventListener(k.slice(2).toLowerCase(), v);
      continue;
    }
    if (/^on/i.test(k)) throw new Error(`event attributes are set with functions, not strings (${k})`);
    const value = v === true ? '' : String(v);
    el.setAttribute(k, k === 'href' || k === 'src' || k === 'action' ? safeUrl(value) : value);
  }
  append(el, ...children);
  return el;
}

export function append(el: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/** "17", "≥17", "70–100 (86)", "—". */
export function rangeText(k: { low: number; best: number; high: number | null } | null | undefined): string {
  if (!k) return '—';
  if (k.high === null) return k.best > k.low ? `≥${k.low} (${k.best})` : `≥${k.low}`;
  if (k.low === k.high) return String(k.low);
  return `${k.low}–${k.high}${k.best !== k.low && k.best !== k.high ? ` (${k.best})` : ''}`;
}

export function dateText(d: { start: string | null; end: string | null; precision: string } | null | undefined): string {
  if (!d || !d.start) return 'undated';
  if (d.precision === 'day' || d.start === d.end) return d.start;
  return `${d.start} – ${d.end} (${d.precision})`;
}

export const TYPE_LABEL: Record<string, string> = {
  air_strike: 'Air strike',
  drone_strike: 'Drone strike',
  shelling: 'Shelling / missiles',
  remote_explosive: 'Remote explosive / IED',
  suicide_bomb: 'Suicide bomb',
  chemical_weapon: 'Chemical weapon',
  armed_clash: 'Armed clash',
  attack: 'Attack on civilians',
  execution: 'Execution',
  abduction: 'Abduction',
  sexual_violence: 'Sexual violence',
  other: 'Other',
};

/** One colour per type, chosen to stay apart for the common colour-vision deficiencies (after Okabe-Ito). */
export const TYPE_COLOUR: Record<string, string> = {
  air_strike: '#d55e00',
  drone_strike: '#e69f00',
  shelling: '#0072b2',
  remote_explosive: '#cc79a7',
  suicide_bomb: '#882255',
  chemical_weapon: '#009e73',
  armed_clash: '#56b4e9',
  attack: '#000000',
  execution: '#444444',
  abduction: '#999933',
  sexual_violence: '#aa4499',
  other: '#888888',
};
