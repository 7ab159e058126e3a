// Roles and the named permissions each grants. Server procedures require permissions, never
// roles, so that the whole policy reads here at a glance.
export const ROLES = ["ADMIN", "COORDINATOR"] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  "inquiries:read",
  "inquiries:manage",
  "inquiries:reroute",
  "reports:read",
  "studies:read",
  "admin:studies",
  "admin:sites",
  "admin:users",
  "admin:templates",
  "admin:settings",
  "admin:audit",
  "admin:outbox",
  "admin:privacy",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const GRANTS: Record<Role, readonly Permission[]> = {
  ADMIN: PERMISSIONS,
  // Coordinators act only within the sites they belong to; the server scopes every query.
  COORDINATOR: ["inquiries:read", "inquiries:manage", "inquiries:reroute", "reports:read", "studies:read"],
};

export function permissionsOf(role: Role): readonly Permission[] {
  return GRANTS[role];
}

export function hasPermission(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}
