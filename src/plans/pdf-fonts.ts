/**
 * Which of a PDF's fonts are bold or italic. pdf.js names a text item's font only by an id («g_d0_f2»);
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
/** Font names that say italic: «-Italic», «-BoldItalic», «ItalicMT», «Oblique». */
const ITALIC_NAME = /italic|oblique/i;

/** How a font sets its letters: what a plan's emphasis can say (a title, a note, a name). */
export interface FontStyle {
  bold: boolean;
  italic: boolean;
}

const PLAIN: FontStyle = { bold: false, italic: false };

/** The style a font's own name says («TimesNewRomanPS-BoldItalicMT» is both). */
function styleOfFontName(name: string): FontStyle {
  return { bold: BOLD_NAME.test(name), italic: ITALIC_NAME.test(name) };
}

/**
 * Remembers, font id by font id, the font's style. `styles` reads a page's operators only when
 * the page uses a font not met before (most plans use two or three fonts, all on their first
 * pages), so a long plan costs one or two extra page reads.
 */
export class PdfFonts {
  private readonly known = new Map<string, FontStyle>();

  constructor() {
    ensureTransferToFixedLength();
  }

  /** The style of each font id the page uses (plain when the font's name cannot be read). */
  async styles(page: FontPage, ids: Iterable<string>): Promise<ReadonlyMap<string, FontStyle>> {
    const wanted = [...new Set(ids)];
    if (wanted.some((id) => !this.known.has(id))) {
      try {
        await page.getOperatorList();
      } catch {
        // Unreadable drawing operators: the text is still there, only without its emphasis.
      }
      for (const id of wanted) {
        if (this.known.has(id)) continue;
        const font = page.commonObjs.has(id) ? page.commonObjs.get(id) : null;
        const name = font && typeof font === 'object' && 'name' in font ? String(font.name) : '';
        this.known.set(id, styleOfFontName(name));
      }
    }
    return new Map(wanted.map((id) => [id, this.known.get(id) ?? PLAIN]));
  }
}
