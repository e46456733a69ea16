// What a person sees once the app has caught up, read from the emulator's state and its request
// record only (never from the app's internals), so it measures today's code and any fix alike.
import { DASHBOARD_MARKER } from "../../src/core/dashboard/render.js";
import { BOARD_MARKER } from "../../src/core/state/markers.js";
import type { Emulator, RecordedRequest } from "../../src/emulator/index.js";
import type { Expected } from "./war-room-plan.js";

/** The login of a comment's or reaction's `user` (the emulator's shapes are plain JSON). */
const loginOf = (item: Record<string, unknown>): string | undefined => {
  const user = item.user as { login?: unknown } | null | undefined;
  return typeof user?.login === "string" ? user.login : undefined;
};

/** The app's board comments on issue `n` (by the bot, with the marker): one when all is well. */
export function boardsOf(emu: Emulator, n: number): string[] {
  return emu
    .comments(n)
    .filter((c) => loginOf(c) === emu.botLogin && String(c.body ?? "").includes(BOARD_MARKER))
    .map((c) => String(c.body));
}

/** Whether an issue (in the emulator's REST shape) is the app's dashboard issue: by the bot, with its marker. */
export function isDashboardIssue(emu: Emulator, issue: Record<string, unknown>): boolean {
  return loginOf(issue) === emu.botLogin && String(issue.body ?? "").startsWith(DASHBOARD_MARKER);
}

/** The section of the board under `### <title>`, up to the next heading. */
function section(board: string, title: string): string {
  const start = board.indexOf(`### ${title}`);
  if (start < 0) return "";
  const end = board.indexOf("\n### ", start + 4);
  return board.slice(start, end < 0 ? undefined : end);
}

const capitalised = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

/**
 * What is wrong with incident `x` now (empty when its one board, its labels and its roles are right):
 * exactly one board; its severity, status, latest update and role holders; exactly one severity label,
 * the status label, and a label for each role held.
 */
export function problemsOf(emu: Emulator, x: Expected): string[] {
  const problems: string[] = [];
  const boards = boardsOf(emu, x.number);
  if (boards.length !== 1) problems.push(`#${x.number}: ${boards.length} boards`);
  const board = boards[0] ?? "";
  const labels = emu.labels(x.number);
  const severities = labels.filter((l) => /^SEV\d$/.test(l));
  if (severities.join() !== x.severity)
    problems.push(`#${x.number}: severity labels ${severities.join(",") || "none"}, want ${x.severity}`);
  if (boards.length > 0 && !board.includes(`**${x.severity}**`))
    problems.push(`#${x.number}: the board does not show ${x.severity}`);
  const statusLabel = `status:${x.status}`;
  if (!labels.includes(statusLabel)) problems.push(`#${x.number}: no ${statusLabel} label`);
  if (boards.length > 0 && !section(board, "Roles").length)
    problems.push(`#${x.number}: no roles on the board`);
  if (boards.length > 0 && !board.includes(capitalised(x.status)))
    problems.push(`#${x.number}: the board does not show status ${x.status}`);
  if (x.lastUpdate !== null && !section(board, "Latest update").includes(x.lastUpdate))
    problems.push(`#${x.number}: the board's latest update is not "${x.lastUpdate}"`);
  const roles = section(board, "Roles");
  for (const [role, holders] of x.roles) {
    if (!labels.includes(`role:${role}`)) problems.push(`#${x.number}: no role:${role} label`);
    const line = roles.split("\n").find((l) => l.toLowerCase().startsWith(`| ${role}`)) ?? "";
    for (const login of holders)
      if (!line.includes(login)) problems.push(`#${x.number}: the board does not show ${login} as ${role}`);
  }
  return problems;
}

/**
 * Real @mentions in Markdown: an `@` directly followed by a login character, outside code spans and
 * fences (GitHub notifies for those). A linear scan, no regular expression.
 */
export function mentionsIn(text: string): number {
  let count = 0;
  let fence = 0; // length of the backtick run that opened the code span we are in; 0 outside code
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "`") {
      let run = 1;
      while (text[i + run] === "`") run++;
      if (fence === 0) fence = run;
      else if (run === fence) fence = 0;
      i += run - 1;
      continue;
    }
    if (fence !== 0 || text[i] !== "@") continue;
    const before = text[i - 1] ?? " ";
    const after = text[i + 1] ?? "";
    const loginChar = (c: string) =>
      (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9");
    if (loginChar(after) && !loginChar(before)) count++;
  }
  return count;
}

const bodyText = (r: RecordedRequest): string => {
  const body = r.body as { body?: unknown; title?: unknown } | undefined;
  return [body?.title, body?.body].filter((v) => typeof v === "string").join("\n");
};

/** What the bot wrote, from the emulator's request record: comments, acknowledgements, mentions. */
export interface BotWrites {
  /** Comments the bot created (boards, replies, reminders). */
  comments: number;
  /** Of those, the ones that are not a board (replies, reminders): what a person is notified of. */
  replies: number;
  /** Reactions the bot created (acknowledgements). */
  reactions: number;
  /** @mentions in every text the bot sent (created or edited): each may notify someone. */
  mentions: number;
}

/** Counts the bot's comments, reactions and mentions in `requests` (e.g. `emu.requestsSince(mark)`). */
export function botWrites(requests: readonly RecordedRequest[], botLogin: string): BotWrites {
  const bot = requests.filter((r) => r.actor === botLogin && r.status >= 200 && r.status < 300);
  const created = bot.filter((r) => r.operationId === "issues/create-comment");
  return {
    comments: created.length,
    replies: created.filter((r) => !bodyText(r).includes(BOARD_MARKER)).length,
    reactions: bot.filter((r) => r.operationId?.startsWith("reactions/create-for-")).length,
    mentions: bot
      .filter((r) => r.method === "POST" || r.method === "PATCH")
      .reduce((sum, r) => sum + mentionsIn(bodyText(r)), 0),
  };
}

/**
 * Commands the bot has not acknowledged in any way a person can see: no reaction by the bot on the
 * command's comment, no reply quoting or linking it, the board never listing it among its recent
 * commands (`acked`: comment ids the board came to link), and (for `/update`, `/note`, `/followup`)
 * its text never shown on the board (`seen` lists the texts the board came to show).
 */
export function unacknowledged(
  emu: Emulator,
  commands: ReadonlyArray<{ number: number; commentId: number; text?: string }>,
  seen: ReadonlySet<string>,
  acked: ReadonlySet<number> = new Set(),
): number {
  return commands.filter((c) => {
    if (c.text !== undefined && seen.has(c.text)) return false;
    if (acked.has(c.commentId)) return false;
    if (emu.reactions(c.commentId).some((r) => loginOf(r) === emu.botLogin)) return false;
    const replies = emu.comments(c.number).filter((m) => loginOf(m) === emu.botLogin);
    return !replies.some((m) => String(m.body ?? "").includes(String(c.commentId)));
  }).length;
}

/**
 * The errors an app logged (`LOG_FORMAT=json`): JSON lines at level error (50) or fatal (60), and any
 * other line naming an Error (an uncaught one is printed as a plain stack).
 */
export function loggedErrors(output: string): string[] {
  return output.split("\n").filter((line) => {
    const text = line.trim();
    if (text === "") return false;
    if (!text.startsWith("{")) return text.includes("Error");
    try {
      const level = (JSON.parse(text) as { level?: unknown }).level;
      return typeof level === "number" && level >= 50;
    } catch {
      return text.includes("Error");
    }
  });
}
