// The surfaces the preview can show: one entry each. `component` is the org module name; when
// its compiled bundle does not exist yet the surface shows a placeholder instead. `frame` picks
// the page chrome (see preview/shell); `props` gives the component's public properties.
// Read by the bundler (Node) and by the page (browser), so keep it plain data and functions.

/** @typedef {{ runningUserId: string, recordUserId: string }} SurfaceContext */

export const SURFACES = [
  {
    key: 'tab',
    label: 'Tab: Why API-Only?',
    component: 'c/whyApiOnly',
    frame: 'tab',
    /** @param {SurfaceContext} _ctx */
    props: (_ctx) => ({})
  },
  {
    key: 'record',
    label: 'User record page',
    component: 'c/whyApiOnly',
    frame: 'record',
    /** @param {SurfaceContext} ctx */
    props: (ctx) => ({ recordId: ctx.recordUserId, objectApiName: 'User' })
  },
  {
    key: 'utility',
    label: 'Utility bar',
    component: 'c/whyApiOnly',
    frame: 'utility',
    /** @param {SurfaceContext} _ctx */
    props: (_ctx) => ({})
  },
  {
    key: 'editor',
    label: 'Bulk MFA editor',
    component: 'c/mfaPermissionEditor',
    frame: 'tab',
    /** @param {SurfaceContext} _ctx */
    props: (_ctx) => ({})
  }
];

export const DEFAULT_SURFACE = 'tab';
