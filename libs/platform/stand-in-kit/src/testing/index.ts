export { jsonClient, type JsonResponse } from './json-client';
export { type StandInProcess, startStandInProcess } from './stand-in-process';
