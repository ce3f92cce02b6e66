/** English phrases for a permission's sources, shared by the explanation tree and the audit. */
import { renderReason } from '../../force-app/main/default/lwc/accessEngine/accessEngine';
import type { Source, SourceRef } from '../../force-app/main/default/lwc/accessEngine/accessEngine';

/** `profile Standard User`, `permission set X`, `permission set group G → member set M`. */
export function sourcePath(source: Source | SourceRef): string {
  switch (source.kind) {
    case 'profile':
      return `profile ${source.name}`;
    case 'permissionSet':
      return `permission set ${source.name}`;
    case 'permissionSetGroup':
      return source.via === null
        ? `permission set group ${source.name}`
        : `permission set group ${source.name} → member set ${source.via}`;
  }
}

export function sourceLine(source: Source): string {
  if (source.inEffect) return `${sourcePath(source)}: in effect`;
  const muted = source.mutedBy ? ` → muted by ${source.mutedBy}` : '';
  const reason = source.reason ? renderReason(source.reason) : 'unknown';
  return `${sourcePath(source)}${muted}: not in effect because ${reason}`;
}
