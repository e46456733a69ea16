import { describe, expect, it } from "vitest";
import type { ActionInputs } from "../../src/action/inputs.js";
import { parseAlert } from "../../src/action/parse-alert.js";
import { type RouteInput, routeEvent } from "../../src/action/route-event.js";

const sender = { login: "octocat", type: "User" };

function input(over: Partial<RouteInput> & { mode?: ActionInputs["mode"] } = {}): RouteInput {
  const { mode = "auto", ...rest } = over;
  return { eventName: "issues", payload: {}, inputs: { mode }, actor: "runner-actor", ...rest };
}

describe("routeEvent, mode auto", () => {
  it("hands issues and issue_comment events to the webhook handler unchanged", () => {
    const payload = { action: "labeled", issue: { number: 7 }, sender };
    expect(routeEvent(input({ eventName: "issues", payload }))).toEqual({
      kind: "webhook",
      name: "issues",
      payload,
    });
    const comment = { action: "created", issue: { number: 7 }, comment: { body: "/sev 1" }, sender };
    expect(routeEvent(input({ eventName: "issue_comment", payload: comment }))).toEqual({
      kind: "webhook",
      name: "issue_comment",
      payload: comment,
    });
  });

  it("fails an issues event whose payload has no issue", () => {
    const route = routeEvent(input({ eventName: "issues", payload: {} }));
    expect(route).toMatchObject({ kind: "error" });
    expect(route.kind === "error" && route.message).toMatch(/no `issue`/);
  });

  it("declares from the action inputs on workflow_dispatch", () => {
    const route = routeEvent({
      eventName: "workflow_dispatch",
      payload: { inputs: { title: "ignored", severity: "SEV4" }, sender },
      inputs: { mode: "auto", title: "Checkout down", severity: "SEV1", summary: "500s" },
      actor: "runner-actor",
    });
    expect(route).toEqual({
      kind: "declare",
      request: { title: "Checkout down", severity: "SEV1", summary: "500s", declaredBy: "octocat" },
    });
  });

  it("falls back to the workflow_dispatch trigger inputs, treating blanks as absent", () => {
    const route = routeEvent(
      input({
        eventName: "workflow_dispatch",
        payload: { inputs: { title: " Login slow ", severity: "SEV2", summary: "" } },
      }),
    );
    expect(route).toEqual({
      kind: "declare",
      request: { title: "Login slow", severity: "SEV2", declaredBy: "runner-actor" },
    });
  });

  it("fails workflow_dispatch without a title anywhere", () => {
    const route = routeEvent(
      input({ eventName: "workflow_dispatch", payload: { inputs: { severity: "SEV2" } } }),
    );
    expect(route.kind).toBe("error");
    expect(route.kind === "error" && route.message).toMatch(/needs a title.*`title` input/);
  });

  it("declares from a repository_dispatch alert with event_type incident", () => {
    const payload = {
      action: "incident",
      client_payload: {
        title: "HighErrorRate",
        severity: "SEV2",
        summary: "5xx > 5%",
        dedup_key: "alert-123",
        extra: 1,
      },
      sender: { login: "alert-bot" },
    };
    expect(routeEvent(input({ eventName: "repository_dispatch", payload }))).toEqual({
      kind: "declare",
      request: {
        title: "HighErrorRate",
        severity: "SEV2",
        summary: "5xx > 5%",
        dedupKey: "alert-123",
        declaredBy: "alert-bot",
      },
    });
  });

  it("ignores other repository_dispatch event types with a reason", () => {
    const route = routeEvent(
      input({ eventName: "repository_dispatch", payload: { action: "deploy", client_payload: {} } }),
    );
    expect(route).toEqual({ kind: "ignored", reason: expect.stringMatching(/"deploy" is not "incident"/) });
  });

  it("fails a repository_dispatch alert without a title, naming the field", () => {
    const route = routeEvent(
      input({
        eventName: "repository_dispatch",
        payload: { action: "incident", client_payload: { severity: "SEV1" } },
      }),
    );
    expect(route.kind).toBe("error");
    expect(route.kind === "error" && route.message).toMatch(/client_payload\.title is missing/);
  });

  it("sweeps on schedule: every open incident is reconciled from its history", () => {
    const route = routeEvent(input({ eventName: "schedule", payload: { schedule: "*/15 * * * *" } }));
    expect(route).toEqual({ kind: "sweep" });
  });

  it("mode sweep sweeps on any event", () => {
    expect(routeEvent({ ...input({ eventName: "push", payload: {} }), inputs: { mode: "sweep" } })).toEqual({
      kind: "sweep",
    });
  });

  it("fails unknown events, listing the supported ones", () => {
    const route = routeEvent(input({ eventName: "push", payload: {} }));
    expect(route.kind).toBe("error");
    const message = route.kind === "error" ? route.message : "";
    for (const name of ["issues", "issue_comment", "workflow_dispatch", "repository_dispatch", "schedule"]) {
      expect(message).toContain(name);
    }
    expect(message).toContain('"push"');
  });
});

describe("routeEvent, other modes", () => {
  it("mode declare declares from the inputs on any event", () => {
    const route = routeEvent({
      eventName: "push",
      payload: {},
      inputs: { mode: "declare", title: "Deploy broke prod", severity: "SEV2" },
      actor: "deployer",
    });
    expect(route).toEqual({
      kind: "declare",
      request: { title: "Deploy broke prod", severity: "SEV2", declaredBy: "deployer" },
    });
  });

  it("mode declare without a title fails", () => {
    const route = routeEvent(input({ mode: "declare", eventName: "push" }));
    expect(route.kind === "error" && route.message).toMatch(/^mode declare needs a title/);
  });

  it("mode remind sweeps (reminders are part of every sweep), mode setup sets up, mode gate gates", () => {
    const on = (mode: "remind" | "setup" | "gate", blockOn?: string) =>
      routeEvent({
        ...input({ eventName: "push", payload: {} }),
        inputs: { mode, ...(blockOn ? { blockOn } : {}) },
      });
    expect(on("remind")).toEqual({ kind: "sweep" });
    expect(on("setup")).toEqual({ kind: "setup" });
    expect(on("gate")).toEqual({ kind: "gate" });
    expect(on("gate", "SEV1")).toEqual({ kind: "gate", blockOn: "SEV1" });
  });

  it("mode status-page writes into the directory input, `status-page` by default", () => {
    const on = (directory?: string) =>
      routeEvent({
        ...input({ eventName: "schedule", payload: {} }),
        inputs: { mode: "status-page", ...(directory ? { directory } : {}) },
      });
    expect(on()).toEqual({ kind: "status-page", directory: "status-page" });
    expect(on("public/site")).toEqual({ kind: "status-page", directory: "public/site" });
  });

  it("workflow_dispatch with a drill input declares a drill", () => {
    const route = routeEvent(
      input({ eventName: "workflow_dispatch", payload: { inputs: { title: "Game day", drill: true } } }),
    );
    expect(route).toMatchObject({ kind: "declare", request: { title: "Game day", drill: true } });
  });
});

describe("parseAlert", () => {
  it("requires an object client_payload", () => {
    for (const bad of [undefined, null, "x", [1]]) {
      expect(parseAlert(bad)).toEqual({
        ok: false,
        message: expect.stringMatching(/client_payload must be an object/),
      });
    }
  });

  it("rejects fields of the wrong type, naming them", () => {
    expect(parseAlert({ title: 42 })).toEqual({
      ok: false,
      message: "client_payload.title must be a string; found 42",
    });
    expect(parseAlert({ title: "t", summary: { a: 1 } })).toEqual({
      ok: false,
      message: "client_payload.summary must be a string; found an object",
    });
    expect(parseAlert({ title: "t", dedup_key: ["a"] })).toMatchObject({ ok: false, message: /dedup_key/ });
  });

  it("accepts numbers for severity and dedup key, and drops blank optional fields", () => {
    expect(parseAlert({ title: "  t  ", severity: 2, dedup_key: 991, summary: "  " })).toEqual({
      ok: true,
      alert: { title: "t", severity: "2", dedupKey: "991" },
    });
  });

  it("treats a blank title as missing", () => {
    expect(parseAlert({ title: "   " })).toMatchObject({ ok: false, message: /title is missing/ });
  });
});
