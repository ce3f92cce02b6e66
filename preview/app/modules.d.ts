// Types of the preview page's own modules, as the components import them (resolved by
// preview/lib/bundle.mjs). The .mjs/.js behind them are plain JavaScript shared with Node.

declare module 'preview/surfaces' {
  export interface SurfaceContext {
    runningUserId: string;
    recordUserId: string;
  }
  export interface Surface {
    key: string;
    label: string;
    component: string;
    frame: 'tab' | 'record' | 'utility';
    props: (ctx: SurfaceContext) => Record<string, unknown>;
  }
  export const SURFACES: Surface[];
  export const DEFAULT_SURFACE: string;
}

declare module 'preview/surfaceComponents' {
  import type { LightningElement } from 'lwc';
  /**
   * Loaders of the built components by module name (`c/whyApiOnly`), each loaded when its
   * surface shows; a missing one is not built yet.
   */
  const components: Record<string, (() => Promise<typeof LightningElement>) | undefined>;
  export default components;
}

declare module 'preview/session' {
  export interface PreviewUser {
    id: string;
    name: string;
    username: string;
    profile: string | null;
    active: boolean;
    note: string | null;
  }
  export const session: Readonly<{
    userId: string;
    userName: string;
    customPermissions: readonly string[];
    userPermissions: readonly string[];
    /** The users the switchers list first; `userCount` is how many there are in all. */
    users: readonly PreviewUser[];
    userCount: number;
    snapshot: string;
    defaultRecordUserId: string;
  }>;
}

declare module 'preview/events' {
  export interface PlatformEventEntry {
    kind: 'toast' | 'navigate' | 'apex';
    at: string;
    detail: Record<string, unknown>;
  }
  export const PLATFORM_EVENT: string;
  export function reportPlatformEvent(
    kind: PlatformEventEntry['kind'],
    detail: Record<string, unknown>
  ): void;
}
