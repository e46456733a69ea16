/**
 * The credentials the app runs with, checked before it starts (both entries: `npm start` and the
 * Lambda function). The app never runs with a default: without `WEBHOOK_SECRET`, Probot would check
 * every delivery against its built-in secret `development`, which anyone can sign with.
 */

/** Probot's built-in webhook secret, which is public: never accepted as the app's own. */
export const DEFAULT_WEBHOOK_SECRET = "development";

/** The variables the app cannot run without that `env` lacks, as they are named to the operator. */
export function missingCredentials(env: NodeJS.ProcessEnv): string[] {
  const missing: string[] = [];
  if (!env.APP_ID) missing.push("APP_ID");
  if (!env.PRIVATE_KEY && !env.PRIVATE_KEY_PATH) missing.push("PRIVATE_KEY (or PRIVATE_KEY_PATH)");
  if (!env.WEBHOOK_SECRET) missing.push("WEBHOOK_SECRET");
  return missing;
}

/**
 * Why the app must not run with `env`'s credentials, as a message for the operator (what is
 * missing or wrong and how to fix it), or `undefined` when they are complete.
 */
export function credentialsRefusal(env: NodeJS.ProcessEnv): string | undefined {
  const missing = missingCredentials(env);
  if (missing.length > 0) {
    const secret = missing.includes("WEBHOOK_SECRET")
      ? " Without WEBHOOK_SECRET the app would accept deliveries signed with Probot's public default " +
        `secret "${DEFAULT_WEBHOOK_SECRET}", so it does not start.`
      : "";
    return (
      `Missing environment variables: ${missing.join(", ")}.${secret} Set them to your GitHub App's ` +
      "values (its settings page: App ID, a private key, the webhook secret) in the environment or " +
      ".env, and start again (see docs/deploy.md)."
    );
  }
  if (env.WEBHOOK_SECRET === DEFAULT_WEBHOOK_SECRET) {
    return (
      `WEBHOOK_SECRET is "${DEFAULT_WEBHOOK_SECRET}", Probot's public default: anyone could sign ` +
      "deliveries with it. Set a random secret (for example `openssl rand -hex 32`) in your GitHub " +
      "App's settings and in WEBHOOK_SECRET, and start again (see docs/deploy.md)."
    );
  }
  return undefined;
}
