import assert from 'node:assert/strict';
import { startTestApp } from '../helpers/app';
import { channelMessage, messages, personalMessage, post } from '../helpers/botClient';
import { tempDir } from '../helpers/tempDir';

const NOW = new Date('2026-11-23T10:00:00Z');

/** A message in a group chat that @mentions the bot, as Teams sends it. */
function groupChatMessage(text: string) {
  const channel = channelMessage(text);
  return {
    ...channel,
    conversation: {
      id: '19:board-members@thread.v2',
      conversationType: 'groupChat',
      isGroup: true,
      tenantId: channel.conversation.tenantId,
    },
    channelData: { tenant: channel.channelData.tenant },
  };
}

/**
 * Teams shows a bot's typing indicator in personal and group chats only: in a channel thread it is not
 * shown (MicrosoftDocs/msteams-docs#1451), and in the Agents Playground a typing activity sent into a
 * channel thread left the thread's later replies invisible. So a channel thread gets the answer alone.
 */
describe('typing indicator by conversation (end to end over HTTP)', function () {
  this.timeout(60_000);
  let app: Awaited<ReturnType<typeof startTestApp>>;
  let temp: Awaited<ReturnType<typeof tempDir>>;

  before(async () => {
    temp = await tempDir();
    app = await startTestApp(temp.dir, {}, { clock: () => NOW });
  });
  after(async () => {
    await app.stop();
    await temp.cleanup();
  });

  const cases: [string, () => unknown, boolean][] = [
    ['a personal chat', () => personalMessage('what is BAF 1 score?'), true],
    ['a group chat', () => groupChatMessage('what is BAF 1 score?'), true],
    ['a channel thread', () => channelMessage('what is BAF 1 score?'), false],
  ];
  for (const [where, activity, typing] of cases)
    it(`${typing ? 'shows' : 'does not show'} typing in ${where}, and answers`, async () => {
      for (let turn = 1; turn <= 2; turn++) {
        const response = await post(app.url, activity());
        assert.equal(response.status, 200);
        assert.equal(
          response.replies.some((r) => r.type === 'typing'),
          typing,
          `turn ${turn}: typing ${typing ? 'expected' : 'not expected'} in ${where}`,
        );
        assert.match(messages(response)[0]?.text ?? '', /GROUP BAF 1/, `turn ${turn} answered`);
      }
    });
});
