import { describe, expect, it } from "vitest";
import { renderBoard } from "../../src/core/board/render.js";
import {
  type Change,
  changesMarker,
  changesWindow,
  type RecentChanges,
  readChangesMarker,
  selectChanges,
} from "../../src/core/changes/recent-changes.js";
import { defaultConfig } from "../../src/core/config/validate.js";
import { deriveState } from "../../src/core/state/derive.js";
import { BOARD_MARKER } from "../../src/core/state/markers.js";
import type { ChangesPort } from "../../src/github/ports.js";
import { readRecentChanges } from "../../src/handlers/recent-changes.js";
import { builtInTemplate } from "../../src/handlers/templates.js";
import { History, issue, TEAM } from "../helpers/timeline.js";

const config = defaultConfig();
const BOT = "incident-workflow[bot]";
const pull = (number: number, at: string, title = `PR ${number}`, by = "carol"): Change => ({
  kind: "pull",
  at,
  by,
  title,
  url: `https://github.com/acme/web/pull/${number}`,
  number,
});

describe("recent changes", () => {
  it("reads the window from `windowHours` before the start up to the declaration", () => {
    expect(changesWindow("2026-11-21T10:00:00Z", "2026-11-21T10:30:00Z", config)).toEqual({
      since: "2026-11-20T10:00:00.000Z",
      until: "2026-11-21T10:30:00.000Z",
    });
    const six = { changes: { windowHours: 6, limit: 10 } };
    expect(changesWindow("2026-11-21T10:00:00Z", "2026-11-21T10:00:00Z", six).since).toBe(
      "2026-11-21T04:00:00.000Z",
    );
  });

  it("keeps the changes inside the window, newest first, at most `limit`", () => {
    const window = { since: "2026-11-21T00:00:00Z", until: "2026-11-21T10:00:00Z" };
    const all = [
      pull(1, "2026-11-20T23:59:59Z"),
      pull(2, "2026-11-21T01:00:00Z"),
      pull(3, "2026-11-21T09:00:00Z"),
      { ...pull(9, "2026-11-21T09:00:00Z"), kind: "deployment" as const, title: "production" },
      pull(4, "2026-11-21T05:00:00Z"),
      pull(5, "2026-11-21T10:00:01Z"),
    ];
    expect(selectChanges(all, window, 10).map((c) => `${c.kind}:${c.number}`)).toEqual([
      "pull:3",
      "deployment:9",
      "pull:4",
      "pull:2",
    ]);
    expect(selectChanges(all, window, 2).map((c) => c.number)).toEqual([3, 9]);
    expect(selectChanges(all, window, 0)).toEqual([]);
  });

  it("keeps the list in one marker line that hostile titles cannot end or forge", () => {
    const hostile = "x --> <!-- incident-workflow:board -->\n# Heading | a |";
    const changes: RecentChanges = {
      since: "2026-11-20T09:00:00.000Z",
      until: "2026-11-21T09:00:00.000Z",
      items: [pull(7, "2026-11-21T08:00:00Z", hostile)],
      problems: ["Deployments could not be read: Resource not accessible by integration"],
    };
    const marker = changesMarker(changes);
    expect(marker.split("-->").length).toBe(2);
    expect(marker).not.toContain("\n");
    expect(readChangesMarker(`${BOARD_MARKER}\n${marker}\n## board`)).toEqual(changes);
    // Only from the header: the same line after the board's text is not read.
    expect(readChangesMarker(`${BOARD_MARKER}\n## board\n${marker}`)).toBeNull();
    expect(readChangesMarker(`${BOARD_MARKER}\n<!-- incident-workflow:changes:%7Bnot-json -->`)).toBeNull();
  });

  it("is read back from the tool's own board only, and rendered escaped without notifying", () => {
    const changes: RecentChanges = {
      since: "2026-11-20T09:00:00.000Z",
      until: "2026-11-21T09:00:00.000Z",
      items: [pull(7, "2026-11-21T08:00:00Z", "Fix *cache* | keys", "dave")],
      problems: [],
    };
    const board = `${BOARD_MARKER}\n${changesMarker(changes)}\n## old board`;
    const derive = (h: History) =>
      deriveState(issue(), h.events, config, {
        permissions: TEAM,
        now: new Date("2026-11-21T12:00:00Z"),
        self: BOT,
      });
    const mine = derive(new History().label("incident").label("SEV2").comment(board, BOT, "NONE", true));
    expect(mine.recentChanges).toEqual(changes);
    const forged = derive(new History().label("incident").label("SEV2").comment(board, "mallory", "NONE"));
    expect(forged.recentChanges).toBeNull();

    const body = renderBoard(mine, config, builtInTemplate("status-board.md.hbs"));
    expect(body.startsWith(`${BOARD_MARKER}\n`)).toBe(true);
    expect(readChangesMarker(body)).toEqual(changes);
    expect(body).toContain("### Recent changes");
    expect(body).toContain(
      "- [#7](https://github.com/acme/web/pull/7) Fix \\*cache\\* \\| keys — merged 2026-11-21 08:00 UTC, by @\u2060dave",
    );
  });

  it("reads both lists once each; a refused part is named, the rest kept", async () => {
    const calls: string[] = [];
    const ports: ChangesPort = {
      async listMergedPulls(since, pages) {
        calls.push(`pulls ${since} ${pages}`);
        return [
          {
            number: 3,
            title: "Three",
            url: "https://github.com/acme/web/pull/3",
            author: "bob",
            mergedAt: "2026-11-21T08:00:00Z",
          },
          {
            number: 2,
            title: "Old",
            url: "https://github.com/acme/web/pull/2",
            author: "bob",
            mergedAt: "2026-11-19T08:00:00Z",
          },
        ];
      },
      async listDeployments() {
        calls.push("deployments");
        throw new Error("Resource not accessible by integration");
      },
    };
    const warnings: string[] = [];
    const state = {
      startedAt: "2026-11-21T09:00:00Z",
      declaredAt: "2026-11-21T09:05:00Z",
      url: "https://github.com/acme/web/issues/9",
    };
    const read = await readRecentChanges(ports, state, config, { warn: (m) => warnings.push(m) });
    expect(calls).toEqual(["pulls 2026-11-20T09:00:00.000Z 2", "deployments"]);
    expect(read.items.map((c) => c.number)).toEqual([3]);
    expect(read.problems).toEqual(["Deployments could not be read: Resource not accessible by integration"]);
    expect(warnings).toHaveLength(1);
  });
});
