// Shared by the panel's tests: fixtures, DOM queries through child shadow roots, and flushing.
// A macrotask: lets every pending promise (Apex mocks, confirm, re-render) settle first.
// eslint-disable-next-line @lwc/lwc/no-async-operation
export const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** A fresh, mutable copy of a fixture (wired data must not be shared between tests). */
export function fixture<T = Apex.AccessFacts>(name: string): T {
  return JSON.parse(JSON.stringify(require(`./data/${name}.json`))) as T;
}

/** The facts Apex returns after one assignment was deleted. */
export function withoutAssignment(facts: Apex.AccessFacts, assignmentId: string): Apex.AccessFacts {
  return {
    ...facts,
    permissionSetAssignments: (facts.permissionSetAssignments ?? []).filter(
      (row) => row.Id !== assignmentId
    )
  };
}

export function shadow(element: Element | null): ShadowRoot {
  if (!element?.shadowRoot) throw new Error('element has no shadow root');
  return element.shadowRoot;
}

export function child(host: Element, selector: string): ShadowRoot {
  return shadow(shadow(host).querySelector(selector));
}

export function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function removeAll(): void {
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
}
