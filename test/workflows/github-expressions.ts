// Parses and evaluates workflow files and expressions with GitHub's own libraries
// (@actions/workflow-parser and @actions/expressions, the ones behind GitHub's Actions language
// service), so the example workflows are checked as GitHub reads them.
import { data, Evaluator, Lexer, Parser } from "@actions/expressions";
import type { FunctionDefinition } from "@actions/expressions/funcs/info";
import { truthy } from "@actions/expressions/result";
import {
  convertWorkflowTemplate,
  isBasicExpression,
  isBoolean,
  isMapping,
  isString,
  NoOperationTraceWriter,
  parseWorkflow,
} from "@actions/workflow-parser";
import type { TemplateToken } from "@actions/workflow-parser/templates/tokens/template-token";

export interface ParsedWorkflow {
  errors: string[];
  /** Each job's `if:` expression, by job id (`success()` when the job has none). */
  jobIfs: Record<string, string>;
  /** The workflow's `concurrency`, its group as an expression (a literal group quoted); null when none. */
  concurrency: Concurrency | null;
}

export interface Concurrency {
  group: string;
  cancelInProgress?: boolean;
  queue?: string;
}

/** A workflow-level `concurrency` token, as GitHub's converter reads it (string or mapping). */
function readConcurrency(token: TemplateToken | undefined): Concurrency | null {
  const asExpression = (t: TemplateToken | undefined) =>
    t === undefined
      ? ""
      : isBasicExpression(t)
        ? t.expression
        : isString(t)
          ? `'${t.value.replaceAll("'", "''")}'`
          : "";
  if (token === undefined) return null;
  if (!isMapping(token)) return { group: asExpression(token) };
  const cancel = token.find("cancel-in-progress");
  const queue = token.find("queue");
  return {
    group: asExpression(token.find("group")),
    ...(cancel !== undefined && isBoolean(cancel) ? { cancelInProgress: cancel.value } : {}),
    ...(queue !== undefined && isString(queue) ? { queue: queue.value } : {}),
  };
}

/** Parses a workflow file; `errors` holds every problem the parser or the converter found. */
export async function parseWorkflowText(name: string, content: string): Promise<ParsedWorkflow> {
  const result = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const errors = result.context.errors.getErrors().map((e) => e.message);
  const jobIfs: Record<string, string> = {};
  let concurrency: Concurrency | null = null;
  if (result.value !== undefined) {
    const template = await convertWorkflowTemplate(result.context, result.value);
    errors.push(...(template.errors ?? []).map((e) => e.Message));
    for (const job of template.jobs ?? []) jobIfs[job.id.value] = job.if?.expression ?? "";
    concurrency = readConcurrency(template.concurrency);
  }
  return { errors: [...new Set(errors)], jobIfs, concurrency };
}

/**
 * The job status functions GitHub adds to a job's `if:` (the converter wraps a condition without
 * one in `success() && (…)`), for a job with no `needs`: nothing before it failed or was cancelled.
 */
const STATUS_FUNCTIONS: FunctionDefinition[] = [
  ["success", true],
  ["always", true],
  ["failure", false],
  ["cancelled", false],
].map(([name, value]) => ({
  name: String(name),
  minArgs: 0,
  maxArgs: 0,
  call: () => new data.BooleanData(Boolean(value)),
}));

/** Evaluates an expression (without `${{ }}`) against a `github` context, as a job's `if:`. */
export function evaluateIf(expression: string, github: object): boolean {
  return truthy(evaluate(expression, github));
}

/** Evaluates an expression (without `${{ }}`) to a string, as GitHub does a concurrency group. */
export function evaluateString(expression: string, github: object): string {
  return evaluate(expression, github).coerceString();
}

function evaluate(expression: string, github: object): data.ExpressionData {
  const { tokens } = new Lexer(expression).lex();
  const ast = new Parser(tokens, ["github"], STATUS_FUNCTIONS).parse();
  const context = new data.Dictionary({
    key: "github",
    value: JSON.parse(JSON.stringify(github), data.reviver) as data.ExpressionData,
  });
  const functions = new Map(STATUS_FUNCTIONS.map((f) => [f.name.toLowerCase(), f]));
  return new Evaluator(ast, context, functions).evaluate();
}
