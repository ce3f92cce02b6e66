// The simulated session: who is "running as", set by the server in the page
// (window.__WHY_PREVIEW__). In an org this is the logged-in user; here the switcher picks one.
const boot = globalThis.__WHY_PREVIEW__ || {};

export const session = Object.freeze({
  userId: boot.userId || '',
  userName: boot.userName || '',
  customPermissions: Object.freeze([...(boot.customPermissions || [])]),
  userPermissions: Object.freeze([...(boot.userPermissions || [])]),
  users: Object.freeze([...(boot.users || [])]),
  snapshot: boot.snapshot || '',
  defaultRecordUserId: boot.defaultRecordUserId || boot.userId || ''
});
