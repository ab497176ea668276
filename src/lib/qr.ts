import QRCode from 'qrcode';

/**
 * QR codes made at build time as inline SVG: no JavaScript and no image
 * request, crisp on paper at any size. One stroked path of horizontal runs keeps
 * the markup small (a 33×33 code is under 3 KB, about 1 KB gzipped).
 */

export interface QrMatrix {
  size: number;
  isDark: (row: number, col: number) => boolean;
}

// An article page and its poster print the same address: each code is made once a build.
const matrices = new Map<string, QrMatrix>();

/** Error correction M survives a crease or a smudge on a notice board. */
export function createQrMatrix(text: string): QrMatrix {
  let matrix = matrices.get(text);
  if (!matrix) {
    const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
    matrix = { size: modules.size, isDark: (row, col) => modules.get(row, col) === 1 };
    matrices.set(text, matrix);
  }
  return matrix;
}

/**
 * The SVG path of the dark modules, stroked one module wide: `M x y.5 h n` per
 * horizontal run, offset by the quiet zone.
 */
export function toQrPath(matrix: QrMatrix, quietZone: number): string {
  let d = '';
  for (let row = 0; row < matrix.size; row++) {
    let col = 0;
    while (col < matrix.size) {
      if (!matrix.isDark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < matrix.size && matrix.isDark(row, col)) col++;
      const run = col - start;
      d += `M${start + quietZone} ${row + quietZone}.5h${run}`;
    }
  }
  return d;
}

export interface QrSvgOptions {
  /** What a screen reader says, e.g. "二维码:扫码打开本文". */
  label: string;
  /** Light modules around the code; the standard asks for 4. */
  quietZone?: number;
  /** Extra attributes on <svg>, e.g. a class. */
  className?: string | undefined;
}

const escapeXml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** An accessible SVG QR code of `text`, black on white whatever the theme, scaling to its box. */
export function renderQrSvg(
  text: string,
  { label, quietZone = 4, className }: QrSvgOptions,
): string {
  const matrix = createQrMatrix(text);
  const extent = matrix.size + quietZone * 2;
  const cls = className ? ` class="${escapeXml(className)}"` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${extent} ${extent}" role="img" aria-label="${escapeXml(label)}"${cls} shape-rendering="crispEdges">` +
    `<rect width="${extent}" height="${extent}" fill="#fff"/>` +
    `<path stroke="#000" d="${toQrPath(matrix, quietZone)}"/></svg>`
  );
}
