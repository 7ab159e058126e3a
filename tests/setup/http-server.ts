// The Express app in-process on a loopback port, for HTTP-level tests.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createApp } from "../../server/app";
import type { AppDeps } from "../../server/app-deps";
import { CLIENT_DIR } from "../../server/start-server";

/** `makeDeps` receives the server's URL, which better-auth needs as its base URL. */
export async function listen(makeDeps: (url: string) => AppDeps): Promise<{ url: string; deps: AppDeps; close(): Promise<void> }> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const deps = makeDeps(url);
  server.on("request", createApp(deps, { clientDir: CLIENT_DIR }));
  return {
    url,
    deps,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
