import type { CMS, CmsWidgetControlProps } from 'decap-cms-core';
import { Component, createElement as h } from 'react';
import { getChinaToday } from '../lib/dates.ts';
import { dateNote } from '../lib/cms/schedule.ts';

/**
 * Decap's date control with a line under it: the date in Chinese, and for
 * an article's publication date after today, that it is scheduled
 * (src/lib/cms/schedule.ts). The browser's own date box shows the
 * computer's format (mm/dd/yyyy on an English Windows).
 */
type Props = CmsWidgetControlProps<string> & { field: { get(key: string): unknown } };

interface Validating {
  isValid?: () => unknown;
}

export function registerChineseDates(cms: CMS): void {
  const original = cms.getWidget('datetime');
  if (!original) return;
  const Inner = original.control as unknown as React.ComponentType<Props & { ref?: unknown }>;
  class ChineseDateControl extends Component<Props> {
    #inner: Validating | null = null;
    // Decap asks the control it renders whether its value is valid: ask Decap's own.
    isValid = () => this.#inner?.isValid?.() ?? true;

    override render() {
      const note = dateNote(
        String(this.props.field.get('name') ?? ''),
        this.props.value,
        getChinaToday(new Date()),
      );
      return h(
        'div',
        null,
        h(Inner, { ...this.props, ref: (r: Validating | null) => (this.#inner = r) }),
        note
          ? h(
              'p',
              {
                'data-cms-date-note': note.scheduled ? 'scheduled' : 'date',
                style: {
                  margin: '6px 0 0',
                  fontSize: '15px',
                  fontWeight: note.scheduled ? 700 : 400,
                  color: note.scheduled ? '#8a4b00' : '#3a4450',
                },
              },
              note.text,
            )
          : null,
      );
    }
  }
  cms.registerWidget('datetime', ChineseDateControl as never, original.preview as never);
}
