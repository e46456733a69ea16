import { createRequire as __incidentWorkflowCreateRequire } from "node:module";
const require = __incidentWorkflowCreateRequire(import.meta.url);

// src/core/config/defaults.ts
var DEFAULT_SEVERITIES = [
  {
    id: "SEV1",
    description: "Critical: the service is down or data is being lost for many customers.",
    responseMode: "All hands: incident work beats every other task until mitigated.",
    updateCadenceMinutes: 30,
    notify: [],
    requiredRoles: ["commander", "comms", "scribe"],
    postmortem: true,
    color: "b60205"
  },
  {
    id: "SEV2",
    description: "Major: a core feature is broken or badly degraded for many customers.",
    responseMode: "Drop other work: the on-call team and the commander work it until mitigated.",
    updateCadenceMinutes: 60,
    notify: [],
    requiredRoles: ["commander", "comms"],
    postmortem: true,
    color: "d93f0b"
  },
  {
    id: "SEV3",
    description: "Minor: a feature is degraded or a few customers are affected; a workaround exists.",
    responseMode: "Business hours: the owning team works it as its top priority.",
    updateCadenceMinutes: 240,
    notify: [],
    requiredRoles: ["commander"],
    postmortem: true,
    color: "fbca04"
  },
  {
    id: "SEV4",
    description: "Low: cosmetic or internal impact, no customer harm.",
    responseMode: "Planned work: track it and fix it in the normal flow.",
    updateCadenceMinutes: 0,
    notify: [],
    requiredRoles: [],
    postmortem: true,
    color: "0e8a16"
  }
];
var DEFAULT_SEVERITY = "SEV3";
var DEFAULT_ROLES = [
  {
    id: "commander",
    name: "Commander",
    duties: "Directs the response and owns its communication (incident commander).",
    multiple: false
  },
  {
    id: "lead",
    name: "Lead",
    duties: "Hands-on lead, delegated explicitly by the commander.",
    multiple: false
  },
  {
    id: "decider",
    name: "Decider",
    duties: "Decides whether it is an incident and at what level (product manager).",
    multiple: false
  },
  {
    id: "comms",
    name: "Comms",
    duties: "Customer-facing announcements (customer liaison).",
    multiple: false
  },
  { id: "scribe", name: "Scribe", duties: "Keeps the record.", multiple: false },
  {
    id: "responder",
    name: "Responders",
    duties: "Investigate cause and impact, mitigate, recover.",
    multiple: true
  }
];
var DEFAULT_FLOW = [
  { id: "commander", title: "Commander assigned", auto: "role:commander" },
  { id: "severity", title: "Severity confirmed by the decider", auto: "severity-confirmed" },
  { id: "customers", title: "Customers informed" },
  { id: "mitigated", title: "Impact mitigated", auto: "status:mitigated" },
  { id: "cause", title: "Cause identified", auto: "status:identified" },
  { id: "resolved", title: "Resolved", auto: "status:resolved" },
  { id: "postmortem", title: "Postmortem opened", auto: "postmortem" }
];
var STATUS_COLORS = {
  investigating: "c5def5",
  identified: "bfd4f2",
  mitigated: "c2e0c6"
};

// src/core/config/config.ts
var COMPONENT_STATES = ["operational", "degraded", "partial-outage", "major-outage"];
var LABELLED_STATUSES = ["investigating", "identified", "mitigated"];

export {
  DEFAULT_SEVERITIES,
  DEFAULT_SEVERITY,
  DEFAULT_ROLES,
  DEFAULT_FLOW,
  STATUS_COLORS,
  COMPONENT_STATES,
  LABELLED_STATUSES
};
