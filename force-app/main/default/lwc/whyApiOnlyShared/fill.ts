const PLACEHOLDER = /\{(\w+)\}/g;

/** Fills `{name}` placeholders of a Custom Label; an unknown name stays visible, not blank. */
export function fill(template: string, params: Readonly<Record<string, unknown>>): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    return value === undefined || value === null ? whole : String(value);
  });
}
