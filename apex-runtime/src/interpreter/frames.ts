// Call frames and their block scopes. Apex names are case-insensitive: slots are keyed by the
// lower-case name. A frame remembers the line it is on, for stacks and coverage.
import type { ApexObject, ApexValue, TypeRef } from '../values';
import type { ClassInfo } from './classes';

export interface Slot {
  type: TypeRef;
  value: ApexValue;
}

export class Frame {
  readonly scopes: Map<string, Slot>[] = [new Map()];
  line = 0;
  constructor(
    readonly cls: ClassInfo,
    readonly method: string,
    readonly thisObj: ApexObject | null,
    readonly isStatic: boolean
  ) {}

  lookup(name: string): Slot | undefined {
    const key = name.toLowerCase();
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const slot = this.scopes[i].get(key);
      if (slot) return slot;
    }
    return undefined;
  }

  declare(name: string, type: TypeRef, value: ApexValue): void {
    this.scopes[this.scopes.length - 1].set(name.toLowerCase(), { type, value });
  }

  push(): void {
    this.scopes.push(new Map());
  }

  pop(): void {
    this.scopes.pop();
  }
}

/** How a statement ended, when not normally: break, continue, or return with a value. */
export type Completion = undefined | typeof BREAK | typeof CONTINUE | { returned: ApexValue };
export const BREAK = 1 as const;
export const CONTINUE = 2 as const;
