// The simulated session: who is "running as", set by the server in the page
// (window.__WHY_PREVIEW__). In an org this is the logged-in user; here the switcher picks one.
const boot = globalThis.__WHY_PREVIEW__ || {};

export const session = Object.freeze({
  userId: boot.userId || '',
  userName: boot.userName || '',
  timeZone: boot.timeZone || 'GMT',
  customPermissions: Object.freeze([...(boot.customPermissions || [])]),
  userPermissions: Object.freeze([...(boot.userPermissions || [])]),
  // The users the switchers list first (a bounded part of the org: search finds the others).
  users: Object.freeze([...(boot.users || [])]),
  userCount: boot.userCount || (boot.users || []).length,
  snapshot: boot.snapshot || '',
  defaultRecordUserId: boot.defaultRecordUserId || boot.userId || ''
});
