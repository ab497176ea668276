/** The tel: link of a phone number as written for readers ("0000-12345678" → "tel:000012345678"). */
export function toTelHref(number: string): string {
  return `tel:${number.replace(/[^0-9+]/g, '')}`;
}
