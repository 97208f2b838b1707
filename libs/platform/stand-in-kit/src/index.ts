export { FailureQueue, pathMatches, type PendingFailure } from './lib/failure-queue';
export { type FailureMode, failureRule, type FailureRule } from './lib/failure-rule';
export { Holds } from './lib/holds';
export { canonicalJson, escapeHtml, fieldErrors, parseJsonBody, readBody, type Reply, reply, send, sendHtml, validateBody } from './lib/json-http';
export { closeServer, listen } from './lib/listen';
export { faultControlRoutes, type FaultControl, latencyRule, type ReadBody } from './lib/fault-control-routes';
export { type ApiRequest, type Handler, type Route, router, type RouteMisses } from './lib/routes';
export { type SeenRequest, seeRequest } from './lib/seen-request';
