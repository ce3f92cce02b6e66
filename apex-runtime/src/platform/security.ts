// Who may do what, in user mode: the AccessChecker over the org's records. Effective
// permissions come from securityEffective.ts; this file turns them into answers:
// - user permissions and custom permissions (SetupEntityAccess on any set in effect);
// - object CRUD: setup objects by their special access rules (securitySetupObjects.ts), other
//   objects by ObjectPermissions, with View All Data opening read and Modify All Data every
//   operation on every object (Salesforce Help: "User Permissions and Access");
// - FLS: FieldPermissions for permissionable custom fields; fields FLS does not govern follow
//   the object (securityFields.ts). Answers are cached per user until invalidate().
import { NotImplemented } from '../errors';
import { toId18 } from '../equality';
import type {
  AccessChecker,
  FieldOperation,
  ObjectDescribe,
  ObjectOperation,
  RecordStore,
  Schema,
  StoredRecord
} from './contracts';
import {
  computeEffectiveAccess,
  id18,
  rowsReader,
  type EffectiveAccess,
  type RowsOf
} from './securityEffective';
import { isPermissionableField } from './securityFields';
import { SETUP_OBJECT_RULES, meets } from './securitySetupObjects';

/** 'PermissionsViewSetup' or 'ViewSetup' → 'permissionsviewsetup'. */
function permissionKey(name: string): string {
  const lower = name.toLowerCase();
  return lower.startsWith('permissions') ? lower : `permissions${lower}`;
}

export class OrgAccessChecker implements AccessChecker {
  private readonly cache = new Map<string, EffectiveAccess>();
  private readonly rows: RowsOf;

  constructor(
    private readonly schema: Schema,
    private readonly store: RecordStore,
    /** The transaction's clock (assignments expire against it). */
    private readonly now: () => number = Date.now
  ) {
    this.rows = rowsReader(schema, store);
  }

  /** The user's effective access (cached until invalidate()). */
  effectiveAccess(userId: string): EffectiveAccess {
    const key = toId18(userId) ?? userId;
    let access = this.cache.get(key);
    if (!access) {
      access = computeEffectiveAccess(this.store, this.rows, key, this.now());
      this.cache.set(key, access);
    }
    return access;
  }

  hasUserPermission(userId: string, permissionField: string): boolean {
    return this.effectiveAccess(userId).userPermissions.has(permissionKey(permissionField));
  }

  hasCustomPermission(userId: string, developerName: string): boolean {
    const access = this.effectiveAccess(userId);
    if (!access.active) return false;
    const wanted = developerName.toLowerCase();
    for (const permission of this.rows('CustomPermission')) {
      const name = permission.get('developername');
      if (typeof name !== 'string' || name.toLowerCase() !== wanted) continue;
      const id = id18(permission.get('id') ?? null);
      if (id && access.customPermissionIds.has(id)) return true;
    }
    return false;
  }

  canAccessObject(userId: string, objectName: string, operation: ObjectOperation): boolean {
    const access = this.effectiveAccess(userId);
    const object = this.schema.object(objectName);
    if (!access.active || !object) return false;
    const has = (name: string) => access.userPermissions.has(permissionKey(name));
    const rule = SETUP_OBJECT_RULES.get(object.name.toLowerCase());
    if (rule) return meets(rule[operation], has);
    if (object.setup) {
      throw new NotImplemented(`user-mode access rules of the setup object ${object.name}`);
    }
    if (!describedAllows(object, operation)) return false;
    if (has('ModifyAllData')) return true;
    if (operation === 'read' && has('ViewAllData')) return true;
    const grant = access.objects.get(object.name.toLowerCase());
    if (!grant) return false;
    if (grant.modifyAll) return true;
    if (operation === 'read') return grant.read || grant.viewAll;
    return grant[operation];
  }

  canAccessField(
    userId: string,
    objectName: string,
    fieldName: string,
    operation: FieldOperation
  ): boolean {
    const object = this.schema.object(objectName);
    const field = object?.fields.get(fieldName.toLowerCase());
    if (!object || !field) return false;
    if (operation === 'edit' && (field.calculated || !(field.createable || field.updateable)))
      return false;
    const objectOpen =
      operation === 'read'
        ? this.canAccessObject(userId, object.name, 'read')
        : this.canAccessObject(userId, object.name, 'create') ||
          this.canAccessObject(userId, object.name, 'edit');
    if (!objectOpen) return false;
    // Setup objects have no FieldPermissions; standard fields are modelled as following the
    // object (docs/security.md); FLS proper governs custom fields.
    if (object.setup || !field.custom || !isPermissionableField(field)) return true;
    const grant = this.effectiveAccess(userId).fields.get(
      `${object.name}.${field.name}`.toLowerCase()
    );
    return operation === 'read' ? grant?.read === true : grant?.edit === true;
  }

  /**
   * For user-mode queries: which of the object's rows the user sees beyond CRUD — their own
   * only (LoginHistory, AuthSession, AsyncApexJob) unless a permission opens every row. null
   * when every row is visible.
   */
  rowFilter(userId: string, objectName: string): ((row: StoredRecord) => boolean) | null {
    const rule = SETUP_OBJECT_RULES.get(objectName.toLowerCase());
    if (!rule?.ownRows) return null;
    const access = this.effectiveAccess(userId);
    const own = rule.ownRows;
    if (own.allRowsWith.some((name) => access.userPermissions.has(permissionKey(name))))
      return null;
    const field = own.field.toLowerCase();
    return (row) => id18(row.get(field) ?? null) === access.userId;
  }

  invalidate(): void {
    this.cache.clear();
  }
}

/** An object the describe makes read-only (or not queryable) can't be written in any mode. */
function describedAllows(object: ObjectDescribe, operation: ObjectOperation): boolean {
  switch (operation) {
    case 'read':
      return object.queryable;
    case 'create':
      return object.createable;
    case 'edit':
      return object.updateable;
    case 'delete':
      return object.deletable;
  }
}
