import type { ImageMetadata } from 'astro';

// Images editors upload land in content/uploads (the CMS media folder); Vite imports them so
// astro:assets can make responsive AVIF/WebP versions. The alias (astro.config.mjs) is the
// uploads folder of CONTENT_DIR when it is set: the images the content gate checked.
const uploads = import.meta.glob<{ default: ImageMetadata }>(
  '@content-uploads/*.{jpg,jpeg,png,webp,avif,gif}',
  {
    eager: true,
  },
);

/** The processed image for a body image path such as `../uploads/x.jpg`. */
export function getUploadedImage(src: string): ImageMetadata {
  const name = src.split('/').pop() ?? '';
  const match = Object.entries(uploads).find(([path]) => path.endsWith(`/${name}`));
  if (!match) throw new Error(`图片 "${src}" 不在 content/uploads/ 中:请先上传图片,再在正文中引用`);
  return match[1].default;
}
