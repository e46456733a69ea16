// README's "Events:" sentence names the events the GitHub App subscribes to: app.yml's
// default_events, no more and no fewer.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const root = join(import.meta.dirname, "..", "..");
const read = (path: string) => readFileSync(join(root, path), "utf8");

/** The backticked names in README's "Events: …" sentence, before "the `installation` events". */
function readmeEvents(): string[] {
  const text = read("README.md");
  const start = text.indexOf("\nEvents: ");
  const end = text.indexOf("the `installation` events", start);
  expect(start, 'README has an "Events:" sentence').toBeGreaterThan(-1);
  expect(end).toBeGreaterThan(start);
  return text
    .slice(start, end)
    .split("`")
    .filter((_, i) => i % 2 === 1);
}

describe("README's App events", () => {
  it("are app.yml's default_events", () => {
    const events = (parse(read("app.yml")) as { default_events: string[] }).default_events;
    expect(events.length).toBeGreaterThan(0);
    expect(readmeEvents().sort()).toEqual([...events].sort());
  });
});
