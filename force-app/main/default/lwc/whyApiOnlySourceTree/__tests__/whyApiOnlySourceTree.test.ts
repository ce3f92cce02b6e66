import { createElement } from 'lwc';
import type SourceTreeComponent from 'c/whyApiOnlySourceTree';
import type { PermissionExplanation, Source } from 'c/accessEngine';
import { mockCustomLabels } from '../../whyApiOnly/__tests__/customLabels';
import { flush, removeAll, shadow, text } from '../../whyApiOnly/__tests__/panelTestKit';

jest.mock('lightning/navigation', () => {
  const Navigate = Symbol('Navigate');
  const NavigationMixin = (Base: new () => object) =>
    class extends Base {
      [Navigate]() {}
    };
  return { NavigationMixin: Object.assign(NavigationMixin, { Navigate }) };
});

mockCustomLabels();
// Required (not imported) so that it loads after the labels are mocked.
const SourceTree: typeof SourceTreeComponent = require('c/whyApiOnlySourceTree').default;

function permissionSet(n: number): Source {
  return {
    kind: 'permissionSet',
    id: `0PS${String(n).padStart(12, '0')}AAA`,
    name: `Set_${n}`,
    via: null,
    viaId: null,
    inEffect: true,
    reason: null,
    mutedBy: null,
    assignmentId: `0Pa${String(n).padStart(12, '0')}AAA`
  };
}

function permission(field: string, sourceCount: number): PermissionExplanation {
  return {
    field,
    label: field,
    effective: sourceCount > 0,
    sources: Array.from({ length: sourceCount }, (_, i) => permissionSet(i + 1))
  };
}

function render(permissions: PermissionExplanation[]): HTMLElement {
  // `as never`: the NavigationMixin's class type is not the engine's constructor type.
  const element = createElement('c-why-api-only-source-tree', { is: SourceTree as never });
  Object.assign(element, { permissions });
  document.body.appendChild(element);
  return element;
}

const sourcesOf = (element: HTMLElement, field: string) =>
  [...shadow(element).querySelectorAll('[data-source]')].filter((row) =>
    row.getAttribute('data-source')!.startsWith(`${field}-`)
  );
const showAll = (element: HTMLElement, field: string) =>
  shadow(element).querySelector<HTMLButtonElement>(`[data-show-all][data-field="${field}"]`);

describe('c-why-api-only-source-tree', () => {
  afterEach(removeAll);

  it('lists the first 10 sources of a permission and offers to show all of them', async () => {
    const element = render([permission('PermissionsApiEnabled', 150)]);
    await flush();

    expect(sourcesOf(element, 'PermissionsApiEnabled')).toHaveLength(10);
    expect(text(showAll(element, 'PermissionsApiEnabled'))).toBe('Show all 150 sources');
    await expect(element).toBeAccessible();
  });

  it('lists every source, without the button, when a permission has 10 or fewer', async () => {
    const element = render([permission('PermissionsApiUserOnly', 10)]);
    await flush();

    expect(sourcesOf(element, 'PermissionsApiUserOnly')).toHaveLength(10);
    expect(showAll(element, 'PermissionsApiUserOnly')).toBeNull();
  });

  it('shows all sources of that permission only, and moves focus to the first one revealed', async () => {
    const element = render([
      permission('PermissionsApiEnabled', 25),
      permission('PermissionsForceTwoFactor', 12)
    ]);
    await flush();

    showAll(element, 'PermissionsApiEnabled')!.click();
    await flush();

    const apiEnabled = sourcesOf(element, 'PermissionsApiEnabled');
    expect(apiEnabled).toHaveLength(25);
    expect(showAll(element, 'PermissionsApiEnabled')).toBeNull();
    expect(sourcesOf(element, 'PermissionsForceTwoFactor')).toHaveLength(10);
    expect(text(showAll(element, 'PermissionsForceTwoFactor'))).toBe('Show all 12 sources');
    expect(shadow(element).activeElement).toBe(apiEnabled[10].querySelector('a'));
  });
});
