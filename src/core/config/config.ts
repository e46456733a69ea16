import type { Component, Contact, FlowStep, ParsedConfig } from "./schema.js";
import type { Channel } from "./schema-notifications.js";

/** A component's state, worst last. */
export const COMPONENT_STATES = ["operational", "degraded", "partial-outage", "major-outage"] as const;
export type ComponentState = (typeof COMPONENT_STATES)[number];

/** Incident status. `resolved` is not a label: it is the issue being closed as completed. */
export const STATUSES = ["investigating", "identified", "mitigated", "resolved"] as const;
export type Status = (typeof STATUSES)[number];
export const LABELLED_STATUSES = ["investigating", "identified", "mitigated"] as const;
export type LabelledStatus = (typeof LABELLED_STATUSES)[number];

export interface SeverityLevel {
  id: string;
  label: string;
  /** 1 for the most severe. */
  rank: number;
  description: string;
  responseMode: string;
  updateCadenceMinutes: number;
  notify: string[];
  requiredRoles: string[];
  postmortem: boolean;
  flow: FlowStep[];
  color: string;
}

export interface RoleDef {
  id: string;
  label: string;
  name: string;
  duties: string;
  multiple: boolean;
}

/** A weekly on-call rotation, resolved: logins without `@`, the hand-off parsed, the zone known. */
export interface OnCallRotation {
  role: string;
  people: string[];
  /** 0 = Sunday … 6 = Saturday. */
  handoffDay: number;
  /** Minutes after midnight. */
  handoffMinute: number;
  /** YYYY-MM-DD. */
  start: string;
  timeZone: string;
  overrides: Array<{ from: string; to: string; person: string }>;
  mentionOnly: boolean;
}

/** The configuration with every default applied and every cross-reference checked. */
export interface Config {
  severities: SeverityLevel[];
  defaultSeverity: string;
  roles: RoleDef[];
  labels: ParsedConfig["labels"];
  /** The issue type incidents get and are recognised by; false: not used. */
  issueType: string | false;
  commands: ParsedConfig["commands"];
  postmortem: ParsedConfig["postmortem"];
  board: ParsedConfig["board"];
  changes: ParsedConfig["changes"];
  timeZone: string;
  oncall: OnCallRotation[];
  contacts: Contact[];
  reminders: ParsedConfig["reminders"];
  drills: ParsedConfig["drills"];
  dashboard: ParsedConfig["dashboard"];
  components: Component[];
  statusPage: ParsedConfig["statusPage"];
  actionItems: ParsedConfig["actionItems"];
  /** Chat channels and pagers, resolved (`schema-notifications.ts`). */
  notifications: { channels: Channel[] };
  alerts: ParsedConfig["alerts"];
  /** The deploy gate, its level resolved to a severity id. */
  gate: { environments: string[]; blockOn: string };
}
