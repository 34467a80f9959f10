// `corroborate show ID`: one incident, each source's account, and every evidence quote.
import type { Command } from 'commander';
import type { Account, Evidence, Provenance, RangeFinding, VictimCounts } from '../../core/types.js';
import { withStore } from '../with-store.js';
import type { IncidentDetail } from '../../store/store.js';
import { dateText, killedText, noSuchIncident, placeText } from '../output.js';

function quotes(ev: readonly Evidence[]): string {
  return ev.map((e) => `"${e.quote}" [${e.start}-${e.end}]`).join(' ');
}

function provenance(p: Provenance): string {
  return `${p.certainty}, ${p.rule}${p.evidence.length ? `: ${quotes(p.evidence)}` : ''}`;
}

function range(r: RangeFinding): string {
  return r.high === null ? `≥${r.low}` : r.low === r.high ? `${r.low}` : `${r.low}–${r.high}`;
}

function counts(label: string, v: VictimCounts): string[] {
  return (Object.entries(v) as [string, RangeFinding | null][])
    .filter(([, r]) => r !== null)
    .map(([group, r]) => `    ${label} ${group}: ${range(r!)} (${provenance(r!)})`);
}

function accountLines(a: Account): string[] {
  const lines: string[] = [];
  if (a.date) lines.push(`    date: ${a.date.start ?? 'unresolved'} ${a.date.precision} (${provenance(a.date)})`);
  if (a.place) lines.push(`    place: ${a.place.name} ${a.place.precision} (${provenance(a.place)})`);
  if (a.eventType) lines.push(`    type: ${a.eventType}`);
  for (const c of a.eventTypeClaims) lines.push(`      claim ${c.value}: ${quotes(c.evidence)}`);
  for (const w of a.weapons) lines.push(`    weapon: ${w.value} (${provenance(w)})`);
  for (const p of a.perpetrators) lines.push(`    perpetrator: ${p.name} ${p.attribution}${p.by ? ` by ${p.by}` : ''} (${provenance(p)})`);
  lines.push(...counts('killed', a.killed), ...counts('injured', a.injured));
  for (const t of a.targets) lines.push(`    target: ${t.value} (${provenance(t)})`);
  lines.push(`    told in: ${quotes(a.evidence)}`);
  return lines;
}

const COLUMN = 24;

function fit(s: string, width: number): string {
  const t = s.replace(/\s+/g, ' ');
  return t.length > width ? `${t.slice(0, width - 1)}…` : t.padEnd(width);
}

function countText(v: VictimCounts): string {
  const r = v.total ?? v.civilians ?? v.combatants;
  return r ? `${range(r)}${r.certainty === 'implied' ? ' (vague)' : ''}` : '—';
}

/** Each source's account in a column, four to a row of columns, one line per field. */
function sideBySide(d: IncidentDetail): string[] {
  const rows: [string, (a: IncidentDetail['accounts'][number]) => string][] = [
    ['source', (a) => `${a.source ?? a.reportId}${a.publishedAt ? ` ${a.publishedAt}` : ''}`],
    ['date', (a) => a.account.date?.start ?? '—'],
    ['place', (a) => (a.account.place ? `${a.account.place.name}${a.account.place.admin1 && a.account.place.admin1 !== a.account.place.name ? `, ${a.account.place.admin1}` : ''}` : '—')],
    ['type', (a) => a.account.eventType ?? '—'],
    ['weapons', (a) => a.account.weapons.map((w) => w.value).join(', ') || '—'],
    ['perpetrator', (a) => a.account.perpetrators.map((p) => `${p.name} (${p.attribution})`).join('; ') || '—'],
    ['killed', (a) => countText(a.account.killed)],
    ['injured', (a) => countText(a.account.injured)],
  ];
  const out: string[] = [];
  for (let k = 0; k < d.accounts.length; k += 4) {
    const group = d.accounts.slice(k, k + 4);
    for (const [label, f] of rows) out.push(`  ${fit(label, 12)}${group.map((a) => fit(f(a), COLUMN)).join(' | ')}`.trimEnd());
    out.push('');
  }
  return out;
}

export function incidentText(d: IncidentDetail): string {
  const i = d.incident;
  const out = [
    `incident ${i.id}  (${i.grade}${i.confidence !== undefined ? `, confidence ${i.confidence}` : ''}, ${i.reviewStatus})`,
    ...(i.gradeReason ? [`  grade:   ${i.grade}: ${i.gradeReason}`] : []),
    `  date:    ${dateText(d)}`,
    `  place:   ${placeText(d)}`,
    `  type:    ${i.eventType ?? '—'}`,
    `  killed:  ${killedText(i.killed)}    injured: ${killedText(i.injured)}`,
    `  perpetrators: ${i.perpetrators.map((p) => `${p.name} (${p.attribution})`).join('; ') || '—'}`,
    `  sources: ${i.sourceCount ?? new Set(i.reportIds).size} independent of ${new Set(i.reportIds).size} reports${
      i.sameSource?.length ? `; counted as one source (one text republished, or one outlet): ${i.sameSource.map((g) => g.join(' = ')).join('; ')}` : ''
    }`,
  ];
  if (i.conflicts?.length) {
    out.push('  conflicts:');
    for (const c of i.conflicts) out.push(`    ${c.field}: ${c.values.map((v) => `${v.value} (${v.reportIds.join(', ')})`).join(' vs ')}`);
  }
  if (i.killedBySource && i.killedBySource.length > 1) {
    out.push(`  killed by source: ${i.killedBySource.map((f) => `${f.by ? `${f.by} (in ${f.source ?? f.reportId})` : (f.source ?? f.reportId)}: ${f.high === null ? `≥${f.low}` : f.low === f.high ? f.low : `${f.low}–${f.high}`}`).join('; ')}`);
  }
  out.push('', '  side by side:', ...sideBySide(d), `  accounts (${d.accounts.length}):`);
  for (const a of d.accounts) {
    out.push(`  - report ${a.reportId}: ${a.source ?? 'unknown source'}, published ${a.publishedAt ?? 'unknown'}`);
    if (a.title) out.push(`    "${a.title}"`);
    if (a.url) out.push(`    ${a.url}`);
    out.push(...accountLines(a.account));
  }
  return out.join('\n');
}

export function register(program: Command): void {
  program
    .command('show')
    .description('show one incident with every source account and evidence quote')
    .argument('<id>', 'incident id, as `incidents` lists it')
    .option('--db <path>', 'database file (default $CORROBORATE_DB or ./corroborate.db)')
    .option('--json', 'print it as JSON')
    .action((id: string, flags: { db?: string; json?: boolean }) =>
      withStore(flags.db, async (store, db) => {
        const d = await store.getIncident(id);
        if (!d) {
          noSuchIncident(id, db);
          return;
        }
        process.stdout.write(flags.json ? `${JSON.stringify(d, null, 2)}\n` : `${incidentText(d)}\n`);
      }),
    );
}
