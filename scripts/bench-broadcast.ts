// Benchmark (not a test): how long one broadcast takes to reach N conversations (75% personal chats, 20%
// group chats, 5% channels of one team) through the real delivery engine, its rate limiter and the Bot
// Framework SDK sender, wired as the app wires them (conversations from the read model, deliveries in the
// durable embedded store), against the fake Bot Connector enforcing Teams' documented limits (per
// conversation 7/1 s, 8/2 s and 60/30 s; per app per tenant 50/1 s, above our budget of 40/s with the
// default headroom, so our limiter, not 429s, should pace us). For each size (default 200 and 1,000),
// prints deliveries, duplicates, HTTP requests and 429s, the time to the first send, and the elapsed time
// against the minimum the app budget sets, with the targets (within 1.15x of the minimum, first send
// within 0.5 s, no duplicates). With --faults, ~5% of conversations first answer 429 (Retry-After 1) or
// 500.
// Usage: npm run bench:broadcast -- [--targets 200,1000] [--faults]
// Exit code 1 on any duplicate, or (without --faults) any target not delivered.
import { parseArgs } from 'node:util';
import type { BroadcastJob, BroadcastTarget, ConversationRecord } from '../src/domain/delivery';
import { silentLogger } from '../src/log';
import type { MeetingView } from '../src/shared/viewTypes';
import { type EngineContent, DeliveryEngine } from '../src/reminders/deliveryEngine';
import { InstallationService } from '../src/reminders/installations';
import type { ConversationFacts } from '../src/shared/request';
import { RateLimits, TEAMS_APP_LIMIT_PER_SECOND, TEAMS_LIMITS } from '../src/reminders/rateLimits';
import { openReadModel } from '../src/shared/readModel';
import { openTestStore } from '../test/helpers/embeddedStore';
import { localSender } from '../test/helpers/localSender';
import { FakeConnector } from '../test/helpers/fakeConnector';

const TENANT = 'tenant-bench';
const TEAM = '19:bench-team@thread.tacv2';

const meeting: MeetingView = {
  id: 'bench-meeting',
  body: 'Trust Board',
  title: 'Trust Board (public)',
  when: 'Thursday 29 January 2026 at 10.00am',
  startsAtIso: '2026-01-29T10:00:00Z',
  part: 'public',
  location: 'Boardroom, Pen Lloyd Building',
  join: { url: 'https://teams.microsoft.com/l/meetup-join/bench', private: false },
  paperDeadline: 'Thursday 22 January 2026',
  note: null,
  agenda: [
    'Apologies and declarations of interest',
    'Minutes of the previous meeting',
    'Chief Executive report',
    'Integrated performance report',
    'Board assurance framework',
    'Finance report',
  ].map((title, i) => ({
    order: i + 1,
    title,
    type: i < 2 ? 'Procedural' : 'Assurance',
    lead: 'Chair',
    section: 'Main business',
    asRequired: false,
    private: false,
  })),
  flags: [],
  source: { document: 'Trust Board agenda', section: 'Agenda', date: '22 January 2026' },
};

const content: EngineContent = {
  render: () =>
    Promise.resolve({
      kind: 'meeting-reminder',
      headline: 'One week to go',
      meeting,
      mattersArising: [],
    }),
  report: (job, deliveries) => ({
    kind: 'message',
    title: `${job.title}: ${deliveries.filter((d) => d.status === 'delivered').length} delivered`,
    text: '',
    suggestions: [],
  }),
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main(): Promise<number> {
  const args = parseArgs({
    options: { targets: { type: 'string', default: '200,1000' }, faults: { type: 'boolean' } },
  }).values;
  const sizes = args.targets.split(',').map(Number);
  if (!sizes.every((n) => Number.isInteger(n) && n >= 1))
    throw new Error('--targets takes positive whole numbers, separated by commas');
  let code = 0;
  for (const n of sizes) code = Math.max(code, await once(n, !!args.faults));
  return code;
}

async function once(n: number, faults: boolean): Promise<number> {
  const channels = Math.min(n, Math.round(n * 0.05));
  const groups = Math.min(n - channels, Math.round(n * 0.2));
  const personal = n - channels - groups;

  const connector = await new FakeConnector().start();
  connector.enforce({
    perConversation: [
      { points: 7, ms: 1_000 },
      { points: 8, ms: 2_000 },
      { points: 60, ms: 30_000 },
    ],
    perApp: { points: TEAMS_APP_LIMIT_PER_SECOND, ms: 1_000 },
  });
  const opened = await openTestStore();
  const readModel = await openReadModel(opened.store, { log: silentLogger });
  const store = readModel.store;
  const installations = new InstallationService(store, silentLogger);
  const limits = new RateLimits();
  const engine = new DeliveryEngine(
    store,
    store,
    installations,
    localSender(),
    content,
    limits,
    silentLogger,
    { instanceId: 'bench' },
  );
  try {
    const install = async (facts: Omit<ConversationFacts, 'tenantId' | 'serviceUrl' | 'botId'>) =>
      (await installations.installed(
        { tenantId: TENANT, serviceUrl: connector.url, botId: '28:bot', ...facts },
        facts.scope === 'team'
          ? Array.from({ length: channels }, (_, i) => ({
              id: i === 0 ? TEAM : `19:bench-ch${i}@thread.tacv2`,
              name: i === 0 ? 'General' : `Committee ${i}`,
            }))
          : undefined,
      ))!;
    const records: ConversationRecord[] = await Promise.all([
      ...Array.from({ length: personal }, (_, i) =>
        install({ scope: 'personal', conversationId: `a:bench-p${i}` }),
      ),
      ...Array.from({ length: groups }, (_, i) =>
        install({ scope: 'groupChat', conversationId: `19:bench-g${i}@thread.v2` }),
      ),
      ...(channels ? [install({ scope: 'team', conversationId: TEAM, teamId: TEAM })] : []),
    ]);
    const report = await install({ scope: 'personal', conversationId: 'a:bench-secretary' });

    const targets = records.flatMap((c): BroadcastTarget[] =>
      c.scope === 'team'
        ? c.channels.map((ch) => ({
            key: `${c.id}/${ch.id}`,
            conversationRecordId: c.id,
            tenantId: TENANT,
            channelId: ch.id,
            kind: 'channel',
            label: ch.name,
          }))
        : [
            {
              key: c.id,
              conversationRecordId: c.id,
              tenantId: TENANT,
              kind: c.scope,
              label: c.conversationId,
            },
          ],
    );
    // The conversation id each target is posted to (a channel's own id for a channel).
    const wireIds = targets.map(
      (t) => t.channelId ?? records.find((c) => c.id === t.conversationRecordId)!.conversationId,
    );
    let injected = 0;
    if (faults)
      wireIds.forEach((id, i) => {
        if (i % 20 !== 7) return;
        connector.inject(
          id,
          injected++ % 2 ? { status: 500 } : { status: 429, retryAfterSeconds: 1 },
        );
      });

    // A running instance's scheduler has looked for due broadcasts before: so has this one.
    await engine.tick();
    const jobId = 'bench-1';
    const job: BroadcastJob = {
      id: jobId,
      jobId,
      kind: 'broadcast',
      type: 'meeting-reminder',
      title: 'Trust Board: one week to go',
      organisationId: 'lpt-nhft-group',
      createdBy: { name: 'Board Secretary' },
      createdAt: new Date().toISOString(),
      dueAt: new Date(Date.now() - 1000).toISOString(),
      schedule: 'week-before',
      targets,
      status: 'scheduled',
      lease: null,
      report: { conversationRecordId: report.id, tenantId: TENANT },
    };
    await store.createBroadcast(job);

    // Passes until the job completes; waits longer than maxInlineWaitMs are left for a later pass.
    const started = Date.now();
    for (;;) {
      await engine.tick();
      const { status, dueAt } = (await store.getBroadcast(jobId))!.value;
      if (status === 'completed') break;
      if (Date.now() - started > 600_000) throw new Error('not completed in 10 minutes');
      await sleep(Math.max(50, Date.parse(dueAt) - Date.now()));
    }
    const elapsed = (Date.now() - started) / 1000;

    const deliveries = (await store.listDeliveries(jobId)).map((d) => d.value);
    const delivered = deliveries.filter((d) => d.status === 'delivered').length;
    const failed = deliveries.filter((d) => d.status === 'failed').length;
    const sent = connector.received.filter((r) => r.conversationId !== report.conversationId);
    const received = new Map<string, number>();
    for (const r of sent) received.set(r.conversationId, (received.get(r.conversationId) ?? 0) + 1);
    const firstSend = (Math.min(...sent.map((r) => r.at)) - started) / 1000;
    const duplicates = [...received.values()].filter((count) => count > 1).length;
    const missing = wireIds.filter((id) => !received.has(id)).length;
    const throttled = connector.requests.filter((r) => r.status === 429).length;
    const { points, seconds } = TEAMS_LIMITS.perApp;
    const minimum = (targets.length / points) * seconds;

    const kinds = `${personal} personal, ${groups} group chats, ${channels} channels`;
    console.log(`targets          ${targets.length} (${kinds})`);
    console.log(`delivered        ${delivered}`);
    console.log(`failed           ${failed}`);
    console.log(`never received   ${missing}`);
    console.log(`HTTP requests    ${connector.requests.length}`);
    console.log(`429s             ${throttled}${faults ? ` (faults injected: ${injected})` : ''}`);
    const ratio = elapsed / minimum;
    const verdict = (ok: boolean) => (ok ? 'met' : 'NOT MET');
    console.log(`elapsed          ${elapsed.toFixed(2)} s`);
    console.log(
      `minimum          ${minimum.toFixed(2)} s (${targets.length} / ${points} per ${seconds} s: Teams' ${TEAMS_APP_LIMIT_PER_SECOND} per second per app per tenant, less the headroom; per-conversation limits do not bind at one message per conversation)`,
    );
    console.log(
      `elapsed/minimum  ${ratio.toFixed(2)} (target <= 1.15: ${faults ? 'not judged with --faults' : verdict(ratio <= 1.15)})`,
    );
    console.log(
      `first send after ${firstSend.toFixed(2)} s (target <= 0.5 s: ${verdict(firstSend <= 0.5)})`,
    );
    console.log(`duplicates       ${duplicates} (target 0: ${verdict(duplicates === 0)})`);
    console.log('');
    return duplicates > 0 || (!faults && (delivered < targets.length || missing > 0)) ? 1 : 0;
  } finally {
    await engine.stop();
    await readModel.model.stop();
    await connector.stop();
    await opened.dispose();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  },
);
