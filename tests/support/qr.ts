import jsQR from 'jsqr';
import type { Locator } from 'playwright-core';
import sharp from 'sharp';

/** Rasterises an inline SVG QR code by screenshotting it, and decodes it as a phone would. */
export async function decodeQr(svg: Locator): Promise<string | undefined> {
  const png = await svg.screenshot();
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(
    new Uint8ClampedArray(data.buffer, data.byteOffset, data.length),
    info.width,
    info.height,
  )?.data;
}
