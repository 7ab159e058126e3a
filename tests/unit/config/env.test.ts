import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../../server/config/env";

describe("configuration", () => {
  it("has working defaults with no environment at all", () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.databaseUrl).toBeUndefined();
    expect(c.smtpUrl).toBeUndefined();
    expect(c.publicRateLimit).toBe(10);
    expect(c.dataDir).toMatch(/data$/);
    expect(c.seedDemoData).toBe(true);
  });

  it("treats empty values as unset", () => {
    expect(loadConfig({ DATABASE_URL: "", SMTP_URL: " " }).databaseUrl).toBeUndefined();
  });

  it("reads PUBLIC_RATE_LIMIT=0 as 'no limit' and trims a trailing slash of PUBLIC_URL", () => {
    const c = loadConfig({ PUBLIC_RATE_LIMIT: "0", PUBLIC_URL: "https://trials.example.org/" });
    expect(c.publicRateLimit).toBe(0);
    expect(c.publicUrl).toBe("https://trials.example.org");
  });

  it("allows 5 sign-in attempts a minute by default, configurable but never 0", () => {
    expect(loadConfig({}).signInRateLimit).toBe(5);
    expect(loadConfig({ SIGN_IN_RATE_LIMIT: "30" }).signInRateLimit).toBe(30);
    expect(() => loadConfig({ SIGN_IN_RATE_LIMIT: "0" })).toThrow(/SIGN_IN_RATE_LIMIT/);
  });

  it("lists every bad value by name, without echoing secrets", () => {
    let error: unknown;
    try {
      loadConfig({ PORT: "eighty", DATABASE_URL: "mysql://u:s3cret@h/db", ADMIN_PASSWORD: "short", SMTP_URL: "http://x" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/PORT/);
    expect(message).toMatch(/DATABASE_URL: must be a postgresql:\/\/ URL/);
    expect(message).toMatch(/ADMIN_PASSWORD: must be at least 12 characters/);
    expect(message).toMatch(/SMTP_URL/);
    expect(message).not.toContain("s3cret");
    expect(message).not.toContain("short");
  });
});
