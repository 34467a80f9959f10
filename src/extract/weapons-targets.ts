// Weapons and targets: lexicons of the words reports use, each hit a finding with its words as evidence.
// Order matters within a lexicon: the more specific phrase first ("surface-to-surface missile" before
// "missile"), and a phrase already taken is not read again by a shorter one.
import type { LabelFinding, Span } from '../core/types.js';
import { evidenceAt } from '../core/values.js';
import type { ExtractContext } from './context.js';

type Lexicon = readonly (readonly [value: string, pattern: RegExp])[];

const WEAPONS: Lexicon = [
  ['barrel_bomb', /\bbarrel[- ]bombs?\b/gi],
  ['cluster_munition', /\bcluster (?:munitions?|bombs?)\b/gi],
  ['vacuum_bomb', /\b(?:vacuum|thermobaric) (?:bombs?|weapons?)\b/gi],
  ['incendiary', /\b(?:incendiary (?:bombs?|weapons?|munitions?)|white phosphorus|napalm)\b/gi],
  ['bunker_buster', /\bbunker[- ]busters?\b/gi],
  ['scud', /\bscuds?(?: missiles?)?\b/gi],
  ['ballistic_missile', /\b(?:ballistic|surface[- ]to[- ]surface) missiles?\b/gi],
  ['cruise_missile', /\bcruise missiles?\b/gi],
  ['anti_tank_missile', /\b(?:anti[- ]tank (?:guided )?missiles?|atgms?|tow missiles?)\b/gi],
  ['missile', /\bmissiles?\b/gi],
  ['grad_rocket', /\bgrad rockets?\b/gi],
  ['improvised_rocket', /\b(?:hell cannon|gas cylinder (?:bombs?|rockets?)|improvised rockets?)\b/gi],
  ['rocket', /\brockets?\b/gi],
  ['mortar', /\bmortars?(?: (?:shells?|rounds?|bombs?))?\b/gi],
  ['artillery', /\b(?:artillery|howitzers?|tank (?:shells?|fire))\b/gi],
  ['chlorine', /\bchlorine(?: gas)?\b/gi],
  ['sarin', /\bsarin(?: gas)?\b/gi],
  ['nerve_agent', /\bnerve (?:agents?|gas)\b/gi],
  ['mustard_gas', /\bmustard gas\b/gi],
  ['toxic_gas', /\b(?:toxic|poison(?:ous)?) gas(?:es)?\b/gi],
  ['car_bomb', /\b(?:car|truck|motorcycle|vehicle)[- ]bombs?\b|\bbooby[- ]trapped (?:car|vehicle|truck|motorcycle)s?\b|\bvbieds?\b/gi],
  ['suicide_vest', /\b(?:suicide|explosive) (?:vests?|belts?)\b/gi],
  ['ied', /\b(?:ieds?|improvised explosive devices?|roadside bombs?|explosive devices?)\b/gi],
  ['landmine', /\b(?:land ?mines?|mines left behind)\b/gi],
  ['drone', /\b(?:drones?|uavs?|unmanned aerial vehicles?)\b/gi],
  ['helicopter', /\bhelicopters?|\bchoppers?\b/gi],
  ['fighter_jet', /\b(?:fighter jets?|warplanes?|war planes?|jets?|bombers|su-\d+|f-16s?|mig-\d+)\b/gi],
  ['grenade', /\b(?:hand )?grenades?\b|\brpgs?\b/gi],
  ['sniper', /\bsnipers?(?: fire)?\b/gi],
  ['firearm', /\b(?:gunfire|machine guns?|rifles?|small arms|live ammunition|gunshots?)\b/gi],
  ['knife', /\b(?:knives|knife|machetes?|stabbed)\b/gi],
];

const TARGETS: Lexicon = [
  ['hospital', /\b(?:hospitals?|field hospital|medical (?:centre|center|facility|facilities|point))\b/gi],
  ['clinic', /\b(?:clinics?|health (?:centre|center|post)s?)\b/gi],
  ['ambulance', /\bambulances?\b/gi],
  ['school', /\b(?:schools?|kindergartens?|schoolyard)\b/gi],
  ['university', /\buniversit(?:y|ies)\b/gi],
  ['market', /\b(?:markets?|marketplaces?|souks?|bazaars?)\b/gi],
  ['bakery', /\b(?:bakery|bakeries|bread (?:queue|line)s?)\b/gi],
  ['mosque', /\bmosques?\b/gi],
  ['church', /\bchurch(?:es)?\b/gi],
  ['funeral', /\bfunerals?\b/gi],
  ['wedding', /\bweddings?\b/gi],
  ['camp', /\b(?:refugee|displacement|idp|displaced people'?s?) camps?\b|\bcamps? for (?:the )?displaced\b/gi],
  ['shelter', /\b(?:shelters?|basements? (?:used as|sheltering))\b/gi],
  ['convoy', /\b(?:aid )?convoys?\b/gi],
  ['bus', /\bbus(?:es)?\b/gi],
  ['civil_defence_centre', /\b(?:civil defen[cs]e (?:centre|center|station|headquarters)s?|white helmets? (?:centre|center|base)s?)\b/gi],
  ['power_facility', /\b(?:power (?:station|plant|grid|lines?)s?|electricity (?:station|plant)s?)\b/gi],
  ['water_facility', /\b(?:water (?:station|plant|pumping station|treatment plant|facility|facilities)s?)\b/gi],
  ['residential', /\b(?:residential (?:areas?|buildings?|neighbou?rhoods?|blocks?|districts?)|homes|houses|apartment (?:buildings?|blocks?)|civilian (?:areas?|neighbou?rhoods?))\b/gi],
  ['checkpoint', /\bcheckpoints?\b/gi],
  ['police_station', /\bpolice (?:stations?|headquarters)\b/gi],
  ['military_position', /\b(?:military (?:base|post|position|airport|academy)s?|army (?:base|post|position|outpost)s?|outposts?|barracks)\b/gi],
];

function findAll(ctx: ExtractContext, lexicon: Lexicon, spans: readonly Span[], rule: string): LabelFinding[] {
  const found = new Map<string, LabelFinding>();
  const taken: [number, number][] = [];
  for (const span of spans) {
    const part = ctx.text.slice(span.start, span.end);
    for (const [value, re] of lexicon) {
      for (const m of part.matchAll(re)) {
        const start = span.start + m.index!;
        const end = start + m[0].length;
        if (taken.some(([s, e]) => start < e && end > s)) continue;
        taken.push([start, end]);
        const had = found.get(value);
        const ev = evidenceAt(ctx.text, start, end);
        found.set(value, had ? { ...had, evidence: [...had.evidence, ev] } : { value, certainty: 'stated', evidence: [ev], rule: `${rule}:${value}` });
      }
    }
  }
  return [...found.values()];
}

/** The weapons the incident's sentences name, one finding per weapon with every mention as evidence. */
export function findWeapons(ctx: ExtractContext, spans: readonly Span[]): LabelFinding[] {
  return findAll(ctx, WEAPONS, spans, 'weapon');
}

/** The targets the incident's sentences name (hospital, school, market...). */
export function findTargets(ctx: ExtractContext, spans: readonly Span[]): LabelFinding[] {
  return findAll(ctx, TARGETS, spans, 'target');
}
