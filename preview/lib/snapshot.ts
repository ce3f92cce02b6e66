// Snapshot validation for `npm start -- --snapshot <file>`: the access engine's own rules, so the
// preview accepts exactly what the command line and the panel accept.
export {
  parseSnapshot,
  SnapshotError
} from '../../force-app/main/default/lwc/accessEngine/accessEngine';
