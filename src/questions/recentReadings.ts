import { londonToday } from '../domain/dates';
import { readQuestion, type Reading, type ReadingContext } from './entities';

/** How many readings are kept per set of papers. */
const KEPT = 2_000;

/**
 * Readings of questions asked lately, kept for the next time they are asked: people ask the same few
 * things over and over ("my overdue actions", "next board meeting"), and reading is most of the work of
 * answering. A reading depends only on the text, the papers (`papers`: the reference data snapshot the
 * vocabulary and passages were built from; a new snapshot starts afresh), the register asked about by
 * default and the day in London, and is never changed once made. What it decides, which leans on the
 * conversation's subject, is worked out every time.
 */
export class RecentReadings {
  private readonly byPapers = new WeakMap<object, Map<string, Reading>>();

  read(papers: object, raw: string, ctx: ReadingContext): Reading {
    let kept = this.byPapers.get(papers);
    if (!kept) this.byPapers.set(papers, (kept = new Map<string, Reading>()));
    const key = `${londonToday(ctx.now)}|${ctx.defaultRegisterId ?? ''}|${raw}`;
    let reading = kept.get(key);
    if (!reading) {
      reading = readQuestion(raw, ctx);
      if (kept.size >= KEPT) kept.clear();
      kept.set(key, reading);
    }
    return reading;
  }
}
