import { riskSummaryView, citation } from '../../shared/views';
import type { Answer, SearchHitView, TopicRiskView } from '../answers';
import { searchAll, type SearchHit } from '../search';
import { normalise, stem } from '../text';
import type { AnswerContext } from './context';
import { askFor, registerLabel } from './risks';

/**
 * Search as the floor: a topic ("anything on net zero?") is answered with the risks it appears in,
 * saying where, and the other passages that mention it; a question no rule fits is answered from the
 * passages that come closest, with what matched and the source, or plainly "the papers don't say".
 */

const EXCERPT = 220;

/** The passage around the first word that matched. */
export function excerptOf(text: string, matched: readonly string[]): string {
  const lower = text.toLowerCase();
  let at = -1;
  for (const word of matched) {
    const s = stem(normalise(word));
    const i = lower.search(new RegExp(`\\b${s.replace(/[^a-z0-9]/g, '')}`));
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  if (text.length <= EXCERPT) return text;
  const start = Math.max(0, at - 60);
  const slice = text.slice(start, start + EXCERPT).trim();
  return `${start > 0 ? '…' : ''}${slice}${start + EXCERPT < text.length ? '…' : ''}`;
}

function hitView(ctx: AnswerContext, hit: SearchHit): SearchHitView {
  const { doc } = hit;
  return {
    record: doc.record,
    where: doc.where,
    title: doc.title || (doc.kind === 'progress-note' ? '' : doc.title),
    excerpt: excerptOf(doc.text || doc.title, hit.matched),
    matched: hit.matched,
    source: citation(ctx.data, doc.source),
    ask: doc.ask,
    ...(doc.private ? { private: true as const } : {}),
  };
}

function plural(where: string, n: number): string {
  if (n === 1) return where;
  const noun = where.replace(/^(a|an|its|the) /, '');
  return `${n} ${noun.replace(/^(\w+)/, (w) => (w.endsWith('s') ? w : `${w}s`))}`;
}

/** The risks the hits belong to, each with where the words appear in it. */
function risksOf(
  ctx: AnswerContext,
  hits: readonly SearchHit[],
  registerId: string | null,
): TopicRiskView[] {
  const byRisk = new Map<string, Map<string, number>>();
  const best = new Map<string, number>();
  for (const h of hits) {
    const riskId = h.doc.riskId;
    if (!riskId || h.doc.private) continue;
    best.set(riskId, Math.max(best.get(riskId) ?? 0, h.score));
    const where =
      h.doc.kind === 'risk' ? (h.titleMatch ? 'its title' : 'its description') : h.doc.where;
    const counts = byRisk.get(riskId) ?? new Map<string, number>();
    counts.set(where, (counts.get(where) ?? 0) + 1);
    byRisk.set(riskId, counts);
  }
  const out: (TopicRiskView & { score: number })[] = [];
  for (const [riskId, counts] of byRisk) {
    const risk = ctx.data.risks.find((r) => r.id === riskId);
    const register = ctx.data.registers.find((r) => r.id === risk?.registerId);
    if (!risk || !register || (registerId && register.id !== registerId)) continue;
    const view = riskSummaryView(risk, register);
    out.push({
      reference: risk.reference,
      title: risk.title,
      registerTitle: registerLabel(register),
      draft: view.draft,
      current: view.current,
      where: [...counts].map(([w, n]) => plural(w, n)),
      ask: askFor(risk, register),
      score: best.get(riskId) ?? 0,
    });
  }
  // Approved before draft (a draft is named as a draft, never first on its own), then best match first.
  return out
    .sort((a, b) => Number(a.draft) - Number(b.draft) || b.score - a.score)
    .map(({ score: _score, ...view }) => view);
}

export async function answerSearch(
  ctx: AnswerContext,
  text: string,
  mode: 'topic' | 'unknown',
  registerId: string | null,
  suggestions: readonly string[],
): Promise<Answer> {
  const all = searchAll(ctx.passages, await ctx.actionPassages(), text, { limit: 40 });
  const top = all[0]?.score ?? 0;
  // Passing mentions far below the best are noise; a topic keeps every passage that has its own words.
  const hits = all.filter((h) =>
    mode === 'topic'
      ? h.score >= top * 0.05 || h.wordsMatched === h.wordsAsked
      : h.score >= top * 0.35,
  );
  const risks = risksOf(ctx, hits, registerId);
  const others = hits
    .filter((h) => h.doc.kind !== 'risk' && h.doc.kind !== 'risk-part')
    .slice(0, mode === 'topic' ? 6 : 5)
    .map((h) => hitView(ctx, h));
  const asked = text.trim().replace(/[?.!]+$/, '');
  if (!risks.length && !others.length)
    return {
      kind: 'message',
      title:
        mode === 'topic' ? `The papers don't mention ${asked}` : "Sorry, I didn't understand that",
      text:
        mode === 'topic'
          ? `Nothing in the board papers Board Clerk holds (the risk registers, action logs, minutes, agendas and strategy reports) mentions ${asked}. These are close to what you asked:`
          : `The board papers don't say anything about "${asked}". I answer from the risk registers, action logs, meetings and minutes, and strategy reports. These are close to what you asked:`,
      suggestions: [...suggestions],
    };
  const matched = [...new Set(hits.flatMap((h) => h.matched))].slice(0, 6);
  return {
    kind: 'search',
    title: mode === 'topic' ? `Where the papers cover ${asked}` : "Sorry, I didn't understand that",
    intro:
      mode === 'topic'
        ? `${risks.length ? `${risks.length} risk${risks.length === 1 ? '' : 's'} and ` : ''}${others.length} other passage${others.length === 1 ? '' : 's'} mention ${matched.join(', ')}.`
        : `The papers don't answer that directly. These passages come closest (matching ${matched.join(', ')}):`,
    risks: risks.slice(0, 6),
    hits: others,
    notes: risks.length > 6 ? [`…and ${risks.length - 6} more risks.`] : [],
    suggestions: risks.slice(0, 3).map((r) => r.ask),
  };
}
