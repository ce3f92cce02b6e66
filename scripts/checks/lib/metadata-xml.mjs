// Reads the few values the metadata rules need from source-format XML that has already passed
// the schema (so well-formed, one element per line or block): elements by name, with the line
// they start on, their text unescaped.
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function unescapeXml(text) {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, name) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()];
    const code =
      name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return String.fromCodePoint(code);
  });
}

function lineAt(xml, offset) {
  let line = 1;
  for (let i = 0; i < offset; i += 1) if (xml.charCodeAt(i) === 10) line += 1;
  return line;
}

/**
 * Every `<tag>…</tag>` of the text (not nested in itself), as { text, line, inner }: text is the
 * unescaped content trimmed, inner the raw content for reading child elements.
 */
export function elements(xml, tag, offsetBase = 0, whole = xml) {
  const found = [];
  const pattern = new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'g');
  for (const match of xml.matchAll(pattern)) {
    const offset = offsetBase + match.index;
    found.push({
      text: unescapeXml(match[2].trim()),
      inner: match[2],
      attributes: match[1] ?? '',
      line: lineAt(whole, offset),
      offset: offset + match[0].indexOf('>') + 1
    });
  }
  return found;
}

/** The child elements of a parent element found by `elements`, lines relative to the file. */
export function children(parent, tag, whole) {
  return elements(parent.inner, tag, parent.offset, whole);
}

/** The first child's text, or undefined. */
export function childText(parent, tag, whole) {
  return children(parent, tag, whole)[0]?.text;
}

/** Top-level elements only: `<tag>` directly under the root (depth 1). */
export function topLevel(xml, tag) {
  const rootEnd = xml.indexOf('>', xml.search(/<[A-Za-z]/)) + 1;
  return elements(xml, tag).filter((element) => {
    const before = xml.slice(rootEnd, element.offset);
    const opened = (before.match(/<[A-Za-z][^>]*[^/]>|<[A-Za-z]>/g) ?? []).length;
    const closed = (before.match(/<\/[A-Za-z][^>]*>/g) ?? []).length;
    return opened - closed === 1;
  });
}
