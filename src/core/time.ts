const formatters = new Map<string, Intl.DateTimeFormat>();

/** Building a formatter costs far more than using one: one per time zone, reused. */
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hour12: false,
      timeZoneName: "short",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** `toISOString()`'s form (what `isoTime` gives every event time), read as is. */
const CANONICAL_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;

/** Formats an ISO time as `2026-11-21 09:12 UTC` (in the configured zone; UTC by default). */
export function formatTime(iso: string, timeZone: string): string {
  // UTC, the default, needs no time-zone data (ICU's first formatter costs ~30 ms of start-up) and,
  // for the engine's canonical times (`isoTime`), not even a Date: the board formats hundreds.
  if (timeZone === "UTC" && CANONICAL_UTC.test(iso)) return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (timeZone === "UTC") return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  const parts = formatter(timeZone).formatToParts(date);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? "";
  const hour = get("hour") === "24" ? "00" : get("hour");
  return `${get("year")}-${get("month")}-${get("day")} ${hour}:${get("minute")} ${get("timeZoneName")}`;
}

/** Whole minutes between two ISO times (never negative). */
export function minutesBetween(fromIso: string, toIso: string): number {
  const ms = new Date(toIso).getTime() - new Date(fromIso).getTime();
  return Number.isFinite(ms) ? Math.max(0, Math.round(ms / 60_000)) : 0;
}

/** `47 min`, `3 h 05 min`, `2 d 4 h`. */
export function formatDuration(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${String(minutes % 60).padStart(2, "0")} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}

export function addMinutes(iso: string, minutes: number): string {
  return new Date(new Date(iso).getTime() + minutes * 60_000).toISOString();
}
