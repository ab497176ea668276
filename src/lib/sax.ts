import { SAXParser } from 'parse5-sax-parser';

/**
 * parse5's SAX parser (the HTML standard's tokenizer, with the parser's
 * switches into script, raw-text and foreign content) run synchronously
 * over one string: the content gate reads raw HTML in Markdown with it, the
 * security headers read the built pages.
 */
export class OneShotSaxParser extends SAXParser {
  run(html: string): void {
    this.tokenizer.write(html, true);
  }
}
