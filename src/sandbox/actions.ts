/**
 * What a person does on GitHub, done in the emulated repository: each changes the emulator's state
 * as GitHub's UI would and returns the deliveries GitHub would send, which the caller POSTs to the
 * app. A person not among the seeded ones, or an action GitHub would refuse (a label the issue
 * already has), is an error naming what was wrong.
 */
import type { Emulator } from "../emulator/index.js";
import type { Delivery } from "./deliver.js";
import { isPerson, PEOPLE } from "./people.js";

export type SandboxAction =
  | { kind: "comment"; as: string; issue: number; body: string }
  | { kind: "label"; as: string; issue: number; label: string }
  | { kind: "unlabel"; as: string; issue: number; label: string }
  | { kind: "close"; as: string; issue: number; reason: "completed" | "not_planned" }
  | { kind: "reopen"; as: string; issue: number }
  | { kind: "declare"; as: string; form: DeclareForm };

/** The issue form's fields (`.github/ISSUE_TEMPLATE/incident.yml`). */
export interface DeclareForm {
  title: string;
  summary: string;
  impact?: string | undefined;
  /** The dropdown's choice as written, e.g. `SEV2 — Major`. */
  severity?: string | undefined;
  startedAt?: string | undefined;
  links?: string | undefined;
  /** The labels the form applies (`incident` by default). */
  labels?: string[];
}

export class ActionError extends Error {}

const NO_RESPONSE = "_No response_";
const field = (label: string, value: string | undefined) =>
  `### ${label}\n\n${value === undefined || value.trim() === "" ? NO_RESPONSE : value.trim()}`;

/** The issue body GitHub writes for a submitted form: `### <label>` and the answer, per field. */
export function formBody(form: DeclareForm): string {
  return [
    field("Summary", form.summary),
    field("Impact", form.impact),
    field("Severity", form.severity),
    field("Started at", form.startedAt),
    field("Links", form.links),
  ].join("\n\n");
}

function who(login: string): string {
  if (!isPerson(login))
    throw new ActionError(
      `"${login}" is not one of the sandbox's people (${PEOPLE.map((p) => p.login).join(", ")})`,
    );
  return login;
}

export const hasIssue = (emu: Emulator, n: number): boolean =>
  (emu.issues() as Array<{ number: number }>).some((i) => i.number === n);

/** Does it; returns the deliveries to send and the issue it concerns. */
export function perform(emu: Emulator, action: SandboxAction): { issue: number; deliveries: Delivery[] } {
  const person = emu.as(who(action.as));
  if (action.kind !== "declare" && !hasIssue(emu, action.issue))
    throw new ActionError(`there is no issue #${action.issue} in ${emu.fullName}`);
  try {
    switch (action.kind) {
      case "declare": {
        if (action.form.title.trim() === "") throw new ActionError("the title is empty");
        if (action.form.summary.trim() === "") throw new ActionError("the summary is empty");
        const opened = person.openIssue({
          title: action.form.title.trim(),
          body: formBody(action.form),
          labels: action.form.labels ?? ["incident"],
        });
        return { issue: opened.number, deliveries: opened.payloads };
      }
      case "comment":
        if (action.body.trim() === "") throw new ActionError("the comment is empty");
        return { issue: action.issue, deliveries: [person.comment(action.issue, action.body)] };
      case "label":
        return { issue: action.issue, deliveries: [person.label(action.issue, action.label)] };
      case "unlabel":
        return { issue: action.issue, deliveries: [person.unlabel(action.issue, action.label)] };
      case "close":
        return { issue: action.issue, deliveries: [person.close(action.issue, action.reason)] };
      case "reopen":
        return { issue: action.issue, deliveries: [person.reopen(action.issue)] };
    }
  } catch (error) {
    if (error instanceof ActionError) throw error;
    // The emulator refuses as GitHub would (no such issue, label already there): say so.
    throw new ActionError(error instanceof Error ? error.message : String(error));
  }
}
