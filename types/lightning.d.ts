// Declarations for the platform modules this project imports that ship without types
// (@salesforce/lightning-types has none for these). Only what the project uses is declared.

declare module '@salesforce/label/*' {
  const label: string;
  export default label;
}

declare module '@salesforce/user/Id' {
  const userId: string;
  export default userId;
}

declare module '@salesforce/i18n/timeZone' {
  /** The running user's time zone (IANA), e.g. 'America/Los_Angeles'. */
  const timeZone: string;
  export default timeZone;
}

declare module '@salesforce/customPermission/*' {
  /** True when the running user has the custom permission; undefined otherwise. */
  const hasPermission: boolean | undefined;
  export default hasPermission;
}

declare module '@salesforce/userPermission/*' {
  const hasPermission: boolean | undefined;
  export default hasPermission;
}

declare module '@salesforce/apex' {
  /** Re-runs the Apex call behind a wired value; resolves when fresh data is provisioned. */
  export function refreshApex(wiredValue: unknown): Promise<void>;
}

declare module 'lightning/platformShowToastEvent' {
  export interface ShowToastEventDetail {
    title: string;
    message?: string;
    variant?: 'info' | 'success' | 'warning' | 'error';
    mode?: 'dismissible' | 'pester' | 'sticky';
  }
  export class ShowToastEvent extends CustomEvent<ShowToastEventDetail> {
    constructor(detail: ShowToastEventDetail);
  }
}

declare module 'lightning/navigation' {
  import type { LightningElement } from 'lwc';

  export interface PageReference {
    type: string;
    attributes?: Record<string, unknown>;
    state?: Record<string, unknown>;
  }
  // Declared as consts so `this[NavigationMixin.Navigate]` has a unique symbol key.
  const Navigate: unique symbol;
  const GenerateUrl: unique symbol;
  interface NavigationApi {
    readonly Navigate: typeof Navigate;
    readonly GenerateUrl: typeof GenerateUrl;
  }
  type Constructor<T> = new (...args: never[]) => T;
  export interface NavigationCapable {
    [Navigate](pageReference: PageReference, replace?: boolean): void;
    [GenerateUrl](pageReference: PageReference): Promise<string>;
  }
  // One construct signature (not an intersection), so a class can extend the mixin's result.
  export const NavigationMixin: NavigationApi &
    (<T extends Constructor<LightningElement>>(
      base: T
    ) => Constructor<InstanceType<T> & NavigationCapable>);
  export const CurrentPageReference: import('lwc').WireAdapterConstructor;
}

declare module 'lightning/confirm' {
  export interface LightningConfirmConfig {
    message: string;
    label?: string;
    variant?: 'header' | 'headerless';
    theme?:
      | 'default'
      | 'shade'
      | 'inverse'
      | 'alt-inverse'
      | 'success'
      | 'info'
      | 'warning'
      | 'error'
      | 'offline';
  }
  /** Resolves true when the user confirms, false when they cancel or close the dialog. */
  export default class LightningConfirm {
    static open(config: LightningConfirmConfig): Promise<boolean>;
  }
}
