// Serves a built Karibu (dist/) on 127.0.0.1 with no dependencies: the right MIME types
// for wasm and the manifest, and index.html for every app route so deep links and
// reloads work. Used by scripts/serve.sh, the end-to-end tests and the benchmark.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

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
};

export function serve(root, port = 8080, host = "127.0.0.1") {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error("not a file");
    } catch {
      // An app route (/customers/abc): the router inside index.html draws it.
      file = extname(path) ? null : join(base, "index.html");
    }
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    const body = await readFile(file);
    res.writeHead(200, {
      "content-type": TYPES[extname(file)] || "application/octet-stream",
      "cache-control": file.endsWith("sw.js") || file.endsWith(".html") ? "no-cache" : "public, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
    });
    res.end(body);
  });
  return new Promise((ok) => server.listen(port, host, () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2] || "dist";
  const port = Number(process.argv[3] || 8080);
  await serve(root, port);
  console.log(`Karibu is being served at http://127.0.0.1:${port}/ (Ctrl+C stops it)`);
}
