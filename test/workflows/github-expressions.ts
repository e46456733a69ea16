// Parses and evaluates workflow files and expressions with GitHub's own libraries
// (@actions/workflow-parser and @actions/expressions, the ones behind GitHub's Actions language
// service), so the example workflows are checked as GitHub reads them.
import { data, Evaluator, Lexer, Parser } from "@actions/expressions";
import type { FunctionDefinition } from "@actions/expressions/funcs/info";
import { truthy } from "@actions/expressions/result";
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from "@actions/workflow-parser";

export interface ParsedWorkflow {
  errors: string[];
  /** Each job's `if:` expression, by job id (`success()` when the job has none). */
  jobIfs: Record<string, string>;
}

/** Parses a workflow file; `errors` holds every problem the parser or the converter found. */
export async function parseWorkflowText(name: string, content: string): Promise<ParsedWorkflow> {
  const result = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const errors = result.context.errors.getErrors().map((e) => e.message);
  const jobIfs: Record<string, string> = {};
  if (result.value !== undefined) {
    const template = await convertWorkflowTemplate(result.context, result.value);
    errors.push(...(template.errors ?? []).map((e) => e.Message));
    for (const job of template.jobs ?? []) jobIfs[job.id.value] = job.if?.expression ?? "";
  }
  return { errors: [...new Set(errors)], jobIfs };
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
  const { tokens } = new Lexer(expression).lex();
  const ast = new Parser(tokens, ["github"], STATUS_FUNCTIONS).parse();
  const context = new data.Dictionary({
    key: "github",
    value: JSON.parse(JSON.stringify(github), data.reviver) as data.ExpressionData,
  });
  const functions = new Map(STATUS_FUNCTIONS.map((f) => [f.name.toLowerCase(), f]));
  return truthy(new Evaluator(ast, context, functions).evaluate());
}
