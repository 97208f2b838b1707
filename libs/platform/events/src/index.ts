export { defineEventHandler, type EventHandler, type EventPublisher, type HandlerContext, handlerQueueName, type JobContext, type JobDefinition } from './lib/definitions';
export type { DomainEvent } from './lib/domain-event';
export { EventBus, type PublishOptions } from './lib/event-bus';
export { eventsMigrationSet, PGBOSS_SCHEMA } from './lib/events.migrations';
export { purgeProcessedEventsJob } from './lib/maintenance.jobs';
export { handleOnce, startWorker, type WorkerOptions } from './lib/worker';
