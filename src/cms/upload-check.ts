import {
  IMAGE_UPLOAD_LIMIT_BYTES,
  UPLOADED_IMAGE,
  imageTooLargeMessage,
} from '../lib/cms/upload-limits.ts';
import { showMessage } from './notice.ts';

/**
 * Refuses an image over the upload limit the moment it is chosen or dropped,
 * in an image field and on the 媒体 page alike, with every back end: the
 * file never reaches Decap. (Decap's `max_file_size` option is not applied by
 * its default media library.) Listens before React does, in the capture phase.
 */
export function refuseLargeImages(): void {
  const tooLarge = (files: FileList | null | undefined): File | undefined =>
    [...(files ?? [])].find(
      (f) => UPLOADED_IMAGE.test(f.name) && f.size > IMAGE_UPLOAD_LIMIT_BYTES,
    );
  window.addEventListener(
    'change',
    (event) => {
      const input = event.target;
      if (!(input instanceof HTMLInputElement) || input.type !== 'file') return;
      const file = tooLarge(input.files);
      if (!file) return;
      event.stopImmediatePropagation();
      input.value = '';
      showMessage('图片没有上传', imageTooLargeMessage(file.name, file.size));
    },
    true,
  );
  window.addEventListener(
    'drop',
    (event) => {
      const file = tooLarge(event.dataTransfer?.files);
      if (!file) return;
      event.stopImmediatePropagation();
      event.preventDefault();
      showMessage('图片没有上传', imageTooLargeMessage(file.name, file.size));
    },
    true,
  );
}
