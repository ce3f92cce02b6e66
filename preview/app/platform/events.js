// What the platform would show outside the component (toasts, navigation) is reported to the
// shell through one window event, so the page can display and log it and tests can read it.
export const PLATFORM_EVENT = 'whypreview:platform';

/** @param {'toast'|'navigate'|'apex'} kind */
export function reportPlatformEvent(kind, detail) {
  const entry = { kind, at: new Date().toISOString(), detail };
  (globalThis.__WHY_PREVIEW_LOG__ ||= []).push(entry);
  globalThis.dispatchEvent(new CustomEvent(PLATFORM_EVENT, { detail: entry }));
}
