import { describe, expect, it } from 'vitest';
import { QUESTION_PHRASES, setAsideQuestionWords } from '../../../src/lib/search/question-words.ts';

describe('setAsideQuestionWords', () => {
  it('sets aside question words, request frames, particles and pronouns wherever they stand', () => {
    expect(setAsideQuestionWords('请问怎么预防')).toEqual({
      pieces: ['预防'],
      setAside: ['怎么', '请问'],
    });
    expect(setAsideQuestionWords('我想知道有哪些症状呢')).toMatchObject({ pieces: ['症状'] });
    expect(setAsideQuestionWords('戒烟的注意事项').pieces).toEqual(['戒烟']);
  });

  it('takes the longer phrase first: 怎么办 is not 怎么 + 办', () => {
    expect(setAsideQuestionWords('了怎么办').pieces).toEqual([]);
    expect(QUESTION_PHRASES.indexOf('怎么办')).toBeLessThan(QUESTION_PHRASES.indexOf('怎么'));
  });

  it('strips function characters only at the edges, and never below two characters', () => {
    expect(setAsideQuestionWords('会传染').pieces).toEqual(['传染']);
    expect(setAsideQuestionWords('有危害').pieces).toEqual(['危害']);
    expect(setAsideQuestionWords('能量').pieces).toEqual(['能量']);
    expect(setAsideQuestionWords('在线').pieces).toEqual(['在线']);
    expect(setAsideQuestionWords('是').pieces).toEqual([]);
    expect(setAsideQuestionWords('会得').pieces).toEqual([]);
  });

  it('leaves a phrase without question words alone', () => {
    expect(setAsideQuestionWords('二次供水')).toEqual({ pieces: ['二次供水'], setAside: [] });
  });
});
