import type { FlowStep, Role, Severity } from "./schema.js";

/** The built-in levels, modelled on common PagerDuty-style definitions. */
export const DEFAULT_SEVERITIES: Severity[] = [
  {
    id: "SEV1",
    description: "Critical: the service is down or data is being lost for many customers.",
    responseMode: "All hands: incident work beats every other task until mitigated.",
    updateCadenceMinutes: 30,
    notify: [],
    requiredRoles: ["commander", "comms", "scribe"],
    postmortem: true,
    color: "b60205",
  },
  {
    id: "SEV2",
    description: "Major: a core feature is broken or badly degraded for many customers.",
    responseMode: "Drop other work: the on-call team and the commander work it until mitigated.",
    updateCadenceMinutes: 60,
    notify: [],
    requiredRoles: ["commander", "comms"],
    postmortem: true,
    color: "d93f0b",
  },
  {
    id: "SEV3",
    description: "Minor: a feature is degraded or a few customers are affected; a workaround exists.",
    responseMode: "Business hours: the owning team works it as its top priority.",
    updateCadenceMinutes: 240,
    notify: [],
    requiredRoles: ["commander"],
    postmortem: true,
    color: "fbca04",
  },
  {
    id: "SEV4",
    description: "Low: cosmetic or internal impact, no customer harm.",
    responseMode: "Planned work: track it and fix it in the normal flow.",
    updateCadenceMinutes: 0,
    notify: [],
    requiredRoles: [],
    postmortem: true,
    color: "0e8a16",
  },
];

export const DEFAULT_SEVERITY = "SEV3";

/** The six roles of the brief, mapped to common practice. */
export const DEFAULT_ROLES: Role[] = [
  {
    id: "commander",
    name: "Commander",
    duties: "Directs the response and owns its communication (incident commander).",
    multiple: false,
  },
  {
    id: "lead",
    name: "Lead",
    duties: "Hands-on lead, delegated explicitly by the commander.",
    multiple: false,
  },
  {
    id: "decider",
    name: "Decider",
    duties: "Decides whether it is an incident and at what level (product manager).",
    multiple: false,
  },
  {
    id: "comms",
    name: "Comms",
    duties: "Customer-facing announcements (customer liaison).",
    multiple: false,
  },
  { id: "scribe", name: "Scribe", duties: "Keeps the record.", multiple: false },
  {
    id: "responder",
    name: "Responders",
    duties: "Investigate cause and impact, mitigate, recover.",
    multiple: true,
  },
];

/** The built-in response flow, used by levels that do not list their own. */
export const DEFAULT_FLOW: FlowStep[] = [
  { id: "commander", title: "Commander assigned", auto: "role:commander" },
  { id: "severity", title: "Severity confirmed by the decider", auto: "severity-confirmed" },
  { id: "customers", title: "Customers informed" },
  { id: "mitigated", title: "Impact mitigated", auto: "status:mitigated" },
  { id: "cause", title: "Cause identified", auto: "status:identified" },
  { id: "resolved", title: "Resolved", auto: "status:resolved" },
  { id: "postmortem", title: "Postmortem opened", auto: "postmortem" },
];

export const STATUS_COLORS = {
  investigating: "c5def5",
  identified: "bfd4f2",
  mitigated: "c2e0c6",
} as const;
