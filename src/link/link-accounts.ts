// Accounts → incidents. Until linking across reports lands, each account is its own incident: no two
// reports are ever merged by guesswork, and every incident is graded single-source.
import { createHash } from 'node:crypto';
import type { Account, Estimate, Incident, VictimCounts } from '../core/types.js';

export interface AccountRef {
  readonly id: number;
  readonly reportId: string;
  readonly account: Account;
}

/** {low, best, high} of one source's figure; best is its low end, the figure it states for certain. */
function estimateOf(v: VictimCounts): Estimate | null {
  const r = v.total ?? v.civilians ?? v.combatants;
  return r ? { low: r.low, best: r.low, high: r.high } : null;
}

/** A stable incident id from the report and the words its account starts at: any ingest order, same ids. */
function incidentId(ref: AccountRef): string {
  const at = ref.account.evidence[0]?.start ?? 0;
  return `inc-${createHash('sha256').update(`${ref.reportId}\u0000${at}`).digest('hex').slice(0, 12)}`;
}

export function linkAccounts(refs: readonly AccountRef[]): Incident[] {
  return refs.map((ref) => ({
    id: incidentId(ref),
    accountIds: [ref.id],
    reportIds: [ref.reportId],
    date: ref.account.date,
    place: ref.account.place,
    eventType: ref.account.eventType,
    perpetrators: ref.account.perpetrators,
    killed: estimateOf(ref.account.killed),
    injured: estimateOf(ref.account.injured),
    grade: 'single-source',
    reviewStatus: 'unreviewed',
  }));
}
