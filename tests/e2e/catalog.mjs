// The app's own message files, read so tests find controls by their accessible names
// in every language, and know which English words must not show through.
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const LOCALES = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "src", "i18n", "locales");

/// Every message of a language: key → text, with a plural message given as its
/// `*[other]` variant (tests only need the words).
export function messages(code) {
  const out = new Map();
  let key = null;
  for (const line of readFileSync(join(LOCALES, `${code}.ftl`), "utf8").split("\n")) {
    const m = line.match(/^([A-Za-z]\w*) = ?(.*)$/);
    if (m) {
      key = m[1];
      out.set(key, m[2]);
    } else if (key && /^\s+\*\[other\]/.test(line)) {
      out.set(key, line.replace(/^\s+\*\[other\]\s*/, ""));
    } else if (key && /^\s/.test(line) && !out.get(key)) {
      out.set(key, line.trim());
    }
  }
  return out;
}

/// A message with its `{ $name }` placeholders filled in.
export function t(code, key, args = {}) {
  const text = messages(code).get(key);
  if (text === undefined) throw new Error(`${key} is not in ${code}.ftl`);
  return text.replace(/\{ \$(\w+) \}/g, (_, name) => String(args[name] ?? ""));
}

/// Escapes text for use inside a RegExp.
export const literally = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/// Words of the English interface (four letters or more) that the other language's
/// file does not itself use: any of them on a page means a string escaped translation.
export function englishOnlyWords(code) {
  const words = (text) => new Set((text.toLowerCase().match(/[a-z]{4,}/g) || []));
  const english = new Set();
  for (const text of messages("en").values()) for (const w of words(text.replace(/\{[^}]*\}/g, ""))) english.add(w);
  const theirs = new Set();
  for (const text of messages(code).values()) for (const w of words(text)) theirs.add(w);
  return [...english].filter((w) => !theirs.has(w));
}
