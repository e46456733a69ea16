/**
 * An `.github/incidents.yml` with an on-call rotation whose first hand-off is today at 00:00 UTC:
 * @carol is on call now, @dave next. Shared by the preparedness tests of both front doors.
 */
const DAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

export function rotationToday(now = new Date()): string {
  return [
    "oncall:",
    "  commander:",
    '    people: ["@carol", "@dave"]',
    `    handoff: "${DAYS[now.getUTCDay()]} 00:00"`,
    `    start: "${now.toISOString().slice(0, 10)}"`,
  ].join("\n");
}
