/**
 * The status page's files, by path relative to its directory: what `mode: status-page` writes. Pure.
 */
import { renderAtom } from "./render-atom.js";
import { renderHtml } from "./render-html.js";
import { renderJson } from "./render-json.js";
import { renderStatuspageV2, STATUSPAGE_V2_FILES } from "./render-statuspage-v2.js";
import type { StatusPageView } from "./types.js";

export const STATUS_PAGE_FILES = ["index.html", "status.json", "feed.atom", ...STATUSPAGE_V2_FILES] as const;
export type StatusPageFile = (typeof STATUS_PAGE_FILES)[number];

export function renderStatusPage(view: StatusPageView): Record<StatusPageFile, string> {
  return {
    "index.html": renderHtml(view),
    "status.json": renderJson(view),
    "feed.atom": renderAtom(view),
    ...renderStatuspageV2(view),
  };
}
