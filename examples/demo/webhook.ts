/**
 * A local webhook for Notificaties: a node:http server on loopback running the SDK's
 * `createNotificationHandler` through `toNodeListener`, collecting what it receives.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createNotificationHandler } from "../../src/generated/notificaties/index.js";
import { toNodeListener } from "../../src/node/index.js";

/** One notification as the webhook received it. */
export interface Received {
  readonly kanaal: string;
  readonly resource: string;
  readonly actie: string;
  readonly resourceUrl: string;
}

/** A running webhook. */
export interface Webhook {
  readonly url: string;
  /** The Authorization value the NRC must send (the abonnement's `auth`). */
  readonly authorization: string;
  readonly received: Received[];
  /** Resolves once `count` notifications for `kanaal` arrived (or after `ms`). */
  waitFor(predicate: (all: readonly Received[]) => boolean, ms: number): Promise<boolean>;
  close(): Promise<void>;
}

/** Starts the webhook on 127.0.0.1 and a free port. */
export async function startWebhook(): Promise<Webhook> {
  const authorization = `Bearer ${crypto.randomUUID()}`;
  const received: Received[] = [];
  const waiting = new Set<() => void>();
  const handler = createNotificationHandler({
    authorization,
    onNotification: ({ notificatie }) => {
      // Open Notificaties checks a new abonnement with a test notificatie: not part of the walk.
      if (notificatie.kanaal === "test") return;
      received.push({ kanaal: notificatie.kanaal, resource: notificatie.resource, actie: notificatie.actie, resourceUrl: notificatie.resourceUrl });
      for (const wake of waiting) wake();
    },
  });
  const server = createServer(toNodeListener(handler));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/notificaties`,
    authorization,
    received,
    waitFor(predicate, ms) {
      if (predicate(received)) return Promise.resolve(true);
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          waiting.delete(check);
          resolve(false);
        }, ms);
        const check = (): void => {
          if (!predicate(received)) return;
          clearTimeout(timer);
          waiting.delete(check);
          resolve(true);
        };
        waiting.add(check);
      });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
