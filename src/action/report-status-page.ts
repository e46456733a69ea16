/**
 * What the Action reports for `mode: status-page`: what it read, what the page shows, the files it
 * wrote, and a warning per maintenance issue it could not publish. Pure orchestration over the host.
 */
import type { StatusPageBuilt } from "../handlers/status-page.js";
import { describeError } from "./describe-error.js";
import type { ActionHost } from "./execute.js";
import type { ActionInputs } from "./inputs.js";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The job summary (Markdown): the headline, what is shown, the files. Public facts only. */
export function renderStatusPageSummary(built: StatusPageBuilt): string {
  const { view } = built;
  return [
    "### Incident Workflow: status page",
    "",
    `**${view.overall.text}**: ${plural(view.incidents.length, "open incident")}, ` +
      `${plural(view.maintenance.filter((m) => m.status !== "completed").length, "maintenance window")} ` +
      `scheduled or in progress, ${plural(view.history.length, "past incident")} in the last ${view.historyDays} days.`,
    "",
    ...built.written.map((f) => `- \`${f.name}\` (${f.bytes} bytes)`),
    ...built.skipped.map(
      (s) => `- maintenance #${s.number} not published: ${s.reason.replace(/[\r\n]+/g, " ")}`,
    ),
    "",
  ].join("\n");
}

export async function reportStatusPage(
  built: StatusPageBuilt | { invalid: string },
  inputs: ActionInputs,
  host: ActionHost,
): Promise<void> {
  if ("invalid" in built) {
    host.annotate(built.invalid, inputs.configPath);
    host.setFailed(`Invalid configuration in ${inputs.configPath}: ${built.invalid}`);
    return;
  }
  for (const s of built.skipped) host.log.warn(`Maintenance #${s.number}: ${s.reason}`);
  const { view } = built;
  host.log.info(
    `Status page: ${view.overall.text}. Read ${plural(built.incidentsListed, "incident")} ` +
      `(${plural(built.historiesRead, "history", "histories")}) and ${plural(built.maintenanceListed, "maintenance issue")}; ` +
      `shows ${plural(view.incidents.length, "open incident")}, ${plural(view.history.length, "past incident")}, ` +
      `${plural(view.maintenance.length, "maintenance window")}.`,
  );
  host.log.info(
    `Wrote ${built.written.map((f) => `${f.name} (${f.bytes} bytes)`).join(", ")} into ${built.directory}`,
  );
  try {
    await host.writeSummary(renderStatusPageSummary(built));
  } catch (error) {
    host.log.warn(`Could not write the job summary: ${describeError(error)}`);
  }
}
