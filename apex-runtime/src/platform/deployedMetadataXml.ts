// Just enough XML for the project's source-format metadata files (flat elements, one level of
// nesting, no attributes that matter). Tags may be split before '>' as Prettier writes them:
// `<description\n  >text</description>`.

export interface XmlElement {
  name: string;
  /** Text content (entities decoded) when the element holds no child elements. */
  text: string;
  children: XmlElement[];
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'"
};

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

/** Parses the document's root element. */
export function parseXml(source: string): XmlElement {
  const body = source.replace(/<\?xml[\s\S]*?\?>/, '').replace(/<!--[\s\S]*?-->/g, '');
  const tag = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[^<>]*?)?)\s*(\/?)>/g;
  const stack: { element: XmlElement; textStart: number }[] = [];
  let root: XmlElement | null = null;
  let match: RegExpExecArray | null;
  while ((match = tag.exec(body)) !== null) {
    const [whole, closing, name, , selfClosing] = match;
    if (closing) {
      const open = stack.pop();
      if (!open || open.element.name !== name) throw new Error(`XML: unexpected </${name}>`);
      if (open.element.children.length === 0) {
        open.element.text = decode(body.slice(open.textStart, match.index)).trim();
      }
      if (stack.length === 0) root = open.element;
      continue;
    }
    const element: XmlElement = { name, text: '', children: [] };
    stack[stack.length - 1]?.element.children.push(element);
    if (selfClosing) {
      if (stack.length === 0) root = element;
      continue;
    }
    stack.push({ element, textStart: match.index + whole.length });
  }
  if (!root || stack.length) throw new Error('XML: unbalanced document');
  return root;
}

/** The text of the first child with this name, or null. */
export function childText(element: XmlElement, name: string): string | null {
  const child = element.children.find((c) => c.name === name);
  return child ? child.text : null;
}

export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

export function childBoolean(element: XmlElement, name: string): boolean {
  return childText(element, name) === 'true';
}
