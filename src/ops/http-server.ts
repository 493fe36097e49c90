import { createServer } from 'node:http';
import { listen, type ListeningServer } from '#src/channels/http-listen.js';
import type { HealthReport } from './health.js';
import type { Metrics } from './metrics.js';

/**
 * HTTP_PORT: `/healthz` (200 "ok", or 503 with the reasons, one a line) and `/metrics` (the
 * Prometheus text format). Nothing else is served; both are read-only and carry no secret.
 */
export interface OpsServerDeps {
  metrics: Metrics;
  health(): Promise<HealthReport>;
}

export async function startOpsServer(deps: OpsServerDeps, port: number, host?: string): Promise<ListeningServer> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const send = (status: number, type: string, body: string) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'text/plain; charset=utf-8', 'Chỉ nhận GET.\n');
    const answer = async () => {
      if (path === '/healthz') {
        const report = await deps.health();
        return report.healthy
          ? send(200, 'text/plain; charset=utf-8', 'ok\n')
          : send(503, 'text/plain; charset=utf-8', `${report.reasons.join('\n')}\n`);
      }
      if (path === '/metrics') return send(200, deps.metrics.contentType, await deps.metrics.render());
      return send(404, 'text/plain; charset=utf-8', 'Không có trang này. Dùng /healthz hoặc /metrics.\n');
    };
    answer().catch((error: unknown) =>
      send(500, 'text/plain; charset=utf-8', `${error instanceof Error ? error.message : String(error)}\n`),
    );
  });
  return listen(server, port, host);
}
