// Accounts → incidents: features, clusters, one reconciled record per cluster. Pure and deterministic:
// the same accounts and decisions give the same incidents, whatever order the accounts come in.
import type { Incident } from '../core/types.js';
import { DEFAULT_LINK_CONFIG, type LinkConfig } from './config.js';
import { clusterAccounts, NO_DECISIONS, type Decisions } from './cluster.js';
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
  const cfg = options.config ?? DEFAULT_LINK_CONFIG;
  const parentOf = options.parentOf ?? (() => null);
  const feats = inputs.map((i) => featuresOf(i, parentOf));
  const groups = clusterAccounts(feats, cfg, options.decisions ?? NO_DECISIONS);
  return groups.map((g) => reconcile(g.map((i) => feats[i]!.input), cfg, parentOf));
}
