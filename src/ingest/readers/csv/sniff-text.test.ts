import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sniffDelimiter, sniffNewline } from './sniff-text.js';

describe('sniffDelimiter', () => {
  it('finds comma, semicolon, tab and pipe', () => {
    assert.equal(sniffDelimiter('a,b,c\n1,2,3\n'), ',');
    assert.equal(sniffDelimiter('a;b;c\n1;2;3\n'), ';');
    assert.equal(sniffDelimiter('a\tb\tc\n1\t2\t3\n'), '\t');
    assert.equal(sniffDelimiter('a|b|c\n1|2|3\n'), '|');
  });

  it('is not fooled by a decimal comma in semicolon files nor by delimiters inside quotes', () => {
    assert.equal(sniffDelimiter('País;Año;Valor\nPerú;2020;12,5\nChile;2020;3,25\n'), ';');
    assert.equal(sniffDelimiter('a,b\n"x;y;z",1\n"p;q;r",2\n'), ',');
  });

  it('ignores a title line above the header', () => {
    assert.equal(sniffDelimiter('"Cuadro 1, población"\nA;B;C\n1;2;3\n4;5;6\n'), ';');
  });
});

describe('sniffNewline', () => {
  it('tells CRLF from LF and CR, outside quotes', () => {
    assert.equal(sniffNewline('a,b\r\n1,2\r\n'), '\r\n');
    assert.equal(sniffNewline('a,b\n1,2\n'), '\n');
    assert.equal(sniffNewline('a,b\r1,2\r'), '\r');
    assert.equal(sniffNewline('"multi\nline",b\r\n'), '\r\n');
  });
});
