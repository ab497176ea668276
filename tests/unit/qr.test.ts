import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { createQrMatrix, renderQrSvg, toQrPath } from '../../src/lib/qr.ts';

/** Draws the runs of an SVG path `M x y.5 h n` (stroked one unit wide) into a grid, as a browser would. */
function rasterisePath(d: string, extent: number): boolean[][] {
  const grid = Array.from({ length: extent }, () => Array<boolean>(extent).fill(false));
  for (const [, x, y, n] of d.matchAll(/M(\d+) (\d+)\.5h(\d+)/g)) {
    for (let i = 0; i < Number(n); i++) grid[Number(y)]![Number(x) + i] = true;
  }
  return grid;
}

/** RGBA pixels of a module grid, `scale` pixels a module, for jsQR. */
function toPixels(grid: boolean[][], scale: number) {
  const side = grid.length * scale;
  const data = new Uint8ClampedArray(side * side * 4);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const v = grid[Math.floor(y / scale)]![Math.floor(x / scale)] ? 0 : 255;
      data.set([v, v, v, 255], (y * side + x) * 4);
    }
  }
  return { data, side };
}

const url = 'https://chuangwei.example.gov.cn/health/denggere-fangzhi/';

describe('QR codes', () => {
  it('draws exactly the dark modules, inside a 4-module quiet zone', () => {
    const m = createQrMatrix(url);
    const grid = rasterisePath(toQrPath(m, 4), m.size + 8);
    for (let r = 0; r < m.size + 8; r++) {
      for (let c = 0; c < m.size + 8; c++) {
        const inside = r >= 4 && c >= 4 && r < m.size + 4 && c < m.size + 4;
        expect(grid[r]![c]).toBe(inside && m.isDark(r - 4, c - 4));
      }
    }
  });

  it('decodes back to the URL', () => {
    const svg = renderQrSvg(url, { label: '二维码' });
    const extent = Number(/viewBox="0 0 (\d+)/.exec(svg)![1]);
    const { data, side } = toPixels(rasterisePath(/ d="([^"]+)"/.exec(svg)![1]!, extent), 6);
    expect(jsQR(data, side, side)?.data).toBe(url);
  });

  it('is an accessible image with an escaped label, small enough to inline', () => {
    const svg = renderQrSvg(url, { label: '扫码打开"本文"<网址>', className: 'qr' });
    expect(svg).toMatch(
      /^<svg [^>]*role="img" aria-label="扫码打开&quot;本文&quot;&lt;网址&gt;" class="qr"/,
    );
    expect(svg.length).toBeLessThan(3000);
  });
});
