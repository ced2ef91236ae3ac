import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { AppConfig } from '../config';
import type { Logger } from '../log';

/**
 * The Bot Framework adapter. With an app id, every request's JWT is verified by the SDK; without one
 * (local mode) requests are anonymous, which is why the server then listens on loopback only.
 */
function authentication(bot: AppConfig['bot']): ConfigurationBotFrameworkAuthentication {
  return new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: bot.appId ?? '',
    MicrosoftAppPassword: bot.appPassword ?? '',
    MicrosoftAppType: bot.appType,
    MicrosoftAppTenantId: bot.tenantId ?? '',
  });
}

/**
 * The adapter for proactive sends (reminders, notifications). It has no turn-error handler, so a failed
 * send reaches the delivery engine to be classified, retried and recorded.
 */
export function createProactiveAdapter(bot: AppConfig['bot']): CloudAdapter {
  return new CloudAdapter(authentication(bot));
}

export function createAdapter(bot: AppConfig['bot'], log: Logger): CloudAdapter {
  const adapter = new CloudAdapter(authentication(bot));
  adapter.onTurnError = async (context, error) => {
    log.error(
      { activityId: context.activity?.id, err: error.message, stack: error.stack },
      'unhandled error in a turn',
    );
    try {
      await context.sendActivity('Sorry, something went wrong on my side. Please try again.');
    } catch {
      // The conversation may be gone; the error is logged.
    }
  };
  return adapter;
}
