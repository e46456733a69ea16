import { changesMarker } from "../changes/recent-changes.js";
import type { Config } from "../config/config.js";
import { type DashboardRow, rowMarker } from "../dashboard/row.js";
import type { Template } from "../render/handlebars.js";
import { BOARD_MARKER, postmortemMarker } from "../state/markers.js";
import type { IncidentState } from "../state/types.js";
import { ackMarker, recentCommands } from "./acks.js";
import { type BoardLimits, boardView, DEFAULT_LIMITS } from "./view-model.js";

/** GitHub rejects comments over 65,536 characters; keep a margin for the marker and footer. */
export const BOARD_MAX_LENGTH = 65_000;

/**
 * Renders the board, shrinking what it shows (older timeline entries first, then quoted text)
 * until it fits GitHub's comment limit, whatever the incident's length. Always starts with the marker.
 * `ackedThrough` is the acknowledgement watermark (`acks.ts`): the commands up to it are listed.
 * `records` are further hidden lines the board keeps (what chat channels were told: `notify/sent-record.ts`).
 */
export function renderBoard(
  state: IncidentState,
  config: Config,
  template: Template,
  row?: DashboardRow,
  ackedThrough: number | null = null,
  records: readonly string[] = [],
): string {
  let limits: BoardLimits = { ...DEFAULT_LIMITS, timeline: config.board.timelineLimit };
  // The board is where the postmortem link lives: its marker is read back by the derivation. It
  // also carries the incident's dashboard row, to tell when the dashboard needs refreshing.
  const head = [
    BOARD_MARKER,
    ...(state.postmortem ? [postmortemMarker(state.postmortem.number, state.postmortem.url)] : []),
    ...(row ? [rowMarker({ ...row, updatedAt: "" })] : []),
    ...(ackedThrough === null ? [] : [ackMarker(ackedThrough)]),
    ...records,
    ...(state.recentChanges ? [changesMarker(state.recentChanges)] : []),
  ].join("\n");
  const recent = recentCommands(state, ackedThrough, config.timeZone);
  const view = (l: BoardLimits) => ({ ...boardView(state, config, l), recentCommands: recent });
  for (let attempt = 0; attempt < 12; attempt++) {
    const body = `${head}\n${template(view(limits)).trim()}\n`;
    if (body.length <= BOARD_MAX_LENGTH) return body;
    limits = {
      timeline: Math.max(5, Math.floor(limits.timeline / 2)),
      text: Math.max(80, Math.floor(limits.text * 0.7)),
      quote: Math.max(200, Math.floor(limits.quote / 2)),
      followups: Math.max(10, Math.floor(limits.followups / 2)),
    };
  }
  // A template that is huge on its own: never post something GitHub would reject.
  const body = `${head}\n${template(view(limits)).trim()}`;
  return `${body.slice(0, BOARD_MAX_LENGTH - 80)}\n\n_The board was cut to fit GitHub's comment limit._\n`;
}
