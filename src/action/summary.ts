/**
 * The job summary: a few lines of Markdown for the run's page. Pure; `execute.ts` writes it.
 */
import type { GateResult } from "../handlers/gate.js";
import type { SweepReport } from "../handlers/sweep.js";
import type { EngineResult } from "../handlers/types.js";

/** Keeps a value on one table cell: no line breaks, no column separators, no HTML. */
function cell(value: string): string {
  return value.replace(/[\r\n]+/g, " ").replace(/[|<>]/g, (c) => `\\${c}`);
}

function prLink(url: string): string {
  const number = /\/pull\/(\d+)/.exec(url)?.[1];
  return `[${number === undefined ? "pull request" : `#${number}`}](${url})`;
}

export function renderSummary(result: EngineResult): string {
  switch (result.outcome) {
    case "handled": {
      const { incident } = result;
      return [
        `### Incident [#${incident.number}](${incident.url})`,
        "",
        "| | |",
        "| --- | --- |",
        `| Severity | ${cell(incident.severity ?? "not set")} |`,
        `| Status | ${cell(incident.status)} |`,
        `| Postmortem | ${incident.postmortemPr === null ? "none yet" : prLink(incident.postmortemPr)} |`,
        "",
      ].join("\n");
    }
    case "ignored":
      return `### Incident Workflow\n\nNothing to do: ${cell(result.reason)}\n`;
    case "invalid-config":
      return [
        "### Incident Workflow: invalid configuration",
        "",
        ...result.problems.map((p) => `- \`${p.path}\`: ${cell(p.message)}`),
        "",
      ].join("\n");
  }
}

/** The sweep's job summary: the incidents it looked at, and any it could not reconcile. */
export function renderSweepSummary(report: SweepReport): string {
  const rows = report.results.flatMap((r) =>
    r.outcome === "handled"
      ? [
          `| [#${r.incident.number}](${r.incident.url}) | ${cell(r.incident.severity ?? "")} | ${cell(r.incident.status)} |`,
        ]
      : [],
  );
  return [
    "### Incident Workflow: sweep",
    "",
    `${report.listed} incidents listed, ${report.reconciled} reconciled, ${report.failed.length} failed.`,
    "",
    ...(rows.length > 0 ? ["| Incident | Severity | Status |", "| --- | --- | --- |", ...rows, ""] : []),
    ...report.failed.map((f) => `- #${f.number}: ${cell(f.error)}`),
    "",
  ].join("\n");
}

/** The deploy gate's job summary: open or closed, and why. */
export function renderGateSummary(gate: GateResult): string {
  if (gate.notGated !== undefined)
    return `### Deploy gate: open\n\n${cell(gate.notGated)} is not one of the environments the config's \`gate.environments\` holds.\n`;
  if (gate.blocking.length === 0) {
    return `### Deploy gate: open\n\nNo open incident at or above ${cell(gate.blockOn)}.\n`;
  }
  return [
    "### Deploy gate: blocked",
    "",
    `Open incidents at or above ${cell(gate.blockOn)}:`,
    "",
    ...gate.blocking.map((b) => `- [#${b.number}](${b.url}) ${cell(b.title)} (${cell(b.severity)})`),
    "",
  ].join("\n");
}
