/**
 * Which of a PDF's fonts are bold. pdf.js names a text item's font only by an id («g_d0_f2»);
 * the font's own name («DAAAAA+LiberationSerif-Bold», «TimesNewRomanPS-BoldMT») is known once a
 * page's drawing operators have been read. Bold matters: it is how a plan marks its headings
 * («Nhiệm vụ 1: …», «III. TỔ CHỨC THỰC HIỆN», an agency's name), and without it a heading that
 * fills the line runs into the paragraph under it.
 */

/**
 * pdf.js hands a font's data over with `ArrayBuffer.prototype.transferToFixedLength` (ES2024),
 * which Node 20 lacks: the font never arrives and its name stays unknown. This is the method as
 * the standard defines it (a copy, cut or zero-filled to the length), added only where missing.
 */
function ensureTransferToFixedLength(): void {
  const proto = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: (length?: number) => ArrayBuffer };
  if (typeof proto.transferToFixedLength === 'function') return;
  Object.defineProperty(ArrayBuffer.prototype, 'transferToFixedLength', {
    configurable: true,
    writable: true,
    value(this: ArrayBuffer, length?: number): ArrayBuffer {
      const size = length ?? this.byteLength;
      const copy = new ArrayBuffer(size);
      new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(size, this.byteLength)));
      return copy;
    },
  });
}

/** The part of a pdf.js page this module uses. */
export interface FontPage {
  getOperatorList(): Promise<unknown>;
  commonObjs: { has(id: string): boolean; get(id: string): unknown };
}

/** Font names that say bold: «-Bold», «,Bold», «BoldMT», «Black», «Heavy», «Semibold». */
const BOLD_NAME = /bold|black|heavy|semibold|demi/i;

/**
 * Remembers, font id by font id, whether the font is bold. `boldIds` reads a page's operators
 * only when the page uses a font not met before (most plans use two or three fonts, all on their
 * first pages), so a long plan costs one or two extra page reads.
 */
export class PdfFonts {
  private readonly bold = new Map<string, boolean>();

  constructor() {
    ensureTransferToFixedLength();
  }

  async boldIds(page: FontPage, ids: Iterable<string>): Promise<ReadonlySet<string>> {
    const wanted = [...new Set(ids)];
    if (wanted.some((id) => !this.bold.has(id))) {
      try {
        await page.getOperatorList();
      } catch {
        // Unreadable drawing operators: the text is still there, only without bold.
      }
      for (const id of wanted) {
        if (this.bold.has(id)) continue;
        const font = page.commonObjs.has(id) ? page.commonObjs.get(id) : null;
        const name = font && typeof font === 'object' && 'name' in font ? String(font.name) : '';
        this.bold.set(id, BOLD_NAME.test(name));
      }
    }
    return new Set(wanted.filter((id) => this.bold.get(id) === true));
  }
}
