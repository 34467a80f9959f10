// Accounts → incidents: features, clusters, one reconciled record per cluster. Pure and deterministic:
// the same accounts and decisions give the same incidents, whatever order the accounts come in.
import type { Incident } from '../core/types.js';
import { DEFAULT_LINK_CONFIG, type LinkConfig } from './config.js';
import { bridgesOf, clusterAccounts, NO_DECISIONS, type Decisions } from './cluster.js';
import { featuresOf, type LinkInput, type ParentOf } from './features.js';
import { reconcile } from './reconcile.js';

export type { LinkInput } from './features.js';
export type { Decisions } from './cluster.js';

export interface LinkOptions {
  readonly config?: LinkConfig;
  readonly decisions?: Decisions;
  /** An actor's parent in the registry ("sy-air-force" → "sy-government"); none: actors stand alone. */
  readonly parentOf?: ParentOf;
}

export function linkAccounts(inputs: readonly LinkInput[], options: LinkOptions = {}): Incident[] {
  const out: Incident[] = [];
  linkEach(inputs.length, (i) => inputs[i]!, options, (inc) => out.push(inc));
  return out;
}

/**
 * Links `count` accounts read by index, handing each incident over as it is made: the accounts need not
 * all be in memory at once (a store reads them again for each incident), only their compact features.
 */
export function linkEach(
  count: number,
  inputAt: (i: number) => LinkInput,
  options: LinkOptions,
  onIncident: (incident: Incident) => void,
  /** Called once with the ids of the accounts that link with an account of another incident (a store keeps them). */
  onBridges?: (accountIds: number[]) => void,
): void {
  const cfg = options.config ?? DEFAULT_LINK_CONFIG;
  const parentOf = options.parentOf ?? (() => null);
  const feats = Array.from({ length: count }, (_, i) => featuresOf(inputAt(i), parentOf));
  const groups = clusterAccounts(feats, cfg, options.decisions ?? NO_DECISIONS);
  if (onBridges) onBridges([...bridgesOf(feats, groups, cfg)].map((i) => feats[i]!.id));
  for (const group of groups) onIncident(reconcile(group.map(inputAt), cfg, parentOf));
}
