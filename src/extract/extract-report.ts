// Report → the incidents it tells, each an Account whose every value carries its evidence.
// For now one account per report: the headline incident, told by the first sentence that names violence.
import type { Account, Extraction, Message, Report, Span } from '../core/types.js';
import { evidenceAt } from '../core/values.js';
import { createContext, type ExtractContext } from './context.js';
import { findIncidentDate } from './date.js';
import { bestEventType, findEventTypeClaims } from './event-type.js';
import { countsIn, findCounts } from './victims.js';
import { findTargets, findWeapons } from './weapons-targets.js';
import { Gazetteer } from './places/gazetteer.js';
import { placeOfIncident } from './places/incident-place.js';
import { findPlaces } from './places/place-mentions.js';
import { ActorRegistry } from './actors/registry.js';
import { findActorMentions, perpetratorsIn } from './actors/perpetrators.js';

/** The sentence that tells the headline incident: the first with a count of dead or injured, else an attack. */
function headlineSentence(ctx: ExtractContext, claims: ReturnType<typeof findEventTypeClaims>): Span | null {
  // Look at the opening first: a lead sentence states the main event; counts further down are often other events.
  const opening = ctx.sentences.slice(0, 4);
  for (const s of opening) if (findCounts(ctx, 'killed', s).length > 0) return s;
  for (const s of opening) if (findCounts(ctx, 'injured', s).length > 0) return s;
  for (const s of ctx.sentences) if (findCounts(ctx, 'killed', s).length > 0) return s;
  const first = claims[0];
  if (!first) return null;
  const at = first.evidence[0]!.start;
  return ctx.sentences.find((s) => s.start <= at && at < s.end) ?? null;
}

/** The sentence that tells an incident and the two after it, where a lead under a headline gives the details. */
function leadOf(ctx: ExtractContext, sentence: Span): Span[] {
  const i = ctx.sentences.findIndex((s) => s.start === sentence.start);
  return i < 0 ? [sentence] : ctx.sentences.slice(i, i + 3);
}

export function extractAccounts(report: Pick<Report, 'text' | 'publishedAt'>): { accounts: Account[]; messages: Message[] } {
  const ctx = createContext(report.text, report.publishedAt?.value ?? null, report.publishedAt?.evidence[0] ?? null);
  const messages: Message[] = [];
  const claims = findEventTypeClaims(ctx);
  const sentence = headlineSentence(ctx, claims);
  if (!sentence) return { accounts: [], messages };
  const lead = leadOf(ctx, sentence);
  const gazetteer = Gazetteer.load();
  const { mentions, home } = findPlaces(ctx.text, gazetteer);
  const registry = ActorRegistry.load();
  const headlineAndLead = [ctx.sentences[0]!, ...lead.filter((s) => s.start !== ctx.sentences[0]!.start)];
  // Perpetrators are named in the opening as often as in the incident's own sentence.
  const opening = ctx.sentences.slice(0, 3);
  const actorSentences = [...opening, ...lead.filter((s) => !opening.some((o) => o.start === s.start))];
  const account: Account = {
    primary: true,
    date: findIncidentDate(ctx, lead, messages),
    place: placeOfIncident(ctx.text, gazetteer, mentions, headlineAndLead, ctx.sentences.slice(0, 6)),
    eventType: bestEventType(claims, sentence),
    eventTypeClaims: claims,
    weapons: findWeapons(ctx, headlineAndLead),
    perpetrators: perpetratorsIn(ctx.text, registry, findActorMentions(ctx.text, registry, home, actorSentences), actorSentences),
    killed: countsIn(ctx, 'killed', lead),
    injured: countsIn(ctx, 'injured', lead),
    targets: findTargets(ctx, headlineAndLead),
    evidence: [evidenceAt(ctx.text, sentence.start, sentence.end)],
  };
  return { accounts: [account], messages };
}

/** The extract contract's line for one report. */
export function toExtraction(report: Report, accounts: readonly Account[], messages: readonly Message[]): Extraction {
  return {
    id: report.id,
    title: report.title,
    source: report.source,
    url: report.url,
    publishedAt: report.publishedAt?.value ?? null,
    language: report.language,
    incidents: accounts,
    messages: [...report.messages, ...messages],
  };
}
