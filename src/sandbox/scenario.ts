/**
 * A scripted incident (`npm run sandbox -- --scenario <file>`): YAML with a name and steps, each
 * done by one of the sandbox's people after a pause. The first step declares the incident; the
 * others act on it. A file that does not fit is refused with every problem, by path.
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { z } from "zod";
import { PEOPLE } from "./people.js";

const logins = PEOPLE.map((p) => p.login) as [string, ...string[]];

/** `90`, `90s`, `2m`, `1.5m`: seconds. */
function seconds(value: string | number): number | undefined {
  if (typeof value === "number") return value;
  const t = value.trim();
  const unit = t.at(-1);
  const scale = unit === "m" ? 60 : unit === "s" ? 1 : undefined;
  const n = Number(scale === undefined ? t : t.slice(0, -1));
  return t !== "" && Number.isFinite(n) ? n * (scale ?? 1) : undefined;
}

const Delay = z
  .union([z.number(), z.string()])
  .transform((v, ctx) => {
    const s = seconds(v);
    if (s === undefined || s < 0) {
      ctx.addIssue({ code: "custom", message: `a pause in seconds ("30s", "2m" or a number), not "${v}"` });
      return z.NEVER;
    }
    return s;
  })
  .describe("How long after the previous step this one happens.");

const ACTIONS = ["declare", "comment", "label", "unlabel", "close", "reopen"] as const;

const Step = z
  .strictObject({
    /** Who does it: one of the sandbox's people. */
    as: z.enum(logins, { message: `one of the sandbox's people: ${logins.join(", ")}` }),
    after: Delay.optional(),
    declare: z
      .strictObject({
        title: z.string().min(1),
        summary: z.string().min(1),
        impact: z.string().optional(),
        severity: z.string().optional(),
        startedAt: z.string().optional(),
        links: z.string().optional(),
      })
      .optional(),
    comment: z.string().min(1).optional(),
    label: z.string().min(1).optional(),
    unlabel: z.string().min(1).optional(),
    close: z.enum(["completed", "not_planned"]).optional(),
    reopen: z.literal(true).optional(),
  })
  .refine((step) => ACTIONS.filter((a) => step[a] !== undefined).length === 1, {
    message: `each step does exactly one of: ${ACTIONS.join(", ")}`,
  });

const Scenario = z.strictObject({
  name: z.string().min(1),
  description: z.string().optional(),
  steps: z
    .array(Step)
    .min(1)
    .refine((steps) => steps[0]?.declare !== undefined, {
      message: "the first step must declare the incident (`declare:`)",
    })
    .refine((steps) => steps.slice(1).every((s) => s.declare === undefined), {
      message: "a scenario declares one incident: only the first step may `declare:`",
    }),
});

export type Scenario = z.infer<typeof Scenario>;
export type ScenarioStep = Scenario["steps"][number];

export class ScenarioError extends Error {}

/** The scenario in `text` (from `file`, named in errors), or a `ScenarioError` listing every problem. */
export function parseScenario(text: string, file: string): Scenario {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (error) {
    throw new ScenarioError(
      `${file}: not valid YAML: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const result = Scenario.safeParse(raw);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("");
    return `  ${path.replace(/^\./, "") || "(top level)"}: ${issue.message}`;
  });
  throw new ScenarioError(`${file} is not a valid scenario:\n${problems.join("\n")}`);
}

export function readScenario(file: string): Scenario {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new ScenarioError(
      `cannot read scenario ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  return parseScenario(text, file);
}
