/**
 * A fact that happened in one service, told to the others. Handlers may receive an event more than once
 * (at-least-once delivery), so every event carries an id that handlers use to ignore repeats.
 */
export interface DomainEvent<TType extends string = string, TPayload = unknown> {
  readonly id: string;
  readonly type: TType;
  /** The service that published it. */
  readonly source: string;
  readonly occurredAt: string;
  readonly payload: TPayload;
}
