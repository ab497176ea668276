/**
 * The largest image an editor can upload. Residents open the site on cheap
 * phones over mobile data; the site makes small versions of every image, but
 * the original stays in the repository (and in every clone of it) for good,
 * and a photo straight from a phone (5–10 MB) is many times what a
 * 1200-pixel JPG needs. The CMS page refuses larger files as they are
 * chosen (src/cms/upload-check.ts; Decap's own `max_file_size` is not applied
 * to its default media library), and the local back end refuses them again.
 */
export const IMAGE_UPLOAD_LIMIT_BYTES = 1024 * 1024;

/** Image files as Decap uploads them (the content gate takes these in content/uploads). */
export const UPLOADED_IMAGE = /\.(png|jpe?g|webp|avif|gif)$/i;

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

const WHY_AND_HOW =
  '居民多在手机上用流量看网站,大图片打开很慢,也会一直占着网站的存储。请先把图片缩小(宽 1200 像素左右,存成 JPG)再上传。';

/** The editor's message when an image is over the limit. */
export function imageTooLargeMessage(name: string, bytes: number): string {
  return `图片“${name}”有 ${megabytes(bytes)},超过 ${megabytes(IMAGE_UPLOAD_LIMIT_BYTES)} 的上限,没有上传。${WHY_AND_HOW}`;
}
