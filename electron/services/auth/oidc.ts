// Single sign-on with the organisation's OpenID Connect provider (for example Entra ID), issue 12.
// The authorization code flow with PKCE, state and nonce (openid-client v6). The provider only
// says who someone is (their e-mail); the account with that e-mail, and so the role, is the app's.
import { randomBytes } from 'node:crypto';
import * as client from 'openid-client';

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The organisation's name on the login button: "Inloggen met <name>". */
  name: string;
}

interface Flow {
  verifier: string;
  state: string;
  nonce: string;
  redirectUri: string;
  expires: number;
}

export type OidcOutcome = { ok: true; email: string } | { ok: false; reason: 'expired' | 'failed' | 'no-email' };

const FLOW_MS = 10 * 60_000;

/** Plain HTTP is accepted only for a provider on this computer (tests, trying it out). */
function isLocal(url: URL): boolean {
  return url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
}

export function createOidc(settings: OidcSettings, opts: { clock?: () => number; log?: (message: string) => void } = {}) {
  const clock = opts.clock ?? Date.now;
  const issuer = new URL(settings.issuer);
  let config: Promise<client.Configuration> | null = null;
  const flows = new Map<string, Flow>();

  // Discovered at the first login, not at start: the server starts even while the provider is away.
  const configuration = (): Promise<client.Configuration> => {
    config ??= client
      .discovery(
        issuer,
        settings.clientId,
        settings.clientSecret,
        undefined,
        isLocal(issuer) && issuer.protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((err: unknown) => {
        config = null;
        throw err;
      });
    return config;
  };

  return {
    name: settings.name,
    /** Where the sign-in page lives; published so the desktop app lets its window go there (electron/shell.ts). */
    issuerOrigin: issuer.origin,

    /** Where to send the browser, and the id of this login attempt (kept in a short-lived cookie). */
    async start(redirectUri: string): Promise<{ url: string; flowId: string }> {
      const now = clock();
      for (const [k, f] of flows) if (f.expires <= now) flows.delete(k);
      const cfg = await configuration();
      const verifier = client.randomPKCECodeVerifier();
      const flow: Flow = { verifier, state: client.randomState(), nonce: client.randomNonce(), redirectUri, expires: now + FLOW_MS };
      const flowId = randomBytes(24).toString('base64url');
      flows.set(flowId, flow);
      if (flows.size > 10_000) flows.delete(flows.keys().next().value!);
      const url = client.buildAuthorizationUrl(cfg, {
        redirect_uri: redirectUri,
        scope: 'openid email profile',
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        state: flow.state,
        nonce: flow.nonce,
      });
      return { url: url.href, flowId };
    },

    /** The provider sent the browser back: exchange the code, check state and nonce, read the e-mail. */
    async finish(flowId: string | undefined, currentUrl: URL): Promise<OidcOutcome> {
      const flow = flowId ? flows.get(flowId) : undefined;
      if (flowId) flows.delete(flowId);
      if (!flow || flow.expires <= clock()) return { ok: false, reason: 'expired' };
      try {
        const cfg = await configuration();
        const tokens = await client.authorizationCodeGrant(cfg, currentUrl, {
          pkceCodeVerifier: flow.verifier,
          expectedState: flow.state,
          expectedNonce: flow.nonce,
          idTokenExpected: true,
        });
        const claims = tokens.claims();
        if (!claims) return { ok: false, reason: 'failed' };
        let email: unknown = claims.email;
        let verified: unknown = claims.email_verified;
        // Many providers put the e-mail only in the UserInfo answer, not in the ID token.
        if (typeof email !== 'string' || !email.trim()) {
          const info = await client.fetchUserInfo(cfg, tokens.access_token, claims.sub);
          email = info.email;
          verified = info.email_verified;
        }
        if (typeof email !== 'string' || !email.trim() || verified === false) return { ok: false, reason: 'no-email' };
        return { ok: true, email: email.trim() };
      } catch (err) {
        // The reason goes to the server's log (never a token); the user gets one sentence.
        opts.log?.(`Inloggen via ${settings.name} mislukt: ${err instanceof Error ? err.message : String(err)}`);
        return { ok: false, reason: 'failed' };
      }
    },
  };
}

export type Oidc = ReturnType<typeof createOidc>;
