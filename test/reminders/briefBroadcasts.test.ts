import assert from 'node:assert/strict';
import { createBriefs } from '../../src/briefs';
import { loadDataset } from '../../src/dataset/bundled';
import { seedDataset } from '../../src/dataset/seed';
import type { Meeting } from '../../src/domain';
import type { ReminderSchedule } from '../../src/domain/reminderSchedule';
import { silentLogger } from '../../src/log';
import { BriefBroadcasts, briefJobId } from '../../src/reminders/briefBroadcasts';
import { InstallationService } from '../../src/reminders/installations';
import { openReadModel } from '../../src/shared/readModel';
import { MemoryStore } from '../../src/store/memoryStore';
import { ALEX, OWEN, personalChat, PRIYA, YUSUF } from '../helpers/briefWorld';

function board(id: string, startsAt: string, body = 'Group Trust Board'): Meeting {
  return {
    id,
    organisationId: 'lpt-nhft-group',
    kind: 'meeting',
    body,
    title: `${body}, ${startsAt.slice(0, 10)}`,
    startsAt,
    printedDate: startsAt,
    part: 'public',
    location: 'Microsoft Teams',
    agenda: [],
    source: { documentId: 'src-board-clerk', section: 'Test meeting' },
    dataQuality: [],
  };
}

/** The store, the briefs feature and a clock the test moves, with four members' chats installed. */
async function setUp(schedule: ReminderSchedule = {}) {
  const memory = new MemoryStore();
  await seedDataset(memory, await loadDataset(), silentLogger);
  for (const [n, aad] of [ALEX, PRIYA, OWEN, YUSUF].entries())
    await memory.createConversation(personalChat(aad, n));
  // Every instance shares the store; its writes are in the read model at once.
  const { store, referenceData } = await openReadModel(memory, { log: silentLogger });
  let now = new Date('2026-01-01T00:00:00Z');
  const clock = () => now;
  const briefs = createBriefs({ store, referenceData, schedule, log: silentLogger });
  const instance = () =>
    new BriefBroadcasts({
      store,
      installations: new InstallationService(store, silentLogger, clock),
      referenceData,
      source: {
        recipients: (m) => briefs.recipients(m),
        brief: (m, personId, at) => briefs.forPerson(m, personId, at),
      },
      schedule,
      reportTo: async () => (await store.getConversation('tenant', 'conv-test-0'))!.value,
      log: silentLogger,
      clock,
    });
  return {
    store,
    briefs,
    instance,
    at: (iso: string) => {
      now = new Date(iso);
    },
  };
}

describe('sending the pre-meeting brief', () => {
  it('queues it three working days before, at 9am UK time, across Easter and the change to BST, once', async () => {
    const { store, instance, at } = await setUp();
    // Thursday 1 April 2027 at 2pm BST. Good Friday 26 March, clocks forward Sunday 28 March, Easter
    // Monday 29 March: three working days before is Thursday 25 March, 9am GMT.
    await store.create(board('mtg-easter', '2027-04-01T13:00:00.000Z'));
    const first = instance();
    at('2027-03-25T08:59:00Z');
    assert.deepEqual(await first.queueDue(), []);
    at('2027-03-25T09:00:30Z');
    const [job, ...more] = await first.queueDue();
    assert.equal(more.length, 0);
    assert.equal(job!.jobId, 'brief-mtg-easter-2027-04-01');
    assert.equal(job!.type, 'brief');
    assert.equal(job!.dueAt, '2027-03-25T09:00:00.000Z');
    assert.equal(job!.meetingId, 'mtg-easter');
    assert.deepEqual(
      job!.targets.map((t) => t.label).sort(),
      ['Alex Morgan (personal chat)', 'Owen Price (personal chat)', 'Priya Desai (personal chat)'],
      'members of the Group and its member trusts; not the Well-Led trust',
    );
    assert.deepEqual(job!.report, { conversationRecordId: 'conv-test-0', tenantId: 'tenant' });
    // Another instance, or this one again, never queues it twice.
    assert.deepEqual(await instance().queueDue(), []);
    assert.deepEqual(await first.queueDue(), []);
    assert.equal((await store.listBroadcasts({ meetingId: 'mtg-easter' })).length, 1);
  });

  it('uses BST on the send day for a meeting in GMT after the October change', async () => {
    const { store, instance, at } = await setUp({
      'Group Trust Board': { brief: { workingDaysBefore: 2, at: '08:00' } },
    });
    // Tuesday 27 October 2026 at 10am GMT; clocks went back on Sunday 25 October.
    await store.create(board('mtg-october', '2026-10-27T10:00:00.000Z'));
    at('2026-10-23T06:59:00Z');
    assert.deepEqual(await instance().queueDue(), []);
    at('2026-10-23T07:00:00Z'); // 8am BST on Friday 23 October
    assert.equal((await instance().queueDue())[0]?.dueAt, '2026-10-23T07:00:00.000Z');
  });

  it('skips Christmas, Boxing Day and New Year’s Day when counting back', async () => {
    const { store, instance, at } = await setUp({
      '*': { brief: { workingDaysBefore: 5, at: '09:00' } },
    });
    // Thursday 7 January 2027; 1 January is a Friday bank holiday: five working days before is 30 December.
    await store.create(board('mtg-new-year', '2027-01-07T14:00:00.000Z'));
    at('2026-12-30T08:59:00Z');
    assert.deepEqual(await instance().queueDue(), []);
    at('2026-12-30T09:00:00Z');
    assert.equal((await instance().queueDue())[0]?.dueAt, '2026-12-30T09:00:00.000Z');
  });

  it('sends nothing for a body whose briefs are off, for a committee by default, or once a meeting has started', async () => {
    const off = await setUp({ 'Group Trust Board': { brief: null } });
    await off.store.create(board('mtg-off', '2027-04-01T13:00:00.000Z'));
    off.at('2027-03-31T12:00:00Z');
    assert.deepEqual(await off.instance().queueDue(), []);

    const { store, instance, at } = await setUp();
    await store.create(
      board('mtg-committee', '2027-04-01T13:00:00.000Z', 'Joint People and Culture Committee'),
    );
    await store.create(board('mtg-started', '2027-03-31T13:00:00.000Z'));
    at('2027-03-31T13:30:00Z');
    assert.deepEqual(await instance().queueDue(), []);
  });

  it('leaves out a member who said "stop briefs", and briefs a meeting moved to another day again', async () => {
    const { store, briefs, instance, at } = await setUp();
    const meeting = board('mtg-moved', '2027-04-01T13:00:00.000Z');
    await store.create(meeting);
    const data = await store.list('person');
    const owen = data.find((p) => p.aadObjectId === OWEN)!;
    // Owen stops briefs (as "stop briefs" does, through the feature's store record).
    await briefs.answer(
      {
        id: 't',
        who: {
          teamsUserId: 'x',
          aadObjectId: OWEN,
          displayName: null,
          person: owen,
          roleIds: owen.roleIds,
          isSecretary: false,
          isBoardMember: true,
        },
        where: {
          kind: 'personal',
          tenantId: 'tenant',
          conversationId: 'c',
          threadKey: 'c',
          organisationId: null,
          conversation: null,
        },
        input: { kind: 'text', text: 'stop briefs' },
        now: new Date('2027-03-01T10:00:00Z'),
      },
      { kind: 'stop' },
    );
    at('2027-03-26T10:00:00Z');
    const [job] = await instance().queueDue();
    assert.ok(!job!.targets.some((t) => t.personId === owen.id), 'Owen is left out');
    assert.equal(job!.targets.length, 2);

    // The secretary moves the meeting a week later: a new brief for the new day, when it is due.
    const stored = (await store.get('meeting', 'lpt-nhft-group', 'mtg-moved'))!;
    await store.replace({ ...stored.value, startsAt: '2027-04-08T13:00:00.000Z' }, stored.etag);
    assert.deepEqual(await instance().queueDue(), [], 'not due yet for 8 April');
    at('2027-04-05T09:00:00Z');
    const [again] = await instance().queueDue();
    assert.equal(
      again?.jobId,
      briefJobId({ id: 'mtg-moved', startsAt: '2027-04-08T13:00:00.000Z' }),
    );
  });

  it("renders each target's own brief", async () => {
    const { store, instance, at } = await setUp();
    await store.create(board('mtg-render', '2027-04-01T13:00:00.000Z'));
    at('2027-03-25T09:00:00Z');
    const sender = instance();
    const [job] = await sender.queueDue();
    const priya = job!.targets.find((t) => t.label.startsWith('Priya'))!;
    const brief = await sender.render(job!, priya.personId);
    assert.equal(brief.personName, 'Priya Desai');
    assert.equal(brief.meeting.id, 'mtg-render');
    await assert.rejects(sender.render(job!, undefined), /needs a meeting and a person/);
  });
});
