// Issue 19's contract: an alert endpoint whose secret is not set is off. The app as deployed with
// only the PagerDuty secret (the bearer token empty, as an unset secret in a deployment often is):
// the token's endpoints answer 404 and write nothing, whatever credential is sent; PagerDuty's works.
import { describe, expect, it } from "vitest";
import type { Emulator } from "../../src/emulator/index.js";
import {
  aroundAlertApp,
  fixture,
  incidents,
  postAlert,
  quiet,
  reached,
  TOKEN,
  writes,
} from "./alerts-harness.js";
import type { AppProcess } from "./server-harness.js";

let emu: Emulator;
let app: AppProcess;

aroundAlertApp(
  (started, process) => {
    emu = started;
    app = process;
  },
  // Only the PagerDuty secret: the bearer token empty, as an unset secret in a deployment often is.
  { INCIDENT_WORKFLOW_ALERT_TOKEN: "" },
);

describe("an endpoint whose secret is not set", () => {
  it.each([
    ["alertmanager", fixture("alertmanager-v4.json")],
    ["grafana", fixture("grafana.json")],
    ["generic", { title: "Checkout down" }],
  ])("%s answers 404, with or without a token, and writes nothing", async (source, body) => {
    const mark = emu.mark();
    for (const token of [TOKEN, "", null]) {
      const answer = await postAlert(app.url, source, body, { token });
      expect(answer).toEqual({ status: 404, text: `not found (the ${source} alert endpoint is off)\n` });
    }
    await quiet(emu);
    expect(writes(emu.requestsSince(mark))).toEqual([]);
    expect(incidents(emu)).toEqual([]);
  });

  it("while the endpoint whose secret is set works", async () => {
    expect((await postAlert(app.url, "pagerduty", fixture("pagerduty-v3.json"))).status).toBe(202);
    await reached(
      "an incident",
      () => incidents(emu).length,
      (n) => n === 1,
    );
  }, 60_000);
});
