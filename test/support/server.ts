/**
 * A real static web server for end-to-end tests: nginx (Debian's package) on loopback, serving a built
 * site at the root or under a sub-path with the headers of deploy/nginx.conf, exactly as a publisher
 * would configure it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export interface StaticServer {
  /** The site's base URL, ending in `/` (e.g. `http://127.0.0.1:41234/kamervragen/`). */
  url: string;
  /** The server's origin, e.g. `http://127.0.0.1:41234`. */
  origin: string;
  stop(): Promise<void>;
}

/** Debian puts nginx in /usr/sbin, which is not on every user's PATH. */
const NGINX = existsSync("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx";

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => done(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function waitForPort(port: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited with code ${child.exitCode}`);
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error("nginx did not start listening within 10 s");
}

/** Serves `siteDir` with nginx at `pathPrefix` (`/` or `/kamervragen/`). */
export async function serveSite(siteDir: string, pathPrefix = "/"): Promise<StaticServer> {
  const work = await mkdtemp(join(tmpdir(), "kamervragen-nginx-"));
  // nginx's workers run as an unprivileged user: the folders it serves must be readable by others.
  await chmod(work, 0o755);
  await chmod(siteDir, 0o755);
  const www = join(work, "www");
  await mkdir(www);
  const prefix = pathPrefix.replace(/^\/+|\/+$/gu, "");
  if (prefix === "") {
    await rm(www, { recursive: true });
    await symlink(resolve(siteDir), www);
  } else {
    await symlink(resolve(siteDir), join(www, prefix));
  }
  const port = await freePort();
  const notFound = prefix === "" ? "/404.html" : `/${prefix}/404.html`;
  const conf = `
daemon off;
pid ${work}/nginx.pid;
error_log ${work}/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${work}/body;
  proxy_temp_path ${work}/proxy;
  fastcgi_temp_path ${work}/fastcgi;
  uwsgi_temp_path ${work}/uwsgi;
  scgi_temp_path ${work}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${www};
    include ${resolve("deploy/nginx.conf")};
    error_page 404 ${notFound};
  }
}
`;
  await writeFile(join(work, "nginx.conf"), conf);
  const child = spawn(NGINX, ["-c", join(work, "nginx.conf"), "-p", work], { stdio: ["ignore", "ignore", "pipe"] });
  await waitForPort(port, child);
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}/${prefix === "" ? "" : `${prefix}/`}`,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGQUIT");
        await exited;
      }
      await rm(work, { recursive: true, force: true });
    },
  };
}
