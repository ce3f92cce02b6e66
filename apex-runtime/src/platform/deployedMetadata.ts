// The project's metadata as a deploy leaves it in the org before the tests run: one ApexClass
// row per class, one CustomPermission row per custom permission, and each permission set with
// its ObjectPermissions, FieldPermissions, SetupEntityAccess (classes, custom permissions) and
// PermissionSetTabSetting rows. Metadata API Developer Guide: "PermissionSet",
// "CustomPermission"; Object Reference: ObjectPermissions, FieldPermissions, SetupEntityAccess.
// A reference the org can't resolve fails the deploy, so it throws here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DeployError, type BaselineRows } from './baselineRows';

export { DeployError } from './baselineRows';
import { childBoolean, childrenNamed, childText, parseXml } from './deployedMetadataXml';

/** The source folders ('<packageDirectory>/main/default') of sfdx-project.json. */
export function sourceFolders(projectDir: string): string[] {
  const projectFile = join(projectDir, 'sfdx-project.json');
  const paths: string[] = existsSync(projectFile)
    ? ((
        JSON.parse(readFileSync(projectFile, 'utf8')) as { packageDirectories?: { path: string }[] }
      ).packageDirectories?.map((d) => d.path) ?? [])
    : ['force-app'];
  return paths.map((p) => join(projectDir, p, 'main', 'default')).filter((p) => existsSync(p));
}

function filesIn(folder: string, suffix: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith(suffix))
    .sort()
    .map((name) => join(folder, name));
}

export function addDeployedMetadata(
  rows: BaselineRows,
  projectDir: string,
  licenceIds: Map<string, string>
): void {
  const classIds = new Map<string, string>();
  const customPermissionIds = new Map<string, string>();
  const folders = sourceFolders(projectDir);
  for (const folder of folders) {
    for (const file of filesIn(join(folder, 'classes'), '.cls')) {
      const name = basename(file, '.cls');
      const meta = existsSync(`${file}-meta.xml`)
        ? parseXml(readFileSync(`${file}-meta.xml`, 'utf8'))
        : null;
      const id = rows.add('ApexClass', {
        Name: name,
        NamespacePrefix: null,
        Status: (meta && childText(meta, 'status')) ?? 'Active',
        ApiVersion: meta ? Number(childText(meta, 'apiVersion')) : null,
        IsValid: true
      });
      if (id) classIds.set(name.toLowerCase(), id);
    }
    const suffix = '.customPermission-meta.xml';
    for (const file of filesIn(join(folder, 'customPermissions'), suffix)) {
      const xml = parseXml(readFileSync(file, 'utf8'));
      const name = basename(file, suffix);
      const id = rows.add('CustomPermission', {
        DeveloperName: name,
        MasterLabel: childText(xml, 'label') ?? name,
        Description: childText(xml, 'description'),
        IsLicensed: childBoolean(xml, 'isLicensed'),
        NamespacePrefix: null
      });
      if (id) customPermissionIds.set(name.toLowerCase(), id);
    }
  }
  for (const folder of folders) {
    const suffix = '.permissionset-meta.xml';
    for (const file of filesIn(join(folder, 'permissionsets'), suffix)) {
      const refs = { classIds, customPermissionIds, licenceIds };
      addPermissionSet(rows, basename(file, suffix), readFileSync(file, 'utf8'), refs);
    }
  }
}

interface References {
  classIds: Map<string, string>;
  customPermissionIds: Map<string, string>;
  licenceIds: Map<string, string>;
}

function addPermissionSet(rows: BaselineRows, name: string, source: string, refs: References) {
  const xml = parseXml(source);
  const description = childText(xml, 'description');
  if (description !== null && description.length > 255) {
    // PermissionSet.Description holds at most 255 characters: the deploy fails.
    throw new DeployError(
      `${name}.permissionset-meta.xml: Description: data value too large: max length=255, ` +
        `actual length=${description.length}`
    );
  }
  const licence = childText(xml, 'license');
  const licenceId = licence === null ? null : refs.licenceIds.get(licence);
  if (licenceId === undefined) throw new DeployError(`${name}: unknown license '${licence}'`);
  const sessionBased = childBoolean(xml, 'hasActivationRequired');
  const granted = childrenNamed(xml, 'userPermissions')
    .filter((p) => childBoolean(p, 'enabled'))
    .map((p) => childText(p, 'name') ?? '');
  const setId = rows.add('PermissionSet', {
    Name: name,
    Label: childText(xml, 'label') ?? name,
    Description: description,
    HasActivationRequired: sessionBased,
    IsOwnedByProfile: false,
    IsCustom: true,
    ProfileId: null,
    PermissionSetGroupId: null,
    LicenseId: licenceId,
    NamespacePrefix: null,
    Type: sessionBased ? 'Session' : 'Regular',
    ...rows.permissionValues('PermissionSet', granted, true)
  });
  if (!setId) throw new Error('deploy: the schema has no PermissionSet object');
  addObjectPermissions(rows, name, setId, xml);
  addFieldPermissions(rows, name, setId, xml);
  addSetupEntityAccess(rows, name, setId, xml, refs);
  for (const tab of childrenNamed(xml, 'tabSettings')) {
    // Metadata 'Visible' is the API's DefaultOn, 'Available' DefaultOff.
    const visibility = childText(tab, 'visibility');
    rows.add('PermissionSetTabSetting', {
      ParentId: setId,
      Name: childText(tab, 'tab'),
      Visibility: visibility === 'Visible' ? 'DefaultOn' : 'DefaultOff'
    });
  }
}

type Xml = ReturnType<typeof parseXml>;

function addObjectPermissions(rows: BaselineRows, setName: string, setId: string, xml: Xml) {
  for (const entry of childrenNamed(xml, 'objectPermissions')) {
    const objectName = childText(entry, 'object') ?? '';
    const object = rows.describe(objectName);
    if (!object) throw new DeployError(`${setName}: no object named ${objectName}`);
    rows.addObjectPermission(setId, object.name, {
      read: childBoolean(entry, 'allowRead'),
      create: childBoolean(entry, 'allowCreate'),
      edit: childBoolean(entry, 'allowEdit'),
      delete: childBoolean(entry, 'allowDelete'),
      viewAll: childBoolean(entry, 'viewAllRecords'),
      modifyAll: childBoolean(entry, 'modifyAllRecords')
    });
  }
}

function addFieldPermissions(rows: BaselineRows, setName: string, setId: string, xml: Xml) {
  for (const entry of childrenNamed(xml, 'fieldPermissions')) {
    const qualified = childText(entry, 'field') ?? '';
    const [objectName, fieldName] = qualified.split('.');
    const object = rows.describe(objectName ?? '');
    const field = fieldName ? object?.fields.get(fieldName.toLowerCase()) : undefined;
    if (!object || !field) throw new DeployError(`${setName}: no field named ${qualified}`);
    rows.add('FieldPermissions', {
      ParentId: setId,
      SobjectType: object.name,
      Field: `${object.name}.${field.name}`,
      PermissionsRead: childBoolean(entry, 'readable') || childBoolean(entry, 'editable'),
      PermissionsEdit: childBoolean(entry, 'editable')
    });
  }
}

function addSetupEntityAccess(
  rows: BaselineRows,
  setName: string,
  setId: string,
  xml: Xml,
  refs: References
) {
  const grant = (type: string, entityName: string, ids: Map<string, string>) => {
    if (!rows.has(type) || !rows.has('SetupEntityAccess')) return;
    const entityId = ids.get(entityName.toLowerCase());
    if (!entityId) throw new DeployError(`${setName}: no ${type} named ${entityName}`);
    rows.add('SetupEntityAccess', {
      ParentId: setId,
      SetupEntityId: entityId,
      SetupEntityType: type
    });
  };
  for (const entry of childrenNamed(xml, 'classAccesses')) {
    if (childBoolean(entry, 'enabled'))
      grant('ApexClass', childText(entry, 'apexClass') ?? '', refs.classIds);
  }
  for (const entry of childrenNamed(xml, 'customPermissions')) {
    if (childBoolean(entry, 'enabled'))
      grant('CustomPermission', childText(entry, 'name') ?? '', refs.customPermissionIds);
  }
}
