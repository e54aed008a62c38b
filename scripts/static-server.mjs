// Serves a built Karibu (dist/) on 127.0.0.1 with no dependencies, as a static host
// should (README, "Publishing on a static host"): the right MIME types for wasm and the
// manifest, index.html for every app route under the base so deep links and reloads
// work, and the headers a meta tag cannot set. Used by scripts/serve.sh, the end-to-end
// tests and the benchmark.
//   node scripts/static-server.mjs [dist] [port] [--prefix /karibu/]
import { createServer } from "node:http";
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { extname, join, normalize, resolve, basename } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

// Trunk's content-hashed names (karibu-1a2b….js, karibu-…_bg.wasm, main-….css) and the
// build's boot-….js never change content, so they may be cached for good.
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.[a-z0-9]+$/;

/// The page's own policy (index.html's meta tag), plus what only a header can say:
/// no framing by other sites.
function policyOf(root) {
  try {
    const html = readFileSync(join(root, "index.html"), "utf-8");
    const meta = html.match(/http-equiv="Content-Security-Policy"\s+content="([^"]+)"/);
    if (meta) return `${meta[1]}; frame-ancestors 'none'`;
  } catch {
    // No build yet: the fallback below still forbids everything foreign.
  }
  return "default-src 'self'; frame-ancestors 'none'";
}

/// Serves `root` at http://host:port{prefix}, e.g. prefix "/karibu/" for a build made
/// with `scripts/build.sh --base /karibu/`.
export function serve(root, port = 8080, host = "127.0.0.1", { prefix = "/" } = {}) {
  const base = resolve(root);
  const mount = prefix.endsWith("/") ? prefix : `${prefix}/`;
  const policy = policyOf(base);
  const server = createServer(async (req, res) => {
    const common = {
      "content-security-policy": policy,
      "x-content-type-options": "nosniff",
      "referrer-policy": "no-referrer",
    };
    const pathname = new URL(req.url, "http://x").pathname;
    if (pathname === mount.slice(0, -1)) {
      // "/karibu" is the app's directory: send the browser inside it.
      res.writeHead(301, { ...common, location: mount }).end();
      return;
    }
    if (!pathname.startsWith(mount)) {
      res.writeHead(404, common).end();
      return;
    }
    let path;
    try {
      path = decodeURIComponent(pathname.slice(mount.length - 1));
    } catch {
      res.writeHead(400, common).end();
      return;
    }
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      res.writeHead(403, common).end();
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error("not a file");
    } catch {
      // An app route (/customers/abc): the router inside index.html draws it.
      file = extname(path) ? null : join(base, "index.html");
    }
    if (!file) {
      res.writeHead(404, common).end();
      return;
    }
    const body = await readFile(file);
    // index.html, sw.js and unhashed files are checked with the host on every use, so
    // a new build is found; the ETag makes that check a 304 when nothing changed.
    const etag = `"${createHash("sha1").update(body).digest("base64url")}"`;
    const headers = {
      ...common,
      "content-type": TYPES[extname(file)] || "application/octet-stream",
      "cache-control": HASHED.test(basename(file)) ? "public, max-age=31536000, immutable" : "no-cache",
      etag,
    };
    if (req.headers["if-none-match"] === etag) {
      res.writeHead(304, headers).end();
      return;
    }
    res.writeHead(200, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  });
  return new Promise((ok) => server.listen(port, host, () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const at = args.indexOf("--prefix");
  const prefix = at >= 0 ? args.splice(at, 2)[1] : "/";
  const root = args[0] || "dist";
  const port = Number(args[1] || 8080);
  await serve(root, port, "127.0.0.1", { prefix });
  console.log(`Karibu is being served at http://127.0.0.1:${port}${prefix} (Ctrl+C stops it)`);
}
