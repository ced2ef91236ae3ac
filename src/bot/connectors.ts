import type { Activity } from 'botbuilder';
import {
  type AuthenticateRequestResult,
  AuthenticationConstants,
  BotFrameworkAuthentication,
  type BotFrameworkClient,
  type ClaimsIdentity,
  type ConnectorClient,
  ConnectorFactory,
  type UserTokenClient,
} from 'botframework-connector';
import { boundConnector } from './outbound';

/** Connector clients kept (one per bot, service URL and audience: a handful in practice). */
const MOST_CLIENTS = 100;

/** The bot a request is for, as the SDK's own factory reads it from the claims. */
function appIdOf(identity: ClaimsIdentity): string {
  return (
    identity.getClaimValue(AuthenticationConstants.AudienceClaim) ??
    identity.getClaimValue(AuthenticationConstants.AppIdClaim) ??
    ''
  );
}

/** A bounded map of promises, forgetting one that fails (so the next caller tries again). */
class Kept<V> {
  private readonly values = new Map<string, Promise<V>>();

  get(key: string, make: () => Promise<V>): Promise<V> {
    let value = this.values.get(key);
    if (!value) {
      if (this.values.size >= MOST_CLIENTS) this.values.clear();
      value = make();
      this.values.set(key, value);
      value.catch(() => {
        if (this.values.get(key) === value) this.values.delete(key);
      });
    }
    return value;
  }
}

/**
 * The SDK's authentication, with the clients it makes for outbound calls shared between turns. The SDK
 * builds a connector client (an HTTP pipeline of a dozen policies) and a token client for every
 * activity, whether or not the turn calls out; they hold no state of the turn (the credentials fetch and
 * refresh the bot's token themselves), so one per bot, service URL and audience serves every turn.
 * Each is bounded once (`boundConnector`); the bounds applied are those of the turn making the call.
 */
export class SharingAuthentication extends BotFrameworkAuthentication {
  private readonly connectors = new Kept<ConnectorClient>();
  private readonly tokenClients = new Kept<UserTokenClient>();

  constructor(private readonly inner: BotFrameworkAuthentication) {
    super();
  }

  async authenticateRequest(
    activity: Activity,
    authHeader: string,
  ): Promise<AuthenticateRequestResult> {
    return this.sharing(await this.inner.authenticateRequest(activity, authHeader));
  }

  async authenticateStreamingRequest(
    authHeader: string,
    channelIdHeader: string,
  ): Promise<AuthenticateRequestResult> {
    return this.sharing(await this.inner.authenticateStreamingRequest(authHeader, channelIdHeader));
  }

  createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.sharedFactory(this.inner.createConnectorFactory(claimsIdentity), claimsIdentity);
  }

  createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.tokenClients.get(appIdOf(claimsIdentity), () =>
      this.inner.createUserTokenClient(claimsIdentity),
    );
  }

  override createBotFrameworkClient(): BotFrameworkClient {
    return this.inner.createBotFrameworkClient();
  }

  override getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return this.inner.authenticateChannelRequest(authHeader);
  }

  private sharing(result: AuthenticateRequestResult): AuthenticateRequestResult {
    const made = result.connectorFactory;
    return made
      ? { ...result, connectorFactory: this.sharedFactory(made, result.claimsIdentity) }
      : result;
  }

  private sharedFactory(made: ConnectorFactory, identity: ClaimsIdentity): ConnectorFactory {
    const appId = appIdOf(identity);
    const connectors = this.connectors;
    return new (class extends ConnectorFactory {
      create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
        return connectors.get(`${appId}|${serviceUrl}|${audience ?? ''}`, async () =>
          boundConnector(await made.create(serviceUrl, audience)),
        );
      }
    })();
  }
}
