import type { Request, Response } from 'express';
import type { Graph } from '../../graph/driver.ts';

export const HEALTH_TIMEOUT_MS = 2000;

/** GET /health: 200 {database: 'up'} when Neo4j answers, else 503 {database: 'down'}; always quick. */
export function healthHandler(graph: Graph) {
  return async (_req: Request, res: Response): Promise<void> => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), HEALTH_TIMEOUT_MS);
    });
    try {
      await Promise.race([graph.verify(), timeout]);
      res.status(200).json({ status: 'ok', database: 'up' });
    } catch {
      res.status(503).json({ status: 'degraded', database: 'down' });
    } finally {
      clearTimeout(timer);
    }
  };
}
