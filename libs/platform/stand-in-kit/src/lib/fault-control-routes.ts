import { z } from 'zod';
import type { PendingFailure } from './failure-queue';
import { failureRule, type FailureRule } from './failure-rule';
import { reply } from './json-http';
import type { ApiRequest, Route } from './routes';

/** The body of `POST /_control/latency`. */
export const latencyRule = z.object({ ms: z.number().int().min(0).max(120_000) });

export interface FaultControl {
  failNext(rule: FailureRule): void;
  failures(): PendingFailure[];
  clearFailures(): void;
  setLatency(ms: number): void;
  latency(): number;
}

/** Reads a request's body with the stand-in's own parsing and validation errors. */
export type ReadBody = <T extends z.ZodType>(schema: T, request: ApiRequest) => z.infer<T>;

/** `GET|POST|DELETE /_control/failures` and `POST /_control/latency`, the controls every stand-in has. */
export function faultControlRoutes(control: FaultControl, read: ReadBody): Route[] {
  return [
    ['GET', /^\/_control\/failures$/, () => reply(200, { failures: control.failures() })],
    [
      'POST',
      /^\/_control\/failures$/,
      (request) => {
        control.failNext(read(failureRule, request));
        return reply(200, { failures: control.failures() });
      },
    ],
    [
      'DELETE',
      /^\/_control\/failures$/,
      () => {
        control.clearFailures();
        return reply(200, { failures: [] });
      },
    ],
    [
      'POST',
      /^\/_control\/latency$/,
      (request) => {
        control.setLatency(read(latencyRule, request).ms);
        return reply(200, { latencyMs: control.latency() });
      },
    ],
  ];
}

/** `POST /_control/webhook`: where events go from now on (`null` turns delivery off); answers with the URL, never the secret. */
export function webhookControlRoute<T extends { url: unknown }>(read: (request: ApiRequest) => T | null, setWebhook: (target: T | null) => void): Route {
  return [
    'POST',
    /^\/_control\/webhook$/,
    (request) => {
      const target = read(request);
      setWebhook(target);
      return reply(200, { webhook: target ? { url: target.url } : null });
    },
  ];
}
