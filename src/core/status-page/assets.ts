/**
 * The page's only inline script and stylesheet, and their SHA-256 hashes for the
 * Content-Security-Policy (which allows nothing else). Core stays free of `node:crypto`: the hashes
 * are constants, and test/core/status-page-html.test.ts checks them against the texts — change a
 * text and that test prints the new hash.
 */

/**
 * Rewrites every `<time datetime>` in the visitor's locale and time zone; the UTC text the page is
 * written with stays when scripts are off or the time does not parse.
 */
export const TIME_SCRIPT = `(() => {
  let format;
  try {
    format = new Intl.DateTimeFormat(undefined, {
      year: "numeric", month: "short", day: "numeric",
      hour: "numeric", minute: "2-digit", timeZoneName: "short"
    });
  } catch {
    return;
  }
  for (const time of document.querySelectorAll("time[datetime]")) {
    const date = new Date(time.getAttribute("datetime"));
    if (!Number.isNaN(date.getTime())) time.textContent = format.format(date);
  }
})();`;

export const TIME_SCRIPT_SHA256 = "LFAKFvV/WT/XI9w76OHkgm6ddT8Bjx6EtMGXh5oQwyo=";

export const STYLE = `
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --link: #0969da; --ok: #1a7f37; --maint: #0969da; --warn: #9a6700; --bad: #bc4c00; --down: #cf222e; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --link: #58a6ff; --ok: #3fb950; --maint: #58a6ff; --warn: #d29922; --bad: #f0883e; --down: #ff7b72; }
}
html { background: var(--bg); color: var(--fg); }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; max-width: 52rem; margin: 0 auto; padding: 1rem; }
a { color: var(--link); }
h1 { font-size: 1.75rem; margin: 0.5rem 0; }
h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 1px solid #8884; }
h3 { font-size: 1.1rem; margin: 0 0 0.25rem; }
.overall { font-size: 1.2rem; font-weight: 600; padding: 0.75rem 1rem; border-radius: 6px; border-left: 6px solid; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 0.5rem; border-bottom: 1px solid #8884; vertical-align: top; }
.description { display: block; font-weight: normal; font-size: 0.9rem; color: var(--muted); }
.state::before { content: "\\25CF"; margin-right: 0.4rem; }
.s-operational { color: var(--ok); } .s-maintenance { color: var(--maint); } .s-degraded { color: var(--warn); }
.s-partial-outage, .s-incident { color: var(--bad); } .s-major-outage { color: var(--down); }
article { border: 1px solid #8884; border-radius: 6px; padding: 0.75rem 1rem; margin: 1rem 0; }
.meta { margin: 0; font-size: 0.9rem; color: var(--muted); }
ol.updates { list-style: none; padding: 0; margin: 0.5rem 0 0; }
ol.updates li { border-top: 1px solid #8883; padding: 0.5rem 0; }
ol.updates time { font-size: 0.9rem; font-weight: 600; }
.text { white-space: pre-line; overflow-wrap: anywhere; margin: 0.25rem 0 0; }
footer { margin-top: 2rem; font-size: 0.9rem; color: var(--muted); }
`;

export const STYLE_SHA256 = "uIXYsWADJ38Xie0a9vIQfv7zjyFzZ1afk0e7VOcAB2k=";

/** Scripts: only the time script; styles: only the stylesheet; nothing loaded from anywhere. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `script-src 'sha256-${TIME_SCRIPT_SHA256}'`,
  `style-src 'sha256-${STYLE_SHA256}'`,
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");
