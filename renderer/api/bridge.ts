// The renderer talks to one ApiBridge and never knows which transport is behind it:
// Electron's preload exposes `window.ketenApi`; in browser mode we speak HTTP to 127.0.0.1
// with the token the server wrote into the page.
import type { ApiBridge, AppEvent } from '../../shared/api/contract';
import { ApiError, isApiErrorData, type ApiResult } from '../../shared/api/errors';

declare global {
  interface Window {
    ketenApi?: ApiBridge;
  }
}

function readToken(): string {
  const meta = document.querySelector('meta[name="keten-token"]');
  return meta?.getAttribute('content') ?? '';
}

export function createHttpBridge(baseUrl = '', token = readToken()): ApiBridge {
  return {
    async call(name, input) {
      let res: Response;
      try {
        res = await fetch(`${baseUrl}/api/call/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Keten-Token': token },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        throw new ApiError({ code: 'internal', message: 'Geen verbinding met de Keten Planner-server.' });
      }
      let body: ApiResult<unknown> | undefined;
      try {
        body = (await res.json()) as ApiResult<unknown>;
      } catch {
        throw new ApiError({ code: 'internal', message: `Onleesbaar antwoord van de server (HTTP ${res.status}).` });
      }
      if (body && body.ok) return body.data;
      if (body && !body.ok && isApiErrorData(body.error)) throw new ApiError(body.error);
      throw new ApiError({ code: 'internal', message: `Onverwacht antwoord van de server (HTTP ${res.status}).` });
    },
    subscribe(listener) {
      const source = new EventSource(`${baseUrl}/api/events?token=${encodeURIComponent(token)}`);
      source.onmessage = (msg) => {
        try {
          listener(JSON.parse(msg.data) as AppEvent);
        } catch {
          /* a malformed event is dropped, not fatal */
        }
      };
      return () => source.close();
    },
  };
}

/** Wraps the IPC bridge so errors arrive as ApiError in both modes. */
function wrapIpc(ipc: ApiBridge): ApiBridge {
  return {
    async call(name, input) {
      const result = (await ipc.call(name, input)) as ApiResult<unknown>;
      if (result && result.ok) return result.data;
      if (result && !result.ok && isApiErrorData(result.error)) throw new ApiError(result.error);
      throw new ApiError({ code: 'internal', message: 'Onverwacht antwoord van het hoofdproces.' });
    },
    subscribe: (listener) => ipc.subscribe(listener),
  };
}

let bridge: ApiBridge | undefined;

export function getBridge(): ApiBridge {
  if (!bridge) bridge = window.ketenApi ? wrapIpc(window.ketenApi) : createHttpBridge();
  return bridge;
}

/** Tests and stories can swap the bridge. */
export function setBridge(b: ApiBridge): void {
  bridge = b;
}
