// Shared by the MFA editor's tests: the real label values (so the engine's sentences read as
// in the org), rendering, waiting for promises, and reaching into nested shadow roots.
import fs from 'node:fs';
import path from 'node:path';
import { createElement } from 'lwc';

// The editor's labels; the user search keeps its own file beside them.
const LABELS_FILES = ['MfaEditorUi', 'MfaEditorUserSearch'].map((name) =>
  path.resolve(__dirname, `../../../labels/${name}.labels-meta.xml`)
);

function decodeXml(xml: string): string {
  return xml.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Resolves every editor label import to its value; call before requiring a component. */
export function mockEditorLabels(): Map<string, string> {
  const labels = new Map<string, string>();
  const xml = LABELS_FILES.map((file) => fs.readFileSync(file, 'utf8')).join('\n');
  for (const [, body] of xml.matchAll(/<labels>([\s\S]*?)<\/labels>/g)) {
    const name = /<fullName>([^<]+)<\/fullName>/.exec(body)?.[1] as string;
    const value = decodeXml(/<value>([\s\S]*?)<\/value>/.exec(body)?.[1] ?? '');
    labels.set(name, value);
    jest.doMock(`@salesforce/label/c.${name}`, () => ({ default: value }), { virtual: true });
  }
  return labels;
}

/** Looks up the editor's own labels (MfaEditorUi_<name>) in what mockEditorLabels returned. */
export function editorUiLabels(labels: Map<string, string>): (name: string) => string {
  return (name) => labels.get(`MfaEditorUi_${name}`) as string;
}

export function data<T = unknown>(name: string): T {
  return JSON.parse(fs.readFileSync(path.join(__dirname, 'data', `${name}.json`), 'utf8')) as T;
}

export function render(tag: string, component: unknown, props: Record<string, unknown> = {}) {
  const element = createElement(tag, { is: component as never });
  Object.assign(element, props);
  document.body.appendChild(element);
  return element;
}

export function removeAll(): void {
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
}

// A macrotask lets every pending promise and re-render finish (tests only).
// eslint-disable-next-line @lwc/lwc/no-async-operation
const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Lets chained Apex promises and the re-renders after them finish. */
export async function settle(): Promise<void> {
  await [1, 2, 3, 4, 5, 6].reduce((previous) => previous.then(tick), Promise.resolve());
}

export function shadow(element: Element): ShadowRoot {
  return element.shadowRoot as ShadowRoot;
}

/** Follows a path of selectors, each inside the previous element's shadow root. */
export function find<T extends Element = HTMLElement>(
  root: Element,
  ...selectors: string[]
): T | null {
  let current: Element | null = root;
  for (const selector of selectors) {
    current = current ? shadow(current).querySelector(selector) : null;
  }
  return current as T | null;
}

export function findAll(root: Element, ...selectors: string[]): Element[] {
  const last = selectors[selectors.length - 1];
  const parent = selectors.length > 1 ? find(root, ...selectors.slice(0, -1)) : root;
  return parent ? [...shadow(parent).querySelectorAll(last)] : [];
}

export function text(element: Element | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function fillLabel(template: string, params: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    return params[name] === undefined ? whole : String(params[name]);
  });
}

/** A promise the test resolves when it wants: to see the progress of a pending call. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** The change set each test result's key is recorded as (the history job has run). */
const RECORDED_IDS: Readonly<Record<string, string>> = {
  'b3f1c2d4-0001': 'a01000000000012AAA',
  'b3f1c2d4-0002': 'a01000000000013AAA',
  'b3f1c2d4-0003': 'a01000000000014AAA',
  'b3f1c2d4-0004': 'a01000000000015AAA',
  'b3f1c2d4-0005': 'a01000000000020AAA'
};

/** getChangeSetRecording answering "recorded" for the keys of the test data. */
export function answerRecorded(call: jest.Mock): void {
  call.mockImplementation(({ key }: { key: string }) =>
    Promise.resolve(
      RECORDED_IDS[key]
        ? { status: 'recorded', changeSetId: RECORDED_IDS[key], name: 'MCS-recorded' }
        : { status: 'pending' }
    )
  );
}
