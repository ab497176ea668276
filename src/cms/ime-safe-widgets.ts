import type { CMS, CmsWidgetControlProps } from 'decap-cms-core';
import { Component, createElement as h, type ChangeEvent, type CompositionEvent } from 'react';

/**
 * Decap's `string` and `text` widgets, safe for Chinese input methods.
 *
 * Decap's own string widget restores the caret (setSelectionRange) after
 * every update, and both widgets take their value back from the store on
 * each keystroke. While an input method is composing (拼音 typed, not yet
 * chosen) either of those ends the composition early and leaves the pinyin in
 * the field: in Chromium, typing 夏季防蚊 as fast composition updates came out
 * as `xiajifxiajifan夏季防蚊`. Here the field keeps its own text while
 * composing and tells Decap only the chosen characters, at compositionend.
 */

type Props = CmsWidgetControlProps<string> & {
  classNameWrapper: string;
  setActiveStyle: () => void;
  setInactiveStyle: () => void;
};

interface State {
  /** The field's text while a composition is in progress, else null. */
  composing: string | null;
}

type Field = HTMLInputElement | HTMLTextAreaElement;

function makeControl(multiline: boolean) {
  return class ImeSafeControl extends Component<Props, State> {
    override state: State = { composing: null };
    #el: Field | null = null;
    /** Where the caret was when this field last changed the value, until the store has it back. */
    #caret: number | null = null;

    override componentDidUpdate(): void {
      // Decap's fix for nested fields (the caret jumping to the end when the value comes back from the
      // store), applied only to the update our own edit caused: never mid-composition, and never to a
      // selection the editor just made (focusing re-renders too).
      const el = this.#el;
      const caret = this.#caret;
      this.#caret = null;
      if (
        el &&
        caret !== null &&
        this.state.composing === null &&
        document.activeElement === el &&
        el.selectionStart !== caret
      ) {
        el.setSelectionRange(caret, caret);
      }
    }

    #commit(el: Field): void {
      this.#caret = el.selectionStart ?? el.value.length;
      this.props.onChange(el.value);
    }

    #onChange = (e: ChangeEvent<Field>) => {
      const native = e.nativeEvent as InputEvent;
      if (this.state.composing !== null || native.isComposing)
        this.setState({ composing: e.target.value });
      else this.#commit(e.target);
    };

    #onCompositionStart = (e: CompositionEvent<Field>) =>
      this.setState({ composing: e.currentTarget.value });

    #onCompositionEnd = (e: CompositionEvent<Field>) => {
      const el = e.currentTarget;
      this.setState({ composing: null });
      this.#commit(el);
    };

    override render() {
      const { forID, value, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
      const shown =
        this.state.composing ??
        (typeof value === 'string' ? value : value == null ? '' : String(value));
      const common = {
        id: forID,
        ref: (el: Field | null) => {
          this.#el = el;
        },
        className: classNameWrapper,
        value: shown,
        onChange: this.#onChange,
        onCompositionStart: this.#onCompositionStart,
        onCompositionEnd: this.#onCompositionEnd,
        onFocus: setActiveStyle,
        onBlur: setInactiveStyle,
      };
      return multiline
        ? h('textarea', {
            ...common,
            rows: 5,
            style: {
              fontFamily: 'inherit',
              resize: 'vertical',
              minHeight: '8em',
              fieldSizing: 'content',
            },
          })
        : h('input', { ...common, type: 'text' });
    }
  };
}

/** Replaces Decap's string and text controls, keeping their previews. */
export function registerImeSafeWidgets(cms: CMS): void {
  for (const [name, multiline] of [
    ['string', false],
    ['text', true],
  ] as const) {
    const preview = cms.getWidget(name)?.preview;
    cms.registerWidget(name, makeControl(multiline) as never, preview as never);
  }
}
