// The format of a submission is decided from its first bytes, never from its name: a
// spreadsheet is a ZIP (PK\x03\x04); an old .xls or a password-protected .xlsx is an OLE2
// container, which we cannot read; text with NUL bytes (and no UTF-16 mark) is binary.
export type FileKind = 'zip' | 'ole2' | 'binary' | 'text' | 'empty';

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(head: Uint8Array, bytes: readonly number[]): boolean {
  return bytes.every((byte, i) => head[i] === byte);
}

export function detectFileKind(head: Uint8Array): FileKind {
  if (head.byteLength === 0) return 'empty';
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  if (startsWith(head, OLE2)) return 'ole2';
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff])) return 'text';
  return head.includes(0) ? 'binary' : 'text';
}
