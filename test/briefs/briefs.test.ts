import assert from 'node:assert/strict';
import { draw } from '../../src/bot/outbox';
import { createBriefs, type Briefs, type BriefView } from '../../src/briefs';
import { risksToLookAt } from '../../src/briefs/risks';
import { Paper, type Meeting, type Risk, type RiskRegister } from '../../src/domain';
import { ownsAction } from '../../src/domain/permissions';
import { silentLogger } from '../../src/log';
import { visibleText } from '../helpers/botClient';
import {
  ALEX,
  asBrief,
  ask,
  briefWorld as world,
  type BriefWorld as World,
  GTB,
  OWEN,
  personalChat,
  PRIYA,
  YUSUF,
} from '../helpers/briefWorld';

/** What a reader sees of the brief: in a personal chat as a board member, or where others can see it. */
function seen(view: BriefView, where: 'personal' | 'channel'): string {
  const built = draw(view, { shared: where === 'channel', boardMember: true });
  return visibleText(built.card);
}

describe('the pre-meeting brief', function () {
  this.timeout(20_000);

  describe('who gets what', () => {
    let w: World;
    before(async () => {
      w = await world();
    });

    it('briefs a Group director on the next Group Trust Board, with every line citing its source', async () => {
      const brief = asBrief(await ask(w, PRIYA, 'brief me'));
      assert.equal(brief.personName, 'Priya Desai');
      assert.equal(brief.meeting.id, GTB);
      assert.equal(brief.meeting.when, 'Thursday 29 January 2026 at 3.00pm');
      assert.deepEqual(brief.notes, []);
      // The decisions the papers ask, approval first.
      assert.deepEqual(
        brief.decisions.map((d) => [d.title, d.type]),
        [
          ['Group Board Assurance Framework', 'approval'],
          ['Group Value Programme update', 'consideration'],
          ['East Midlands Alliance Common Board Paper', 'noting'],
          ['THRIVE Report', 'noting'],
          ['Chief Executive Report', 'briefing'],
        ],
      );
      assert.deepEqual(brief.decisions[0]!.asked, ['Approval of proposed changes']);
      // The risks: the draft workforce risk is above tolerance, BAF 1 at it; flagged ones follow.
      assert.equal(brief.risks[0]!.risk.reference, 'GROUP BAF DRAFT');
      assert.match(
        brief.risks[0]!.reasons[0]!,
        /^Above tolerance: 20 against an upper limit of 16/,
      );
      assert.equal(brief.risks[1]!.risk.reference, 'GROUP BAF 1');
      assert.match(brief.risks[1]!.reasons[0]!, /^At the upper limit of tolerance \(16/);
      assert.ok(brief.risks.every((r) => r.reasons.length > 0));
      assert.match(brief.riskNotes.join(' '), /holds no earlier version/);
      // Matters arising: the sheet says there are none, and the flag says the minutes disagree.
      assert.match(brief.mattersArising.notes.join(' '), /No actions identified/);
      assert.equal(brief.mattersArising.flags.length, 1);
      // Every line says where it comes from.
      const sources = [
        brief.meeting.source,
        brief.mattersArising.source!,
        ...brief.risks.map((r) => r.source),
        ...brief.decisions.map((d) => d.source),
        ...brief.actions.map((a) => a.source),
      ];
      for (const source of sources)
        assert.match(source.document, /papers|BAF|Board/, source.section);
    });

    it("lists the asker's own actions overdue or due by the meeting, most overdue first, with Update", async () => {
      const brief = asBrief(await ask(w, OWEN, 'what do I need for the next board?'));
      assert.equal(brief.meeting.id, GTB, 'LPT directors attend the Group Trust Board');
      const data = await w.referenceData.get();
      const owen = data.people.find((p) => p.name === 'Owen Price')!;
      assert.ok(brief.actions.length > 0);
      for (const a of brief.actions) {
        const action = (await w.store.get('action', a.organisationId, a.id))!.value;
        assert.ok(ownsAction(owen, action, data.roles), `${a.reference} is Owen's`);
        assert.ok(a.dueIso! <= '2026-01-29', `${a.reference} is due by the meeting`);
        assert.equal(a.canUpdate, true, 'the Update button');
      }
      const overdue = brief.actions.map((a) => a.daysOverdue ?? 0);
      assert.deepEqual(
        overdue,
        [...overdue].sort((a, b) => b - a),
      );
      assert.match(seen(brief, 'personal'), /Update/);
      // A Group director with no actions gets none.
      assert.deepEqual(asBrief(await ask(w, PRIYA, 'brief me')).actions, []);
    });

    it('tells a Well-Led trust director that no meeting they attend is coming, and someone unknown that briefs are for the directory', async () => {
      const none = await ask(w, YUSUF, 'brief me');
      assert.equal(none.kind, 'message');
      assert.match(none.kind === 'message' ? none.text : '', /no upcoming meeting that you attend/);
      const stranger = await ask(w, null, 'brief me');
      assert.equal(stranger.kind, 'message');
      assert.match(stranger.kind === 'message' ? stranger.title : '', /directory/);
    });

    it('briefs a named meeting: a past one says so, one the asker does not attend says why', async () => {
      const past = asBrief(await ask(w, PRIYA, 'brief me for the 25 September 2025 board'));
      assert.equal(past.meeting.id, 'mtg-gtb-2025-09-25');
      assert.deepEqual(past.notes, ['This meeting was held on 25 September 2025.']);
      const other = asBrief(await ask(w, YUSUF, 'brief me for the 29 January board'));
      assert.equal(other.meeting.id, GTB);
      assert.match(other.notes[0]!, /does not attend this meeting by the directory/);
      const noMeeting = await ask(w, PRIYA, 'brief me for 30 January');
      assert.match(
        noMeeting.kind === 'message' ? noMeeting.text : '',
        /no meeting on 30 January 2026/,
      );
    });

    it('sends it to the people of the Group and its member trusts, not to other trusts', async () => {
      const data = await w.referenceData.get();
      const meeting = data.meetings.find((m) => m.id === GTB)!;
      const recipients = await w.briefs.recipients(meeting);
      assert.deepEqual([...new Set(recipients.map((p) => p.organisationId))].sort(), [
        'lpt',
        'lpt-nhft-group',
      ]);
      assert.equal(
        recipients.length,
        data.people.filter((p) => ['lpt', 'lpt-nhft-group'].includes(p.organisationId)).length,
      );
      const committee: Meeting = {
        ...meeting,
        id: 'mtg-committee',
        body: 'Joint People and Culture Committee',
      };
      assert.deepEqual(
        await w.briefs.recipients(committee),
        [],
        'committee membership is not in the directory',
      );
    });
  });

  describe('private business', () => {
    let w: World;
    before(async () => {
      w = await world();
      const data = await w.referenceData.get();
      const gtb = data.meetings.find((m) => m.id === GTB)!;
      // A private meeting after the public one, with its own paper.
      await w.store.create<Meeting>({
        ...gtb,
        id: 'mtg-gtb-2026-01-29-private',
        title: 'Group Trust Board (private), 29 January 2026',
        startsAt: '2026-01-29T16:30:00.000Z',
        part: 'private',
        joinUrl: 'https://teams.microsoft.com/l/meetup-join/private',
        agenda: [
          {
            order: 1,
            section: 'Private business',
            title: 'Chief Executive appraisal (confidential)',
            type: 'Paper',
            lead: 'Chair',
            part: 'private',
            asRequired: false,
          },
        ],
      });
      await w.store.create(
        Paper.parse({
          id: 'paper-private-appraisal',
          organisationId: 'lpt-nhft-group',
          kind: 'paper',
          title: 'Chief Executive appraisal',
          meetingId: 'mtg-gtb-2026-01-29-private',
          date: { printed: '29 January 2026', iso: '2026-01-29' },
          cover: {},
          sections: [{ id: 'summary', heading: 'Summary' }],
          decision: { type: 'approval', printed: ['To approve the appraisal outcome'] },
          source: { documentId: 'src-gtb-2026-01-29', section: 'Private papers' },
        }),
      );
    });

    it('shows a private meeting in full in a personal chat, and none of its business where others can see it', async () => {
      const brief = asBrief(await ask(w, OWEN, 'brief me for the private board on 29 January'));
      assert.equal(brief.meeting.part, 'private');
      const own = seen(brief, 'personal');
      assert.match(own, /Chief Executive appraisal \(confidential\)/);
      assert.match(own, /To approve the appraisal outcome/);
      assert.match(own, /Join the meeting/);
      const shared = seen(brief, 'channel');
      for (const secret of [/appraisal/i, /Join the meeting/]) assert.doesNotMatch(shared, secret);
      assert.match(shared, /private items? .* not shown here/, 'says how much it left out');
      assert.match(shared, /Risks to look at/, 'the public parts are still there');
    });

    it('keeps the public meeting’s brief free of the private meeting’s papers', async () => {
      const brief = asBrief(await ask(w, OWEN, 'brief me for the 29 January board'));
      assert.equal(brief.meeting.id, GTB, 'the public meeting first (it starts first)');
      assert.ok(brief.decisions.every((d) => d.title !== 'Chief Executive appraisal'));
    });
  });

  describe('stop and start', () => {
    it('keeps the choice in the store: a member who stops gets no brief sent, and gets them again on start', async () => {
      const w = await world();
      const data = await w.referenceData.get();
      const meeting = data.meetings.find((m) => m.id === GTB)!;
      const names = async (b: Briefs) => (await b.recipients(meeting)).map((p) => p.name);
      assert.ok((await names(w.briefs)).includes('Owen Price'));

      const stopped = await ask(w, OWEN, 'stop briefs');
      assert.equal(stopped.kind === 'message' && stopped.title, 'Briefs stopped');
      assert.ok(!(await names(w.briefs)).includes('Owen Price'));
      // Another instance over the same store reads the same choice.
      const other = createBriefs({
        store: w.store,
        referenceData: w.referenceData,
        schedule: {},
        log: silentLogger,
      });
      assert.ok(!(await names(other)).includes('Owen Price'));
      // "brief me" still works.
      assert.equal((await ask(w, OWEN, 'brief me')).kind, 'brief');

      const started = await ask(w, OWEN, 'start briefs');
      assert.equal(started.kind === 'message' && started.title, 'Briefs on');
      assert.match(
        started.kind === 'message' ? started.text : '',
        /Group Trust Board on 29 January 2026, on Monday 26 January 2026 at 9\.00am/,
      );
      assert.ok((await names(other)).includes('Owen Price'));
      // Started after this meeting's brief went: "brief me" gets it now.
      const late = await ask(w, OWEN, 'start briefs', new Date('2026-01-27T10:00:00Z'));
      assert.match(
        late.kind === 'message' ? late.text : '',
        /was due on Monday 26 January 2026 at 9\.00am: say "brief me" for it now/,
      );
    });
  });

  describe("a secretary's preview", () => {
    it('shows what a member gets and whether and when it is sent', async () => {
      const w = await world();
      const preview = asBrief(await ask(w, ALEX, 'brief for Owen Price'));
      assert.equal(preview.personName, 'Owen Price');
      assert.equal(
        preview.actions.length,
        asBrief(await ask(w, OWEN, 'brief me')).actions.length,
        'the same brief Owen gets',
      );
      assert.match(preview.preview!.delivery, /has not added Board Clerk in a personal chat/);
      await w.store.createConversation(personalChat(OWEN, 1));
      assert.equal(
        asBrief(await ask(w, ALEX, 'brief for owen price')).preview!.delivery,
        "Board Clerk sends this to Owen Price's personal chat on Monday 26 January 2026 at 9.00am (3 working days before the meeting), with the records as they are then.",
      );
      await ask(w, OWEN, 'stop briefs');
      assert.match(
        asBrief(await ask(w, ALEX, 'brief for Owen Price')).preview!.delivery,
        /Owen Price said "stop briefs" on 22 January 2026/,
      );
      assert.match(
        asBrief(await ask(w, ALEX, 'brief for Simon Drake for the 29 January board')).preview!
          .delivery,
        /does not send it: by the directory, the Group Trust Board is attended by the people of the Group and its member trusts \(LPT, NHFT\)/,
      );
    });

    it('is for secretaries only, and names the person it cannot find', async () => {
      const w = await world();
      const refused = await ask(w, PRIYA, 'brief for Owen Price');
      assert.equal(
        refused.kind === 'message' && refused.title,
        'Only a board secretary can preview another member’s brief',
      );
      const unknown = await ask(w, ALEX, 'brief for Jane Doe');
      assert.equal(
        unknown.kind === 'message' && unknown.title,
        "I can't find Jane Doe in the directory",
      );
    });
  });

  describe('risks that moved', () => {
    it('compares with the previous version of the register when Board Clerk holds one', async () => {
      const w = await world();
      const data = await w.referenceData.get();
      const january = data.registers.find((r) => r.id === 'reg-group-baf-2026-01')!;
      const september: RiskRegister = {
        ...january,
        id: 'reg-group-baf-2025-09',
        title: 'Group BAF September 2025',
        date: { printed: 'September 2025', iso: null },
      };
      await w.store.create(september);
      const earlier = (reference: string, likelihood: number): Risk => {
        const risk = data.risks.find(
          (r) => r.registerId === january.id && r.reference === reference,
        )!;
        return {
          ...risk,
          id: `${risk.id}-2025-09`,
          registerId: september.id,
          scores: {
            ...risk.scores,
            current: { ...risk.scores.current, likelihood, printedCombined: null },
          },
          dataQuality: [],
        };
      };
      await w.store.create(earlier('GROUP BAF 1', 3)); // 12 then, 16 now
      await w.store.create(earlier('GROUP BAF 2', 2)); // 8 then and now

      const brief = asBrief(await ask(w, PRIYA, 'brief me'));
      const reasons = (reference: string) =>
        brief.risks.find((r) => r.risk.reference === reference)?.reasons ?? [];
      assert.ok(
        reasons('GROUP BAF 1').includes(
          'Current score up from 12 to 16 since Group BAF September 2025',
        ),
      );
      assert.ok(reasons('GROUP BAF 3').includes('New since Group BAF September 2025'));
      assert.ok(!reasons('GROUP BAF 2').some((r) => /since/.test(r)), 'BAF 2 did not move');
      assert.match(
        brief.riskNotes.join(' '),
        /Group BAF January 2026: .* Movement is against Group BAF September 2025\./,
      );
      assert.ok(
        brief.risks.every((r) => r.registerTitle === 'Group BAF January 2026'),
        'only the latest version is read',
      );
    });

    it('reads movement from the printed trend when only one version is held', async () => {
      const w = await world();
      const data = await w.referenceData.get();
      const meeting = data.meetings.find((m) => m.id === GTB)!;
      const risks = data.risks.map((r) =>
        r.reference === 'GROUP BAF 5'
          ? { ...r, dataQuality: [], trend: { printed: '↑', direction: 'increasing' as const } }
          : r,
      );
      const found = risksToLookAt({ ...data, risks }, meeting);
      assert.deepEqual(found.risks.find((r) => r.risk.reference === 'GROUP BAF 5')?.reasons, [
        'The register prints its trend as increasing',
      ]);
    });
  });
});
