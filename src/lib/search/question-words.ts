/**
 * Words a query can lose without losing what it asks about. Residents speak
 * whole questions into voice input (孩子发烧了怎么办, 请问怎么预防登革热);
 * the page that answers holds the subject (发烧, 登革热), not the question
 * around it, so a search that requires 怎么办 finds nothing.
 *
 * How the list was made: not from word frequencies on the site (预防, 症状,
 * 治疗 are frequent and carry meaning), but by the job a word does in a
 * question. Seven kinds of words do no searching:
 *
 * 1. Question words, which ask for the answer but are not in it: 怎么, 如何,
 *    为什么, 什么, 哪里, 哪些, 多少, 多久, 是不是, 能不能, 有没有 ….
 * 2. Request frames that voice input writes before a question: 请问,
 *    我想知道, 帮我查一下, 告诉我, 我想了解 ….
 * 3. Answer frames, which name the kind of answer wanted rather than its
 *    subject: 注意事项, 常识, 小知识, 须知.
 * 4. Sentence-final particles and fillers: 吗, 呢, 吧, 啊, 呀, 嘛, 哦, 了,
 *    的, 那个, 就是, 一下.
 * 5. Pronouns of the asker: 我, 我们, 我家, 你, 您, 自己.
 * 6. Modal verbs and adverbs of degree and frequency, which say how the
 *    asker feels about the subject: 应该, 需要, 必须, 总是, 经常, 一直, 特别,
 *    非常, 有点.
 * 7. Function words at the edge of a phrase (是, 有, 在, 要, 会, 能, 和, 跟,
 *    把, 被, 给, 对, 都, 也, 还, 就, 又, 很, 太, 最): 会传染吗 asks about 传染.
 *
 * Kinds 1–6 are phrases, removed wherever they stand in what is left after
 * the vocabulary's words are taken out (so a vocabulary word that holds one
 * of them, 吃坏了肚子, is never cut). Kind 7 are single characters that also
 * begin or end ordinary words (能量, 会议, 在线), so they are stripped only
 * at the edges of a phrase, only while at least two characters remain, and
 * a piece of nothing but them (会得) goes.
 * Longer phrases go first: 怎么办 before 怎么, 是不是 before 是.
 *
 * Aspect words are kept but weak (ASPECT_WORDS): they name which side of
 * the subject is asked about (吸烟有什么危害, 戒烟的方法, 咖啡有什么好处), so
 * a page speaking of that side ranks first, but they never find a page on
 * their own: a question about coffee must not list the benefits of quitting
 * smoking.
 */

const QUESTION_WORDS = [
  '怎么办',
  '怎么样',
  '怎么回事',
  '怎么做',
  '怎么',
  '怎样',
  '如何',
  '为什么',
  '为啥',
  '干什么',
  '是什么',
  '有什么',
  '什么样',
  '什么',
  '啥',
  '在哪里',
  '在哪儿',
  '在哪',
  '去哪里',
  '去哪',
  '哪里',
  '哪儿',
  '哪些',
  '哪个',
  '哪种',
  '哪家',
  '哪',
  '多少钱',
  '多少',
  '多久',
  '多长时间',
  '几天',
  '几次',
  '是不是',
  '是否',
  '能不能',
  '可不可以',
  '会不会',
  '要不要',
  '有没有',
  '行不行',
  '好不好',
  '对不对',
  '可以吗',
];
const REQUEST_FRAMES = [
  '请问一下',
  '请问',
  '我想知道',
  '想知道',
  '我想问一下',
  '我想问',
  '想问一下',
  '问一下',
  '我想了解',
  '想了解',
  '了解一下',
  '了解',
  '请告诉我',
  '告诉我',
  '帮我查一下',
  '帮我查',
  '帮我找',
  '帮我搜',
  '查一下',
  '搜一下',
  '搜索',
  '查询',
  '我要查',
  '知道',
];
const ANSWER_FRAMES = ['注意事项', '注意什么', '小知识', '小常识', '常识', '须知'];

/** Which side of a subject a question asks about (see above): searched, never enough alone. */
export const ASPECT_WORDS: ReadonlySet<string> = new Set([
  '好处',
  '坏处',
  '害处',
  '危害',
  '作用',
  '影响',
  '后果',
  '风险',
  '原因',
  '区别',
  '不同',
  '症状',
  '表现',
  '特点',
  '方法',
  '办法',
  '做法',
  '技巧',
  '窍门',
  '标准',
  '要求',
  '规定',
  '流程',
  '步骤',
  '时间',
  '地点',
  '费用',
  '价格',
]);
const PARTICLES = [
  '那个',
  '就是说',
  '就是',
  '然后',
  '一下',
  '吗',
  '呢',
  '吧',
  '啊',
  '呀',
  '嘛',
  '哦',
  '哈',
  '嗯',
  '了',
  '的',
];
const PRONOUNS = ['我们', '我家', '咱们', '自己', '我', '你', '您'];
const MODALS_AND_ADVERBS = [
  '应该',
  '应当',
  '需要',
  '必须',
  '一定要',
  '能够',
  '总是',
  '老是',
  '经常',
  '常常',
  '一直',
  '特别',
  '非常',
  '有点儿',
  '有点',
  '有些',
  '比较',
  '一般',
];

/** Removed wherever they stand (outside vocabulary words), longest first. */
export const QUESTION_PHRASES: readonly string[] = [
  ...new Set([
    ...QUESTION_WORDS,
    ...REQUEST_FRAMES,
    ...ANSWER_FRAMES,
    ...PARTICLES,
    ...PRONOUNS,
    ...MODALS_AND_ADVERBS,
  ]),
].sort((a, b) => b.length - a.length);

/** Stripped only at the edges of a phrase, while two characters or more remain. */
export const EDGE_WORDS: ReadonlySet<string> = new Set([
  '是',
  '有',
  '在',
  '要',
  '会',
  '能',
  '和',
  '跟',
  '把',
  '被',
  '给',
  '对',
  '都',
  '也',
  '还',
  '就',
  '又',
  '很',
  '太',
  '最',
  '得',
  '该',
  '应',
  '请',
]);

/**
 * A phrase without its question words: the pieces that remain, in order, and
 * the words set aside. 会传染吗 → pieces ['传染'], set aside ['吗', '会'].
 */
export function setAsideQuestionWords(phrase: string): { pieces: string[]; setAside: string[] } {
  const setAside: string[] = [];
  let pieces = [phrase];
  for (const word of QUESTION_PHRASES) {
    pieces = pieces.flatMap((piece) => {
      const parts = piece.split(word);
      if (parts.length > 1) setAside.push(word);
      return parts;
    });
  }
  const trimmed = pieces.map((piece) => {
    const chars = Array.from(piece);
    while (chars.length > 2 && EDGE_WORDS.has(chars[0]!)) setAside.push(chars.shift()!);
    while (chars.length > 2 && EDGE_WORDS.has(chars.at(-1)!)) setAside.push(chars.pop()!);
    // 会得, 是在: nothing but function characters.
    if (chars.length <= 2 && chars.every((c) => EDGE_WORDS.has(c)))
      setAside.push(...chars.splice(0));
    return chars.join('');
  });
  return { pieces: trimmed.filter((p) => p !== ''), setAside: [...new Set(setAside)] };
}
