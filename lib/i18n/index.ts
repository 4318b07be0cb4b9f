// Every word the extension shows, in Chinese and English: the pages (popup, dashboard) in the
// reader's language, the in-page card and toolbar in Chinese with English beside (lib/words.ts).
// Pure: the reader's choice of language is kept by lib/settings.ts. Messages take {name}
// parameters; nothing here is ever HTML.

import { zh } from './zh';
import { en } from './en';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

export type MessageKey = keyof typeof zh;

const MESSAGES: Record<Lang, Record<MessageKey, string>> = { zh, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** each message split once at its parameters: text, name, text, name, …, text (the marks' labels fill one per mark) */
const PARTS: Record<Lang, Map<MessageKey, string[]>> = { zh: new Map(), en: new Map() };

export function translator(lang: Lang): Translate {
  const table = MESSAGES[lang];
  const split = PARTS[lang];
  return (key, params) => {
    const s = table[key];
    if (!params) return s;
    let parts = split.get(key);
    if (!parts) split.set(key, (parts = s.split(/\{(\w+)\}/)));
    let out = parts[0];
    for (let i = 1; i < parts.length; i += 2) out += (parts[i] in params ? String(params[parts[i]]) : `{${parts[i]}}`) + parts[i + 1];
    return out;
  };
}

/** the language of the browser's first preferred language we have: Chinese for any zh-*, else English */
export function browserLang(languages: readonly string[] | undefined): Lang {
  for (const l of languages ?? []) {
    const base = l.toLowerCase().split('-')[0];
    if (base === 'zh') return 'zh';
    if (base === 'en') return 'en';
  }
  return 'en';
}

export const messageKeys = Object.keys(zh) as MessageKey[];
export const messagesOf = (lang: Lang): Record<MessageKey, string> => MESSAGES[lang];
