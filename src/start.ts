import { run } from "probot";
import app from "./index.js";

/**
 * `npm start`: runs the app with Probot. Without credentials it says plainly what is missing and
 * starts Probot's setup flow, which registers the GitHub App from `app.yml` and saves them to `.env`.
 */
function missingCredentials(env: NodeJS.ProcessEnv): string[] {
  const missing: string[] = [];
  if (!env.APP_ID) missing.push("APP_ID");
  if (!env.PRIVATE_KEY && !env.PRIVATE_KEY_PATH) missing.push("PRIVATE_KEY (or PRIVATE_KEY_PATH)");
  if (!env.WEBHOOK_SECRET) missing.push("WEBHOOK_SECRET");
  return missing;
}

async function main(): Promise<void> {
  try {
    process.loadEnvFile(".env");
  } catch {
    // No .env yet: the setup flow below writes one.
  }
  const missing = missingCredentials(process.env);
  if (
    missing.length > 0 &&
    (!process.env.APP_ID || missing.length > 1 || process.env.NODE_ENV === "production")
  ) {
    const port = process.env.PORT ?? "3000";
    const lines = [
      "",
      "Incident Workflow is not connected to a GitHub App yet.",
      `Missing environment variables: ${missing.join(", ")}.`,
      "",
      process.env.NODE_ENV === "production"
        ? "Set them (see README, 'Running the app') and start again."
        : `To register one, open http://localhost:${port} now: Probot's setup flow creates a GitHub App from app.yml\n` +
          "(issues, pull requests and contents: write; metadata: read), saves its credentials to .env,\n" +
          "and asks which repositories to install it on. Then restart `npm start`.\n" +
          "Already have an app? Put APP_ID, PRIVATE_KEY and WEBHOOK_SECRET in .env (see .env.example).",
      "",
    ];
    console.error(lines.join("\n"));
    if (process.env.NODE_ENV === "production") process.exit(1);
    // The setup flow would otherwise try to create a smee.io proxy channel on its own.
    process.env.NO_SMEE_SETUP ??= "true";
  }
  await run(app);
}

main().catch((error: unknown) => {
  console.error(
    `Incident Workflow could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
