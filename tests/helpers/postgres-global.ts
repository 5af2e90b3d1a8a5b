/** vitest globalSetup: one PostgreSQL cluster for every test file of the run (see postgres.ts). */
import type { TestProject } from 'vitest/node';
import { type Cluster, removeCluster, startCluster } from './postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: { host: string; port: number };
  }
}

let cluster: Cluster | undefined;

export async function setup(project: TestProject): Promise<void> {
  cluster = await startCluster();
  project.provide('postgres', { host: cluster.host, port: cluster.port });
}

export function teardown(): void {
  if (cluster !== undefined) removeCluster(cluster);
}
