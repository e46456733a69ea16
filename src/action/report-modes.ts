/**
 * What the Action reports for its repository-wide modes (sweep, gate, setup): log lines, outputs,
 * the job summary and the exit status. Pure orchestration over the host.
 */
import type { GateOutcome } from "../handlers/gate.js";
import type { SweepReport } from "../handlers/sweep.js";
import { describeError } from "./describe-error.js";
import type { ActionHost } from "./execute.js";
import type { ActionInputs } from "./inputs.js";
import { renderGateSummary, renderSweepSummary } from "./summary.js";

export type SetupOutcome = { created: string[]; existing: number } | { invalid: string };

async function summary(host: ActionHost, markdown: string): Promise<void> {
  try {
    await host.writeSummary(markdown);
  } catch (error) {
    host.log.warn(`Could not write the job summary: ${describeError(error)}`);
  }
}

function invalid(report: { invalid: string }, inputs: ActionInputs, host: ActionHost): void {
  host.annotate(report.invalid, inputs.configPath);
  host.setFailed(`Invalid configuration in ${inputs.configPath}: ${report.invalid}`);
}

/** The sweep: a line per incident reconciled; the step fails when one could not be. */
export async function reportSweep(
  report: SweepReport | { invalid: string },
  inputs: ActionInputs,
  host: ActionHost,
): Promise<void> {
  if ("invalid" in report) return invalid(report, inputs, host);
  for (const r of report.results) {
    if (r.outcome === "handled")
      host.log.info(
        `Incident #${r.incident.number}: ${r.incident.severity ?? "no severity"}, ${r.incident.status}`,
      );
  }
  host.log.info(
    `Sweep: ${report.listed} incidents listed, ${report.reconciled} reconciled, ${report.failed.length} failed`,
  );
  await summary(host, renderSweepSummary(report));
  if (report.failed.length > 0) {
    host.setFailed(
      `The sweep could not reconcile ${report.failed.map((f) => `#${f.number} (${f.error})`).join(", ")}; the next run tries again.`,
    );
  }
}

/** The deploy gate: output `blocking` (numbers, comma-separated); fails naming each blocking incident. */
export async function reportGate(
  outcome: GateOutcome,
  inputs: ActionInputs,
  host: ActionHost,
): Promise<void> {
  if ("invalid" in outcome) return invalid(outcome, inputs, host);
  host.setOutput("blocking", outcome.blocking.map((b) => b.number).join(","));
  await summary(host, renderGateSummary(outcome));
  if (outcome.notGated !== undefined) {
    host.log.info(`${JSON.stringify(outcome.notGated)} is not in gate.environments: the gate is open.`);
    return;
  }
  if (outcome.blocking.length === 0) {
    host.log.info(`No open incident at or above ${outcome.blockOn}: the gate is open.`);
    return;
  }
  const list = outcome.blocking
    .map((b) => `#${b.number} ${JSON.stringify(b.title)} (${b.severity})`)
    .join(", ");
  host.setFailed(`Blocked by open incidents at or above ${outcome.blockOn}: ${list}.`);
}

/** Setup: which labels were created. */
export async function reportSetup(
  outcome: SetupOutcome,
  inputs: ActionInputs,
  host: ActionHost,
): Promise<void> {
  if ("invalid" in outcome) return invalid(outcome, inputs, host);
  host.log.info(
    outcome.created.length === 0
      ? `All ${outcome.existing} labels exist already.`
      : `Created ${outcome.created.length} labels (${outcome.created.join(", ")}); ${outcome.existing} existed.`,
  );
}
