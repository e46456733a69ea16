/**
 * The pages' forms: the "Declare an incident" form, built from the repository's own issue form
 * (`.github/ISSUE_TEMPLATE/incident.yml`: its severity choices and labels) or the stock one, and
 * the posted fields read back into an action. A missing or malformed field is an error naming it.
 */
import { parse } from "yaml";
import { escapeMarkup as esc } from "../core/status-page/escape.js";
import type { Emulator } from "../emulator/index.js";
import { ActionError, type SandboxAction } from "./actions.js";

const FORM_PATH = ".github/ISSUE_TEMPLATE/incident.yml";
const STOCK_CHOICES = [
  "SEV1 — Critical",
  "SEV2 — Major",
  "SEV3 — Minor",
  "SEV4 — Low",
  "Unsure (treated as the higher level)",
];

export interface IssueFormShape {
  title: string;
  labels: string[];
  severities: string[];
}

/** The repository's issue form's title prefix, labels and severity choices, or the stock ones. */
export function issueFormOf(emu: Emulator): IssueFormShape {
  const stock = { title: "Incident: ", labels: ["incident"], severities: STOCK_CHOICES };
  const text = emu.file("main", FORM_PATH);
  if (text === null) return stock;
  try {
    const form = parse(text) as {
      title?: unknown;
      labels?: unknown;
      body?: Array<{ id?: unknown; attributes?: { options?: unknown } }>;
    } | null;
    const options = form?.body?.find((b) => b.id === "severity")?.attributes?.options;
    const strings = (v: unknown) =>
      Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : undefined;
    return {
      title: typeof form?.title === "string" ? form.title : stock.title,
      labels: strings(form?.labels) ?? stock.labels,
      severities: strings(options) ?? stock.severities,
    };
  } catch {
    return stock; // GitHub shows no form for a template it cannot read; the stock one stands in.
  }
}

export function declareForm(emu: Emulator): string {
  const form = issueFormOf(emu);
  const choices = form.severities.map((s) => `<option>${esc(s)}</option>`).join("");
  return `<h2>Declare an incident</h2>
<p><small>As the issue form does: opens an issue with ${form.labels.map((l) => `<code>${esc(l)}</code>`).join(", ")}.</small></p>
<form method="post" action="/act" id="declare">
<input type="hidden" name="kind" value="declare">
<label>Title <input type="text" name="title" required value="${esc(form.title)}"></label>
<label>Summary <textarea name="summary" rows="2" required></textarea></label>
<label>Impact <textarea name="impact" rows="2"></textarea></label>
<label>Severity <select name="severity"><option value="">(none)</option>${choices}</select></label>
<label>Started at <input type="text" name="startedAt" placeholder="2024-05-01T14:05Z"></label>
<label>Links <textarea name="links" rows="2"></textarea></label>
<p><button type="submit" id="declare-submit">Declare</button></p>
</form>`;
}

function required(fields: URLSearchParams, name: string): string {
  const value = fields.get(name);
  if (value === null) throw new ActionError(`the form has no "${name}" field`);
  return value;
}

function issueNumber(fields: URLSearchParams): number {
  const raw = required(fields, "issue");
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new ActionError(`"issue" must be an issue number, not "${raw}"`);
  return n;
}

const optional = (fields: URLSearchParams, name: string) => {
  const v = fields.get(name);
  return v === null || v.trim() === "" ? {} : { [name]: v };
};

/** The action a posted form asks for, done as `as`. */
export function parseAction(fields: URLSearchParams, as: string, form?: IssueFormShape): SandboxAction {
  const kind = required(fields, "kind");
  switch (kind) {
    case "declare":
      return {
        kind,
        as,
        form: {
          title: required(fields, "title"),
          summary: required(fields, "summary"),
          ...optional(fields, "impact"),
          ...optional(fields, "severity"),
          ...optional(fields, "startedAt"),
          ...optional(fields, "links"),
          ...(form ? { labels: form.labels } : {}),
        },
      };
    case "comment":
      return { kind, as, issue: issueNumber(fields), body: required(fields, "body") };
    case "label":
    case "unlabel":
      return { kind, as, issue: issueNumber(fields), label: required(fields, "label") };
    case "close": {
      const reason = fields.get("reason") ?? "completed";
      if (reason !== "completed" && reason !== "not_planned")
        throw new ActionError(`"reason" must be completed or not_planned, not "${reason}"`);
      return { kind, as, issue: issueNumber(fields), reason };
    }
    case "reopen":
      return { kind, as, issue: issueNumber(fields) };
    default:
      throw new ActionError(`unknown action "${kind}"`);
  }
}
