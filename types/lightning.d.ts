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
  interface NavigationApi {
    Navigate: unique symbol;
    GenerateUrl: unique symbol;
  }
  type Constructor<T> = new (...args: never[]) => T;
  export interface NavigationCapable {
    [NavigationMixin.Navigate](pageReference: PageReference, replace?: boolean): void;
    [NavigationMixin.GenerateUrl](pageReference: PageReference): Promise<string>;
  }
  export const NavigationMixin: NavigationApi &
    (<T extends Constructor<LightningElement>>(base: T) => T & Constructor<NavigationCapable>);
  export const CurrentPageReference: import('lwc').WireAdapterConstructor;
}
