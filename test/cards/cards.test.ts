import assert from 'node:assert/strict';
import { renderView, type View, VIEW_KINDS } from '../../cards';
import type { ConversationFacts, Request } from '../../src/shared/request';
import { visibleText } from '../helpers/botClient';
import { bafRegister } from '../fixtures/imports/layouts';
import { DEMO, demoFeatures } from '../helpers/features';
import { validateCard } from '../helpers/validateCard';

/**
 * Every card builder, drawn from views the features really produce from the bundled dataset (in-memory
 * store, fixed clock): each card is one the Adaptive Cards SDK accepts, has a summary for notifications
 * and screen readers, and shows the facts a reader needs.
 */
const NOW = new Date('2026-01-12T10:00:00Z'); // a Monday before the 29 January 2026 Group Trust Board

describe('card builders, one per view', () => {
  const samples = new Map<View['kind'], View[]>();
  const add = (view: View) => samples.set(view.kind, [...(samples.get(view.kind) ?? []), view]);

  before(async function () {
    this.timeout(60_000);
    const f = await demoFeatures(NOW);
    for (const [who, text] of [
      [DEMO.doca, 'What is Group BAF 1 score?'],
      [DEMO.doca, 'What are the controls and gaps on Group BAF 3?'],
      [DEMO.doca, 'Which risks are above appetite?'],
      [DEMO.doca, 'Show the Group BAF heat map'],
      [DEMO.doca, 'My overdue actions'],
      [DEMO.doca, 'History of Well-Led FTSU 5'],
      [DEMO.doca, 'Next board agenda'],
      [DEMO.doca, 'What did the board resolve at GTB/25/15?'],
      [DEMO.doca, 'What did the board resolve at the last meeting?'],
      [DEMO.doca, 'Matters arising'],
      [DEMO.doca, 'Progress on our ambitions'],
      [DEMO.doca, 'Any data quality problems in the BAF?'],
      [DEMO.doca, 'help'],
      [DEMO.doca, 'What is Group BAF 99 score?'],
      [DEMO.doca, 'Is Group BAF 3 worse than Group BAF 4?'],
      [DEMO.doca, 'Who owns Group BAF 4?'],
      [DEMO.doca, 'Anything on workforce?'],
      [DEMO.doca, 'Minutes of the September board'],
      [DEMO.doca, 'Who sent apologies to the September board?'],
      [DEMO.doca, 'Who is the guardian?'],
      [DEMO.doca, 'Why is LPT BAF 1 action 1 late?'],
      [DEMO.secretary, 'Unanswered questions'],
      [DEMO.doca, 'Is BAF 3 worse than the others?'],
      [DEMO.doca, 'What did the Chief Executive say about university status?'],
      [DEMO.doca, 'What is the committee alerting the board to?'],
      [DEMO.doca, 'What segment are we in?'],
      [DEMO.doca, 'Has the group digital transformation plan been signed off yet?'],
      [DEMO.doca, 'Which workplan items are not planned for any meeting?'],
      [DEMO.doca, 'What is Group BAF 1 scored at, and who owns BAF 5?'],
    ] as const)
      add(await f.ask(who, text));

    // Results of searches from the compose box: each command's defaults, and a minuted item typed.
    for (const [command, query] of [
      ['risk', ''],
      ['action', ''],
      ['minute', ''],
      ['minute', 'GTB/25/15'],
    ] as const)
      for (const result of (
        await f.questions.search(await f.request(DEMO.doca, ''), command, query)
      ).slice(0, 3))
        add({ ...result, openUrl: 'https://teams.microsoft.com/l/chat/0/0?users=28:bot' });

    add(
      await f.briefs.forPerson(
        { meetingId: 'mtg-gtb-2026-01-29', organisationId: 'lpt-nhft-group' },
        'person-grp-chief-people-officer',
        NOW,
      ),
    );
    const secretary = (input: Request['input'] | string) => f.request(DEMO.secretary, input);
    const ftsu5 = { actionId: 'act-wl-ftsu-5', organisationId: 'well-led-trust' };
    add(await f.progress.open(await f.request(DEMO.doca, 'update Well-Led FTSU 5'), ftsu5));
    add(await f.reminders.desk.command(await f.request(DEMO.doca, 'new meeting'), 'new-meeting'));
    add({ kind: 'personal-only', what: 'Secretary tools', sentToPersonalChat: false });
    add(await f.reminders.desk.command(await secretary('new meeting'), 'new-meeting'));
    add(
      await f.reminders.desk.saveMeeting(await secretary('save'), {
        body: 'Group Trust Board',
        date: '2026-03-26',
        time: '15:00',
        part: 'public',
        location: 'Microsoft Teams',
      }),
    );
    add(await f.reminders.desk.command(await secretary('send reminder'), 'send-reminder'));
    add(await f.reminders.desk.chooseMeeting(await secretary('edit meeting')));
    add(await f.reminders.desk.agendaForm(await secretary('edit agenda'), 'mtg-gtb-2026-01-29'));

    // Where reminders can go: the secretary's and an owner's personal chats, and a team channel.
    const facts = (over: Partial<ConversationFacts>): ConversationFacts => ({
      tenantId: 'tenant-1',
      scope: 'personal',
      conversationId: 'a:chat',
      serviceUrl: 'http://127.0.0.1:9/',
      botId: '28:bot',
      ...over,
    });
    await f.reminders.installations.installed(
      facts({ conversationId: 'a:secretary', userAadObjectId: DEMO.secretary }),
    );
    await f.reminders.installations.installed(
      facts({ conversationId: 'a:doca', userAadObjectId: DEMO.doca }),
    );
    await f.reminders.installations.installed(
      facts({
        scope: 'team',
        conversationId: '19:general',
        teamId: '19:general',
        teamName: 'Board',
      }),
      [{ id: '19:general', name: 'General' }],
    );
    const compose = await f.reminders.desk.compose(await secretary('compose'), {});
    assert.equal(compose.kind, 'compose');
    const values = {
      meetingId: compose.kind === 'compose' ? compose.meetings[0]!.value : '',
      targets: compose.kind === 'compose' ? compose.targets.map((t) => t.value).join(',') : '',
      when: 'now',
    };
    add(await f.reminders.desk.preview(await secretary('preview'), values));
    add(await f.reminders.desk.send(await secretary('send'), values));
    add(await f.reminders.desk.command(await secretary('chase overdue actions'), 'chase'));
    await f.reminders.desk.chase(await secretary('chase now'));
    await f.reminders.scheduler.pass();
    for (const { view } of f.sent) add(view);

    // Imports: a new BAF version from a file, its mapping card, preview and outcome, then what
    // changed, a risk's scores over time, roles and the roster, and the export offer.
    const baf = await bafRegister({ current: { 'GROUP BAF 1': [4, 2] } });
    const importing = await secretary('file');
    const mapping = await f.imports.imports.receive(importing, 'Group BAF.xlsx', () =>
      Promise.resolve(new Uint8Array(baf)),
    );
    add(mapping);
    assert.equal(mapping.kind, 'import-mapping');
    const answers: Record<string, string> = {};
    if (mapping.kind === 'import-mapping') {
      for (const q of mapping.questions) if (q.value) answers[q.id] = q.value;
      for (const d of mapping.dates) answers[d.id] = 'March 2026';
    }
    const preview = await f.imports.imports.preview(
      importing,
      mapping.kind === 'import-mapping' ? mapping.sessionId : '',
      answers,
    );
    add(preview);
    if (preview.kind === 'import-preview')
      add(await f.imports.imports.confirm(importing, preview.sessionId, preview.submissionId));
    add(await f.imports.whatChanged(await f.request(DEMO.doca, 'x'), 'group'));
    add(await f.imports.scoresOverTime(await f.request(DEMO.doca, 'x'), 'GROUP BAF 1'));
    add(await f.imports.roles.list(await secretary('who holds which role')));
    add(
      await f.imports.roles.roster(
        await secretary('roles from the team'),
        { teamId: '19:general', teamName: 'Board' },
        [{ aadObjectId: DEMO.doca, name: 'Yusuf Ali' }],
      ),
    );
    add(await f.imports.exports.offer(await secretary('export the action log')));
  });

  it('has a sample of every view, drawn from the features', () => {
    assert.deepEqual(
      VIEW_KINDS.filter((k) => !samples.has(k)),
      [],
    );
  });

  for (const kind of VIEW_KINDS)
    it(`draws ${kind} as a valid card with a summary`, () => {
      for (const view of samples.get(kind) ?? []) {
        const built = renderView(view);
        validateCard(built.card);
        assert.ok(built.summary.trim().length > 10, `summary: "${built.summary}"`);
      }
    });

  const facts: [View['kind'], RegExp[]][] = [
    ['risk', [/GROUP BAF 1/i, /Current/, /Target/, /Source:/]],
    ['risk-list', [/appetite/i, /Source:/]],
    ['action-list', [/Well-Led/, /overdue/i]],
    ['action', [/Well-Led FTSU 5/, /History/i]],
    ['meeting', [/Group Trust Board/, /29 January 2026/, /Agenda/]],
    ['minute-item', [/GTB\/25\/15/, /Source:/]],
    ['resolutions', [/GTB\/25\//, /Source:/]],
    ['matters-arising', [/Matters arising/i]],
    ['strategy', [/%/, /Source:/]],
    ['data-quality', [/flag/i]],
    ['message', [/can't find|cannot find|not find/i]],
    ['progress', [/Well-Led FTSU 5/, /Save update/]],
    ['refusal', [/Only a board secretary/]],
    ['meeting-form', [/Group Trust Board/]],
    ['meeting-saved', [/26 March 2026/]],
    ['preview', [/Preview: not sent yet/, /Goes to:/]],
    ['broadcast-list', [/Broadcasts|broadcast/i]],
    ['meeting-reminder', [/Group Trust Board/, /Agenda/]],
    ['action-digest', [/Your actions this week/, /Overdue/]],
    ['overdue-summary', [/Overdue actions/]],
    ['delivery-report', [/Delivery report/, /delivered/]],
    ['meeting-choice', [/Group Trust Board/, /29 January 2026/]],
    ['agenda-form', [/Apologies/]],
    ['brief', [/29 January 2026/, /Source|source/]],
    ['risk-compare', [/GROUP BAF 3/, /GROUP BAF 4/, /Source:/]],
    ['two-answers', [/GROUP BAF 1/, /Who owns GROUP BAF 5/, /Source:/]],
    ['risk-owner', [/names no single owner or lead for GROUP BAF 4/, /Source:/]],
    ['search', [/BAF 06/, /GROUP BAF DRAFT/]],
    ['minutes', [/GTB\/25\/15/, /Source:/]],
    ['attendance', [/Apologies/, /Judit Seymour/, /Source:/]],
    ['people', [/Beth Kendall/]],
    ['action-delay', [/Originally due 31 May 2024/]],
    ['unanswered', [/could not answer/]],
    ['choices', [/Compare/]],
    ['paper', [/University of Leicester/, /Source:/]],
    ['committee-report', [/ASSURE/, /report by Tim Harrison/, /Source:/]],
    ['performance', [/segment 2/, /Source:/]],
  ];
  for (const [kind, expected] of facts)
    it(`shows the facts of ${kind}`, () => {
      const text = (samples.get(kind) ?? []).map((v) => visibleText(renderView(v).card)).join('\n');
      for (const fact of expected) assert.match(text, fact);
    });
});
