// The dashboard's correction forms turn what was typed into an edit: only the fields changed; numbers
// as numbers (full-width digits and thousands separators too); text that is no number left as typed
// for the schema to refuse at its field; an emptied optional field as null.
import { describe, expect, test } from 'vitest';
import { applyEdit } from '../../lib/clip/edit';
import { InvalidClip } from '../../lib/clip/schema';
import { translator } from '../../lib/i18n';
import { CLIP_FORM, PAGE_FORM, choices, editOf, fieldError, formValues } from '../../lib/ui/pages/common/clip-form';
import { clipsOf } from './db-fixtures';

const clip = clipsOf('wuzhong-2025-targets.html').find((c) => c.text === '56个')!;
const t = translator('zh');

describe('the clip form', () => {
  test('holds the fields as text, and sends back only what changed', () => {
    const v = formValues(clip, CLIP_FORM);
    expect(v).toMatchObject({ indicator: '市重点项目', value: '56', valueMax: '', period: '2025', periodFrom: '' });
    expect(editOf(clip, v, CLIP_FORM)).toEqual({});
    expect(editOf(clip, { ...v, indicator: '市级重点项目', valueMax: '６０', unit: '个' }, CLIP_FORM)).toEqual({
      indicator: '市级重点项目',
      valueMax: 60,
    });
    expect(editOf(clip, { ...v, value: '1,200.5' }, CLIP_FORM)).toEqual({ value: 1200.5 });
    expect(editOf(clip, { ...v, period: '' }, CLIP_FORM)).toEqual({ period: null });
  });

  test.each([
    ['value', '五十六'],
    ['value', ''],
    ['period', '3000'],
    ['period', '2025.5'],
  ] as const)('%s = "%s" reaches the schema as typed and is refused at its field', (field, text) => {
    const edit = editOf(clip, { ...formValues(clip, CLIP_FORM), [field]: text }, CLIP_FORM);
    let err: unknown;
    try {
      applyEdit(clip, edit, 1);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InvalidClip);
    expect((err as InvalidClip).field).toBe(field);
    expect(fieldError(field, t)).not.toBe(fieldError('other', t));
  });
});

describe('the page form', () => {
  test('a report type emptied is none; the choices are named in the reader’s language', () => {
    const v = formValues(clip, PAGE_FORM);
    expect(v).toMatchObject({ region: '吴中区', reportYear: '2025', reportType: 'work-report' });
    expect(editOf(clip, { ...v, reportType: '', reportYear: '2024' }, PAGE_FORM)).toEqual({ reportType: null, reportYear: 2024 });
    expect(choices('reportType', t)?.map((c) => c.label)).toEqual(['（空）', '政府工作报告', '统计公报', '预算报告', '计划报告']);
    expect(choices('region', t)).toBeNull();
  });
});
