// Reads a file exported by Chapterwise with a third-party reader and
// prints what it read as JSON, for the Go tests to compare with what was
// exported:
//   node read.mjs apkg FILE   (anki-reader)  {"decks":[{"name", "cards":[{fields}]}]}
//   node read.mjs gift FILE   (gift-pegjs)   the parser's questions
// The packages live outside the repository, in $CHAPTERWISE_READERS
// (scripts/readers/install.sh puts them there).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const dir = process.env.CHAPTERWISE_READERS;
if (!dir) {
  console.error("set CHAPTERWISE_READERS to the folder holding node_modules");
  process.exit(2);
}
const [kind, file] = process.argv.slice(2);
const bytes = readFileSync(file);

if (kind === "apkg") {
  const url = pathToFileURL(join(dir, "node_modules/anki-reader/lib/src/index.js"));
  const { readAnkiPackage } = await import(url.href);
  const { collection } = await readAnkiPackage(new Blob([bytes]));
  const decks = Object.values(collection.getDecks()).map((d) => ({
    name: d.getName(),
    cards: Object.values(d.getCards()).map((c) => ({ fields: c.getFields() })),
  }));
  console.log(JSON.stringify({ decks }));
} else if (kind === "gift") {
  const require = createRequire(join(dir, "package.json"));
  const gift = require("gift-pegjs");
  const parse = gift.parse ?? gift;
  console.log(JSON.stringify(parse(bytes.toString("utf8"))));
} else {
  console.error("usage: node read.mjs apkg|gift FILE");
  process.exit(2);
}
