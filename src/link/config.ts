// Every number the linker decides by, in one place, each with the reason for it. Frozen: a run links by
// one set of rules, and `link --rebuild` after a change relinks everything by the new ones.
import type { PlacePrecision } from '../core/types.js';

export interface LinkConfig {
  /**
   * How far apart (km) two places may be and still be one event, by the coarser of the two precisions. A
   * town-level place is the town's centre, so two reports of one strike in a city of 2 million may sit
   * 10 km apart; a province-level place may be 100 km from a town inside it.
   */
  readonly radiusKm: Readonly<Record<PlacePrecision, number>>;
  /**
   * How many days apart two day-precision dates may be: reports name the day an attack was reported as
   * often as the day it happened ("on Thursday" in Friday's paper), so one day either way.
   */
  readonly dayWindow: number;
  /** The same for week-, month- and year-precision dates: their ranges must overlap, padded by this. */
  readonly coarseWindowDays: Readonly<Record<'week' | 'month' | 'year', number>>;
  /**
   * Never link across more days than this unless both dates are month precision or coarser: two attacks on
   * the same neighbourhood a week apart are two incidents.
   */
  readonly maxDaysApart: number;
  /** Weights of the score's parts; they sum to 1. */
  readonly weights: Readonly<Record<'place' | 'date' | 'type' | 'perpetrator' | 'victims' | 'targets' | 'text', number>>;
  /**
   * Link when the score reaches this. Set high on purpose: a wrong merge hides an incident from the
   * record, a missed link only shows it twice (and a reviewer merges it in one click).
   */
  readonly threshold: number;
  /**
   * Two report texts sharing this share of their word 4-grams (MinHash estimate) are one text republished,
   * one source. Measured on FA-KES: AFP copies in two outlets share 0.5–0.8, outlets' own stories of one
   * event under 0.35.
   */
  readonly wireCopySimilarity: number;
  /** Blocking grid cell, in degrees of latitude and longitude. */
  readonly cellDegrees: number;
  /** A country-level account is compared with at most this many same-day accounts of its country. */
  readonly maxCountryCandidates: number;
}

export const DEFAULT_LINK_CONFIG: LinkConfig = Object.freeze({
  radiusKm: Object.freeze({ point: 3, neighbourhood: 5, town: 12, district: 35, admin1: 120, country: Infinity }),
  dayWindow: 1,
  coarseWindowDays: Object.freeze({ week: 3, month: 0, year: 0 }),
  maxDaysApart: 3,
  weights: Object.freeze({ place: 0.27, date: 0.2, type: 0.16, perpetrator: 0.09, victims: 0.14, targets: 0.04, text: 0.1 }),
  threshold: 0.7,
  wireCopySimilarity: 0.5,
  cellDegrees: 0.25,
  maxCountryCandidates: 400,
});
