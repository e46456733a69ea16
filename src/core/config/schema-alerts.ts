// The `alerts` section: how alerts from Alertmanager, Grafana, PagerDuty and the generic JSON map to incidents.
import * as z from "zod";

/** The built-in severity map: an alert's severity label value (or PagerDuty priority) → a level id. */
export const DEFAULT_ALERT_SEVERITY_MAP: Readonly<Record<string, string>> = {
  critical: "SEV1",
  error: "SEV2",
  warning: "SEV3",
  info: "SEV4",
  P1: "SEV1",
  P2: "SEV2",
  P3: "SEV3",
  P4: "SEV4",
};

/** Which alert label gives an incident's severity, and how its values map to levels. */
export const AlertSeveritySchema = z.strictObject({
  /** The alert label whose value gives the severity (Alertmanager and Grafana). */
  label: z
    .string()
    .min(1)
    .default("severity")
    .describe("The alert label whose value gives the severity (Alertmanager and Grafana)."),
  /**
   * Label value (or PagerDuty priority, `P1`…) → severity level id. Omitted: `critical: SEV1`,
   * `error: SEV2`, `warning: SEV3`, `info: SEV4`, `P1: SEV1` … `P4: SEV4`. A value not in the map
   * gives the default level.
   */
  map: z
    .record(z.string().min(1), z.string().min(1))
    .optional()
    .describe(
      "Label value (or PagerDuty priority `P1`…) → severity level id. Omitted: critical → SEV1, error → SEV2, warning → SEV3, info → SEV4, P1…P4 → SEV1…SEV4. Other values give the default level.",
    ),
});

/** Alerts that open and update incidents (`/api/alerts/*` in the app, `repository_dispatch` in the Action). */
export const AlertsSchema = z.strictObject({
  /** Severity of the incident an alert opens. */
  severity: AlertSeveritySchema.default(AlertSeveritySchema.parse({}, { jitless: true })).describe(
    "Severity of the incident an alert opens.",
  ),
  /**
   * What makes one incident: `group` (Alertmanager's and Grafana's `groupKey`, PagerDuty's incident
   * id) or `alert` (each alert's `fingerprint`: an incident per alert).
   */
  dedup: z
    .enum(["group", "alert"])
    .default("group")
    .describe(
      "What makes one incident: `group` (Alertmanager's and Grafana's `groupKey`, PagerDuty's incident id) or `alert` (each alert's `fingerprint`).",
    ),
  /**
   * When every alert of an incident has resolved: `note` (on the timeline and the board) or
   * `mitigate` (also sets the status to mitigated). Closing stays a person's decision.
   */
  resolved: z
    .enum(["note", "mitigate"])
    .default("note")
    .describe(
      "When every alert has resolved: `note` (timeline and board) or `mitigate` (also sets the status to mitigated). Closing stays a person's decision.",
    ),
});

export type AlertsConfig = z.output<typeof AlertsSchema>;
