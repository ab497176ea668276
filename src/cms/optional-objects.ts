import type { CMS } from 'decap-cms-core';

/**
 * Decap's object control, made to check an optional object's fields only
 * once the editor has filled any of them in. Decap checks the fields of an
 * object whatever the object (an article without a cover would be refused
 * for its cover's empty 替代文字), so without this every field of an optional
 * object had to be optional in the form, shown as “替代文字 (可选)” although
 * the content gate refuses an image without it. With it the config keeps
 * each field's own required-ness (src/lib/cms/fields.ts): a cover may be
 * left out, and a cover given needs its 替代文字.
 */

interface Field {
  get(key: string): unknown;
}

interface ChildWidget {
  props: { onValidate?: (errors: unknown[]) => void };
}

interface ObjectControl {
  props: { field: Field; value: unknown };
  childRefs: Record<string, ChildWidget>;
  validate: () => void;
}

type ObjectControlClass = new (...args: never[]) => ObjectControl;

/** Nothing typed or chosen: no value, blank text, an empty list, or an object of only those. */
export function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  // Immutable's Map and List (Decap's values) and plain objects and arrays alike.
  const values = (value as { valueSeq?: () => { toArray: () => unknown[] } }).valueSeq
    ? (value as { valueSeq: () => { toArray: () => unknown[] } }).valueSeq().toArray()
    : Array.isArray(value) || typeof value === 'object'
      ? Object.values(value as object)
      : null;
  return values !== null && values.every(isBlank);
}

export function registerOptionalObjects(cms: CMS): void {
  const original = cms.getWidget('object') as
    { control: unknown; preview: unknown; schema?: unknown } | undefined;
  if (!original) return;
  const Base = original.control as ObjectControlClass;
  class OptionalObjectControl extends Base {
    constructor(...args: never[]) {
      super(...args);
      // Decap's validate is an instance property (an arrow function): kept, then wrapped.
      const validateFields = this.validate;
      this.validate = () => {
        const { field, value } = this.props;
        if (field.get('required') !== false || !isBlank(value)) {
          validateFields();
          return;
        }
        // Left empty: no field of it is wrong, including one an earlier check marked.
        for (const child of Object.values(this.childRefs)) child.props.onValidate?.([]);
      };
    }
  }
  // Decap's own schema of the object widget's options goes with it (its types omit the argument).
  const register = cms.registerWidget as (...args: unknown[]) => void;
  register.call(cms, 'object', OptionalObjectControl, original.preview, original.schema);
}
