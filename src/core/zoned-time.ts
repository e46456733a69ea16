/** Wall-clock time in a time zone (an IANA name or a fixed `+02:00`), and back. */
const FIELDS = ["year", "month", "day", "hour", "minute", "second"] as const;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let format = formatters.get(zone);
  if (format === undefined) {
    const options = Object.fromEntries(FIELDS.map((f) => [f, "numeric"]));
    format = new Intl.DateTimeFormat("en-US", { ...options, timeZone: zone, hourCycle: "h23" });
    formatters.set(zone, format);
  }
  return format;
}

/** Milliseconds to add to UTC for wall-clock time in `zone` (an IANA name or a fixed `+02:00`) at `utc`. */
export function zoneOffset(zone: string, utc: number): number {
  const fixed = /^([+-])([0-9]{2}):?([0-9]{2})?$/.exec(zone);
  if (fixed) return (fixed[1] === "-" ? -6e4 : 6e4) * (Number(fixed[2]) * 60 + Number(fixed[3] ?? 0));
  if (/^(Z|UTC|GMT)$/i.test(zone)) return 0;
  const parts = formatter(zone).formatToParts(new Date(utc));
  const [y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0] = FIELDS.map((f) =>
    Number(parts.find((p) => p.type === f)?.value),
  );
  return Date.UTC(y, mo - 1, d, h, mi, s) - Math.floor(utc / 1e3) * 1e3;
}

/** The instant when clocks in `zone` read `wall` (wall-clock fields encoded as UTC milliseconds). */
export function fromWall(wall: number, zone: string): number {
  const first = wall - zoneOffset(zone, wall);
  const second = wall - zoneOffset(zone, first);
  return second === first ? first : wall - zoneOffset(zone, second);
}
