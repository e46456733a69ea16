/**
 * The Action's outputs: one list of names (checked against `action.yml` by the contract test) and
 * the mapping from the engine's result.
 */
import type { IncidentSummary } from "../handlers/types.js";

export const OUTPUT_NAMES = ["incident-number", "severity", "status", "postmortem-pr", "blocking"] as const;
export type OutputName = (typeof OUTPUT_NAMES)[number];
type IncidentOutput = Exclude<OutputName, "blocking">;
const INCIDENT_OUTPUTS: IncidentOutput[] = ["incident-number", "severity", "status", "postmortem-pr"];

/** Every incident output's value for a handled incident; absent values are empty strings. */
export function outputsFor(incident: IncidentSummary): Record<IncidentOutput, string> {
  return {
    "incident-number": String(incident.number),
    severity: incident.severity ?? "",
    status: incident.status,
    "postmortem-pr": incident.postmortemPr ?? "",
  };
}

/** Sets every output through the given setter (`core.setOutput` in the Action). */
export function setOutputs(incident: IncidentSummary, set: (name: OutputName, value: string) => void): void {
  const values = outputsFor(incident);
  for (const name of INCIDENT_OUTPUTS) set(name, values[name]);
}
