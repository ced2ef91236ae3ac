/**
 * Links into Teams. A chat with a bot is opened by its app id prefixed "28:", and `message` puts text in
 * the compose box ready to send (learn.microsoft.com, "Deep link to a Teams chat": start a new chat;
 * the same form Microsoft documents for handing off to a bot: users=28:<botId>).
 */
export function chatWithBoardClerk(botAppId: string, message: string): string {
  return `https://teams.microsoft.com/l/chat/0/0?users=28:${encodeURIComponent(botAppId)}&message=${encodeURIComponent(message)}`;
}
