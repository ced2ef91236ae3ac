import { createProactiveAdapter } from '../../src/bot/adapter';
import { TeamsSender } from '../../src/bot/teamsSender';

/**
 * The real proactive sender (Bot Framework SDK) without an app identity, as in local mode: messages go
 * unauthenticated to each conversation's service URL, here the fake Bot Connector.
 */
export function localSender(timeoutMs?: number): TeamsSender {
  return new TeamsSender(
    createProactiveAdapter({
      appId: undefined,
      appPassword: undefined,
      appType: 'MultiTenant',
      tenantId: undefined,
    }),
    '',
    timeoutMs,
  );
}
