// A real OpenID Connect provider for tests (the `oidc-provider` package, a certified
// implementation): one client, the development login form (any name; the name typed is the
// person's e-mail) and its consent page. Never a mock: discovery, PKCE, state, nonce, signed ID
// tokens and the code exchange are the real protocol.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import Provider from 'oidc-provider';

export interface TestProvider {
  issuer: string;
  close(): Promise<void>;
}

/** A free TCP port on this computer, for a provider that must be known before it starts. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts the provider at http://localhost:<port>/ (localhost, not 127.0.0.1: another site than
 * the app's, as a real provider is). `emailVerified: false` makes it vouch for no e-mail.
 */
export async function startTestProvider(opts: { port: number; clientId: string; clientSecret: string; redirectUri: string; emailVerified?: boolean }): Promise<TestProvider> {
  const issuer = `http://localhost:${opts.port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: opts.clientId,
        client_secret: opts.clientSecret,
        redirect_uris: [opts.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    findAccount: async (_ctx: unknown, id: string) => ({
      accountId: id,
      claims: async () => ({ sub: id, email: id, email_verified: opts.emailVerified ?? true, name: id }),
    }),
    pkce: { required: () => true },
    cookies: { keys: ['keten-planner-test-provider'] },
    features: { devInteractions: { enabled: true } },
  });
  const server: Server = await new Promise((resolve) => {
    const s = provider.listen(opts.port, () => resolve(s));
  });
  return {
    issuer: `${issuer}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections?.();
      }),
  };
}
