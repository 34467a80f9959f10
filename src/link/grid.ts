// The blocking grid, one definition for the in-memory linker and the store's index: cells of
// `cellDegrees`, each one non-negative integer, and the cells within an account's radius.
import type { PlacePrecision } from '../core/types.js';
import type { LinkConfig } from './config.js';
import type { Features } from './features.js';

const FINE = new Set<PlacePrecision | null>(['point', 'neighbourhood', 'town', 'district']);

/** True for an account placed at a point finer than a province, so filed by cell. */
export function located(f: Features): boolean {
  return FINE.has(f.placePrecision) && Number.isFinite(f.lat);
}

/** A grid cell as one non-negative integer under 2^24 (rows of 4,000 cells; latitudes and longitudes shifted). */
export function cellOf(lat: number, lon: number, cfg: LinkConfig): number {
  return (Math.floor(lat / cfg.cellDegrees) + 1000) * 4000 + Math.floor((lon + 360) / cfg.cellDegrees);
}

/** The cells within a located account's radius (none for one that is not located). */
export function cellsAround(f: Features, cfg: LinkConfig): number[] {
  if (!located(f)) return [];
  const size = cfg.cellDegrees;
  const reach = Math.ceil(cfg.radiusKm[f.placePrecision!] / 111 / size);
  const out: number[] = [];
  for (let dy = -reach; dy <= reach; dy++) for (let dx = -reach; dx <= reach; dx++) out.push(cellOf(f.lat + dy * size, f.lon + dx * size, cfg));
  return out;
}
