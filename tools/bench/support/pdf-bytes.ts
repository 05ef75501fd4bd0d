// What a PDF's bytes are spent on, by object: embedded font programs, the rest of the fonts
// (font dictionaries, glyph widths, ToUnicode maps), images (the QR code), page content streams
// (the text and rules drawn) and structure (catalog, pages, metadata, cross-reference table).
// Reads the uncompressed object syntax pdfkit writes: `n 0 obj … endobj` with direct references.

export interface PdfBytes {
  readonly fontPrograms: number;
  readonly fontOther: number;
  readonly images: number;
  readonly content: number;
  readonly structure: number;
  readonly total: number;
}

interface PdfObject { readonly num: number; readonly dict: string; readonly size: number }

function objects(text: string): PdfObject[] {
  const out: PdfObject[] = [];
  const re = /(\d+) 0 obj\b/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = text.indexOf('endobj', m.index);
    if (end < 0) break;
    const body = text.slice(m.index, end + 'endobj'.length);
    const streamAt = body.indexOf('stream');
    out.push({ num: Number(m[1]), dict: streamAt < 0 ? body : body.slice(0, streamAt), size: body.length + 1 });
    re.lastIndex = end;
  }
  return out;
}

const refsTo = (objs: readonly PdfObject[], key: string): Set<number> => {
  const re = new RegExp(`/${key}\\s+(?:\\[\\s*)?((?:\\d+ 0 R\\s*)+)`, 'g');
  const out = new Set<number>();
  for (const o of objs) for (const m of o.dict.matchAll(re)) for (const r of (m[1] ?? '').matchAll(/(\d+) 0 R/g)) out.add(Number(r[1]));
  return out;
};

export function pdfBytes(pdf: Uint8Array): PdfBytes {
  const text = Buffer.from(pdf).toString('latin1');
  const objs = objects(text);
  const programs = refsTo(objs, 'FontFile[23]?');
  const unicodeMaps = refsTo(objs, 'ToUnicode');
  const contents = refsTo(objs, 'Contents');
  const sum = { fontPrograms: 0, fontOther: 0, images: 0, content: 0 };
  for (const o of objs) {
    if (programs.has(o.num)) sum.fontPrograms += o.size;
    else if (unicodeMaps.has(o.num) || /\/Type\s*\/(Font|FontDescriptor)\b/.test(o.dict)) sum.fontOther += o.size;
    else if (/\/Subtype\s*\/Image\b/.test(o.dict)) sum.images += o.size;
    else if (contents.has(o.num)) sum.content += o.size;
  }
  const counted = sum.fontPrograms + sum.fontOther + sum.images + sum.content;
  return { ...sum, structure: pdf.length - counted, total: pdf.length };
}
