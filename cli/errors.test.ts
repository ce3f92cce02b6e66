/** @jest-environment node */
import { errorMessage, oneLine } from './errors';

describe('oneLine', () => {
  it('keeps only the sentence of a Salesforce query error, dropping the quoted query and pointer', () => {
    const message =
      "\nSELECT Id, Foo FROM User\n           ^\nERROR at Row:1:Column:12\nNo such column 'Foo' on entity 'User'.";
    expect(oneLine(message)).toBe("No such column 'Foo' on entity 'User'.");
  });

  it('joins the lines of any other message with spaces', () => {
    expect(oneLine('first line\n  second line\n')).toBe('first line second line');
  });
});

describe('errorMessage', () => {
  it('reads the message of anything error-shaped and stringifies the rest', () => {
    expect(errorMessage(new TypeError('bad'))).toBe('bad');
    expect(errorMessage({ message: 'from another realm' })).toBe('from another realm');
    expect(errorMessage('plain text')).toBe('plain text');
    expect(errorMessage(null)).toBe('null');
  });
});
