/** Types of distributed.mjs, for the tests that drive it. */

export interface DistributedProcess {
  readonly name: string;
  /** Its own address on loopback. */
  readonly url: string;
  /** Starts it again (same port, same settings) and waits until it serves. */
  start(): Promise<void>;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export interface DistributedShop {
  /** PUBLIC_URL: where a browser opens the shop (the edge). */
  readonly url: string;
  /** The edge on 127.0.0.1. */
  readonly edgeUrl: string;
  readonly databaseUrl: string;
  readonly processes: Readonly<Record<string, DistributedProcess>>;
  stop(): Promise<void>;
}

export declare function startDistributed(options?: { env?: Record<string, string | undefined>; echo?: boolean }): Promise<DistributedShop>;
