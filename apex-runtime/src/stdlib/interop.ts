// What the system classes need from the interpreter. The lead implements it once per
// transaction; the tests use a small fake (test/stdlib/fakeInterop.ts).
import type { PlatformContext } from '../platform/contracts';
import type { ApexObject, ApexValue, NativeObject, TypeRef } from '../values';

export interface Interop {
  platform: PlatformContext;
  /** Converts a value to a declared type as Apex assignment does (String→Id 18 chars, Integer→Decimal…). */
  coerce(value: ApexValue, type: TypeRef): ApexValue;
  /** Calls an Apex method on an object (compareTo for List.sort of Comparable, equals, hashCode). */
  invokeVirtual(target: ApexObject, name: string, args: ApexValue[]): ApexValue;
  hasMethod(target: ApexObject, name: string, arity: number): boolean;
  /**
   * JSON: the serializable instance fields and properties of an Apex class, in declaration
   * order (not static, not transient), display-cased. null: the type is not an Apex class.
   */
  classFields(type: TypeRef): { name: string; type: TypeRef }[] | null;
  /** A fresh instance of an Apex class, fields at their initial values (no constructor run). */
  newInstance(type: TypeRef): ApexObject;
  /** String.valueOf of an Apex object: its toString(), or the platform's default rendering. */
  objectToString(target: ApexObject): string;
  /** String.valueOf of a system object that stdlib does not own (Schema.SObjectType, …). */
  nativeToString(target: NativeObject): string;
  /** Id.getSObjectType(): the Schema.SObjectType value of an object API name. */
  sObjectType(objectName: string): ApexValue;
  /** IANA time zone of the running user (User.TimeZoneSidKey), e.g. 'America/Los_Angeles'. */
  timeZone(): string;
  /** API version of the running code, e.g. '65.0' (SObject JSON attributes.url). */
  apiVersion(): string;
  /** Counts values in flight (not yet in any variable) with the heap against its limit. */
  observeHeap(inflight: ApexValue[]): void;
  /** Where the call is (for NotImplemented). */
  where(): string;
}

export type StaticMethod = (rt: Interop, args: ApexValue[]) => ApexValue;
export type InstanceMethod<T> = (rt: Interop, receiver: T, args: ApexValue[]) => ApexValue;
