import type { CMS, CmsWidgetControlProps } from 'decap-cms-core';
import { Component, createElement as h, type ChangeEvent } from 'react';
import { getChinaToday } from '../lib/dates.ts';
import { dateNote, parseTypedDay } from '../lib/cms/schedule.ts';

/**
 * The date box of every date field (a day, no time): a text box read in
 * year-month-day order, whatever the computer's language. The browser's own
 * date box (Decap's) follows that language: mm/dd/yyyy, with an English
 * calendar, on an English Windows. Editors type 2026-05-01 (or 2026/5/1,
 * 2026年5月1日 …, src/lib/cms/schedule.ts); under the box, the day in Chinese
 * and, for an article's publication date after today, that it is scheduled.
 * A box holding no real day is marked and stops the save with a Chinese
 * message. Buttons 今天 and 清空 replace Decap's 现在 and 清除. A field with
 * a time of day (none in the content model) keeps Decap's control.
 */
type Props = CmsWidgetControlProps<string> & {
  field: { get(key: string): unknown };
  classNameWrapper: string;
  setActiveStyle: () => void;
  setInactiveStyle: () => void;
  isDisabled?: boolean;
};

interface State {
  /** What the box shows: the editor's own text while it is not yet a day, else the day. */
  text: string;
  /** The stored value `text` was last shown for: another value (a loaded entry) replaces the text. */
  shownFor: unknown;
}

const asText = (value: unknown): string =>
  typeof value === 'string' ? value : value == null ? '' : String(value);

const button = {
  minHeight: '36px',
  padding: '0 14px',
  fontSize: '15px',
  border: '1px solid #798291',
  borderRadius: '5px',
  background: '#f5f7fa',
  color: '#1f2933',
  cursor: 'pointer',
} as const;

class DayControl extends Component<Props, State> {
  override state: State = { text: asText(this.props.value), shownFor: this.props.value };

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.value === state.shownFor
      ? null
      : { text: asText(props.value), shownFor: props.value };
  }

  override componentDidMount(): void {
    // Decap's placeholder for "today" as a field's default.
    if (this.props.value === '{{now}}') this.#set(getChinaToday(new Date()));
  }

  #label(): string {
    return String(this.props.field.get('label') ?? this.props.field.get('name') ?? '');
  }

  /** Stores what the box holds: the day, '' when empty, else the text itself (which isValid refuses). */
  #set(text: string): void {
    const day = parseTypedDay(text);
    const value = text.trim() === '' ? '' : (day ?? text.trim());
    this.setState({ text, shownFor: value });
    this.props.onChange(value);
  }

  #onChange = (e: ChangeEvent<HTMLInputElement>) => this.#set(e.target.value);

  #onBlur = () => {
    // 2026/5/1 reads back as 2026-05-01 once the editor leaves the box.
    const day = parseTypedDay(this.state.text);
    if (day && day !== this.state.text) this.setState({ text: day });
    this.props.setInactiveStyle();
  };

  // Decap asks the control whether its value is valid before a save.
  isValid = () => {
    const value = asText(this.props.value).trim();
    if (value === '' || parseTypedDay(value) === value) return true;
    return {
      error: {
        type: 'CUSTOM',
        message: `“${this.#label()}”要按 年-月-日 的顺序填写,例如 2026-05-01`,
      },
    };
  };

  override render() {
    const { forID, value, classNameWrapper, setActiveStyle, isDisabled } = this.props;
    const text = asText(value).trim();
    const invalid = text !== '' && parseTypedDay(text) !== text;
    const note = invalid
      ? null
      : dateNote(String(this.props.field.get('name') ?? ''), value, getChinaToday(new Date()));
    const noteId = `${forID}-day`;
    return h(
      'div',
      null,
      h(
        'div',
        {
          className: classNameWrapper,
          style: { display: 'flex', gap: '12px', alignItems: 'center', flexWrap: 'wrap' },
        },
        h('input', {
          id: forID,
          type: 'text',
          inputMode: 'numeric',
          autoComplete: 'off',
          spellCheck: false,
          placeholder: '例如 2026-05-01',
          value: this.state.text,
          disabled: isDisabled,
          'aria-describedby': noteId,
          'aria-invalid': invalid ? true : undefined,
          onChange: this.#onChange,
          onFocus: setActiveStyle,
          onBlur: this.#onBlur,
          style: {
            width: '11em',
            font: 'inherit',
            fontSize: '16px',
            padding: '6px 8px',
            border: '1px solid #798291',
            borderRadius: '5px',
          },
        }),
        isDisabled
          ? null
          : [
              h(
                'button',
                {
                  key: 'today',
                  type: 'button',
                  style: button,
                  'aria-label': `把“${this.#label()}”设为今天`,
                  onClick: () => this.#set(getChinaToday(new Date())),
                },
                '今天',
              ),
              h(
                'button',
                {
                  key: 'clear',
                  type: 'button',
                  style: button,
                  'aria-label': `清空“${this.#label()}”`,
                  onClick: () => this.#set(''),
                },
                '清空',
              ),
            ],
      ),
      h(
        'p',
        {
          id: noteId,
          'data-cms-date-note': invalid ? 'invalid' : note?.scheduled ? 'scheduled' : 'date',
          style: {
            margin: '6px 0 0',
            fontSize: '15px',
            fontWeight: invalid || note?.scheduled ? 700 : 400,
            color: invalid ? '#b42318' : note?.scheduled ? '#8a4b00' : '#3a4450',
          },
        },
        invalid
          ? '没有这一天,或者写法不对:请按 年-月-日 的顺序填写,例如 2026-05-01'
          : (note?.text ?? '按 年-月-日 的顺序填写,例如 2026-05-01'),
      ),
    );
  }
}

interface Validating {
  isValid?: () => unknown;
}

export function registerChineseDates(cms: CMS): void {
  const original = cms.getWidget('datetime');
  if (!original) return;
  const Inner = original.control as unknown as React.ComponentType<Props & { ref?: unknown }>;
  class DateControl extends Component<Props> {
    #inner: Validating | null = null;
    // Decap asks the control it renders whether its value is valid: ask the box inside.
    isValid = () => this.#inner?.isValid?.() ?? true;

    override render() {
      // A day without a time of day (every date of the content model) gets the box above.
      const Box = this.props.field.get('time_format') === false ? DayControl : Inner;
      return h(Box, { ...this.props, ref: (r: Validating | null) => (this.#inner = r) });
    }
  }
  cms.registerWidget('datetime', DateControl as never, original.preview as never);
}
