// Sign-in and sessions through better-auth: hashing (scrypt), session cookies (httpOnly,
// SameSite=Lax, Secure behind https), session expiry/revocation in the `sessions` table and
// sign-in rate limiting stored in PostgreSQL so it holds across processes.
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import type { Db } from "../../db/prisma";
import { deliverPasswordReset, recordPasswordReset, RESET_TOKEN_TTL_SECONDS, type RequestMeta } from "./password-reset";
import { sessionHooks } from "./session-hooks";

/** Set by the Express app from req.ip for every auth request (see app.ts). */
export const CLIENT_IP_HEADER = "x-trialconnect-client-ip";

function requestMeta(request: Request | undefined): RequestMeta {
  return { ip: request?.headers.get(CLIENT_IP_HEADER) ?? null, userAgent: request?.headers.get("user-agent") ?? null };
}

export type AuthOptions = { db: Db; secret: string; baseUrl: string; trustedOrigins?: string[]; signInPerMinute?: number };

export function createAuth({ db, secret, baseUrl, trustedOrigins = [], signInPerMinute = 5 }: AuthOptions) {
  return betterAuth({
    appName: "TrialConnect",
    baseURL: baseUrl,
    basePath: "/api/auth",
    secret,
    trustedOrigins: [baseUrl, ...trustedOrigins],
    database: prismaAdapter(db, { provider: "postgresql" }),
    emailAndPassword: {
      enabled: true,
      // Accounts are created by admins (invitations), never by self sign-up.
      disableSignUp: true,
      minPasswordLength: 12,
      maxPasswordLength: 128,
      // The e-mail goes to our outbox; the answer is the same whether or not the account exists.
      sendResetPassword: ({ user, token }, request) => deliverPasswordReset(db, baseUrl, { userId: user.id, token, ...requestMeta(request) }),
      onPasswordReset: ({ user }, request) => recordPasswordReset(db, user.id, requestMeta(request)),
      resetPasswordTokenExpiresIn: RESET_TOKEN_TTL_SECONDS,
      revokeSessionsOnPasswordReset: true,
    },
    // Reset tokens are stored as SHA-256 hashes: a database reader cannot use them.
    verification: { storeIdentifier: "hashed" },
    databaseHooks: sessionHooks(db),
    session: {
      expiresIn: 60 * 60 * 12, // 12 hours
      updateAge: 60 * 30, // sliding: refreshed at most every 30 minutes
    },
    user: {
      additionalFields: {
        role: { type: "string", input: false, required: false, defaultValue: "COORDINATOR" },
        locale: { type: "string", input: false, required: false },
        active: { type: "boolean", input: false, required: false, defaultValue: true },
      },
    },
    rateLimit: {
      enabled: true,
      storage: "database",
      modelName: "rateLimit",
      window: 60,
      max: 100,
      customRules: {
        "/sign-in/email": { window: 60, max: signInPerMinute },
        "/request-password-reset": { window: 300, max: 3 },
      },
    },
    advanced: {
      cookiePrefix: "tc",
      useSecureCookies: baseUrl.startsWith("https://"),
      database: { generateId: "uuid" },
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
      // The reset e-mail is prepared after the answer, so known and unknown addresses answer alike.
      backgroundTasks: { handler: (promise) => void Promise.resolve(promise).catch(() => undefined) },
    },
    telemetry: { enabled: false },
  });
}

export type Auth = ReturnType<typeof createAuth>;
