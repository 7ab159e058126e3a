// Lint rules that hold the architecture in place (AGENTS.md): what may import what.
import tseslint from "typescript-eslint";

const noServerInClient = {
  patterns: [
    { group: ["**/server/**", "@server/*"], allowTypeImports: true, message: "The client may only `import type` from the server (AppRouter)." },
  ],
};

export default tseslint.config(
  { ignores: ["node_modules/**", "dist/**", "data/**", "server/generated/**", "bench/results/**"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["shared/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/server/**", "**/client/**", "@server/*", "@client/*", "express", "@prisma/*", "react"], message: "shared/ is pure: it may import only zod." }] }],
    },
  },
  {
    files: ["client/**/*.{ts,tsx}"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", noServerInClient] },
  },
  {
    files: ["server/modules/**/*.ts"],
    ignores: ["server/modules/**/*.router.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@trpc/*", "express"], message: "Use cases never import tRPC or Express: throw AppError and let the router map it." }] }],
    },
  },
);
