// How LWC sees an imported Apex method. The per-method declarations are generated
// (types/generated/apex.d.ts); these are the shapes they share.
import type { WireAdapterConstructor } from 'lwc';

declare global {
  /** What a `@wire` of an Apex method provisions. */
  interface ApexWireResult<T> {
    data?: T;
    error?: ApexError;
  }

  /** The error shape LWC receives from a failed Apex call (e.g. an AuraHandledException). */
  interface ApexError {
    body?: { message?: string; pageErrors?: { message: string; statusCode: string }[] } | null;
    status?: number;
    statusText?: string;
    message?: string;
  }

  /** A non-cacheable method: imperative calls only; parameters required when it has any. */
  type ApexMethod<Params, Result> = [keyof Params] extends [never]
    ? (params?: Params) => Promise<Result>
    : (params: Params) => Promise<Result>;

  /** A cacheable method: imperative calls and `@wire`. */
  type ApexCacheableMethod<Params, Result> = ApexMethod<Params, Result> &
    WireAdapterConstructor<Params & Record<string, unknown>, ApexWireResult<Result>>;

  namespace Apex {
    /**
     * An SObject record as Apex returns it: API field names, Ids as strings. `attributes.type`
     * names the SObject where the platform includes it (REST and some Aura responses do).
     */
    type SObjectRecord<Name extends string = string> = Readonly<Record<string, unknown>> & {
      readonly Id?: string;
      readonly attributes?: { readonly type?: Name; readonly url?: string };
    };
  }
}
