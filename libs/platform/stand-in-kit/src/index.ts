export { FailureQueue, pathMatches, type PendingFailure } from './lib/failure-queue';
export { type FailureMode, failureRule, type FailureRule } from './lib/failure-rule';
export { Holds } from './lib/holds';
export { canonicalJson, escapeHtml, fieldErrors, parseJsonBody, readBody, type Reply, reply, send, sendHtml, validateBody } from './lib/json-http';
export { closeServer, listen } from './lib/listen';
