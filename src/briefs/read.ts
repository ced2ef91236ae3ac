import * as chrono from 'chrono-node';
import { DateTime } from 'luxon';
import type { IsoDate } from '../domain';
import { BOARD_TIME_ZONE, londonDateOf } from '../domain/dates';

/**
 * Reading what someone asks of briefs, before any other reading of the message: "brief me", "what do I
 * need for the next board", "prep for Thursday", "brief me for the 29 January board"; "stop briefs",
 * "start briefs"; and a secretary's "brief for Jane Doe". Anything else is not a brief and is left to
 * the question reader. Dates are read with chrono-node in Europe/London, looking forward.
 */

/** When: the next meeting, the one on a day, or the first in a month (a year when one was said). */
export type MeetingWhen =
  | { kind: 'next' }
  | { kind: 'on'; date: IsoDate }
  | { kind: 'month'; year: number | null; month: number };

/** Which meeting a brief is for. `body`: words naming the body ("people and culture committee"). */
export type MeetingWanted = MeetingWhen & { body: string | null };

export type BriefAsk =
  | { kind: 'brief'; meeting: MeetingWanted }
  | { kind: 'preview'; name: string; meeting: MeetingWanted }
  | { kind: 'stop' }
  | { kind: 'start' };

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/[?!.,;:]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(hi|hello|hey)( board clerk)? /, '')
    .replace(/^(please|can you|could you|would you|will you)( please)? /, '')
    .replace(/ (please|thanks|thank you)$/, '')
    .trim();
}

const BRIEFS = '(?:briefs?|briefings?)';
const STOP = new RegExp(
  `^(?:stop|pause|mute|cancel|disable|turn off|switch off|unsubscribe(?: me)?(?: from)?|opt out(?: of)?|no more|(?:i )?(?:do not|don't|dont) (?:want|need|send me))(?: sending)?(?: me)?(?: (?:the|my|any|these|those|pre ?meeting|board|automatic))* ${BRIEFS}(?: (?:anymore|any more|now))?$|^(?:turn|switch) ${BRIEFS} off$`,
);
const START = new RegExp(
  `^(?:start|resume|restart|unmute|enable|turn on|switch on|subscribe(?: me)?(?: to)?|opt (?:back )?in(?: to)?|send me|(?:i )?(?:want|would like))(?: sending)?(?: me)?(?: (?:the|my|pre ?meeting|board|automatic))* (?:briefs|briefings)(?: (?:again|back|on))*$|^(?:turn|switch) ${BRIEFS} (?:back )?on$`,
);

/** "brief me", "my brief", "prep me": what comes after is the meeting. */
const BRIEF_ME =
  /^(?:brief me|(?:give|send|show|get) me (?:a |my |the )?(?:board |pre ?meeting )?brief(?:ing)?|(?:my|a) (?:board |pre ?meeting )?brief(?:ing)?|board brief(?:ing)?|brief(?:ing)? pack|(?:prep|prepare|get|make) me(?: ready)?|board prep|(?:help me )?prep(?:are)?|ready me)(?: (.*))?$/;
/** "what do I need for the next board": only with a meeting after it. */
const WHAT_DO_I_NEED =
  /^(?:what (?:do|will|should) i (?:need|have)(?: to (?:know|read|do|look at|prepare|see))?|what should i (?:know|read|look at|prepare)|what(?:'s| is) needed from me)(?: (.*))?$/;
/** A secretary's preview: "brief for Jane Doe", "preview Jane Doe's brief". */
const BRIEF_FOR = /^(?:preview (?:the )?|show (?:me )?(?:the )?)?brief(?:ing)? for (.+)$/;
const NAMED_BRIEF = /^(?:preview|show(?: me)?) (.+?)'s (?:brief|briefing)(?: (.*))?$/;

/** A question asked after the meeting is named: not a brief's words. */
const ASKS =
  /\b(?:what|whats|which|who|whom|whose|how|when|where|why|is|are|was|were|does|did|can|could|any|list|show|give)\b/;

/** Words that tie a meeting phrase on: "for", "before", "on"... */
const LEAD_IN = /^(?:for|before|ahead of|on|at|about|to|in)\b\s*/;
/** Words that say "a meeting" without naming one. */
const MEETING_WORDS =
  /\b(?:next|upcoming|coming|forthcoming|board|boards|meeting|meetings|committee|gtb|agm)\b/;
const FILLER =
  /\b(?:the|next|upcoming|coming|forthcoming|meeting|meetings|this|that|our|s|of|on|in|for|at|a|an|week|week's|day)\b/g;

/** The first date the words name, looking forward from now ("Thursday" is the coming one). */
function dateIn(text: string, now: Date): chrono.ParsedResult | undefined {
  return chrono.en.GB.parse(
    text,
    { instant: now, timezone: BOARD_TIME_ZONE },
    { forwardDate: true },
  )[0];
}

/**
 * The meeting a phrase names: "the next board", "Thursday", "the 29 January board", "the people and
 * culture committee", "" (the next). Null when the words are not about a meeting (a person's name).
 */
export function readMeetingPhrase(phrase: string, now: Date): MeetingWanted | null {
  let rest = phrase.trim().replace(LEAD_IN, '');
  const found = dateIn(rest, now);
  let when: MeetingWhen = { kind: 'next' };
  if (found) {
    const start = found.start;
    if (start.isCertain('day') || start.isCertain('weekday'))
      when = { kind: 'on', date: londonDateOf(start.date()) };
    else if (start.isCertain('month'))
      when = {
        kind: 'month',
        month: start.get('month') ?? 1,
        year: start.isCertain('year') ? (start.get('year') ?? null) : null,
      };
    rest = `${rest.slice(0, found.index)} ${rest.slice(found.index + found.text.length)}`;
  }
  const leftover = rest.replace(/'s\b/g, '').replace(FILLER, ' ').replace(/\s+/g, ' ').trim();
  // Words that are not about a meeting at all ("Jane Doe") make this no meeting phrase, and nor does
  // a question after it ("prep for People Committee: what are the gaps on BAF 6?" asks the question).
  if (leftover && (!MEETING_WORDS.test(leftover) || ASKS.test(leftover))) return null;
  // "the board" names no particular body: the person's own board.
  return { ...when, body: leftover && !/^boards?$/.test(leftover) ? leftover : null };
}

/** A person's name, as far as words can tell: a few words, none of them about meetings. */
function looksLikeName(words: string): boolean {
  return (
    !MEETING_WORDS.test(words) &&
    !/^(?:the|my|our|this|next)\b/.test(words) &&
    words.split(' ').length <= 5
  );
}

/** What the text asks of briefs, or null when it is not about briefs. */
export function readBriefAsk(text: string, now: Date): BriefAsk | null {
  const t = normalise(text);
  if (STOP.test(t)) return { kind: 'stop' };
  if (START.test(t)) return { kind: 'start' };

  const me = BRIEF_ME.exec(t);
  if (me) {
    const meeting = readMeetingPhrase(me[1] ?? '', now);
    return meeting ? { kind: 'brief', meeting } : null;
  }
  const need = WHAT_DO_I_NEED.exec(t);
  if (need?.[1]) {
    const phrase = need[1];
    const meeting = readMeetingPhrase(phrase, now);
    // "what do I need to do" alone is about actions, not a meeting.
    const namesOne = MEETING_WORDS.test(phrase) || dateIn(phrase, now) !== undefined;
    return meeting && namesOne ? { kind: 'brief', meeting } : null;
  }

  const named = NAMED_BRIEF.exec(t);
  if (named) {
    const meeting = readMeetingPhrase(named[2] ?? '', now);
    return meeting ? { kind: 'preview', name: named[1]!.trim(), meeting } : null;
  }
  const forWhom = BRIEF_FOR.exec(t);
  if (forWhom) {
    const target = forWhom[1]!.trim();
    // "brief for Jane Doe for Thursday": a secretary's preview of one person's brief for a meeting.
    const split = /^(.+?) (?:for|before|on|at|ahead of) (.+)$/.exec(target);
    const tail = split && looksLikeName(split[1]!) ? readMeetingPhrase(split[2]!, now) : null;
    if (split && tail) return { kind: 'preview', name: split[1]!.trim(), meeting: tail };
    // "brief for Thursday" is the asker's own brief; "brief for Jane Doe" a preview.
    const own = readMeetingPhrase(target, now);
    if (own) return { kind: 'brief', meeting: own };
    return { kind: 'preview', name: target, meeting: { kind: 'next', body: null } };
  }
  return null;
}

/** The first day of a wanted month on or after the start of this month, when no year was said. */
export function monthStart(wanted: { year: number | null; month: number }, now: Date): IsoDate {
  const here = DateTime.fromJSDate(now).setZone(BOARD_TIME_ZONE);
  const year = wanted.year ?? (wanted.month >= here.month ? here.year : here.year + 1);
  return DateTime.fromObject({ year, month: wanted.month, day: 1 }).toISODate() as IsoDate;
}
