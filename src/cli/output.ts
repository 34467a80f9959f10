// Shared text output for the CLI: tables, message lines, a progress line.
import type { Message } from '../core/types.js';
import { formatWhere } from '../core/values.js';
import type { IncidentRow } from '../store/store.js';

/** Thrown for a user's mistake on the command line; main prints it and exits with USAGE. */
export class UsageError extends Error {}

export const EXIT = {
  /** Everything read and stored. */
  OK: 0,
  /** Done, but some inputs or records could not be read (each named in a message). */
  PARTIAL: 1,
  /** Bad command line. */
  USAGE: 2,
  /** Nothing could be done: no input readable, or the database could not be opened. */
  FAILED: 3,
} as const;

/** An incident id the database does not hold: said on stderr, exit code 3. */
export function noSuchIncident(id: string, db: string): void {
  process.stderr.write(`no incident "${id}" in ${db}; \`corroborate incidents\` lists them\n`);
  process.exitCode = EXIT.FAILED;
}

export function messageLine(m: Message): string {
  const where = formatWhere(m);
  return `${where ? `${where}: ` : ''}${m.severity}: ${m.text} [${m.rule}]`;
}

function cell(s: string, width: number): string {
  const t = s.replace(/\s+/g, ' ');
  return t.length > width ? `${t.slice(0, width - 1)}…` : t.padEnd(width);
}

/** {low, best, high} as "17", "≥17", "70–100 (86)": the best figure in brackets when sources differ. */
export function killedText(k: { low: number; best: number; high: number | null } | null): string {
  if (!k) return '—';
  if (k.high === null) return k.best > k.low ? `≥${k.low} (${k.best})` : `≥${k.low}`;
  if (k.low === k.high) return String(k.low);
  return k.best !== k.low && k.best !== k.high ? `${k.low}–${k.high} (${k.best})` : `${k.low}–${k.high}`;
}

/** Independent sources, and the reports when wire copies make them more: "2", "2 (3)". */
export function sourcesText(row: IncidentRow): string {
  const reports = new Set(row.incident.reportIds).size;
  const independent = row.incident.sourceCount ?? reports;
  return independent === reports ? String(independent) : `${independent} (${reports})`;
}

export function placeText(row: IncidentRow): string {
  const p = row.incident.place;
  if (!p) return '—';
  if (p.precision === 'country') return `${p.name} (country only)`;
  return [p.name, p.admin1 && p.admin1 !== p.name ? p.admin1 : null, p.country].filter(Boolean).join(', ');
}

export function dateText(row: IncidentRow): string {
  const d = row.incident.date;
  if (!d?.start) return '—';
  return d.end && d.end !== d.start ? `${d.start}..${d.end}` : d.start;
}

const COLUMNS: readonly [string, number, (r: IncidentRow) => string][] = [
  ['ID', 16, (r) => r.incident.id],
  ['DATE', 10, dateText],
  ['PLACE', 24, placeText],
  ['TYPE', 16, (r) => r.incident.eventType ?? '—'],
  ['KILLED', 12, (r) => killedText(r.incident.killed)],
  ['PERPETRATOR', 20, (r) => r.incident.perpetrators.map((p) => p.name).join('; ') || '—'],
  ['SRC', 5, sourcesText],
  ['GRADE', 13, (r) => r.incident.grade],
  ['SOURCE / TITLE', 40, (r) => [r.sources.join(', '), r.titles[0]].filter(Boolean).join(': ')],
];

export function incidentTable(rows: readonly IncidentRow[]): string {
  const lines = [COLUMNS.map(([h, w]) => cell(h, w)).join('  ').trimEnd()];
  for (const r of rows) lines.push(COLUMNS.map(([, w, f]) => cell(f(r), w)).join('  ').trimEnd());
  return lines.join('\n');
}

/** A one-line progress display on a terminal; silent when stderr is not one. */
export function progressLine(enabled: boolean): { update: (text: string) => void; done: () => void } {
  let last = 0;
  let shown = false;
  return {
    update(text) {
      const now = Date.now();
      if (!enabled || now - last < 100) return;
      last = now;
      shown = true;
      process.stderr.write(`\r\x1b[2K${text}`);
    },
    done() {
      if (shown) process.stderr.write('\r\x1b[2K');
    },
  };
}
